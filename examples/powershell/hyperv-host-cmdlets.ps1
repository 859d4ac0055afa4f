<#
    Build script for a Hyper-V host in the tenant cluster: switches, migration, and the
    first VMs. Settings go through the Hyper-V module; a few real mistakes are left in
    (the golden findings show where HvLint points).
#>
#Requires -RunAsAdministrator
#Requires -Modules Hyper-V

param(
    [string] $NodeName = $env:COMPUTERNAME,
    [int] $TenantVlan
)

$ErrorActionPreference = 'Stop'

# --- Virtual switches --------------------------------------------------------------------
# Converged switch with SR-IOV; the bandwidth mode can only be chosen at creation.
New-VMSwitch -Name 'Converged' -NetAdapterName 'SLOT 2 Port 1', 'SLOT 2 Port 2' -EnableEmbeddedTeaming $true `
    -EnableIov $true -AllowManagementOS $false
# Typo in the mode: the switch is never created, and every later VM on it fails to connect.
New-VMSwitch -Name 'Tenant' -NetAdapterName 'SLOT 3 Port 1' -MinimumBandwidthMode Wieght -AllowManagementOS $false

Add-VMNetworkAdapter -ManagementOS -Name 'LiveMigration' -SwitchName 'Converged'
Set-VMNetworkAdapterVlan -ManagementOS -VMNetworkAdapterName 'LiveMigration' -Access -VlanId 40
Set-VMNetworkAdapter -ManagementOS -Name 'LiveMigration' -VmqWeight 80

# --- Host and migration ------------------------------------------------------------------
Enable-VMMigration
$migration = @{
    MaximumVirtualMachineMigrations           = 4
    MaximumStorageMigrations                  = 2
    VirtualMachineMigrationAuthenticationType = 'CredSSP'   # lab guide default, copied as is
    VirtualMachineMigrationPerformanceOption  = 'SMB'
}
Set-VMHost @migration
# Left over from the old tuning script: the same limit as -MaximumVirtualMachineMigrations, set differently.
Set-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration' -Name MaximumActiveVmMigrationCount -Value 8 -Type DWord
Set-VMHost -VirtualHardDiskPath 'D:\Hyper-V\Virtual Hard Disks' -VirtualMachinePath 'D:\Hyper-V' -NumaSpanningEnabled $false

# --- First VMs ---------------------------------------------------------------------------
Set-VMProcessor -VMName 'sql01' -Count 8 -Reserve 10 -Maximum 100 -RelativeWeight 200
# The reserve is a percentage, not thousandths.
Set-VMProcessor -VMName 'web01' -Count 4 -Reserve 2500
Get-VM 'sql01' | Set-VMMemory -DynamicMemoryEnabled $true -MinimumBytes 32GB -StartupBytes 16GB -MaximumBytes 64GB -Buffer 10
Set-VMMemory -VMName 'web01' -DynamicMemoryEnabled $true -MinimumBytes 2GB -StartupBytes 4GB -MaximumBytes 8GB

# Tenant VMs: guards on, no spoofing; VLAN from the parameter (checked when the script runs).
foreach ($vm in 'web01', 'web02') {
    Set-VMNetworkAdapter -VMName $vm -DhcpGuard On -RouterGuard On -MacAddressSpoofing Off
    Set-VMNetworkAdapterVlan -VMName $vm -Access -VlanId $TenantVlan
}

# The load balancer VM needs to answer for the virtual IP's MAC address.
Set-VMNetworkAdapter -VMName 'lb01' -MacAddressSpofing On
Set-VMNetworkAdapterVlan -VMName 'lb01' -Access -VlanId 4095

# Linux appliance would not boot: Secure Boot switched off instead of choosing the UEFI CA template.
Set-VMFirmware -VMName 'appliance01' -EnableSecureBoot Off

# A file server on its own storage switch, and this host as a Replica server. The switch is created
# without SR-IOV, so the weight asks for a virtual function the switch cannot give.
New-VMSwitch -Name 'Storage' -NetAdapterName 'NIC3' -AllowManagementOS $false
New-VM -Name 'fs01' -MemoryStartupBytes 8GB -Generation 2 -SwitchName 'Storage'
Set-VM -Name 'fs01' -ProcessorCount 8 -AutomaticStopAction ShutDown
Set-VMNetworkAdapter -VMName 'fs01' -IovWeight 80
Set-VMReplicationServer -ReplicationEnabled $true -AllowedAuthenticationType Kerberos -ReplicationAllowedFromAnyServer $false

<#
    Builds a nested Hyper-V lab on one physical host: an uplink and a storage switch, two
    VMs that run Hyper-V themselves (a two-node cluster to practise on) and a domain
    controller. Mistakes seen in public lab scripts are left in; the golden findings show
    where HvLint points.
#>
#Requires -RunAsAdministrator
#Requires -Modules Hyper-V

param(
    [string] $LabRoot = 'E:\NestedLab',
    [string] $IsoPath = 'E:\ISO\WindowsServer2025.iso'
)

$ErrorActionPreference = 'Stop'
$vhdRoot = Join-Path $LabRoot 'Virtual Hard Disks'

# --- Lab networking ----------------------------------------------------------------------
# Uplink shared with the host; minimum bandwidth is reserved in bits per second.
New-VMSwitch -Name 'LabUplink' -NetAdapterName 'Ethernet 2' -AllowManagementOS $true -MinimumBandwidthMode Absolute
# Storage network for the nested cluster (SMB Direct between the nodes).
New-VMSwitch -Name 'LabStorage' -NetAdapterName 'Ethernet 3' -AllowManagementOS $false

# --- First nested node -------------------------------------------------------------------
New-VM -Name 'LAB-HV01' -Generation 2 -MemoryStartupBytes 4GB -SwitchName 'LabUplink' -Path $LabRoot `
    -NewVHDPath "$vhdRoot\LAB-HV01.vhdx" -NewVHDSizeBytes 127GB
Set-VMProcessor -VMName 'LAB-HV01' -Count 4 -ExposeVirtualizationExtensions $true
# Start small and let dynamic memory grow the node as its own VMs start.
Set-VMMemory -VMName 'LAB-HV01' -DynamicMemoryEnabled $true -MinimumBytes 2GB -MaximumBytes 24GB
# Keep a share of the uplink for the node when the other VMs are busy.
Set-VMNetworkAdapter -VMName 'LAB-HV01' -MinimumBandwidthWeight 20
# Nested VMs reach the network only with MAC address spoofing on the node's adapter.
Set-VMNetworkAdapter -VMName 'LAB-HV01' -MacAddressSpoofing On
Add-VMNetworkAdapter -VMName 'LAB-HV01' -Name 'Storage1' -SwitchName 'LabStorage'
Set-VMNetworkAdapter -VMName 'LAB-HV01' -Name 'Storage1' -IovWeight 100

# --- Second nested node: static memory, sized up front -----------------------------------
New-VM -Name 'LAB-HV02' -Generation 2 -MemoryStartupBytes 16GB -SwitchName 'LabUplink' -Path $LabRoot `
    -NewVHDPath "$vhdRoot\LAB-HV02.vhdx" -NewVHDSizeBytes 127GB
Set-VM -Name 'LAB-HV02' -ProcessorCount 4 -StaticMemory
Set-VMProcessor -VMName 'LAB-HV02' -ExposeVirtualizationExtensions $true
Set-VMNetworkAdapter -VMName 'LAB-HV02' -Name 'Network Adapter' -MinimumBandwidthAbsolute 1000000000
Add-VMNetworkAdapter -VMName 'LAB-HV02' -Name 'Storage1' -SwitchName 'LabStorage'
Get-VMNetworkAdapter -VMName 'LAB-HV02' | Set-VMNetworkAdapter -MacAddressSpoofing On

# --- Domain controller: not nested, dynamic memory is fine --------------------------------
New-VM -Name 'LAB-DC01' -Generation 2 -MemoryStartupBytes 2GB -SwitchName 'LabUplink' -Path $LabRoot `
    -NewVHDPath "$vhdRoot\LAB-DC01.vhdx" -NewVHDSizeBytes 60GB
Set-VM -Name 'LAB-DC01' -DynamicMemory -MemoryMinimumBytes 1GB -MemoryStartupBytes 2GB -MemoryMaximumBytes 4GB
# Raised later for the lab's certificate authority; the maximum was left as it was.
Set-VMMemory -VMName 'LAB-DC01' -StartupBytes 6GB

# --- Install media, then start -------------------------------------------------------------
foreach ($vm in 'LAB-HV01', 'LAB-HV02', 'LAB-DC01') {
    Add-VMDvdDrive -VMName $vm -Path $IsoPath
    Set-VMFirmware -VMName $vm -FirstBootDevice (Get-VMDvdDrive -VMName $vm)
    Start-VM -Name $vm
}

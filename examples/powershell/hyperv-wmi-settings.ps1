<#
    Nightly host tuning through WMI, for hosts where the Hyper-V module is not installed
    (Server Core build images). Everything goes through root\virtualization\v2; a few real
    mistakes are left in (the golden findings show where HvLint points).
#>
#Requires -RunAsAdministrator
param(
    [string] $TenantFilter = '*tenant*',
    [int] $Buffer
)

$ErrorActionPreference = 'Stop'
$ns = 'root\virtualization\v2'

# --- Live migration ----------------------------------------------------------------------
$migration = Get-CimInstance -Namespace $ns -ClassName Msvm_VirtualSystemMigrationServiceSettingData
# 0 is CredSSP: copied from the lab runbook, where nobody had set up constrained delegation.
Set-CimInstance -InputObject $migration -Property @{
    MaximumActiveVirtualSystemMigration = 4
    MaximumActiveStorageMigration       = 2
    AuthenticationType                  = 0
}

# Older hosts in the pool are tuned the WMI way: the service takes its settings as text.
$migrationService = Get-WmiObject -Namespace $ns -Class Msvm_VirtualSystemMigrationService
$migrationSettings = Get-WmiObject -Namespace $ns -Class Msvm_VirtualSystemMigrationServiceSettingData
$migrationSettings.MaximumActiveStorageMigration = 0   # meant "no limit"
$migrationService.ModifyServiceSettings($migrationSettings.GetText(1))

# --- Processor and memory of every VM ----------------------------------------------------
# Limit is in thousandths of a percent in WMI: 90 % is 90000. The second line meant 95 % and
# kept the percent sign's habit of one zero too many.
$cpu = Get-CimInstance -Namespace $ns -ClassName Msvm_ProcessorSettingData
$cpu.Limit = 90000
$cpu.Reservation = 10000
$cpu.Weight = 200
Set-CimInstance -InputObject $cpu
Get-CimInstance -Namespace $ns -ClassName Msvm_ProcessorSettingData | Where-Object { $_.InstanceID -like '*sql*' } |
    Set-CimInstance -Property @{ Limit = 950000 }

# Dynamic memory buffer from the parameter: computed at run time, not judged.
Get-CimInstance -Namespace $ns -ClassName Msvm_MemorySettingData | Where-Object { $_.DynamicMemoryEnabled } |
    Set-CimInstance -Property @{ TargetMemoryBuffer = $Buffer }

# --- Switch ports of tenant VMs ----------------------------------------------------------
Get-WmiObject -Namespace $ns -Class Msvm_EthernetSwitchPortSecuritySettingData |
    Where-Object { $_.InstanceID -like $TenantFilter } |
    ForEach-Object {
        $_.EnableDhcpGuard = $true
        $_.EnableRouterGuard = $false   # the tenant's virtual router VM announces itself
        $_.Put()
    }

# The nested-lab VM needs MAC spoofing for its own guests.
$port = Get-WmiObject -Namespace $ns -Query "SELECT * FROM Msvm_EthernetSwitchPortSecuritySettingData WHERE InstanceID LIKE '%nested-lab%'"
$port.AllowMacSpoofing = $true
$port.MonitorMode = 3   # meant "both directions"; the property has no such value
$port.Put()

Set-WmiInstance -Namespace $ns -Class Msvm_EthernetSwitchPortOffloadSettingData -Arguments @{ VMQOffloadWeight = 100; IOVOffloadWeight = 0 }

# --- Firmware of the build VMs -----------------------------------------------------------
$firmware = Get-CimInstance -Namespace $ns -Query "SELECT * FROM Msvm_VirtualSystemSettingData WHERE ElementName LIKE 'build-%'"
$firmware.SecureBootEnabled = $false
Set-CimInstance $firmware

# Not read by HvLint: through Invoke-CimMethod the settings travel as serialized text.
$vsms = Get-CimInstance -Namespace $ns -ClassName Msvm_VirtualSystemManagementService
Invoke-CimMethod -InputObject $vsms -MethodName ModifySystemSettings -Arguments @{ SystemSettings = ($firmware | ConvertTo-CimEmbeddedString) }

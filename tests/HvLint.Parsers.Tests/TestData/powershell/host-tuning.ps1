<#
.SYNOPSIS
    Tunes a Hyper-V host: live migration, storage, the virtual switch and the boot settings.
    A realistic mix of every way a script writes the registry, with its mistakes.
#>
[CmdletBinding()]
param(
    [string] $Cluster = 'HVC01'
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

. "$PSScriptRoot\common.ps1"

$virtualization = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization'
$migration = Join-Path $virtualization 'Migration'
$worker = "$virtualization\Worker"
$services = 'Registry::HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services'

# 1. Live migration, from a table.
$migrationSettings = [ordered]@{
    MaximumActiveVmMigrationCount      = 4
    MaximumActiveStorageMigrationCount = '2'
    MaximumActiveTransfers             = 2000
}
foreach ($entry in $migrationSettings.GetEnumerator()) {
    Set-ItemProperty -Path $migration -Name $entry.Key -Value $entry.Value
}

# 2. Worker settings, from rows.
$rows = @(
    [pscustomobject]@{ Name = 'RamOpConcurrencyMin'; Value = 4; Type = 'DWord' }
    [pscustomobject]@{ Name = 'MaxNestedTlbSize'; Value = 16; Type = 'REG_DWORD' }
)
$rows | ForEach-Object {
    New-ItemProperty -Path $worker -Name $_.Name -Value $_.Value -PropertyType $_.Type -Force | Out-Null
}

# 3. Storage, with splatting.
$vhdmp = @{ Path = (Join-Path $services 'vhdmp\Parameters'); Type = 'DWord' }
Set-ItemProperty @vhdmp -Name SmbResiliencyTimeoutMs -Value 60000
Set-ItemProperty @vhdmp -Name CsvResiliencyTimeoutMs -Value ('{0}' -f 180000)

# 4. .NET, for the switch.
$key = [Microsoft.Win32.Registry]::LocalMachine.CreateSubKey('SYSTEM\CurrentControlSet\Services\VmsMp\Parameters')
$key.SetValue('VmsMaxNicResetTimeInSeconds', 120, [Microsoft.Win32.RegistryValueKind]::DWord)
$key.DeleteValue('VmsQueueSchedulingMode', $false)
$key.Close()

# 5. Native tools.
reg add "HKLM\SYSTEM\CurrentControlSet\Services\vid\Parameters" /v PageBackingSize /t REG_DWORD /d 1 /f
bcdedit /set {current} hypervisorlaunchtype auto
bcdedit /set '{current}' hypervisorschedulertype core

# 6. Values only known on the host.
$walkers = [Environment]::ProcessorCount
Set-ItemProperty -Path $migration -Name MemoryWalkerCount -Value $walkers
Set-ItemProperty -Path "HKLM\SOFTWARE\Contoso\$Cluster" -Name Tuned -Value 1

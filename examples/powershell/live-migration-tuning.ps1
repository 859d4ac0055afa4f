<#
    Live-migration tuning for the cluster nodes, driven by a table of settings.
    The same settings as examples/reg/live-migration-tuning.reg, with the same mistakes.
#>
#Requires -RunAsAdministrator

$virtualization = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization'
$migration = Join-Path $virtualization 'Migration'

$settings = @(
    @{ Path = $migration; Name = 'EnableVirtualSystemMigration'; Value = 1 }
    @{ Path = $migration; Name = 'MaximumActiveVmMigrationCount'; Value = 4 }
    @{ Path = $migration; Name = 'MaximumActiveStorageMigrationCount'; Value = '4' }
    @{ Path = $migration; Name = 'MaximumActiveTransfers'; Value = 2000 }
    @{ Path = $migration; Name = 'EnableCompresion'; Value = 1 }
    @{ Path = $migration; Name = 'MemoryWalkerCount'; Value = 8 }
    @{ Path = "$virtualization\Worker"; Name = 'RamOpConcurrencyMin'; Value = 4 }
    @{ Path = "$virtualization\Worker"; Name = 'RamOpConcurrencyMax'; Value = 16 }
    @{ Path = "$virtualization\Worker"; Name = 'MaxNestedTlbSize'; Value = 16 }
)

foreach ($setting in $settings) {
    if (-not (Test-Path $setting.Path)) {
        New-Item -Path $setting.Path -Force | Out-Null
    }

    Set-ItemProperty -Path $setting.Path -Name $setting.Name -Value $setting.Value
}

# Added later for the 10 GbE nodes.
Set-ItemProperty -Path $migration -Name MaximumActiveVmMigrationCount -Value 8

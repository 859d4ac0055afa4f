<#
    Reports the live-migration settings of this host. Reads only: no findings expected.
#>
$migration = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration'
$values = Get-ItemProperty -Path $migration
foreach ($name in 'MaximumActiveTransfers', 'MaximumActiveVmMigrationCount') {
    '{0,-35} {1}' -f $name, $values.$name
}

Get-ItemPropertyValue -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\VmsMp\Parameters' -Name TenantNetworkMtu
bcdedit /enum '{current}'
reg query "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization" /s
Set-ItemProperty -Path $migration -Name MaximumActiveTransfers -Value 2000 -WhatIf

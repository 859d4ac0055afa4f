<#
    Writes outside Hyper-V's keys, and Hyper-V values computed at run time. HvLint reports
    nothing it cannot resolve: no findings expected.
#>
param(
    [int] $Transfers = 2000
)

Set-ItemProperty -Path 'HKLM:\SOFTWARE\Contoso\Deployment' -Name LastRun -Value (Get-Date -Format o)
New-ItemProperty -Path 'HKCU:\Software\Contoso' -Name Theme -Value 'dark' -Force
Set-Content -Path 'C:\Temp\tuning.log' -Value 'done'

$migration = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration'
Set-ItemProperty -Path $migration -Name MaximumActiveTransfers -Value $Transfers
$count = Read-Host 'Concurrent live migrations'
Set-ItemProperty -Path $migration -Name MaximumActiveVmMigrationCount -Value $count
$cores = (Get-CimInstance Win32_Processor | Measure-Object NumberOfCores -Sum).Sum
Set-ItemProperty -Path "$migration\..\Worker" -Name RamOpConcurrencyMax -Value $cores
Set-ItemProperty -Path "$env:HYPERV_KEY\Migration" -Name MemoryWalkerCount -Value 64

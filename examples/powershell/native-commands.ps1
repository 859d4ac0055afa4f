<#
    Host preparation that calls reg.exe and bcdedit from PowerShell.
#>
$ErrorActionPreference = 'Stop'

# Worked in cmd.exe; in PowerShell {current} is a script block.
bcdedit /set {current} hypervisorlaunchtype auto

# Quoted, so PowerShell passes the text.
bcdedit /set '{current}' hypervisorschedulertype core

$bcdArgs = '/set', '{current}', 'hypervisorrootproc', '4'
& bcdedit.exe @bcdArgs

$vmsmp = 'HKLM\SYSTEM\CurrentControlSet\Services\VmsMp\Parameters'
reg add $vmsmp /v VmsMaxNicResetTimeInSeconds /t REG_DWORD /d 120 /f
reg.exe add "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration" /v MaximumActiveTransfers /d 8 /f

cmd /c "reg add HKLM\SYSTEM\CurrentControlSet\Services\vid\Parameters /v PageBackingSize /t REG_DWORD /d 1 /f"
Start-Process -FilePath bcdedit.exe -ArgumentList '/set {current} hypervisoriommupolicy enable' -Wait -NoNewWindow

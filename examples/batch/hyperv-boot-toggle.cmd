@echo off
rem Adds a second boot entry without the hypervisor, so that the host can be
rem restarted into "No Hyper-V" for VMware or VirtualBox work, and back.
rem Run as administrator. Usage: hyperv-boot-toggle.cmd [on|off|add-entry]

setlocal
if /i "%~1"=="on" goto on
if /i "%~1"=="off" goto off
if /i "%~1"=="add-entry" goto addentry
echo Usage: %~nx0 on^|off^|add-entry
exit /b 1

:on
bcdedit /set {current} hypervisorlaunchtype auto
echo Hyper-V starts with the next boot.
goto :eof

:off
bcdedit /set {current} hypervisorlaunchtype off
echo Hyper-V is off after the next boot.
goto :eof

:addentry
for /f "tokens=2 delims={}" %%g in ('bcdedit /copy {current} /d "Windows (no Hyper-V)"') do set NOHV={%%g}
if not defined NOHV (
  echo Could not copy the boot entry.
  exit /b 1
)
bcdedit /set %NOHV% hypervisorlaunchtype off
bcdedit /displayorder %NOHV% /addlast
echo Added %NOHV%; pick it in the boot menu to start without Hyper-V.
goto :eof

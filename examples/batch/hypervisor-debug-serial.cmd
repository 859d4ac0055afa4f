@echo off
:: Lab host only: hypervisor debugger over COM1 at 115200 baud.
:: The debugger attaches with: windbg -k com:port=COM1,baud=115200
bcdedit /hypervisorsettings SERIAL DEBUGPORT:1 BAUDRATE:115200
bcdedit /set {current} hypervisordebug on
bcdedit /set {current} hypervisorlaunchtype auto
echo Restart to start the hypervisor with its debugger enabled.

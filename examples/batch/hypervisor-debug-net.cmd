@echo off
setlocal
:: Lab host only: hypervisor debugger over the network (KDNET).
:: The debugging host is 192.168.10.5; the key is printed by bcdedit.
set DEBUGHOST=192.168.10.5
set DEBUGPORT=50010

%windir%\system32\bcdedit.exe /hypervisorsettings NET HOSTIP:%DEBUGHOST% PORT:%DEBUGPORT%
%windir%\system32\bcdedit.exe /set {hypervisorsettings} hypervisorbusparams 0.25.0
%windir%\system32\bcdedit.exe /set {current} hypervisordebug on
%windir%\system32\bcdedit.exe /set {current} hypervisorlaunchtype auto
%windir%\system32\bcdedit.exe /enum {hypervisorsettings}

@echo off
rem Copied together from several forum posts; every block has a mistake.

rem No /t: reg.exe stores "8" as REG_SZ, which vmms does not read as a number.
reg add "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration" /v MaximumActiveTransfers /d 8 /f

rem /reg:32 writes under Wow6432Node, where the 64-bit vmms never looks.
reg add "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration" /v EnableCompression /t REG_DWORD /d 1 /f /reg:32

rem No /f: the second run of this script waits at "overwrite (Yes/No)?".
reg add "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration" /v MaximumActiveVmMigrationCount /t REG_DWORD /d 4

rem hypervisorlaunchtype takes Off or Auto, not On.
bcdedit /set hypervisorlaunchtype on

rem The element is vsmlaunchtype.
bcdedit /set {current} vmslaunchtype off

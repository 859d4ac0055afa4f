@echo off
setlocal EnableDelayedExpansion
rem Deployment step 3 of 5: base settings, migration tuning, boot entry.

reg import "%~dp0settings\base.reg"

set MIG=HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration
for %%s in (MaximumActiveTransfers:8 MaximumActiveVmMigrationCount:4) do (
  for /f "tokens=1,2 delims=:" %%a in ("%%s") do reg add "%MIG%" /v %%a /t REG_DWORD /d %%b /f >nul
)

call :flag EnableCompression 1
call :flag EnableSmbTransport yes

bcdedit /set {current} hypervisorlaunchtype auto
bcdedit /set {defualt} hypervisorschedulertype core
goto :eof

:flag
reg add "%MIG%" /v %1 /t REG_DWORD /d %2 /f >nul
exit /b

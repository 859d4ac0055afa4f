@echo off
setlocal
rem Hyper-V host tuning. Every value goes through :apply so that the
rem script logs what it sets and stops on the first failure.

set MIGRATION=HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration
set LOG=%TEMP%\host-tweaks.log

call :apply "%MIGRATION%" MaximumActiveTransfers REG_DWORD 8
call :apply "%MIGRATION%" EnableCompression REG_DWORD 1
call :apply "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization" StartupWaitTimeout REG_DWORD 0x258
echo Done. See %LOG%.
goto :eof

:apply
rem %1 key, %2 value name, %3 type, %4 data
echo Setting %~2 = %~4 >> "%LOG%"
reg add %1 /v %~2 /t %~3 /d %~4 /f >nul
if errorlevel 1 (
  echo Failed to set %~2 >> "%LOG%"
  exit /b 1
)
goto :eof

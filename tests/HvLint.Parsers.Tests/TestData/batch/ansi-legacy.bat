@echo off
rem Saved by Notepad on a French server (ANSI, Windows-1252): été 2019.
set CLÉ=HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration
reg add "%CLÉ%" /v MaximumActiveTransfers /t REG_DWORD /d 4 /f
reg add "%CLÉ%" /v EnableCompression /t REG_DWORD /d 1 /f
echo Terminé.

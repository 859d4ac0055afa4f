#!/bin/false
@echo off
setlocal enabledelayedexpansion
set N=0
for %%c in (2 4 8) do (
  set N=%%c
  reg add "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration" /v MaximumActiveVmMigrationCount /t REG_DWORD /d !N! /f
)

@echo off
rem Lists the boot configuration for the inventory share; changes nothing.
set OUT=\\fileserver\inventory\%COMPUTERNAME%-bcd.txt
bcdedit /enum all > "%OUT%"
bcdedit /enum {hypervisorsettings} >> "%OUT%"
bcdedit /v >> "%OUT%"

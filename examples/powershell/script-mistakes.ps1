<#
    Mistakes that only PowerShell makes: each line looks right and writes somewhere else, or
    nothing at all.
#>
$migration = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration'

# reg.exe's path spelling: PowerShell looks for a folder named HKLM.
Set-ItemProperty -Path 'HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration' -Name MaximumActiveTransfers -Value 8

# No backslash after the drive.
Set-ItemProperty -Path 'HKLM:SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration' -Name MemoryWalkerCount -Value 8

# reg.exe's type names.
New-ItemProperty -Path $migration -Name MaximumActiveVmMigrationCount -PropertyType REG_DWORD -Value 4 -Force

# Hexadecimal copied from a .reg file.
Set-ItemProperty -Path $migration -Name MaximumActiveStorageMigrationCount -Type DWord -Value '0000000a'

# Recreates the Worker key, then writes one value into it.
New-Item -Path 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Worker' -Force | Out-Null
Set-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Worker' -Name RamOpConcurrencyMax -Value 16

# Written twice; the second New-ItemProperty fails.
Set-ItemProperty -Path $migration -Name EnableVirtualSystemMigration -Value 1
New-ItemProperty -Path $migration -Name EnableVirtualSystemMigration -PropertyType DWord -Value 1

# Opened read-only.
$key = [Microsoft.Win32.Registry]::LocalMachine.OpenSubKey('SYSTEM\CurrentControlSet\Services\vid\Parameters')
$key.SetValue('PageBackingSize', 1, [Microsoft.Win32.RegistryValueKind]::DWord)

# A number beyond Int32 without -Type becomes a REG_QWORD; [Registry]::SetValue stores it as text.
[Microsoft.Win32.Registry]::SetValue('HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\vhdmp\Parameters', 'SmbResiliencyTimeoutMs', 3000000000)

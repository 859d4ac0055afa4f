<#
    DSC configuration for the Hyper-V hosts (PSDesiredStateConfiguration's Registry resource).
#>
Configuration HyperVHostTuning
{
    param
    (
        [string[]] $NodeName = 'localhost'
    )

    Import-DscResource -ModuleName PSDesiredStateConfiguration

    Node $NodeName
    {
        Registry MaximumActiveTransfers
        {
            Key       = 'HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration'
            ValueName = 'MaximumActiveTransfers'
            ValueData = '8'
            ValueType = 'Dword'
            Ensure    = 'Present'
        }

        # ValueType missing: the resource writes a REG_SZ.
        Registry StorageMigrations
        {
            Key       = 'HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration'
            ValueName = 'MaximumActiveStorageMigrationCount'
            ValueData = '4'
        }

        Registry NestedTlb
        {
            Key       = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Worker'
            ValueName = 'MaxNestedTlbSize'
            ValueData = '10'
            ValueType = 'DWord'
            Hex       = $true
        }

        Registry RemoveOldSetting
        {
            Key       = 'HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration'
            ValueName = 'EnableCompresion'
            Ensure    = 'Absent'
        }
    }
}

HyperVHostTuning -OutputPath "$PSScriptRoot\mof"

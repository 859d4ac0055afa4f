using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0730 (CmdletAndRegistryBothSet) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0730CmdletAndRegistryBothSetTests
{
    private const string Migration = @"HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";

    [Fact]
    public void Reports_the_later_of_a_cmdlet_and_a_registry_write_that_disagree()
    {
        RuleVerifier.Verify<HV0730CmdletAndRegistryBothSet>(
            "Set-VMHost -MaximumVirtualMachineMigrations 4 -VirtualMachineMigrationAuthenticationType Kerberos\r\n"
            + $"Set-ItemProperty -Path '{Migration}' -Name MaximumActiveVmMigrationCount -Value {{|HV0730:8|}} -Type DWord\r\n"
            + $"Set-ItemProperty -Path '{Migration}' -Name AuthenticationType -Value {{|HV0730:0|}} -Type DWord\r\n",
            ".ps1");
    }

    [Fact]
    public void Reports_the_cmdlet_when_it_comes_last()
    {
        RuleVerifier.Verify<HV0730CmdletAndRegistryBothSet>(
            $"Set-ItemProperty -Path '{Migration}' -Name EnableVirtualSystemMigration -Value 1 -Type DWord\r\n"
            + "{|HV0730:Disable-VMMigration|}\r\n",
            ".ps1");
    }

    [Fact]
    public void Is_silent_when_both_agree_on_a_remote_host_in_a_branch_or_at_run_time()
    {
        RuleVerifier.Verify<HV0730CmdletAndRegistryBothSet>(
            "Set-VMHost -MaximumVirtualMachineMigrations 4\r\n"
            + $"Set-ItemProperty -Path '{Migration}' -Name MaximumActiveVmMigrationCount -Value 4 -Type DWord\r\n"
            + "Set-VMHost -ComputerName HV02 -MaximumStorageMigrations 8\r\n"
            + "if ($lab) { Set-VMHost -MaximumStorageMigrations 1 }\r\n"
            + "Set-VMHost -VirtualMachineMigrationAuthenticationType $auth\r\n"
            + $"Set-ItemProperty -Path '{Migration}' -Name MaximumActiveStorageMigrationCount -Value 2 -Type DWord\r\n"
            + $"Set-ItemProperty -Path '{Migration}' -Name AuthenticationType -Value 1 -Type DWord\r\n",
            ".ps1");
    }

    [Fact]
    public void Is_silent_when_the_cmdlet_changes_a_host_named_by_a_variable_or_a_CIM_session_and_reports_localhost()
    {
        RuleVerifier.Verify<HV0730CmdletAndRegistryBothSet>(
            "Set-VMHost -ComputerName $node -MaximumStorageMigrations 8\r\n"
            + "Set-VMHost -CimSession $session -MaximumVirtualMachineMigrations 8\r\n"
            + "Set-VMHost -ComputerName 'HV01','HV02' -VirtualMachineMigrationAuthenticationType Kerberos\r\n"
            + $"Set-ItemProperty -Path '{Migration}' -Name MaximumActiveStorageMigrationCount -Value 2 -Type DWord\r\n"
            + $"Set-ItemProperty -Path '{Migration}' -Name MaximumActiveVmMigrationCount -Value 2 -Type DWord\r\n"
            + $"Set-ItemProperty -Path '{Migration}' -Name AuthenticationType -Value 0 -Type DWord\r\n",
            ".ps1");
        RuleVerifier.Verify<HV0730CmdletAndRegistryBothSet>(
            "Set-VMHost -ComputerName localhost -MaximumStorageMigrations 8\r\n"
            + $"Set-ItemProperty -Path '{Migration}' -Name MaximumActiveStorageMigrationCount -Value {{|HV0730:2|}} -Type DWord\r\n",
            ".ps1");
    }
}

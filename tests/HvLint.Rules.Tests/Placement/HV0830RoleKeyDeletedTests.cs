using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0830 (RoleKeyDeleted) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0830RoleKeyDeletedTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";

    [Fact]
    public void Deleting_a_hyper_v_service_key_is_reported_in_every_front_end()
    {
        var reg = RuleVerifier.Verify<HV0830RoleKeyDeleted>(Header + "[-{|HV0830:HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\vmms|}]\r\n");
        Assert.Contains("registration of the 'vmms' service", reg.Diagnostics[0].Message, StringComparison.Ordinal);
        RuleVerifier.Verify<HV0830RoleKeyDeleted>("reg delete {|HV0830:\"HKLM\\SYSTEM\\CurrentControlSet\\Services\\VmsMp\"|} /f\r\n", ".cmd");
        RuleVerifier.Verify<HV0830RoleKeyDeleted>("Remove-Item -Path {|HV0830:'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\vid'|} -Recurse -Force\r\n", ".ps1");
    }

    [Fact]
    public void Emptying_a_service_key_of_all_its_values_is_reported()
    {
        RuleVerifier.Verify<HV0830RoleKeyDeleted>("reg delete {|HV0830:\"HKLM\\SYSTEM\\CurrentControlSet\\Services\\vmbus\"|} /va /f\r\n", ".cmd");
    }

    [Fact]
    public void Deleting_the_virtualization_key_is_reported_and_its_subkeys_are_not()
    {
        var result = RuleVerifier.Verify<HV0830RoleKeyDeleted>("reg delete {|HV0830:\"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\"|} /f\r\n", ".cmd");
        Assert.Contains("every Hyper-V host setting", result.Diagnostics[0].Message, StringComparison.Ordinal);

        // Resetting a tuning subkey (deleting it, then writing it afresh) is the export pattern.
        RuleVerifier.Verify<HV0830RoleKeyDeleted>(Header + "[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Worker]\r\n");
    }

    [Fact]
    public void Deleting_one_value_of_a_service_key_or_another_service_is_not_reported()
    {
        RuleVerifier.Verify<HV0830RoleKeyDeleted>("reg delete \"HKLM\\SYSTEM\\CurrentControlSet\\Services\\vmms\" /v DelayedAutostart /f\r\n", ".cmd");
        RuleVerifier.Verify<HV0830RoleKeyDeleted>("reg delete \"HKLM\\SYSTEM\\CurrentControlSet\\Services\\Spooler\" /f\r\n", ".cmd");
        RuleVerifier.Verify<HV0830RoleKeyDeleted>("Remove-Item -Path \"HKLM:\\SYSTEM\\CurrentControlSet\\Services\\$env:SERVICE\" -Recurse\r\n", ".ps1");
    }
}

using HvLint.Core.Diagnostics;
using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0803 (NotWhereTheReaderLooks) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0803NotWhereTheReaderLooksTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string Wcifs = "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\wcifs\\Parameters]\r\n";

    [Fact]
    public void A_wcifs_boot_value_under_parameters_is_a_note_in_every_front_end()
    {
        var reg = RuleVerifier.Verify<HV0803NotWhereTheReaderLooks>(Header + Wcifs + "{|HV0803:\"Hvsi\"|}=dword:00000001\r\n");
        var d = Assert.Single(reg.Diagnostics);
        Assert.Equal(Severity.Note, d.Severity);
        Assert.Contains("wcifs.sys does not read it from this key", d.Message, StringComparison.Ordinal);
        Assert.Contains("HKLM\\SYSTEM\\CurrentControlSet\\Control", d.Message, StringComparison.Ordinal);
        RuleVerifier.Verify<HV0803NotWhereTheReaderLooks>("reg add \"HKLM\\SYSTEM\\CurrentControlSet\\Services\\wcifs\\Parameters\" /v {|HV0803:BootContainerGuid|} /t REG_SZ /d {00000000-0000-0000-0000-000000000001} /f\r\n", ".cmd");
    }

    [Fact]
    public void The_value_wcifs_reads_from_parameters_and_a_deletion_are_not_reported()
    {
        RuleVerifier.Verify<HV0803NotWhereTheReaderLooks>(Header + Wcifs + "\"DebugOptions\"=dword:00000000\r\n\"Hvsi\"=-\r\n");
    }
}

using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0303 (InvalidNumberForm) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0303InvalidNumberFormTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";

    [Fact]
    public void HV0303_reports_a_count_that_is_not_a_power_of_two()
    {
        var result = RuleVerifier.Verify<HV0303InvalidNumberForm>(Header + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\vhdmp\\Parameters]\r\n\"IoSubTrackerCount\"={|HV0303:dword:00000064|}\r\n");
        Assert.Contains("Use 64 (0x40) or 128 (0x80).", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }
}

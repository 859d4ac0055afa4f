using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0302 (ValueNotAllowed) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0302ValueNotAllowedTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";

    [Fact]
    public void HV0302_reports_a_mode_that_is_not_in_the_list()
    {
        var result = RuleVerifier.Verify<HV0302ValueNotAllowed>(Header + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\vid\\Parameters]\r\n\"PageBackingSize\"={|HV0302:dword:00000003|}\r\n\"PageMappingSize\"=dword:00000002\r\n");
        Assert.Contains("0 (", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_enum_meaning_is_shortened_at_a_word_boundary()
    {
        var result = RuleVerifier.Verify<HV0302ValueNotAllowed>(Header + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Hypervisor]\r\n\"InitialAllocationNumaPolicy\"={|HV0302:dword:00000007|}\r\n");
        var message = Assert.Single(result.Diagnostics).Message;
        Assert.Contains("spread across NUMA nodes", message, StringComparison.Ordinal);
        Assert.DoesNotContain("NUM…", message, StringComparison.Ordinal);
    }
}

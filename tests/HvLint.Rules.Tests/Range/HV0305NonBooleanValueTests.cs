using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0305 (NonBooleanValue) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0305NonBooleanValueTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string Migration = @"[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration]" + "\r\n";

    [Fact]
    public void HV0305_reports_a_switch_set_to_two()
    {
        RuleVerifier.Verify<HV0305NonBooleanValue>(Header + Migration + "\"EnableCompression\"={|HV0305:dword:00000002|}\r\n\"EnableSmbTransport\"=dword:00000001\r\n");
    }

    [Fact]
    public void A_switch_typed_from_its_name_claims_nothing_about_non_zero_values()
    {
        var result = RuleVerifier.Verify<HV0305NonBooleanValue>(Header + Migration + "\"EnableCompression\"={|HV0305:dword:00000002|}\r\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.Contains("probably an on/off switch", d.Message, StringComparison.Ordinal);
        Assert.Contains("inferred, not documented", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("so this means on", d.Message, StringComparison.Ordinal);
    }
}

using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0610 (BcdDebugOnlySetting) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0610BcdDebugOnlySettingTests
{
    private const string Cmd = ".cmd";

    [Fact]
    public void HV0610_reports_a_debug_switch()
    {
        RuleVerifier.Verify<HV0610BcdDebugOnlySetting>(
            "bcdedit /set {current} hypervisoriommupolicy disable\r\n"
            + "bcdedit /set {current} hypervisordisableslat {|HV0610:on|}\r\n",
            Cmd);
    }
}

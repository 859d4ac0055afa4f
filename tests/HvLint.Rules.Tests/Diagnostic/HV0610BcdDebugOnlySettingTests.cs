using HvLint.Core.Fixes;
using HvLint.Core.Model;
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

    [Fact]
    public void HV0610_offers_to_remove_the_command_as_an_unsafe_fix()
    {
        var cmd = FixAssert.Change<RemoveWriteChange>(
            RuleVerifier.Verify<HV0610BcdDebugOnlySetting>("bcdedit /set {current} hypervisordisableslat {|HV0610:on|}\r\n", Cmd), "HV0610", FixApplicability.Unsafe);
        Assert.Equal("hypervisordisableslat", Assert.IsType<BcdWrite>(cmd.Write).Element);

        FixAssert.Change<RemoveWriteChange>(
            RuleVerifier.Verify<HV0610BcdDebugOnlySetting>("bcdedit /set '{current}' hypervisordisableslat {|HV0610:on|}\r\n", ".ps1"), "HV0610", FixApplicability.Unsafe);
    }

    [Fact]
    public void HV0610_offers_no_removal_of_a_conditional_command()
    {
        FixAssert.NoChange(
            RuleVerifier.Verify<HV0610BcdDebugOnlySetting>("if ($lab) { bcdedit /set '{current}' hypervisordisableslat {|HV0610:on|} }\r\n", ".ps1"), "HV0610");
    }
}

using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0510 (BcdSecurityWeakening) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0510BcdSecurityWeakeningTests
{
    private const string Cmd = ".cmd";

    [Fact]
    public void HV0510_reports_security_weakening_boot_settings()
    {
        var result = RuleVerifier.Verify<HV0510BcdSecurityWeakening>(
            "bcdedit /set {current} hypervisoriommupolicy {|HV0510:disable|}\r\n"
            + "bcdedit /set {current} hypervisordisableslat on\r\n",
            Cmd);
        Assert.All(result.Diagnostics.Where(d => d.Rule.Id == "HV0510"), d => Assert.NotNull(d.SecuritySeverity));
    }

    [Fact]
    public void Hypervisorenforcedcodeintegrity_gets_no_security_finding_while_its_type_and_polarity_are_unconfirmed()
    {
        // No Microsoft page documents this element; the reference calls it a boolean, its ID says integer.
        // Which value turns HVCI off is therefore not known, and a security finding would be a guess.
        RuleVerifier.Verify<HV0510BcdSecurityWeakening>("bcdedit /set {current} hypervisorenforcedcodeintegrity 0\r\nbcdedit /set {current} hypervisorenforcedcodeintegrity off\r\n", Cmd);
    }
}

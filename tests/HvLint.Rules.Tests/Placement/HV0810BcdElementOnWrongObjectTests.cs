using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0810 (BcdElementOnWrongObject) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0810BcdElementOnWrongObjectTests
{
    private const string Cmd = ".cmd";

    [Fact]
    public void HV0810_reports_a_hypervisor_element_on_the_boot_manager()
    {
        RuleVerifier.Verify<HV0810BcdElementOnWrongObject>("bcdedit /set {|HV0810:{bootmgr}|} hypervisorlaunchtype auto\r\nbcdedit /set {hypervisorsettings} hypervisorlaunchtype auto\r\n", Cmd);
    }

    [Fact]
    public void Bcd_identifiers_in_the_advice_are_quoted_for_powershell_only()
    {
        Assert.Contains("Use '{current}'", Message("bcdedit /set '{bootmgr}' hypervisorlaunchtype auto\n", ".ps1"), StringComparison.Ordinal);
        Assert.Contains("Use {current}", Message("bcdedit /set {bootmgr} hypervisorlaunchtype auto\r\n", Cmd), StringComparison.Ordinal);
    }

    private static string Message(string text, string extension) =>
        Assert.Single(RuleVerifier.Lint<HV0810BcdElementOnWrongObject>(text, extension).Diagnostics, d => d.Rule.Id == "HV0810").Message;
}

using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0712 (ContradictoryBcdValues) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0712ContradictoryBcdValuesTests
{
    private const string Cmd = ".cmd";
    private const string Ps = ".ps1";

    [Fact]
    public void HV0712_reports_auto_then_off_on_one_path_but_not_in_the_branches_of_an_if()
    {
        RuleVerifier.Verify<HV0712ContradictoryBcdValues>("bcdedit /set {current} hypervisorlaunchtype auto\r\nbcdedit /set {current} hypervisorlaunchtype {|HV0712:off|}\r\n", Cmd);
        RuleVerifier.Verify<HV0712ContradictoryBcdValues>("if \"%1\"==\"on\" (\r\n  bcdedit /set {current} hypervisorlaunchtype auto\r\n) else (\r\n  bcdedit /set {current} hypervisorlaunchtype off\r\n)\r\n", Cmd);
        RuleVerifier.Verify<HV0712ContradictoryBcdValues>("bcdedit /set {current} hypervisorlaunchtype auto\r\nbcdedit /set {default} hypervisorlaunchtype off\r\nbcdedit /set {current} hypervisorlaunchtype AUTO\r\n", Cmd);
    }

    [Fact]
    public void HV0712_in_powershell_reports_the_later_value_and_relates_the_earlier_one()
    {
        var result = RuleVerifier.Verify<HV0712ContradictoryBcdValues>("""
            bcdedit /set '{current}' hypervisorlaunchtype auto
            Write-Host 'Hyper-V enabled'
            bcdedit /set '{current}' hypervisorlaunchtype {|HV0712:off|}
            """, Ps);
        Samples.AssertRelatedLine(result, "HV0712", 1);
    }

    [Fact]
    public void HV0712_in_batch_reports_the_later_value_and_relates_the_earlier_one()
    {
        var result = RuleVerifier.Verify<HV0712ContradictoryBcdValues>(Samples.Lines(
            "bcdedit /set {current} hypervisorlaunchtype auto",
            "echo Hyper-V enabled",
            "bcdedit /set {current} hypervisorlaunchtype {|HV0712:off|}"), Cmd);
        Samples.AssertRelatedLine(result, "HV0712", 1);
    }

    [Fact]
    public void HV0712_is_silent_on_the_branches_of_an_if()
    {
        RuleVerifier.Verify<HV0712ContradictoryBcdValues>("""
            if ($Enable) {
                bcdedit /set '{current}' hypervisorlaunchtype auto
            } else {
                bcdedit /set '{current}' hypervisorlaunchtype off
            }
            """, Ps);
        RuleVerifier.Verify<HV0712ContradictoryBcdValues>(Samples.Lines(
            "if /i \"%1\"==\"on\" bcdedit /set {current} hypervisorlaunchtype auto",
            "if /i \"%1\"==\"off\" bcdedit /set {current} hypervisorlaunchtype off"), Cmd);
    }

    [Fact]
    public void HV0712_never_compares_a_value_computed_at_run_time()
    {
        RuleVerifier.Verify<HV0712ContradictoryBcdValues>("""
            bcdedit /set '{current}' hypervisorlaunchtype auto
            bcdedit /set '{current}' hypervisorlaunchtype $env:HV_LAUNCH
            """, Ps);
        RuleVerifier.Verify<HV0712ContradictoryBcdValues>(Samples.Lines(
            "bcdedit /set {current} hypervisorlaunchtype auto",
            "bcdedit /set {current} hypervisorlaunchtype %HV_LAUNCH%"), Cmd);
    }

    [Fact]
    public void Bcd_values_that_contradict_across_batch_and_powershell_files_are_reported()
    {
        var results = RuleVerifier.VerifyFiles<HV0712ContradictoryBcdValues>(
            [
                ("enable.cmd", "bcdedit /set {current} hypervisorlaunchtype auto\r\n"),
                ("disable.ps1", "bcdedit /set '{current}' hypervisorlaunchtype {|HV0712:off|}\r\n"),
            ],
            asOneHost: true);

        var d = Assert.Single(results.SelectMany(r => r.Diagnostics));
        Assert.Contains("enable.cmd line 1", d.Message, StringComparison.Ordinal);
    }

}

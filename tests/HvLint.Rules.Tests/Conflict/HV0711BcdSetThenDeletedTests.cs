using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0711 (BcdSetThenDeleted) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0711BcdSetThenDeletedTests
{
    private const string Cmd = ".cmd";
    private const string Ps = ".ps1";

    [Fact]
    public void HV0711_reports_a_delete_that_undoes_an_earlier_set()
    {
        RuleVerifier.Verify<HV0711BcdSetThenDeleted>("bcdedit /set {current} hypervisornumproc 16\r\nbcdedit /deletevalue {current} {|HV0711:hypervisornumproc|}\r\n", Cmd);
    }

    [Fact]
    public void HV0711_in_powershell_reports_the_deleted_element_and_relates_the_set()
    {
        var result = RuleVerifier.Verify<HV0711BcdSetThenDeleted>("""
            bcdedit /set '{current}' hypervisornumproc 16
            bcdedit /deletevalue '{current}' {|HV0711:hypervisornumproc|}
            """, Ps);
        Samples.AssertRelatedLine(result, "HV0711", 1);
    }

    [Fact]
    public void HV0711_in_batch_reports_the_deleted_element_and_relates_the_set()
    {
        var result = RuleVerifier.Verify<HV0711BcdSetThenDeleted>(Samples.Lines(
            "@echo off",
            "bcdedit /set {current} hypervisornumproc 16",
            "bcdedit /deletevalue {current} {|HV0711:hypervisornumproc|}"), Cmd);
        Samples.AssertRelatedLine(result, "HV0711", 2);
    }

    [Fact]
    public void HV0711_is_silent_when_the_delete_is_conditional_or_on_another_entry()
    {
        RuleVerifier.Verify<HV0711BcdSetThenDeleted>("""
            bcdedit /set '{current}' hypervisornumproc 16
            if ($Undo) { bcdedit /deletevalue '{current}' hypervisornumproc }
            bcdedit /deletevalue '{default}' hypervisornumproc
            """, Ps);
        RuleVerifier.Verify<HV0711BcdSetThenDeleted>(Samples.Lines(
            "bcdedit /set {current} hypervisornumproc 16",
            "if \"%1\"==\"undo\" (",
            "  bcdedit /deletevalue {current} hypervisornumproc",
            ")",
            "bcdedit /deletevalue {default} hypervisornumproc"), Cmd);
    }

    [Fact]
    public void A_rejected_bcd_value_is_not_undone_by_a_later_delete()
    {
        Assert.Empty(RuleVerifier.Lint<HV0711BcdSetThenDeleted>("bcdedit /set {current} hypervisorlaunchtype on\r\nbcdedit /deletevalue {current} hypervisorlaunchtype\r\n", ".cmd").Diagnostics);
        Assert.Single(RuleVerifier.Lint<HV0711BcdSetThenDeleted>("bcdedit /set {current} hypervisorlaunchtype auto\r\nbcdedit /deletevalue {current} hypervisorlaunchtype\r\n", ".cmd").Diagnostics);
    }

}

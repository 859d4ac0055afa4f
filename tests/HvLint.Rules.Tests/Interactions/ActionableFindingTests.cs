using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>
/// Findings a person can act on (issue #11), where several rules or a front end take part:
/// failed writes left out of relations, one finding per place, the text a person edits. The
/// cases about one rule (advice in the syntax of the write, harmless deletions kept quiet) are in
/// that rule's test class.
/// </summary>
public sealed class ActionableFindingTests
{
    private const string CmdMigration = @"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";
    private const string PsMigration = @"HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";

    // ---- 3. Writes that fail do not take part in relations ----

    [Fact]
    public void Bcd_writes_that_fail_or_are_rejected_do_not_override_each_other()
    {
        // The first command fails (PowerShell passes the unquoted {current} as a script block),
        // the second is rejected (hypervisorlaunchtype takes Off or Auto): neither is "the last one".
        var result = RuleVerifier.Lint("bcdedit /set {current} hypervisorlaunchtype auto\nbcdedit /set hypervisorlaunchtype on\n", ".ps1");
        Assert.Contains(result.Diagnostics, d => d.Rule.Id == "HV0952");
        Assert.Contains(result.Diagnostics, d => d.Rule.Id == "HV0310");
        Assert.DoesNotContain(result.Diagnostics, d => d.Rule.Id == "HV0712");

        // Control: two writes that both take effect still conflict.
        Assert.Single(RuleVerifier.Findings("bcdedit /set '{current}' hypervisorlaunchtype auto\nbcdedit /set hypervisorlaunchtype off\n", "HV0712", ".ps1"));
    }

    // ---- 4. Text passed to a batch subroutine is reported where it is written ----

    [Fact]
    public void A_command_passed_to_a_subroutine_is_reported_at_the_call_with_the_subroutine_as_related()
    {
        var result = RuleVerifier.Verify("call :apply \"bcdedit /set {current} {|HV0110:vmslaunchtype|} off\"\r\ngoto :eof\r\n:apply\r\n%~1\r\ngoto :eof\r\n", ".cmd");
        var related = Assert.Single(result.Diagnostics.Single().Related);
        Assert.Equal(4, related.Location.Start.Line);
    }

    [Fact]
    public void Values_passed_to_a_subroutine_are_reported_at_the_call_arguments()
    {
        RuleVerifier.Verify($"call :set MaximumActiveTransfers {{|HV0201:5000|}}\r\ncall :set {{|HV0101:MaximumActiveTransfer|}} 8\r\ngoto :eof\r\n:set\r\nreg add \"{CmdMigration}\" /v %1 /d %2 /f\r\ngoto :eof\r\n", ".cmd");
    }

    // ---- 6. One finding per place, rule and message ----

    [Fact]
    public void A_subroutine_reached_from_many_calls_gives_each_finding_once()
    {
        var calls = string.Concat(Enumerable.Repeat("call :tune\r\n", 31));
        var result = RuleVerifier.Verify($"{calls}goto :eof\r\n:tune\r\nreg add \"{CmdMigration}\" /v MaximumActiveTransfers /d {{|HV0201:16|}} /f\r\ngoto :eof\r\n", ".cmd");
        Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void Findings_reached_through_different_calls_keep_each_call_as_related()
    {
        var result = RuleVerifier.Lint($"call :set 16\r\ncall :set 16\r\ngoto :eof\r\n:set\r\nreg add \"{CmdMigration}\" /v MaximumActiveTransfers /d %1 /f\r\ngoto :eof\r\n", ".cmd");
        // Each call's "16" is its own place: two findings, one at each call.
        Assert.Equal([1, 2], result.Diagnostics.Where(d => d.Rule.Id == "HV0201").Select(d => d.Location.Start.Line));
    }

    private static string Single(string text, string extension, string id) =>
        Assert.Single(RuleVerifier.Findings(text, id, extension)).Message;
}

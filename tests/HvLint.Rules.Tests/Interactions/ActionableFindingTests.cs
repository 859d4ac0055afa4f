using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>
/// Findings a person can act on (issue #11), where several rules or a front end take part:
/// advice in the syntax of the file, failed writes left out of relations, one finding per
/// place, the text a person edits. The cases about one rule are in that rule's test class.
/// </summary>
public sealed class ActionableFindingTests
{
    private const string CmdMigration = @"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";
    private const string PsMigration = @"HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";

    // ---- 1. Advice in the syntax of the write ----

    [Fact]
    public void Key_and_view_advice_is_written_in_the_syntax_of_the_write()
    {
        var regExe = Single($"reg add \"{CmdMigration}\" /v MaximumActiveTransfers /t REG_DWORD /d 8 /f /reg:32\r\n", ".cmd", "HV0801");
        Assert.EndsWith($"Remove /reg:32 (or write /reg:64) so that it goes to '{CmdMigration}' in the 64-bit view.", regExe, StringComparison.Ordinal);

        var cmdlet = Single("Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration' -Name MaximumActiveTransfers -Value 8 -Type DWord\n", ".ps1", "HV0801");
        Assert.EndsWith($"Write to '{PsMigration}' in the 64-bit view.", cmdlet, StringComparison.Ordinal);

        var currentUser = Single($"Set-ItemProperty -Path '{PsMigration.Replace("HKLM:", "HKCU:", StringComparison.Ordinal)}' -Name MaximumActiveTransfers -Value 8 -Type DWord\n", ".ps1", "HV0802");
        Assert.EndsWith($"Write to '{PsMigration}'.", currentUser, StringComparison.Ordinal);
    }

    [Fact]
    public void Bcd_identifiers_in_advice_are_quoted_for_powershell_only()
    {
        Assert.Contains("Use '{current}'", Single("bcdedit /set '{bootmgr}' hypervisorlaunchtype auto\n", ".ps1", "HV0810"), StringComparison.Ordinal);
        var cmd = Single("bcdedit /set {bootmgr} hypervisorlaunchtype auto\r\n", ".cmd", "HV0810");
        Assert.Contains("Use {current}", cmd, StringComparison.Ordinal);

        Assert.EndsWith("Add bcdedit /set '{current}' hypervisordebug on.", Single("bcdedit /set '{hypervisorsettings}' hypervisordebugtype serial\n", ".ps1", "HV0716"), StringComparison.Ordinal);
        Assert.EndsWith("Add bcdedit /set {current} hypervisordebug on.", Single("bcdedit /set {hypervisorsettings} hypervisordebugtype serial\r\n", ".cmd", "HV0716"), StringComparison.Ordinal);
    }

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

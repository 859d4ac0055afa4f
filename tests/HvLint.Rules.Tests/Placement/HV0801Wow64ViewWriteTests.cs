using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0801 (Wow64ViewWrite) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0801Wow64ViewWriteTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string Migration = @"[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration]" + "\r\n";
    private const string CmdMigration = @"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";
    private const string PsMigration = @"HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";

    [Fact]
    public void HV0801_reports_a_hyper_v_key_under_wow6432node_once()
    {
        RuleVerifier.Verify<HV0801Wow64ViewWrite>(Header + "[{|HV0801:HKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration|}]\r\n\"MaximumActiveTransfers\"=dword:00000010\r\n\"EnableCompression\"=dword:00000001\r\n");
    }

    [Fact]
    public void The_advice_is_written_in_the_syntax_of_the_write()
    {
        var regExe = Message($"reg add \"{CmdMigration}\" /v MaximumActiveTransfers /t REG_DWORD /d 8 /f /reg:32\r\n", ".cmd");
        Assert.EndsWith($"Remove /reg:32 (or write /reg:64) so that it goes to '{CmdMigration}' in the 64-bit view.", regExe, StringComparison.Ordinal);

        var cmdlet = Message("Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration' -Name MaximumActiveTransfers -Value 8 -Type DWord\n", ".ps1");
        Assert.EndsWith($"Write to '{PsMigration}' in the 64-bit view.", cmdlet, StringComparison.Ordinal);
    }

    private static string Message(string text, string extension) =>
        Assert.Single(RuleVerifier.Lint<HV0801Wow64ViewWrite>(text, extension).Diagnostics, d => d.Rule.Id == "HV0801").Message;
}

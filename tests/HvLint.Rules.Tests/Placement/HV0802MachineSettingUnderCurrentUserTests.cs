using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0802 (MachineSettingUnderCurrentUser) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0802MachineSettingUnderCurrentUserTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string Migration = @"[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration]" + "\r\n";
    private const string PsMigration = @"HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";

    [Fact]
    public void HV0802_reports_a_machine_setting_under_current_user()
    {
        RuleVerifier.Verify<HV0802MachineSettingUnderCurrentUser>(Header + "[{|HV0802:HKEY_CURRENT_USER\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration|}]\r\n\"MaximumActiveTransfer\"=dword:00000010\r\n");
    }

    [Fact]
    public void The_advice_is_written_in_the_syntax_of_the_write()
    {
        var currentUser = Assert.Single(
            RuleVerifier.Lint<HV0802MachineSettingUnderCurrentUser>($"Set-ItemProperty -Path '{PsMigration.Replace("HKLM:", "HKCU:", StringComparison.Ordinal)}' -Name MaximumActiveTransfers -Value 8 -Type DWord\n", ".ps1").Diagnostics,
            d => d.Rule.Id == "HV0802");
        Assert.EndsWith($"Write to '{PsMigration}'.", currentUser.Message, StringComparison.Ordinal);
    }
}

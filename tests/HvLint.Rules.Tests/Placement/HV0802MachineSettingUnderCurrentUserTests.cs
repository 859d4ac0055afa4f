using HvLint.Rules.Placement;
using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0802 (MachineSettingUnderCurrentUser) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0802MachineSettingUnderCurrentUserTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string Migration = @"[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration]" + "\r\n";

    [Fact]
    public void HV0802_reports_a_machine_setting_under_current_user()
    {
        RuleVerifier.Verify<HV0802MachineSettingUnderCurrentUser>(Header + "[{|HV0802:HKEY_CURRENT_USER\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration|}]\r\n\"MaximumActiveTransfer\"=dword:00000010\r\n");
    }
}

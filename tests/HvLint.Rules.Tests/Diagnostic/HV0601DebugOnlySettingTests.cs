using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0601 (DebugOnlySetting) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0601DebugOnlySettingTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";

    [Fact]
    public void HV0601_reports_a_debug_setting_that_is_switched_on()
    {
        RuleVerifier.Verify<HV0601DebugOnlySetting>(Header + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\hvcrash\\Parameters]\r\n\"DebugFlags\"={|HV0601:dword:0000000a|}\r\n");
    }

    [Fact]
    public void HV0601_is_silent_when_a_debug_setting_is_switched_off()
    {
        RuleVerifier.Verify<HV0601DebugOnlySetting>(Header + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\VML]\r\n\"DebugBreakEnabled\"=dword:00000000\r\n");
    }
}

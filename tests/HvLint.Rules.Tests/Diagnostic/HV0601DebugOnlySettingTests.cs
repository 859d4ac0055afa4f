using HvLint.Core.Fixes;
using HvLint.Core.Model;
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

    [Fact]
    public void HV0601_offers_to_remove_the_write_as_an_unsafe_fix()
    {
        var reg = FixAssert.Change<RemoveWriteChange>(
            RuleVerifier.Verify<HV0601DebugOnlySetting>(Header + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\hvcrash\\Parameters]\r\n\"DebugFlags\"={|HV0601:dword:0000000a|}\r\n"), "HV0601", FixApplicability.Unsafe);
        Assert.Equal("DebugFlags", Assert.IsType<RegistryWrite>(reg.Write).ValueName);

        FixAssert.Change<RemoveWriteChange>(
            RuleVerifier.Verify<HV0601DebugOnlySetting>("reg add HKLM\\SYSTEM\\CurrentControlSet\\Services\\hvcrash\\Parameters /v DebugFlags /t REG_DWORD /d {|HV0601:10|} /f\r\n", ".cmd"), "HV0601", FixApplicability.Unsafe);
        FixAssert.Change<RemoveWriteChange>(
            RuleVerifier.Verify<HV0601DebugOnlySetting>("Set-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\hvcrash\\Parameters' -Name DebugFlags -Value {|HV0601:10|} -Type DWord\r\n", ".ps1"), "HV0601", FixApplicability.Unsafe);
    }

    [Fact]
    public void HV0601_offers_no_removal_of_a_conditional_write()
    {
        FixAssert.NoChange(
            RuleVerifier.Verify<HV0601DebugOnlySetting>("if ($lab) { Set-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\hvcrash\\Parameters' -Name DebugFlags -Value {|HV0601:10|} -Type DWord }\r\n", ".ps1"), "HV0601");
    }
}

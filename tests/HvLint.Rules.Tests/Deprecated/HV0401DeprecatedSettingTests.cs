using HvLint.Core.Fixes;
using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0401 (DeprecatedSetting) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0401DeprecatedSettingTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";

    [Fact]
    public void HV0401_reports_the_2008_r2_vlan_value_under_a_switch_port()
    {
        var result = RuleVerifier.Verify<HV0401DeprecatedSetting>(Header + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\VMSMP\\Parameters\\SwitchList\\FDDD2A3C-85E3-4807-9E28-7A40C8D494A7\\6FAC595A-2507-4690-A840-5746B09D81A1]\r\n{|HV0401:\"AccessVlanId\"|}=dword:00000019\r\n");
        var deprecated = result.Diagnostics.Single(d => d.Rule.Id == "HV0401");
        Assert.Contains("Set-VMNetworkAdapterVlan", deprecated.Message, StringComparison.Ordinal);
        Assert.Contains("Windows Server 2008 R2", deprecated.Message, StringComparison.Ordinal);
    }

    private const string TimeSync = @"[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\TimeSync]" + "\r\n";

    [Fact]
    public void HV0401_renames_a_legacy_value_to_its_replacement_in_the_same_key_as_an_unsafe_fix()
    {
        var reg = FixAssert.Change<RenameValueChange>(
            RuleVerifier.Verify<HV0401DeprecatedSetting>(Header + TimeSync + "{|HV0401:\"TimeSampleWindow\"|}=dword:00000010\r\n"), "HV0401", FixApplicability.Unsafe);
        Assert.Equal("TimeSampleWindowInMicroseconds", reg.NewName);

        var cmd = FixAssert.Change<RenameValueChange>(
            RuleVerifier.Verify<HV0401DeprecatedSetting>("reg add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\TimeSync\" /v {|HV0401:TimeSampleWindow|} /t REG_DWORD /d 16 /f\r\n", ".cmd"), "HV0401", FixApplicability.Unsafe);
        Assert.Equal("TimeSampleWindowInMicroseconds", cmd.NewName);

        var ps = FixAssert.Change<RenameValueChange>(
            RuleVerifier.Verify<HV0401DeprecatedSetting>("Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\TimeSync' -Name {|HV0401:TimeSampleWindow|} -Value 16 -Type DWord\r\n", ".ps1"), "HV0401", FixApplicability.Unsafe);
        Assert.Equal("TimeSampleWindowInMicroseconds", ps.NewName);
    }

    [Fact]
    public void HV0401_offers_no_rename_when_the_replacement_is_a_cmdlet_or_the_write_is_conditional()
    {
        FixAssert.NoChange(
            RuleVerifier.Verify<HV0401DeprecatedSetting>(Header + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\VMSMP\\Parameters\\SwitchList\\FDDD2A3C-85E3-4807-9E28-7A40C8D494A7\\6FAC595A-2507-4690-A840-5746B09D81A1]\r\n{|HV0401:\"AccessVlanId\"|}=dword:00000019\r\n"), "HV0401");
        FixAssert.NoChange(
            RuleVerifier.Verify<HV0401DeprecatedSetting>("if ($old) { Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\TimeSync' -Name {|HV0401:TimeSampleWindow|} -Value 16 -Type DWord }\r\n", ".ps1"), "HV0401");
    }
}

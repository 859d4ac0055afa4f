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
}

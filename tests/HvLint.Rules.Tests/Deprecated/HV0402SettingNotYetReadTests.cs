using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0402 (SettingNotYetRead) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0402SettingNotYetReadTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string VlanFeature = Port + @"\Properties\{952c5004-4465-451c-8cb8-fa9ab382b773}";
    private const string Port = @"HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\VMSMP\Parameters\SwitchList\FDDD2A3C-85E3-4807-9E28-7A40C8D494A7\6FAC595A-2507-4690-A840-5746B09D81A1";

    [Theory]
    [InlineData("ws2008r2")]
    [InlineData("ws2012r2")]
    public void The_scheduler_type_is_reported_on_releases_before_2016(string target)
    {
        var result = RuleVerifier.Verify<HV0402SettingNotYetRead>("bcdedit /set {current} {|HV0402:hypervisorschedulertype|} core\r\n", ".cmd", target);
        Assert.Contains("is read from Windows Server 2016 on", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("ws2016")]
    [InlineData("ws2025")]
    public void The_scheduler_type_is_not_reported_from_2016_on(string? target) =>
        RuleVerifier.Verify<HV0402SettingNotYetRead>("bcdedit /set {current} hypervisorschedulertype core\r\n", ".cmd", target);

    [Fact]
    public void The_scheduler_type_in_powershell_is_reported_for_an_old_target()
    {
        RuleVerifier.Verify<HV0402SettingNotYetRead>("bcdedit /set '{current}' {|HV0402:hypervisorschedulertype|} core\r\n", ".ps1", "ws2012");
    }

    [Fact]
    public void A_vlan_port_feature_written_for_2008_r2_hosts_is_reported_at_the_key()
    {
        // The 2012 port-feature key is Hyper-V's own state (HV0820); on 2008 R2 it is also never read.
        var result = RuleVerifier.Verify<HV0402SettingNotYetRead>(Header + "[{|HV0402:" + VlanFeature + "|}]\r\n\"{0B4B8A82-0FE1-4E0C-8B8D-5B4A2D5E5F3A}\"=hex:01,00\r\n", ".reg", "ws2008r2");
        Assert.Contains("the hosts run Windows Server 2008 R2 (the configured target)", result.Diagnostics.Single(d => d.Rule.Id == "HV0402").Message, StringComparison.Ordinal);
        RuleVerifier.Verify<HV0402SettingNotYetRead>(Header + "[" + VlanFeature + "]\r\n\"{0B4B8A82-0FE1-4E0C-8B8D-5B4A2D5E5F3A}\"=hex:01,00\r\n", ".reg", "ws2012");
    }

    [Fact]
    public void A_vlan_port_feature_written_by_powershell_for_2008_r2_hosts_is_reported_once_at_the_path()
    {
        const string PsFeature = @"HKLM:\SYSTEM\CurrentControlSet\Services\VMSMP\Parameters\SwitchList\FDDD2A3C-85E3-4807-9E28-7A40C8D494A7\6FAC595A-2507-4690-A840-5746B09D81A1\Properties\{952c5004-4465-451c-8cb8-fa9ab382b773}";
        RuleVerifier.Verify<HV0402SettingNotYetRead>(
            "Set-ItemProperty -Path {|HV0402:'" + PsFeature + "'|} -Name '{0B4B8A82-0FE1-4E0C-8B8D-5B4A2D5E5F3A}' -Value ([byte[]](1,0))\r\n"
            + "Set-ItemProperty -Path '" + PsFeature + "' -Name '{1C4B8A82-0FE1-4E0C-8B8D-5B4A2D5E5F3A}' -Value ([byte[]](2,0))\r\n",
            ".ps1",
            "ws2008r2");
    }

    [Fact]
    public void Deleting_a_setting_an_old_host_does_not_read_is_not_reported()
    {
        RuleVerifier.Verify<HV0402SettingNotYetRead>("bcdedit /deletevalue {current} hypervisorschedulertype\r\n", ".cmd", "ws2012r2");
    }
}

using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0704 (PolicyOverridesSetting) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0704PolicyOverridesSettingTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string Ps = ".ps1";
    private const string PsVirtualization = @"HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization";
    private const string PsPolicy = @"HKLM:\SOFTWARE\Policies\Microsoft\Windows\HyperV";
    private const string Cmd = ".cmd";
    private const string CmdVirtualization = @"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization";
    private const string CmdPolicy = @"HKLM\SOFTWARE\Policies\Microsoft\Windows\HyperV";

    [Fact]
    public void HV0704_reports_a_setting_that_a_group_policy_overrides()
    {
        RuleVerifier.Verify<HV0704PolicyOverridesSetting>(Header
            + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\HyperV]\r\n\"RequireSecureDeviceAssignment\"=dword:00000001\r\n"
            + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization]\r\n\"RequireSecureDeviceAssignment\"={|HV0704:dword:00000000|}\r\n");
    }

    [Fact]
    public void HV0704_in_powershell_reports_the_overridden_data_and_relates_the_policy()
    {
        var result = RuleVerifier.Verify<HV0704PolicyOverridesSetting>($$"""
            New-Item -Path '{{PsPolicy}}' -Force | Out-Null
            New-ItemProperty -Path '{{PsPolicy}}' -Name RequireSecureDeviceAssignment -Value 1 -PropertyType DWord -Force
            Set-ItemProperty -Path '{{PsVirtualization}}' -Name RequireSecureDeviceAssignment -Value {|HV0704:0|}
            """, Ps);
        Samples.AssertRelatedLine(result, "HV0704", 2);
    }

    [Fact]
    public void HV0704_in_batch_reports_the_overridden_data_and_relates_the_policy()
    {
        var result = RuleVerifier.Verify<HV0704PolicyOverridesSetting>(Samples.Lines(
            $"reg add \"{CmdVirtualization}\" /v RequireSupportedDeviceAssignment /t REG_DWORD /d {{|HV0704:0|}} /f",
            $"reg add \"{CmdPolicy}\" /v RequireSupportedDeviceAssignment /t REG_DWORD /d 1 /f"), Cmd);
        Samples.AssertRelatedLine(result, "HV0704", 2);
    }

    [Fact]
    public void HV0704_is_silent_when_the_setting_agrees_with_the_policy()
    {
        RuleVerifier.Verify<HV0704PolicyOverridesSetting>($$"""
            Set-ItemProperty -Path '{{PsPolicy}}' -Name RequireSecureDeviceAssignment -Value 1
            Set-ItemProperty -Path '{{PsVirtualization}}' -Name RequireSecureDeviceAssignment -Value 1
            """, Ps);
        RuleVerifier.Verify<HV0704PolicyOverridesSetting>(Samples.Lines(
            $"reg add \"{CmdPolicy}\" /v RequireSecureDeviceAssignment /t REG_DWORD /d 1 /f",
            $"reg add \"{CmdVirtualization}\" /v RequireSecureDeviceAssignment /t REG_DWORD /d 0x1 /f"), Cmd);
    }

    [Fact]
    public void HV0704_is_silent_when_the_policy_is_written_only_on_some_paths()
    {
        RuleVerifier.Verify<HV0704PolicyOverridesSetting>($$"""
            if ($Domain) {
                Set-ItemProperty -Path '{{PsPolicy}}' -Name RequireSecureDeviceAssignment -Value 1
            }
            Set-ItemProperty -Path '{{PsVirtualization}}' -Name RequireSecureDeviceAssignment -Value 0
            """, Ps);
        RuleVerifier.Verify<HV0704PolicyOverridesSetting>(Samples.Lines(
            "if defined USERDNSDOMAIN (",
            $"  reg add \"{CmdPolicy}\" /v RequireSecureDeviceAssignment /t REG_DWORD /d 1 /f",
            ")",
            $"reg add \"{CmdVirtualization}\" /v RequireSecureDeviceAssignment /t REG_DWORD /d 0 /f"), Cmd);
    }

    [Fact]
    public void A_group_policy_in_one_file_overrides_the_setting_in_another()
    {
        var results = RuleVerifier.VerifyFiles<HV0704PolicyOverridesSetting>(
            [
                ("policy.reg", Header + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\HyperV]\r\n\"RequireSecureDeviceAssignment\"=dword:00000001\r\n"),
                ("host.ps1", $"Set-ItemProperty -Path '{PsVirtualization}' -Name RequireSecureDeviceAssignment -Value {{|HV0704:0|}}\r\n"),
            ],
            asOneHost: true);

        var d = Assert.Single(results.SelectMany(r => r.Diagnostics));
        Assert.Equal("policy.reg", Assert.Single(d.Related).Location.Path);
    }

}

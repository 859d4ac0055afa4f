using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0721 (DeviceGuardPolicyOverridesSetting) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0721DeviceGuardPolicyOverridesSettingTests
{
    private const string Cmd = ".cmd";
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string DeviceGuard = @"HKLM\SYSTEM\CurrentControlSet\Control\DeviceGuard";
    private const string Policy = @"HKLM\SOFTWARE\Policies\Microsoft\Windows\DeviceGuard";

    [Fact]
    public void HV0721_reports_the_preference_that_a_different_policy_value_overrides_and_relates_the_policy()
    {
        var result = RuleVerifier.Verify<HV0721DeviceGuardPolicyOverridesSetting>(Samples.Lines(
            $"reg add \"{Policy}\" /v EnableVirtualizationBasedSecurity /t REG_DWORD /d 0 /f",
            $"reg add \"{DeviceGuard}\" /v EnableVirtualizationBasedSecurity /t REG_DWORD /d {{|HV0721:1|}} /f"), Cmd);
        Samples.AssertRelatedLine(result, "HV0721", 1);
    }

    [Fact]
    public void HV0721_in_a_reg_file_compares_credential_guard_and_memory_integrity()
    {
        RuleVerifier.Verify<HV0721DeviceGuardPolicyOverridesSetting>(Header + """
            [HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\Windows\DeviceGuard]
            "LsaCfgFlags"=dword:00000001
            "HypervisorEnforcedCodeIntegrity"=dword:00000000

            [HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Lsa]
            "LsaCfgFlags"={|HV0721:dword:00000002|}

            [HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\DeviceGuard\Scenarios\HypervisorEnforcedCodeIntegrity]
            "Enabled"={|HV0721:dword:00000001|}

            """.Replace("\n", "\r\n", StringComparison.Ordinal));
    }

    [Fact]
    public void HV0721_is_silent_when_policy_and_preference_mean_the_same()
    {
        // The policy's 2 (memory integrity on without the UEFI lock) and the preference's 1 both turn it on.
        RuleVerifier.Verify<HV0721DeviceGuardPolicyOverridesSetting>(Samples.Lines(
            $"reg add \"{Policy}\" /v HypervisorEnforcedCodeIntegrity /t REG_DWORD /d 2 /f",
            $"reg add \"{DeviceGuard}\\Scenarios\\HypervisorEnforcedCodeIntegrity\" /v Enabled /t REG_DWORD /d 1 /f",
            $"reg add \"{Policy}\" /v RequirePlatformSecurityFeatures /t REG_DWORD /d 3 /f",
            $"reg add \"{DeviceGuard}\" /v RequirePlatformSecurityFeatures /t REG_DWORD /d 3 /f"), Cmd);
    }

    [Fact]
    public void HV0721_is_silent_when_the_policy_value_is_deleted_or_computed_at_run_time()
    {
        RuleVerifier.Verify<HV0721DeviceGuardPolicyOverridesSetting>(Samples.Lines(
            $"reg add \"{Policy}\" /v EnableVirtualizationBasedSecurity /t REG_DWORD /d 0 /f",
            $"reg delete \"{Policy}\" /v EnableVirtualizationBasedSecurity /f",
            $"reg add \"{DeviceGuard}\" /v EnableVirtualizationBasedSecurity /t REG_DWORD /d 1 /f"), Cmd);
        RuleVerifier.Verify<HV0721DeviceGuardPolicyOverridesSetting>(Samples.Lines(
            $"reg add \"{Policy}\" /v EnableVirtualizationBasedSecurity /t REG_DWORD /d %VBS% /f",
            $"reg add \"{DeviceGuard}\" /v EnableVirtualizationBasedSecurity /t REG_DWORD /d 1 /f"), Cmd);
    }
}

using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0720 (VbsRequiredButHypervisorOff) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0720VbsRequiredButHypervisorOffTests
{
    private const string Cmd = ".cmd";
    private const string Ps = ".ps1";
    private const string DeviceGuard = @"HKLM\SYSTEM\CurrentControlSet\Control\DeviceGuard";
    private const string Policy = @"HKLM\SOFTWARE\Policies\Microsoft\Windows\DeviceGuard";

    [Fact]
    public void HV0720_reports_hypervisorlaunchtype_off_in_a_file_that_turns_on_vbs_and_relates_the_registry_write()
    {
        var result = RuleVerifier.Verify<HV0720VbsRequiredButHypervisorOff>(Samples.Lines(
            $"reg add \"{DeviceGuard}\" /v EnableVirtualizationBasedSecurity /t REG_DWORD /d 1 /f",
            "bcdedit /set hypervisorlaunchtype {|HV0720:off|}"), Cmd);
        Samples.AssertRelatedLine(result, "HV0720", 1);
    }

    [Fact]
    public void HV0720_reports_vsmlaunchtype_off_with_memory_integrity_credential_guard_or_their_policies()
    {
        RuleVerifier.Verify<HV0720VbsRequiredButHypervisorOff>(Samples.Lines(
            "bcdedit /set {current} vsmlaunchtype {|HV0720:Off|}",
            $"reg add \"{DeviceGuard}\\Scenarios\\HypervisorEnforcedCodeIntegrity\" /v Enabled /t REG_DWORD /d 1 /f"), Cmd);
        RuleVerifier.Verify<HV0720VbsRequiredButHypervisorOff>(Samples.Lines(
            @"reg add HKLM\SYSTEM\CurrentControlSet\Control\Lsa /v LsaCfgFlags /t REG_DWORD /d 2 /f",
            "bcdedit /set {default} hypervisorlaunchtype {|HV0720:off|}"), Cmd);
        RuleVerifier.Verify<HV0720VbsRequiredButHypervisorOff>($$"""
            Set-ItemProperty -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\DeviceGuard' -Name HypervisorEnforcedCodeIntegrity -Value 2 -Type DWord
            bcdedit /set '{current}' hypervisorlaunchtype {|HV0720:off|}
            """, Ps);
    }

    [Fact]
    public void HV0720_is_silent_when_the_file_turns_vbs_off_as_well()
    {
        // A "disable VBS" script: the registry and the boot loader agree.
        RuleVerifier.Verify<HV0720VbsRequiredButHypervisorOff>(Samples.Lines(
            $"reg add \"{DeviceGuard}\" /v EnableVirtualizationBasedSecurity /t REG_DWORD /d 0 /f",
            $"reg add \"{Policy}\" /v LsaCfgFlags /t REG_DWORD /d 0 /f",
            "bcdedit /set hypervisorlaunchtype off",
            "bcdedit /set vsmlaunchtype off"), Cmd);
    }

    [Fact]
    public void HV0720_is_silent_when_the_hypervisor_is_left_on_or_turned_back_to_auto()
    {
        RuleVerifier.Verify<HV0720VbsRequiredButHypervisorOff>(Samples.Lines(
            $"reg add \"{DeviceGuard}\" /v EnableVirtualizationBasedSecurity /t REG_DWORD /d 1 /f",
            "bcdedit /set hypervisorlaunchtype off",
            "bcdedit /set hypervisorlaunchtype auto"), Cmd);
    }

    [Fact]
    public void HV0720_is_silent_for_a_separate_boot_entry_without_the_hypervisor()
    {
        // The usual "boot without Hyper-V" entry beside the default one: VBS still runs on the default entry.
        RuleVerifier.Verify<HV0720VbsRequiredButHypervisorOff>(Samples.Lines(
            $"reg add \"{DeviceGuard}\" /v EnableVirtualizationBasedSecurity /t REG_DWORD /d 1 /f",
            "bcdedit /set {2f6c8a4e-5b7d-4e1f-9a3c-0d2b4c6e8f10} hypervisorlaunchtype off"), Cmd);
    }

    [Fact]
    public void HV0720_is_silent_when_either_side_is_conditional_or_computed_at_run_time()
    {
        RuleVerifier.Verify<HV0720VbsRequiredButHypervisorOff>($$"""
            Set-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\DeviceGuard' -Name EnableVirtualizationBasedSecurity -Value $vbs -Type DWord
            bcdedit /set hypervisorlaunchtype off
            """, Ps);
        RuleVerifier.Verify<HV0720VbsRequiredButHypervisorOff>($$"""
            Set-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\DeviceGuard' -Name EnableVirtualizationBasedSecurity -Value 1 -Type DWord
            if ($NoHyperV) { bcdedit /set hypervisorlaunchtype off }
            """, Ps);
    }

    [Fact]
    public void HV0720_as_one_host_relates_the_bcdedit_script_to_the_reg_file_that_turns_on_memory_integrity()
    {
        var hardening = Samples.Lines(
            "Windows Registry Editor Version 5.00",
            "",
            @"[HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\DeviceGuard\Scenarios\HypervisorEnforcedCodeIntegrity]",
            "\"Enabled\"=dword:00000001");
        var boot = Samples.Lines("bcdedit /set hypervisorlaunchtype {|HV0720:off|}");
        RuleVerifier.VerifyFiles<HV0720VbsRequiredButHypervisorOff>([("hardening.reg", hardening), ("boot.cmd", boot)], asOneHost: true);

        // Linted one file at a time, neither file shows the conflict.
        RuleVerifier.VerifyFiles<HV0720VbsRequiredButHypervisorOff>([("hardening.reg", hardening), ("boot.cmd", Samples.Lines("bcdedit /set hypervisorlaunchtype off"))], asOneHost: false);
    }
}

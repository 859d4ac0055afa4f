using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0714 (RegistryFallbackOverriddenByBcd) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0714RegistryFallbackOverriddenByBcdTests
{
    private const string Cmd = ".cmd";
    private const string Ps = ".ps1";
    private const string PsHypervisor = @"HKLM:\SYSTEM\CurrentControlSet\Control\Hypervisor";
    private const string CmdHypervisor = @"HKLM\SYSTEM\CurrentControlSet\Control\Hypervisor";

    [Fact]
    public void HV0714_reports_a_registry_fallback_that_the_bcd_element_overrides()
    {
        RuleVerifier.Verify<HV0714RegistryFallbackOverriddenByBcd>(@"reg add HKLM\SYSTEM\CurrentControlSet\Control\Hypervisor /v HypervisorUseVapic /t REG_DWORD /d {|HV0714:0|} /f" + "\r\nbcdedit /set {current} hypervisorusevapic on\r\n", Cmd);
        RuleVerifier.Verify<HV0714RegistryFallbackOverriddenByBcd>(@"reg add HKLM\SYSTEM\CurrentControlSet\Control\Hypervisor /v HypervisorUseVapic /t REG_DWORD /d 1 /f" + "\r\nbcdedit /set {current} hypervisorusevapic on\r\n", Cmd);
    }

    [Fact]
    public void HV0714_reads_registry_text_as_bcdedit_reads_it_number_for_number()
    {
        // hypervisorperfmon takes System or Hypervisor, also as 0 or 1: REG_SZ "0" is System.
        RuleVerifier.Verify<HV0714RegistryFallbackOverriddenByBcd>(Samples.Lines(
            $"reg add \"{CmdHypervisor}\" /v hypervisorperfmon /t REG_SZ /d 0 /f",
            "bcdedit /set {current} hypervisorperfmon System"), Cmd);
        RuleVerifier.Verify<HV0714RegistryFallbackOverriddenByBcd>(Samples.Lines(
            $"reg add \"{CmdHypervisor}\" /v hypervisorperfmon /t REG_SZ /d {{|HV0714:1|}} /f",
            "bcdedit /set {current} hypervisorperfmon System"), Cmd);
    }

    [Fact]
    public void HV0714_in_powershell_reports_the_registry_data_and_relates_the_bcd_value()
    {
        var result = RuleVerifier.Verify<HV0714RegistryFallbackOverriddenByBcd>($$"""
            Set-ItemProperty -Path '{{PsHypervisor}}' -Name HypervisorUseVapic -Value {|HV0714:0|} -Type DWord
            bcdedit /set '{current}' hypervisorusevapic on
            """, Ps);
        Samples.AssertRelatedLine(result, "HV0714", 2);
    }

    [Fact]
    public void HV0714_in_batch_reports_the_registry_data_and_relates_the_bcd_value()
    {
        var result = RuleVerifier.Verify<HV0714RegistryFallbackOverriddenByBcd>(Samples.Lines(
            "bcdedit /set {current} hypervisorusevapic on",
            $"reg add \"{CmdHypervisor}\" /v HypervisorUseVapic /t REG_DWORD /d {{|HV0714:0|}} /f"), Cmd);
        Samples.AssertRelatedLine(result, "HV0714", 1);
    }

    [Fact]
    public void HV0714_is_silent_when_the_bcd_value_is_computed_at_run_time()
    {
        RuleVerifier.Verify<HV0714RegistryFallbackOverriddenByBcd>($$"""
            Set-ItemProperty -Path '{{PsHypervisor}}' -Name HypervisorUseVapic -Value 0 -Type DWord
            bcdedit /set '{current}' hypervisorusevapic $env:HV_VAPIC
            """, Ps);
        RuleVerifier.Verify<HV0714RegistryFallbackOverriddenByBcd>(Samples.Lines(
            $"reg add \"{CmdHypervisor}\" /v HypervisorUseVapic /t REG_DWORD /d 0 /f",
            "bcdedit /set {current} hypervisorusevapic %HV_VAPIC%"), Cmd);
    }

    [Fact]
    public void HV0714_in_powershell_is_silent_when_the_bcd_element_is_set_only_inside_an_if()
    {
        RuleVerifier.Verify<HV0714RegistryFallbackOverriddenByBcd>($$"""
            Set-ItemProperty -Path '{{PsHypervisor}}' -Name HypervisorUseVapic -Value 0 -Type DWord
            if ($UseVapic) { bcdedit /set '{current}' hypervisorusevapic on }
            """, Ps);
    }

    [Fact]
    public void HV0714_in_batch_is_silent_when_the_bcd_element_is_set_only_inside_an_if()
    {
        RuleVerifier.Verify<HV0714RegistryFallbackOverriddenByBcd>(Samples.Lines(
            $"reg add \"{CmdHypervisor}\" /v HypervisorUseVapic /t REG_DWORD /d 0 /f",
            "if \"%1\"==\"vapic\" (",
            "  bcdedit /set {current} hypervisorusevapic on",
            ")"), Cmd);
    }

    [Fact]
    public void HV0714_in_batch_still_reports_a_conditional_fallback_that_an_unconditional_bcd_value_overrides()
    {
        // Whenever the registry value is written, the BCD element is set too: the value is dead on every path that writes it.
        var result = RuleVerifier.Verify<HV0714RegistryFallbackOverriddenByBcd>(Samples.Lines(
            "bcdedit /set {current} hypervisorusevapic on",
            "if \"%1\"==\"legacy\" (",
            $"  reg add \"{CmdHypervisor}\" /v HypervisorUseVapic /t REG_DWORD /d {{|HV0714:0|}} /f",
            ")"), Cmd);
        Samples.AssertRelatedLine(result, "HV0714", 1);
    }

    [Fact]
    public void HV0714_is_silent_when_the_bcd_element_is_deleted_again_so_the_fallback_is_read()
    {
        // After /deletevalue the element is absent at boot, so the loader reads the registry value.
        RuleVerifier.Verify<HV0714RegistryFallbackOverriddenByBcd>(Samples.Lines(
            $"reg add \"{CmdHypervisor}\" /v HypervisorUseVapic /t REG_DWORD /d 0 /f",
            "bcdedit /set {current} hypervisorusevapic on",
            "bcdedit /deletevalue {current} hypervisorusevapic"), Cmd);
    }

}

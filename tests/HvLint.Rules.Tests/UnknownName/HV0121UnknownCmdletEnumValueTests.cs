using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0121 (UnknownCmdletEnumValue) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0121UnknownCmdletEnumValueTests
{
    [Fact]
    public void Reports_words_the_enum_does_not_have()
    {
        RuleVerifier.Verify<HV0121UnknownCmdletEnumValue>(
            "Set-VMNetworkAdapter -VMName web01 -MacAddressSpoofing {|HV0121:Onn|}\r\n"
            + "New-VMSwitch -Name Tenant -NetAdapterName NIC2 -MinimumBandwidthMode {|HV0121:Wieght|}\r\n"
            + "Set-VMHost -VirtualMachineMigrationAuthenticationType {|HV0121:'Kerberoes'|}\r\n",
            ".ps1");
    }

    [Fact]
    public void Reports_a_word_reached_through_a_variable_at_its_literal()
    {
        RuleVerifier.Verify<HV0121UnknownCmdletEnumValue>("$mode = {|HV0121:'Wieght'|}\r\nNew-VMSwitch -Name Tenant -NetAdapterName NIC2 -MinimumBandwidthMode $mode\r\n", ".ps1");
    }

    [Fact]
    public void Is_silent_on_known_words_in_any_case_numbers_and_values_computed_at_run_time()
    {
        RuleVerifier.Verify<HV0121UnknownCmdletEnumValue>(
            "Set-VMNetworkAdapter -VMName web01 -MacAddressSpoofing off -DhcpGuard On\r\n"
            + "New-VMSwitch -Name Tenant -NetAdapterName NIC2 -MinimumBandwidthMode Weight\r\n"
            + "Set-VMFirmware -VMName web01 -EnableSecureBoot $secureBoot\r\n"
            + "Set-VMHost -VirtualMachineMigrationAuthenticationType (Get-Content auth.txt)\r\n",
            ".ps1");
    }

    [Fact]
    public void Reports_misspelt_replica_authentication_and_switch_team_algorithm_values()
    {
        RuleVerifier.Verify<HV0121UnknownCmdletEnumValue>(
            "Set-VMReplicationServer $true {|HV0121:Kerberso|}\r\n"
            + "Set-VMReplicationServer -AuthType CertificateAndKerberos -CertificateThumbprint $thumb\r\n"
            + "Set-VMSwitchTeam -Name SET -LoadBalancingAlgorithm {|HV0121:Dynamik|}\r\n"
            + "Set-VMSwitchTeam -Name SET -LoadBalancingAlgorithm hypervport\r\n",
            ".ps1");
    }
}

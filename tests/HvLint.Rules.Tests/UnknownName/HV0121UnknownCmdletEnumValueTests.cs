using HvLint.Core.Diagnostics;
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

    [Fact]
    public void Reports_switch_types_isolation_modes_and_COM_port_debugger_modes_the_cmdlets_do_not_take()
    {
        RuleVerifier.Verify<HV0121UnknownCmdletEnumValue>(
            "New-VMSwitch -Name Lab -SwitchType {|HV0121:External|}\r\n"
            + "New-VMSwitch -Name Lab2 -SwitchType {|HV0121:Internl|}\r\n"
            + "Set-VMSwitch Lab -SwitchType {|HV0121:Privat|}\r\n"
            + "Set-VMNetworkAdapterIsolation -VMName web01 -IsolationMode {|HV0121:VirtualSubnet|}\r\n"
            + "Set-VMNetworkAdapterIsolation -VMName web01 -MultiTenantStack {|HV0121:Enabled|}\r\n"
            + "Set-VMComPort web01 1 -DebuggerMode {|HV0121:Onn|}\r\n",
            ".ps1");
    }

    [Fact]
    public void Is_silent_on_the_switch_isolation_and_COM_port_words_the_references_list()
    {
        RuleVerifier.Verify<HV0121UnknownCmdletEnumValue>(
            "New-VMSwitch -Name Lab -SwitchType internal\r\n"
            + "New-VMSwitch -Name Iso -SwitchType Private\r\n"
            + "Set-VMSwitch Lab -SwitchType External -NetAdapterName NIC1\r\n"
            + "Set-VMNetworkAdapterIsolation -VMName web01 -IsolationMode NativeVirtualSubnet -MultiTenantStack On\r\n"
            + "Set-VMNetworkAdapterIsolation -ManagementOS -IsolationMode vlan\r\n"
            + "Set-VMComPort web01 2 \\\\.\\pipe\\dbg -DebuggerMode Off\r\n",
            ".ps1");
    }

    [Fact]
    public void Says_how_an_external_switch_is_made_when_New_VMSwitch_is_given_External()
    {
        var result = RuleVerifier.Verify<HV0121UnknownCmdletEnumValue>("New-VMSwitch -Name Lab -SwitchType {|HV0121:External|}\r\n", ".ps1");
        var finding = Assert.Single(result.Diagnostics);
        Assert.Contains("Internal, Private", finding.Message, StringComparison.Ordinal);
        Assert.Contains("-NetAdapterName", finding.Message, StringComparison.Ordinal); // How an external switch is made,
        Assert.DoesNotContain("Did you mean", finding.Message, StringComparison.Ordinal); // not a typo for Internal.
    }

    [Fact]
    public void Reports_a_processor_compatibility_mode_the_cmdlet_does_not_take()
    {
        RuleVerifier.Verify<HV0121UnknownCmdletEnumValue>(
            "Set-VMProcessor web01 -CompatibilityForMigrationEnabled $true -CompatibilityForMigrationMode {|HV0121:CommonClusterFeatures|}\r\n"
            + "Set-VMProcessor web02 -CompatibilityForMigrationEnabled $true -CompatibilityForMigrationMode MinimumFeatureSet\r\n",
            ".ps1");
    }

    [Fact]
    public void Reports_a_CIM_write_of_a_number_outside_the_property_s_value_map_as_a_warning()
    {
        var result = RuleVerifier.Verify<HV0121UnknownCmdletEnumValue>(
            "Get-CimInstance -Namespace root\\virtualization\\v2 -ClassName Msvm_VirtualSystemMigrationServiceSettingData | Set-CimInstance -Property @{ AuthenticationType = {|HV0121:2|} }\r\n"
            + "$s = Get-CimInstance -Namespace root\\virtualization\\v2 -ClassName Msvm_VirtualEthernetSwitchSettingData\r\n$s.BandwidthReservationMode = {|HV0121:4|}\r\nSet-CimInstance $s\r\n",
            ".ps1");
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Contains("0 (CredSSP), 1 (Kerberos)", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_silent_on_CIM_writes_inside_the_value_map_on_booleans_and_on_properties_without_a_map()
    {
        RuleVerifier.Verify<HV0121UnknownCmdletEnumValue>(
            "$m = Get-CimInstance -Namespace root\\virtualization\\v2 -ClassName Msvm_VirtualSystemMigrationServiceSettingData\r\n"
            + "Set-CimInstance -InputObject $m -Property @{ AuthenticationType = 1; EnableCompression = 'yes' }\r\n"
            + "$p = Get-WmiObject -Namespace root\\virtualization\\v2 -Class Msvm_EthernetSwitchPortSecuritySettingData\r\n"
            + "$p.AllowMacSpoofing = 'maybe'\r\n$p.MonitorMode = 2\r\n$p.Put()\r\n",
            ".ps1");
    }
}

using HvLint.Core.Diagnostics;
using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0320 (CmdletValueOutOfRange) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0320CmdletValueOutOfRangeTests
{
    [Fact]
    public void Reports_documented_ranges()
    {
        RuleVerifier.Verify<HV0320CmdletValueOutOfRange>(
            "Set-VMProcessor -VMName web01 -Reserve {|HV0320:150|} -RelativeWeight {|HV0320:0|}\r\n"
            + "Set-VMMemory web01 -Buffer {|HV0320:2500|}\r\n"
            + "Set-VMNetworkAdapter -VMName web01 -VmqWeight {|HV0320:200|} -IovWeight 100\r\n",
            ".ps1");
    }

    [Fact]
    public void Reports_an_adapter_minimum_bandwidth_weight_above_100_and_accepts_0_which_turns_it_off()
    {
        RuleVerifier.Verify<HV0320CmdletValueOutOfRange>(
            "Set-VMNetworkAdapter -VMName web01 -MinimumBandwidthWeight {|HV0320:101|}\r\n"
            + "Set-VMNetworkAdapter -ManagementOS -Name Storage -MinimumBandwidthWeight 100\r\n"
            + "Set-VMNetworkAdapter -VMName web02 -MinimumBandwidthWeight 0\r\n",
            ".ps1");
    }

    [Fact]
    public void Reports_an_inferred_range_at_most_as_a_warning()
    {
        var result = RuleVerifier.Verify<HV0320CmdletValueOutOfRange>("Set-VMNetworkAdapterVlan -VMName web01 -Access -VlanId {|HV0320:5000|}\r\n", ".ps1");
        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("inferred", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_number_reached_through_a_variable_and_a_splat()
    {
        RuleVerifier.Verify<HV0320CmdletValueOutOfRange>(
            "$cap = {|HV0320:101|}\r\nSet-VMProcessor -VMName web01 -Maximum $cap\r\n"
            + "$p = @{ VMName = 'web01'; Buffer = {|HV0320:2|} }\r\nSet-VMMemory @p\r\n",
            ".ps1");
    }

    [Fact]
    public void Is_silent_inside_the_range_and_on_values_computed_at_run_time()
    {
        RuleVerifier.Verify<HV0320CmdletValueOutOfRange>(
            "Set-VMProcessor -VMName web01 -Reserve 10 -Maximum 100 -RelativeWeight 10000\r\n"
            + "Set-VMMemory web01 -Buffer $buffer\r\n"
            + "Set-VMNetworkAdapterVlan -VMName web01 -Access -VlanId (Get-Random)\r\n",
            ".ps1");
    }

    // CIM/WMI property writes on Msvm_* instances: the catalog entry is found by class and property.
    [Fact]
    public void Reports_a_CIM_write_of_a_pass_through_property_out_of_range_as_a_warning()
    {
        var result = RuleVerifier.Verify<HV0320CmdletValueOutOfRange>(
            "$p = Get-CimInstance -Namespace root\\virtualization\\v2 -ClassName Msvm_ProcessorSettingData\r\n"
            + "Set-CimInstance -InputObject $p -Property @{ Weight = {|HV0320:20000|} }\r\n"
            + "$o = gwmi -Namespace root\\virtualization\\v2 -Query 'SELECT * FROM Msvm_EthernetSwitchPortOffloadSettingData'\r\n"
            + "$o.VMQOffloadWeight = {|HV0320:150|}\r\n$o.Put()\r\n",
            ".ps1");
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Contains("Msvm_ProcessorSettingData.Weight", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_silent_on_a_CIM_write_where_the_property_holds_another_unit_than_the_cmdlet_parameter()
    {
        // Msvm_ProcessorSettingData.Reservation is in thousandths of a percent: 50000 is 50%, not above -Reserve's 100.
        RuleVerifier.Verify<HV0320CmdletValueOutOfRange>(
            "$p = Get-CimInstance -Namespace root\\virtualization\\v2 -ClassName Msvm_ProcessorSettingData\r\n"
            + "Set-CimInstance -InputObject $p -Property @{ Reservation = 50000; Weight = 100; UnlistedProperty = 99999 }\r\n"
            + "$q = Get-CimInstance -Namespace root\\virtualization\\v2 -ClassName Msvm_ProcessorSettingData\r\n$q.Weight = 0\r\n",
            ".ps1");
    }

    [Fact]
    public void Judges_a_CIM_write_of_a_property_in_another_unit_against_the_property_s_own_documented_range()
    {
        // Limit and Reservation are in thousandths of a percent (0 to 100000); Weight is 0 to 10000 in WMI, 1 to 10000 in the cmdlet.
        var result = RuleVerifier.Verify<HV0320CmdletValueOutOfRange>(
            "$p = Get-CimInstance -Namespace root\\virtualization\\v2 -ClassName Msvm_ProcessorSettingData\r\n"
            + "$p.Limit = {|HV0320:150000|}\r\n$p.Reservation = 100000\r\n$p.Weight = 0\r\n"
            + "Set-CimInstance -InputObject $p\r\n",
            ".ps1");
        Assert.Contains("outside 0 to 100000", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Warning, result.Diagnostics[0].Severity);
    }

    [Fact]
    public void Reports_a_generation_other_than_1_or_2_and_no_processors_through_Set_VM()
    {
        RuleVerifier.Verify<HV0320CmdletValueOutOfRange>(
            "New-VM -Name web02 -Generation {|HV0320:3|}\r\n"
            + "New-VM web03 1GB 2\r\n"
            + "Set-VM -Name web01 -ProcessorCount {|HV0320:0|}\r\n"
            + "Set-VM -Name web01 -ProcessorCount 8\r\n",
            ".ps1");
    }

    [Fact]
    public void Reports_isolation_IDs_replica_ports_and_switch_default_flow_weights_out_of_range_as_warnings()
    {
        var result = RuleVerifier.Verify<HV0320CmdletValueOutOfRange>(
            "Set-VMNetworkAdapterIsolation -VMName web01 -IsolationMode Vlan -AllowUntaggedTraffic $true -DefaultIsolationID {|HV0320:16777215|}\r\n"
            + "Set-VMReplicationServer $true Kerberos -KerberosAuthenticationPort {|HV0320:70000|}\r\n"
            + "Set-VMReplicationServer -CertAuthPort {|HV0320:0|}\r\n"
            + "Set-VMSwitch SET -DefaultFlowMinimumBandwidthWeight {|HV0320:150|}\r\n"
            + "Set-VMSwitch SET -DefaultQueueVrssMinQueuePairs {|HV0320:0|}\r\n",
            ".ps1");
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Fact]
    public void Is_silent_on_isolation_IDs_ports_and_weights_inside_their_ranges()
    {
        RuleVerifier.Verify<HV0320CmdletValueOutOfRange>(
            "Set-VMNetworkAdapterIsolation -VMName web01 -IsolationMode NativeVirtualSubnet -AllowUntaggedTraffic $true -DefaultIsolationID 5001\r\n"
            + "Set-VMReplicationServer $true Kerberos -KerberosAuthenticationPort 8080\r\n"
            + "Set-VMSwitch SET -DefaultFlowMinimumBandwidthWeight 10 -DefaultQueueVrssMaxQueuePairs 8\r\n",
            ".ps1");
    }
}

using HvLint.Core.Model;
using static HvLint.Parsers.Tests.PowerShell.PsTestHelpers;

namespace HvLint.Parsers.Tests.PowerShell;

/// <summary>
/// The Hyper-V module cmdlets: each setting parameter is a <see cref="HyperVSettingWrite"/> with its
/// target, value, spans and certainty, bound as PowerShell binds it (prefixes, aliases, splats).
/// </summary>
public class PsHyperVCmdletTests
{
    private static HyperVSettingWrite[] HyperV(HvLint.Core.Engine.ExtractionResult result) => result.Writes.OfType<HyperVSettingWrite>().ToArray();

    [Fact]
    public void A_prefix_is_resolved_and_the_value_and_parameter_spans_point_at_the_text()
    {
        var result = Ps("Set-VMHost -MaximumVirtualMachineMig 4 -ComputerName HV01\n");

        var w = Assert.Single(HyperV(result));
        Assert.Equal("MaximumVirtualMachineMigrations", w.Parameter);
        Assert.Equal("MaximumVirtualMachineMig", w.ParameterAsWritten);
        Assert.Equal("-MaximumVirtualMachineMig", result.Text(w.ParameterSpan));
        Assert.Equal("4", w.Value);
        Assert.Equal("4", result.Text(w.ValueSpan));
        Assert.Equal(HyperVScope.Host, w.Scope);
        Assert.Equal("HV01", w.ComputerName);
        Assert.Equal(Certainty.Literal, w.ValueCertainty);
    }

    [Fact]
    public void Aliases_switches_and_colon_arguments_bind_and_target_parameters_are_not_writes()
    {
        var result = Ps("Set-VMNetworkAdapterVlan -VMName web01 -Access -AccessVlanId 12\nSet-VMFirmware web01 -EnableSecureBoot:On\n");

        var writes = HyperV(result);
        Assert.Equal(["Access", "VlanId", "EnableSecureBoot"], writes.Select(w => w.Parameter));
        Assert.All(writes, w => Assert.Equal("web01", w.Target));
        Assert.Equal("True", writes[0].Value);
        Assert.Equal("On", writes[2].Value);
        Assert.Equal("VMName", writes[2].TargetParameter);
    }

    [Fact]
    public void A_literal_splat_binds_by_key_and_a_variable_value_is_resolved_at_its_literal()
    {
        var result = Ps("$weight = 50\n$p = @{ VMName = 'web01'; VmqWeight = $weight }\nSet-VMNetworkAdapter @p\n");

        var w = Assert.Single(HyperV(result));
        Assert.Equal("VmqWeight", w.Parameter);
        Assert.Equal("50", w.Value);
        Assert.Equal(Certainty.Resolved, w.ValueCertainty);
        Assert.Equal("50", result.Text(w.ValueSpan));
        Assert.Equal("VmqWeight", result.Text(w.ParameterSpan));
    }

    [Fact]
    public void A_literal_name_piped_from_Get_VM_is_the_target_and_a_list_of_names_is_one_write_each()
    {
        var result = Ps("Get-VM 'db01' | Set-VMMemory -StartupBytes 4GB\nSet-VMProcessor -VMName 'a', 'b' -Count 2\n");

        var writes = HyperV(result);
        Assert.Equal(["db01", "a", "b"], writes.Select(w => w.Target));
        Assert.Equal("Get-VM", writes[0].TargetParameter);
        Assert.Equal("4294967296", writes[0].Value);
    }

    [Fact]
    public void Values_and_targets_computed_at_run_time_stay_unresolved()
    {
        var result = Ps("Set-VMProcessor -VMName (Read-Host) -RelativeWeight $args[0]\nGet-VM | Set-VMMemory -Buffer 20\n");

        var writes = HyperV(result);
        Assert.Equal(Certainty.Unresolved, writes[0].TargetCertainty);
        Assert.Equal(Certainty.Unresolved, writes[0].ValueCertainty);
        Assert.Null(writes[0].Value);
        Assert.Equal(Certainty.Unresolved, writes[1].TargetCertainty);
        Assert.Equal("20", writes[1].Value);
    }

    [Fact]
    public void Set_VM_and_New_VM_target_the_VM_they_name_and_the_replica_server_is_a_host_setting()
    {
        var result = Ps("Set-VM -VMName web01 -ProcessorCount 4\nNew-VM web02 1GB 2\nSet-VMReplicationServer $true Kerberos\nSet-VMSwitchTeam SET -LoadBalancingAlgorithm HyperVPort\n");

        var writes = HyperV(result);
        Assert.Equal(["ProcessorCount", "MemoryStartupBytes", "Generation", "ReplicationEnabled", "AllowedAuthenticationType", "LoadBalancingAlgorithm"], writes.Select(w => w.Parameter));
        Assert.Equal(["web01", "web02", "web02", null, null, "SET"], writes.Select(w => w.Target));
        Assert.Equal("2", writes[2].Value);
        Assert.Equal(HyperVScope.Host, writes[4].Scope);
        Assert.Equal("Kerberos", writes[4].Value);
        Assert.Equal(HyperVScope.Switch, writes[5].Scope);
    }

    [Fact]
    public void Adapters_added_or_connected_to_a_switch_carry_the_adapter_and_the_VM_it_belongs_to()
    {
        var result = Ps(
            "Connect-VMNetworkAdapter web01 Internet InternetAccess\n"
            + "Add-VMNetworkAdapter -VMName web01 -VMNetworkAdapterName 'Storage1' -SwitchName Storage -DeviceNaming On\n"
            + "Add-VMNetworkAdapter -ManagementOS -Name LM -SwitchName Converged\n"
            + "Get-VM 'db01' | Set-VMNetworkAdapter -Name iSCSI -IovWeight 50\n"
            + "Set-VMNetworkAdapter -VMName a, b -Name iSCSI -IovWeight 50\n"
            + "Connect-VMNetworkAdapter -VMName web02 -SwitchName Lab\n");

        var writes = HyperV(result);
        Assert.Equal(["SwitchName", "SwitchName", "DeviceNaming", "SwitchName", "IovWeight", "IovWeight", "SwitchName"], writes.Select(w => w.Parameter));
        Assert.All(writes, w => Assert.Equal(HyperVScope.Adapter, w.Scope));
        Assert.Equal(["Internet", "Storage1", "Storage1", "LM", "iSCSI", "iSCSI", "web02"], writes.Select(w => w.Target));
        Assert.Equal(["web01", "web01", "web01", null, "db01", null, null], writes.Select(w => w.VMName));
        Assert.Equal("InternetAccess", writes[0].Value);
        Assert.Equal("Name", writes[1].TargetParameter);
        Assert.True(writes[3].ManagementOS);
        Assert.False(writes[0].ManagementOS);
        Assert.Equal("VMName", writes[6].TargetParameter);
    }

    [Fact]
    public void A_VM_named_literally_to_Get_VMNetworkAdapter_is_the_target_of_the_adapter_cmdlet_after_it()
    {
        var result = Ps(
            "Get-VMNetworkAdapter -VMName 'lab-hv01' | Set-VMNetworkAdapter -MacAddressSpoofing On\n"
            + "Get-VMNetworkAdapter lab-hv02 | Connect-VMNetworkAdapter -SwitchName Lab\n"
            + "Get-VMNetworkAdapter -VMName lab-hv03 -Name Storage | Set-VMNetworkAdapter -IovWeight 50\n"
            + "Get-VMNetworkAdapter -ManagementOS | Set-VMNetworkAdapter -VmqWeight 0\n"
            + "Get-VMNetworkAdapter -VMName $vm | Set-VMNetworkAdapter -VmqWeight 0\n");

        var writes = HyperV(result);
        Assert.Equal(["lab-hv01", "lab-hv02", null, null, null], writes.Select(w => w.Target));
        Assert.Equal(["Get-VMNetworkAdapter", "Get-VMNetworkAdapter", "VMName", "VMName", "VMName"], writes.Select(w => w.TargetParameter));
        Assert.Equal("the adapters of VM 'lab-hv01'", writes[0].TargetDisplay);
        Assert.All(writes.Skip(2), w => Assert.Equal(Certainty.Unresolved, w.TargetCertainty));
    }

    [Fact]
    public void An_unknown_or_ambiguous_parameter_is_one_failing_write_and_nothing_else_of_the_command()
    {
        var result = Ps("Set-VMNetworkAdapter -VMName web01 -VmqWeight 10 -MacAddressSpofing On\nSet-VMProcessor -VMName web01 -Max 50\n");

        var writes = HyperV(result);
        Assert.Equal(2, writes.Length);
        Assert.All(writes, w => Assert.True(w.Fails));
        Assert.Null(writes[0].Parameter);
        Assert.Equal("-MacAddressSpofing", result.Text(writes[0].ParameterSpan));
        Assert.Contains("MacAddressSpoofing", writes[0].KnownParameters);
        Assert.Equal(["Maximum", "MaximumCountPerNumaNode", "MaximumCountPerNumaSocket"], writes[1].Candidates.Order());
    }

    [Fact]
    public void WhatIf_and_commands_in_branches()
    {
        var result = Ps("Set-VMHost -NumaSpanningEnabled $false -WhatIf\nif ($lab) { Enable-VMMigration }\n");

        var w = Assert.Single(HyperV(result));
        Assert.Equal("Enable-VMMigration", w.Cmdlet);
        Assert.Equal(string.Empty, w.Parameter);
        Assert.Equal("True", w.Value);
        Assert.True(w.IsConditional);
    }
}

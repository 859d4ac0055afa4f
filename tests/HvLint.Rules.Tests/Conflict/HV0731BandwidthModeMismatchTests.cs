using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0731 (BandwidthModeMismatch) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0731BandwidthModeMismatchTests
{
    [Fact]
    public void Reports_a_weight_on_a_VM_adapter_connected_to_a_switch_created_in_Absolute_mode()
    {
        RuleVerifier.Verify<HV0731BandwidthModeMismatch>(
            "New-VMSwitch -Name Tenant -NetAdapterName NIC2 -MinimumBandwidthMode Absolute\r\n"
            + "New-VM -Name web01 -MemoryStartupBytes 4GB -SwitchName Tenant\r\n"
            + "Set-VMNetworkAdapter -VMName web01 -MinimumBandwidthWeight {|HV0731:20|}\r\n",
            ".ps1");
    }

    [Fact]
    public void Reports_converged_host_adapters_added_to_a_Weight_switch_with_an_absolute_minimum()
    {
        RuleVerifier.Verify<HV0731BandwidthModeMismatch>(
            "New-VMSwitch -Name Converged -NetAdapterName 'NIC1','NIC2' -EnableEmbeddedTeaming $true -AllowManagementOS $false -MinimumBandwidthMode Weight\r\n"
            + "Add-VMNetworkAdapter -ManagementOS -Name LiveMigration -SwitchName Converged\r\n"
            + "Add-VMNetworkAdapter -ManagementOS -Name Cluster -SwitchName Converged\r\n"
            + "Set-VMNetworkAdapter -ManagementOS -Name LiveMigration -MinimumBandwidthAbsolute {|HV0731:2000000000|}\r\n"
            + "Set-VMNetworkAdapter -ManagementOS -Name Cluster -MinimumBandwidthWeight 10\r\n"
            + "Set-VMSwitch Converged -DefaultFlowMinimumBandwidthAbsolute {|HV0731:100000000|}\r\n",
            ".ps1");
    }

    [Fact]
    public void Reports_any_reservation_on_a_switch_in_None_mode_and_follows_Connect_VMNetworkAdapter()
    {
        RuleVerifier.Verify<HV0731BandwidthModeMismatch>(
            "New-VMSwitch 'Lab' -SwitchType Internal -MinimumBandwidthMode None\r\n"
            + "New-VMSwitch 'Uplink' -NetAdapterName NIC1 -MinimumBandwidthMode Weight\r\n"
            + "Add-VMNetworkAdapter -VMName dc01 -Name Backend -SwitchName Uplink\r\n"
            + "Connect-VMNetworkAdapter -VMName dc01 -Name Backend -SwitchName Lab\r\n"
            + "Set-VMNetworkAdapter -VMName dc01 -Name Backend -MinimumBandwidthWeight {|HV0731:50|}\r\n",
            ".ps1");
    }

    [Fact]
    public void Is_silent_in_the_right_mode_on_Default_or_an_unstated_mode_on_zero_and_on_what_it_cannot_follow()
    {
        RuleVerifier.Verify<HV0731BandwidthModeMismatch>(
            "New-VMSwitch -Name W -NetAdapterName NIC1 -MinimumBandwidthMode Weight\r\n"
            + "New-VMSwitch -Name D -NetAdapterName NIC2 -MinimumBandwidthMode Default\r\n"
            + "New-VMSwitch -Name U -NetAdapterName NIC3\r\n"
            + "New-VMSwitch -Name A -NetAdapterName NIC4 -MinimumBandwidthMode Absolute\r\n"
            + "New-VMSwitch -Name M -NetAdapterName NIC5 -MinimumBandwidthMode $mode\r\n"
            + "New-VM -Name a -SwitchName W\r\n"
            + "New-VM -Name b -SwitchName D\r\n"
            + "New-VM -Name c -SwitchName U\r\n"
            + "New-VM -Name d -SwitchName A\r\n"
            + "New-VM -Name e -SwitchName M\r\n"
            + "if ($fast) { Connect-VMNetworkAdapter -VMName a -SwitchName A }\r\n"
            + "Set-VMNetworkAdapter -VMName b, c -MinimumBandwidthAbsolute 100000000\r\n"
            + "Set-VMNetworkAdapter -VMName a -MinimumBandwidthAbsolute 100000000\r\n"
            + "Set-VMNetworkAdapter -VMName d -MinimumBandwidthWeight 0\r\n"
            + "Set-VMNetworkAdapter -VMName e -MinimumBandwidthWeight 10\r\n"
            + "Set-VMNetworkAdapter -VMName $vm -MinimumBandwidthWeight 10\r\n"
            + "Set-VMNetworkAdapter -VMName d -MinimumBandwidthWeight $weight\r\n"
            + "Set-VMNetworkAdapter -VMName d -Name Other -MinimumBandwidthWeight 10\r\n"
            + "Set-VMNetworkAdapter -VMName x -MinimumBandwidthWeight 10\r\n",
            ".ps1");
    }

    [Fact]
    public void Adds_to_an_existing_VM_count_only_for_the_adapter_they_name()
    {
        RuleVerifier.Verify<HV0731BandwidthModeMismatch>(
            "New-VMSwitch -Name A -NetAdapterName NIC4 -MinimumBandwidthMode Absolute\r\n"
            + "Add-VMNetworkAdapter -VMName old01 -SwitchName A\r\n"
            + "Set-VMNetworkAdapter -VMName old01 -MinimumBandwidthWeight 10\r\n"
            + "Set-VMNetworkAdapter -VMName old01 -Name 'Network Adapter' -MinimumBandwidthWeight {|HV0731:10|}\r\n",
            ".ps1");
    }
}

using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0322 (IovOnSwitchWithoutIov) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0322IovOnSwitchWithoutIovTests
{
    [Fact]
    public void Reports_an_iov_weight_on_a_VM_connected_to_a_switch_created_without_SR_IOV()
    {
        RuleVerifier.Verify<HV0322IovOnSwitchWithoutIov>(
            "New-VMSwitch -Name Tenant -NetAdapterName NIC2 -AllowManagementOS $false\r\n"
            + "New-VM -Name web01 -MemoryStartupBytes 4GB -SwitchName Tenant\r\n"
            + "Set-VMNetworkAdapter -VMName web01 -IovWeight {|HV0322:50|}\r\n",
            ".ps1");
    }

    [Fact]
    public void Reports_when_the_switch_says_EnableIov_false()
    {
        RuleVerifier.Verify<HV0322IovOnSwitchWithoutIov>(
            "New-VMSwitch 'Tenant' -NetAdapterName NIC2 -EnableIov $false\r\n"
            + "New-VM 'web01' 4GB 2 -SwitchName 'Tenant'\r\n"
            + "Set-VMNetworkAdapter web01 -IovWeight {|HV0322:100|}\r\n",
            ".ps1");
    }

    [Fact]
    public void Is_silent_with_SR_IOV_on_a_zero_weight_another_switch_or_what_it_cannot_see()
    {
        RuleVerifier.Verify<HV0322IovOnSwitchWithoutIov>(
            "New-VMSwitch -Name Fast -NetAdapterName NIC1 -EnableIov $true\r\n"
            + "New-VMSwitch -Name Slow -NetAdapterName NIC2 -AllowManagementOS $false\r\n"
            + "New-VMSwitch -Name Maybe -NetAdapterName NIC3 -EnableIov $iov\r\n"
            + "New-VM -Name a -SwitchName Fast\r\n"
            + "New-VM -Name b -SwitchName Slow\r\n"
            + "New-VM -Name c -SwitchName Maybe\r\n"
            + "New-VM -Name d -SwitchName $switch\r\n"
            + "if ($x) { New-VM -Name e -SwitchName Slow }\r\n"
            + "Set-VMNetworkAdapter -VMName a -IovWeight 50\r\n"
            + "Set-VMNetworkAdapter -VMName b -IovWeight 0\r\n"
            + "Set-VMNetworkAdapter -VMName c, d, e, f -IovWeight 50\r\n"
            + "Set-VMNetworkAdapter -VMName $vm -IovWeight 50\r\n"
            + "New-VM -Name g -SwitchName Existing\r\n"
            + "Set-VMNetworkAdapter -VMName g -IovWeight 50\r\n",
            ".ps1");
    }

    [Fact]
    public void Follows_adapters_added_or_connected_to_a_switch_created_without_SR_IOV()
    {
        RuleVerifier.Verify<HV0322IovOnSwitchWithoutIov>(
            "New-VMSwitch -Name Storage -NetAdapterName NIC3 -AllowManagementOS $false\r\n"
            + "New-VMSwitch -Name Fast -NetAdapterName NIC4 -EnableIov $true\r\n"
            + "Add-VMNetworkAdapter -VMName sql01 -Name iSCSI -SwitchName Storage\r\n"
            + "Set-VMNetworkAdapter -VMName sql01 -Name iSCSI -IovWeight {|HV0322:100|}\r\n"
            + "Add-VMNetworkAdapter -ManagementOS -Name SMB1 -SwitchName Storage\r\n"
            + "Set-VMNetworkAdapter -ManagementOS -Name SMB1 -IovWeight {|HV0322:100|}\r\n"
            + "New-VM -Name web02 -SwitchName Fast\r\n"
            + "Connect-VMNetworkAdapter web02 -SwitchName Storage\r\n"
            + "Set-VMNetworkAdapter -VMName web02 -IovWeight {|HV0322:50|}\r\n"
            + "New-VM -Name web03 -SwitchName Fast\r\n"
            + "Get-VMNetworkAdapter -VMName web03 | Connect-VMNetworkAdapter -SwitchName Storage\r\n"
            + "Get-VMNetworkAdapter web03 | Set-VMNetworkAdapter -IovWeight {|HV0322:50|}\r\n",
            ".ps1");
    }

    [Fact]
    public void Is_silent_when_the_VM_has_an_adapter_on_an_SR_IOV_switch_or_was_reconnected_to_one()
    {
        RuleVerifier.Verify<HV0322IovOnSwitchWithoutIov>(
            "New-VMSwitch -Name Slow -NetAdapterName NIC2 -AllowManagementOS $false\r\n"
            + "New-VMSwitch -Name Fast -NetAdapterName NIC1 -EnableIov $true\r\n"
            + "New-VM -Name a -SwitchName Slow\r\n"
            + "Add-VMNetworkAdapter -VMName a -Name Fast1 -SwitchName Fast\r\n"
            + "Set-VMNetworkAdapter -VMName a -IovWeight 50\r\n"
            + "New-VM -Name b -SwitchName Slow\r\n"
            + "Connect-VMNetworkAdapter -VMName b -Name 'Network Adapter' -SwitchName Fast\r\n"
            + "Set-VMNetworkAdapter -VMName b -IovWeight 50\r\n"
            + "New-VM -Name c -SwitchName Slow\r\n"
            + "Connect-VMNetworkAdapter -VMName $vm -SwitchName Fast\r\n"
            + "Set-VMNetworkAdapter -VMName c -IovWeight 50\r\n",
            ".ps1");
    }
}

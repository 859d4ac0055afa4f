using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0120 (UnknownCmdletParameter) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0120UnknownCmdletParameterTests
{
    [Fact]
    public void Reports_a_misspelt_parameter_of_a_Hyper_V_cmdlet()
    {
        RuleVerifier.Verify<HV0120UnknownCmdletParameter>("Set-VMNetworkAdapter -VMName web01 {|HV0120:-MacAddressSpofing|} On\r\n", ".ps1");
    }

    [Fact]
    public void Reports_an_ambiguous_prefix_and_a_misspelt_splatted_key()
    {
        RuleVerifier.Verify<HV0120UnknownCmdletParameter>(
            "Set-VMProcessor -VMName web01 {|HV0120:-Max|} 50\r\n"
            + "$vlan = @{ VMName = 'web01'; Access = $true; {|HV0120:VLanID2|} = 12 }\r\n"
            + "Set-VMNetworkAdapterVlan @vlan\r\n",
            ".ps1");
    }

    [Fact]
    public void Is_silent_on_full_names_unique_prefixes_aliases_and_common_parameters()
    {
        RuleVerifier.Verify<HV0120UnknownCmdletParameter>(
            "Set-VMHost -MaximumVirtualMachineMig 4 -Verbose -ErrorAction Stop\r\n"
            + "Set-VMNetworkAdapterVlan -VMName web01 -Access -AccessVlanId 12\r\n"
            + "New-VMSwitch -SwitchName External -InterfaceAlias 'NIC1' -AllowManagementOS:$true\r\n"
            + "Set-VMNetworkAdapter -ManagementOS -VMNetworkAdapterName Mgmt -VmqWeight 50 -WhatIf\r\n",
            ".ps1");
    }

    [Fact]
    public void Is_silent_on_commands_it_does_not_bind()
    {
        RuleVerifier.Verify<HV0120UnknownCmdletParameter>("Set-VMSwitchTeam -Name SET -LoadBalancingAlgorithm Dynamic\r\nSet-VMFoo -Bar 1\r\n", ".ps1");
    }
}

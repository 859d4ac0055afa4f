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
        RuleVerifier.Verify<HV0120UnknownCmdletParameter>("Set-VMDvdDrive -VMName web01 -Pth D:\\x.iso\r\nSet-VMFoo -Bar 1\r\n", ".ps1");
    }

    [Fact]
    public void Reports_misspelt_parameters_of_Set_VM_New_VM_and_the_switch_team_replica_isolation_and_COM_port_cmdlets()
    {
        RuleVerifier.Verify<HV0120UnknownCmdletParameter>(
            "Set-VM -Name web01 {|HV0120:-ProcessorCont|} 4\r\n"
            + "New-VM -Name web02 {|HV0120:-Generaton|} 2\r\n"
            + "Set-VMSwitchTeam -Name SET {|HV0120:-LoadBalancingAlgorythm|} Dynamic\r\n"
            + "Set-VMReplicationServer $true {|HV0120:-AllowedAuthType|} Kerberos\r\n"
            + "Set-VMNetworkAdapterIsolation -VMName web01 {|HV0120:-IsolationModus|} Vlan\r\n"
            + "Set-VMComPort web01 2 {|HV0120:-DebugMode|} On\r\n",
            ".ps1");
    }

    [Fact]
    public void Is_silent_on_the_documented_names_aliases_and_positions_of_those_cmdlets()
    {
        RuleVerifier.Verify<HV0120UnknownCmdletParameter>(
            "Set-VM -VMName web01 -ProcessorCount 4 -DynamicMemory -MemoryStartupBytes 2GB -AutomaticStopAction ShutDown\r\n"
            + "New-VM 'web02' 1GB 2 -SwitchName External -NewVHDPath D:\\web02.vhdx -NewVHDSizeBytes 40GB\r\n"
            + "Set-VMSwitchTeam -SwitchName SET -InterfaceAlias 'NIC1', 'NIC2' -TeamingMode SwitchIndependent\r\n"
            + "Set-VMReplicationServer -RepEnabled $true -AuthType Kerberos -AllowAnyServer $true -StorageLoc D:\\Replica -KerbAuthPort 8080\r\n"
            + "Set-VMNetworkAdapterIsolation -ManagementOS -IsolationMode Vlan -AllowUntaggedTraffic $true -DefaultIsolationID 10\r\n"
            + "Set-VMComPort TestVM 2 \\\\.\\pipe\\TestPipe -DebuggerMode Off\r\n",
            ".ps1");
    }

    [Fact]
    public void Is_silent_on_parameters_the_module_has_beyond_the_reference_pages()
    {
        // Each of these exists in the Hyper-V module (or a Microsoft Learn page other than the
        // cmdlet's own): reporting them would tell users to remove a working parameter.
        RuleVerifier.Verify<HV0120UnknownCmdletParameter>(
            "Set-VMProcessor web01 -CompatibilityForMigrationEnabled $true -CompatibilityForMigrationMode CommonClusterFeatureSet\r\n"
            + "Set-VMProcessor web01 -EnableLegacyApicMode $false -AllowACountMCount $true\r\n"
            + "Set-VMNetworkAdapter -VMName web01 -VrssMaxQueuePairs 8 -VrssMinQueuePairs 2 -VrssQueueSchedulingMode Dynamic -VrssExcludePrimaryProcessor $true\r\n"
            + "Set-VMNetworkAdapter -VMName web01 -VmmqQueuePairs 8 -VrssIndependentHostSpreading $false -VrssVmbusChannelAffinityPolicy Strong\r\n"
            + "Set-VMNetworkAdapter -VMName web01 -NumaAwarePlacement $true -InterruptModeration $true\r\n"
            + "Set-VMSwitch SET -DefaultQueueVrssMaxQueuePairs 16 -DefaultQueueVmmqQueuePairs 16 -DefaultQueueVrssMinQueuePairs 2 -DefaultQueueVrssQueueSchedulingMode StaticVrss\r\n"
            + "Set-VMSwitch SET -DefaultQueueVrssExcludePrimaryProcessor $true -EnableSoftwareRsc $true\r\n"
            + "New-VMSwitch -Name Lab -SwitchType Internal -SwitchId 0b4c7d5e-9f0a-4e3b-8c1d-2a3b4c5d6e7f\r\n"
            + "Set-VM -Name web01 -BatteryPassthroughEnabled $true -EnhancedSessionTransportType HvSocket\r\n",
            ".ps1");
    }
}

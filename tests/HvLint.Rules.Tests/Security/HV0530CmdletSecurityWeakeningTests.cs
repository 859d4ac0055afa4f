using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0530 (CmdletSecurityWeakening) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0530CmdletSecurityWeakeningTests
{
    [Fact]
    public void Reports_protections_switched_off()
    {
        RuleVerifier.Verify<HV0530CmdletSecurityWeakening>(
            "Set-VMNetworkAdapter -VMName web01 -MacAddressSpoofing {|HV0530:On|} -DhcpGuard {|HV0530:Off|} -RouterGuard {|HV0530:off|}\r\n"
            + "Set-VMFirmware -VMName web01 -EnableSecureBoot:{|HV0530:Off|}\r\n"
            + "Set-VMHost -VirtualMachineMigrationAuthenticationType {|HV0530:CredSSP|}\r\n",
            ".ps1");
    }

    [Fact]
    public void Carries_the_catalog_security_severity()
    {
        var result = RuleVerifier.Verify<HV0530CmdletSecurityWeakening>("Set-VMNetworkAdapter -VMName web01 -MacAddressSpoofing {|HV0530:On|}\r\n", ".ps1");
        Assert.Equal(6.5, Assert.Single(result.Diagnostics).SecuritySeverity);
    }

    [Fact]
    public void Is_silent_on_the_hardened_values_and_on_values_computed_at_run_time()
    {
        RuleVerifier.Verify<HV0530CmdletSecurityWeakening>(
            "Set-VMNetworkAdapter -VMName web01 -MacAddressSpoofing Off -DhcpGuard On -RouterGuard On\r\n"
            + "Set-VMFirmware -VMName web01 -EnableSecureBoot On\r\n"
            + "Set-VMHost -VirtualMachineMigrationAuthenticationType Kerberos\r\n"
            + "Set-VMNetworkAdapter -VMName web01 -MacAddressSpoofing $spoof\r\n"
            + "Set-VMFirmware -VMName web01 -EnableSecureBoot Off -WhatIf\r\n",
            ".ps1");
    }

    [Fact]
    public void Reports_CIM_and_WMI_writes_through_the_property_s_value_map()
    {
        var result = RuleVerifier.Verify<HV0530CmdletSecurityWeakening>(
            "$m = Get-CimInstance -Namespace root\\virtualization\\v2 -ClassName Msvm_VirtualSystemMigrationServiceSettingData\r\n"
            + "Set-CimInstance -InputObject $m -Property @{ AuthenticationType = {|HV0530:0|} }\r\n"
            + "$p = Get-WmiObject -Namespace root\\virtualization\\v2 -Class Msvm_EthernetSwitchPortSecuritySettingData\r\n"
            + "$p.AllowMacSpoofing = {|HV0530:$true|}\r\n$p.EnableRouterGuard = {|HV0530:0|}\r\n$p.Put()\r\n"
            + "$v = Get-CimInstance -Namespace root\\virtualization\\v2 -ClassName Msvm_VirtualSystemSettingData\r\n$v.SecureBootEnabled = {|HV0530:$false|}\r\nSet-CimInstance $v\r\n",
            ".ps1");
        Assert.Contains("AuthenticationType 0 (CredSSP)", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_silent_on_CIM_writes_of_the_hardened_values()
    {
        RuleVerifier.Verify<HV0530CmdletSecurityWeakening>(
            "$m = Get-CimInstance -Namespace root\\virtualization\\v2 -ClassName Msvm_VirtualSystemMigrationServiceSettingData\r\n"
            + "Set-CimInstance -InputObject $m -Property @{ AuthenticationType = 1 }\r\n"
            + "$p = Get-WmiObject -Namespace root\\virtualization\\v2 -Class Msvm_EthernetSwitchPortSecuritySettingData\r\n"
            + "$p.AllowMacSpoofing = $false\r\n$p.EnableDhcpGuard = $true\r\n$p.Put()\r\n",
            ".ps1");
    }

    [Fact]
    public void Leaves_the_guards_of_management_OS_adapters_alone_but_not_a_VM_s()
    {
        // DHCP and router guard protect a VM's neighbours from the VM; a management OS adapter is the host's own.
        RuleVerifier.Verify<HV0530CmdletSecurityWeakening>(
            "Set-VMNetworkAdapter -ManagementOS -Name Mgmt -DhcpGuard Off -RouterGuard Off\r\n"
            + "Set-VMNetworkAdapter -ManagementOS -Name Mgmt -MacAddressSpoofing {|HV0530:On|}\r\n"
            + "Set-VMNetworkAdapter -VMName tenant01 -DhcpGuard {|HV0530:Off|}\r\n"
            + "Get-VM tenant02 | Set-VMNetworkAdapter -RouterGuard {|HV0530:Off|}\r\n",
            ".ps1");
    }

    [Fact]
    public void Leaves_MAC_spoofing_alone_on_a_VM_the_script_sets_up_for_nested_virtualization()
    {
        RuleVerifier.Verify<HV0530CmdletSecurityWeakening>(
            "Set-VMProcessor -VMName hv01 -ExposeVirtualizationExtensions $true\r\n"
            + "Set-VMNetworkAdapter -VMName hv01 -MacAddressSpoofing On -DhcpGuard {|HV0530:Off|}\r\n"
            + "Get-VMNetworkAdapter -VMName HV01 | Set-VMNetworkAdapter -MacAddressSpoofing On\r\n"
            + "Set-VMNetworkAdapter -VMName web01 -MacAddressSpoofing {|HV0530:On|}\r\n",
            ".ps1");
    }

    [Fact]
    public void In_a_script_that_nests_VMs_it_cannot_name_MAC_spoofing_on_unnamed_VMs_is_that_requirement()
    {
        RuleVerifier.Verify<HV0530CmdletSecurityWeakening>(
            "foreach ($vm in $nodes) {\r\n"
            + "  Set-VMProcessor -VMName $vm -ExposeVirtualizationExtensions $true\r\n"
            + "  Get-VMNetworkAdapter -VMName $vm | Set-VMNetworkAdapter -MacAddressSpoofing On\r\n"
            + "}\r\n"
            + "Set-VMNetworkAdapter -VMName \"$prefix*\" -MacAddressSpoofing On\r\n"
            + "Set-VMNetworkAdapter -VMName 'LAB-*' -MacAddressSpoofing On\r\n"
            + "Set-VMNetworkAdapter -ManagementOS -Name Mgmt -MacAddressSpoofing {|HV0530:On|}\r\n",
            ".ps1");
        RuleVerifier.Verify<HV0530CmdletSecurityWeakening>(
            "Set-VMProcessor -VMName hv01 -ExposeVirtualizationExtensions $false\r\n"
            + "Set-VMNetworkAdapter -VMName $vm -MacAddressSpoofing {|HV0530:On|}\r\n",
            ".ps1");
    }
}

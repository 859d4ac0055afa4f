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
}

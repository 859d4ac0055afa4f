using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>--target with HV0401 and HV0402 together (HV0402 alone: its own test class).</summary>
public sealed class WindowsVersionTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string Port = @"HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\VMSMP\Parameters\SwitchList\FDDD2A3C-85E3-4807-9E28-7A40C8D494A7\6FAC595A-2507-4690-A840-5746B09D81A1";

    [Fact]
    public void The_2008_r2_vlan_value_and_the_2012_port_feature_swap_roles_with_the_target()
    {
        // One host generation's setting is the other's dead write: HV0401 before, HV0402 after.
        const string Legacy = "\"AccessVlanId\"=dword:00000019\r\n";
        var old = RuleVerifier.Lint(Header + "[" + Port + "]\r\n" + Legacy, ".reg", "ws2008r2");
        var current = RuleVerifier.Lint(Header + "[" + Port + "]\r\n" + Legacy, ".reg", "ws2012");
        Assert.DoesNotContain(old.Diagnostics, d => d.Rule.Id is "HV0401" or "HV0402");
        Assert.Contains(current.Diagnostics, d => d.Rule.Id == "HV0401");
    }
}

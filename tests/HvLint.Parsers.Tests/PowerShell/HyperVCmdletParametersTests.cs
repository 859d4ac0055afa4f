using HvLint.Parsers.PowerShell.HyperV;

namespace HvLint.Parsers.Tests.PowerShell;

/// <summary>The public view of the Hyper-V cmdlet tables the language server completes from.</summary>
public sealed class HyperVCmdletParametersTests
{
    [Theory]
    [InlineData("set-vmprocessor", "Set-VMProcessor")]
    [InlineData("Hyper-V\\Set-VMNetworkAdapter", "Set-VMNetworkAdapter")]
    [InlineData("Set-VMDvdDrive", null)]
    [InlineData("Set-ItemProperty", null)]
    public void Names_the_cmdlets_it_binds_in_any_case_and_with_the_module_prefix(string written, string? expected)
    {
        Assert.Equal(expected, HyperVCmdletParameters.CmdletName(written));
    }

    [Theory]
    [InlineData("Set-VMNetworkAdapterVlan", "AccessVlanId", "VlanId")] // An alias.
    [InlineData("Set-VMNetworkAdapter", "VmmqQueuePairs", "VrssMaxQueuePairs")] // The module's alias.
    [InlineData("Set-VMHost", "MaximumVirtualMachineMig", "MaximumVirtualMachineMigrations")] // A unique prefix.
    [InlineData("Set-VMProcessor", "Max", null)] // Maximum, MaximumCountPerNumaNode, MaximumCountPerNumaSocket.
    [InlineData("Set-VMProcessor", "Maximum", "Maximum")] // A full name wins over the longer names it begins.
    [InlineData("Set-VMProcessor", "ExposeVirtualisationExtensions", null)]
    public void Resolves_a_written_parameter_as_PowerShell_binds_it(string cmdlet, string written, string? expected)
    {
        Assert.Equal(expected, HyperVCmdletParameters.Resolve(cmdlet, written));
    }

    [Fact]
    public void Lists_a_cmdlets_own_parameters_and_tells_settings_from_target_and_switch_parameters()
    {
        var parameters = HyperVCmdletParameters.Of("Set-VMProcessor");
        Assert.Contains(parameters, p => p.Name == "ExposeVirtualizationExtensions" && p.IsSetting && !p.IsSwitch);
        Assert.Contains(parameters, p => p.Name == "VMName" && !p.IsSetting);
        Assert.Contains(parameters, p => p.Name == "Passthru" && p.IsSwitch && !p.IsSetting);
        Assert.DoesNotContain(parameters, p => p.Name == "Verbose"); // Common parameters are the binder's.
        Assert.Empty(HyperVCmdletParameters.Of("Set-VMDvdDrive"));
    }
}

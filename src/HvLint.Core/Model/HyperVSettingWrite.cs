using HvLint.Core.Text;

namespace HvLint.Core.Model;

/// <summary>What a Hyper-V setting write applies to: the host, a virtual switch, a VM or a VM's network adapter.</summary>
public enum HyperVScope
{
    /// <summary>The Hyper-V host (Set-VMHost, Enable-VMMigration).</summary>
    Host,
    /// <summary>A virtual switch (New-VMSwitch, Set-VMSwitch).</summary>
    Switch,
    /// <summary>A virtual machine (Set-VMProcessor, Set-VMMemory, Set-VMFirmware).</summary>
    VirtualMachine,
    /// <summary>A network adapter of a VM or of the management OS (Set-VMNetworkAdapter, Set-VMNetworkAdapterVlan).</summary>
    Adapter,
}

/// <summary>
/// A Hyper-V configuration setting set through a Hyper-V module cmdlet (Set-VMHost
/// -MaximumVirtualMachineMigrations 4): one parameter of one call. Hyper-V stores it as a WMI
/// property in root\virtualization\v2; the catalog maps the cmdlet's parameter to that property.
/// A parameter PowerShell cannot bind (unknown or ambiguous) is a write too, with
/// <see cref="Parameter"/> null and <see cref="Write.Fails"/> set: the whole command fails.
/// </summary>
public sealed class HyperVSettingWrite : Write
{
    /// <summary>Creates a Hyper-V setting write.</summary>
    public HyperVSettingWrite(
        SourceText source,
        TextSpan span,
        int order,
        string cmdletAsWritten,
        string cmdlet,
        string parameterAsWritten,
        string? parameter,
        TextSpan parameterSpan,
        HyperVScope scope)
        : base(source, span, order)
    {
        CmdletAsWritten = cmdletAsWritten;
        Cmdlet = cmdlet;
        ParameterAsWritten = parameterAsWritten;
        Parameter = parameter;
        ParameterSpan = parameterSpan;
        Scope = scope;
    }

    /// <summary>The command name as written (set-vmhost, Hyper-V\Set-VMHost).</summary>
    public string CmdletAsWritten { get; }

    /// <summary>The cmdlet's full name (Set-VMHost).</summary>
    public string Cmdlet { get; }

    /// <summary>The parameter as written, without the dash (-MaximumVirtualMachineMig).</summary>
    public string ParameterAsWritten { get; }

    /// <summary>The parameter it binds to (prefix and alias resolved); null when PowerShell cannot bind it.</summary>
    public string? Parameter { get; }

    /// <summary>Where the parameter is written (-Name, or the key of a splatted hashtable).</summary>
    public TextSpan ParameterSpan { get; }

    /// <summary>What the setting applies to.</summary>
    public HyperVScope Scope { get; }

    /// <summary>
    /// For a CIM/WMI property write (<see cref="WriteForm.WmiProperty"/>): the Msvm_* class, with
    /// <see cref="Parameter"/> the property's name; null for a Hyper-V module cmdlet.
    /// </summary>
    public string? WmiClass { get; init; }

    /// <summary>The parameter that names the target as written (VMName, Name, VMNetworkAdapterName, ComputerName), or null.</summary>
    public string? TargetParameter { get; init; }

    /// <summary>The target's name (a VM, a switch, an adapter, a remote host), or null when not named or not known.</summary>
    public string? Target { get; init; }

    /// <summary>
    /// For an adapter named by -Name or -VMNetworkAdapterName (<see cref="Target"/> the adapter): the
    /// VM it belongs to, when one VM is named literally (-VMName, or Get-VM 'name' before it in the
    /// pipeline); null otherwise, and for every other target.
    /// </summary>
    public string? VMName { get; init; }

    /// <summary>Whether the adapter is one of the management OS's (-ManagementOS), not a VM's.</summary>
    public bool ManagementOS { get; init; }

    /// <summary>Where the target is written, when it is.</summary>
    public TextSpan? TargetSpan { get; init; }

    /// <summary>How sure the target is.</summary>
    public Certainty TargetCertainty { get; init; } = Certainty.Literal;

    /// <summary>The remote host (-ComputerName), or null for the local host.</summary>
    public string? ComputerName { get; init; }

    /// <summary>The value as PowerShell converts it to text (4, On, True, 2147483648), or null when unresolved or a switch without a value.</summary>
    public string? Value { get; init; }

    /// <summary>Where the value is written (for a switch parameter, the parameter itself).</summary>
    public TextSpan? ValueSpan { get; init; }

    /// <summary>How sure the value is.</summary>
    public Certainty ValueCertainty { get; init; } = Certainty.Literal;

    /// <summary>For a parameter PowerShell cannot bind: the parameters it could mean (ambiguous prefix); empty when it matches none.</summary>
    public IReadOnlyList<string> Candidates { get; init; } = [];

    /// <summary>For a parameter PowerShell cannot bind: the cmdlet's parameter names, for a did-you-mean.</summary>
    public IReadOnlyList<string> KnownParameters { get; init; } = [];

    /// <summary>The span to point at for a finding about the value (the value, else the parameter).</summary>
    public TextSpan ValueOrParameterSpan => ValueSpan ?? ParameterSpan;

    /// <summary>The target as users read it: "VM 'web01'", "the host", "switch 'External'", "adapter 'iSCSI' of VM 'web01'".</summary>
    public string TargetDisplay => Scope switch
    {
        HyperVScope.Host => ComputerName is null ? "the host" : $"host '{ComputerName}'",
        HyperVScope.Adapter when ManagementOS => Target is null || TargetCertainty == Certainty.Unresolved ? "the management OS's adapters" : $"management OS adapter '{Target}'",
        _ when Target is null || TargetCertainty == Certainty.Unresolved => Scope switch
        {
            HyperVScope.Switch => "a switch",
            HyperVScope.Adapter => "a network adapter",
            _ => "a VM",
        },
        HyperVScope.Switch => $"switch '{Target}'",
        HyperVScope.Adapter when TargetParameter is "VMName" or "Get-VM" or "Get-VMNetworkAdapter" => $"the adapters of VM '{Target}'",
        HyperVScope.Adapter when VMName is not null => $"adapter '{Target}' of VM '{VMName}'",
        HyperVScope.Adapter => $"adapter '{Target}'",
        _ => $"VM '{Target}'",
    };

    /// <inheritdoc />
    public override string Identity => _identity ??= $"hyperv:{(WmiClass ?? Cmdlet).ToLowerInvariant()}:{(ComputerName ?? ".").ToLowerInvariant()}:{(TargetCertainty == Certainty.Unresolved ? "?" : Target?.ToLowerInvariant() ?? "*")}:{(Parameter ?? ParameterAsWritten).ToLowerInvariant()}";

    private string? _identity;
}

using System.Management.Automation.Language;
using HvLint.Core.Model;
using HvLint.Core.Text;
using HvLint.Parsers.PowerShell.HyperV;

namespace HvLint.Parsers.PowerShell;

/// <summary>
/// The Hyper-V module cmdlets (Set-VMHost, Set-VMNetworkAdapter, New-VMSwitch, ...): each
/// parameter that sets something becomes a <see cref="HyperVSettingWrite"/> for the target the
/// command names, and a parameter PowerShell cannot bind becomes a failing write that says so.
/// </summary>
internal sealed partial class ScriptWalker
{
    /// <summary>
    /// The host a Hyper-V cmdlet changes: null for this one (no -ComputerName or -CimSession, or
    /// localhost, '.', $env:COMPUTERNAME); else the name, or the argument as written when it is not
    /// literal (a variable, a session, several hosts), so relations never pair it with this host's
    /// writes or with another host's.
    /// </summary>
    private string? ComputerOf(BoundCommand b)
    {
        // A splat HvLint cannot read may name a host too; as before, that is taken as this host.
        if ((b.Get("ComputerName") ?? b.Get("CimSession")) is not { } arg || arg.ArgumentSpan == b.Span)
        {
            return null;
        }

        var name = arg.Value.Certainty != Certainty.Unresolved && arg.Value is not PsArray ? arg.Value.AsText() ?? Text(arg.ArgumentSpan) : Text(arg.ArgumentSpan);
        return name is "." || name.Equals("localhost", StringComparison.OrdinalIgnoreCase) || name.Equals("$env:COMPUTERNAME", StringComparison.OrdinalIgnoreCase) ? null : name;
    }

    private void HyperVCmdlet(BoundCommand b, Scope scope)
    {
        // -WhatIf only says what would happen.
        if (b.Switch("WhatIf"))
        {
            return;
        }

        var scopeKind = HyperVCmdlets.ScopeOf(b.Cmdlet);
        var computer = ComputerOf(b);
        var vmName = AdapterOwner(b, scopeKind, scope);
        foreach (var target in Targets(b, scopeKind, scope))
        {
            if (b.Cmdlet is "Enable-VMMigration" or "Disable-VMMigration")
            {
                // The cmdlet itself sets the migration switch: no parameter carries it.
                Add(new HyperVSettingWrite(_source, b.Span, _context.NextOrder, b.InvokedAs, b.Cmdlet, string.Empty, string.Empty, b.NameSpan, scopeKind)
                {
                    Form = WriteForm.HyperVCmdlet,
                    ComputerName = computer,
                    Value = b.Cmdlet == "Enable-VMMigration" ? "True" : "False",
                    ValueSpan = b.NameSpan,
                    RelatedSpans = Related(scope, b.Span),
                });
                continue;
            }

            foreach (var (parameter, argument) in b.Parameters)
            {
                if (!HyperVCmdlets.IsSetting(b.Cmdlet, parameter))
                {
                    continue;
                }

                var value = argument.Value;
                var known = value.IsKnown && value is not PsArray and not PsTable;
                Add(new HyperVSettingWrite(_source, b.Span, _context.NextOrder, b.InvokedAs, b.Cmdlet, WrittenName(argument.ParameterSpan), parameter, argument.ParameterSpan, scopeKind)
                {
                    Form = WriteForm.HyperVCmdlet,
                    ComputerName = computer,
                    TargetParameter = target.Parameter,
                    Target = target.Name,
                    TargetSpan = target.Span,
                    TargetCertainty = target.Certainty,
                    VMName = target.Parameter is "Name" or "VMNetworkAdapterName" ? vmName : null,
                    ManagementOS = scopeKind == HyperVScope.Adapter && b.Switch("ManagementOS"),
                    Value = known ? value.AsText() : null,
                    ValueSpan = value.Span,
                    ValueCertainty = known ? value.Certainty : Certainty.Unresolved,
                    RelatedSpans = Related(scope, b.Span),
                });
            }
        }
    }

    /// <summary>A Hyper-V cmdlet PowerShell refuses to bind: one failing write that names the parameter.</summary>
    private void HyperVParameterNotBound(CommandAst command, ParameterError error, Scope scope)
    {
        var cmdlet = CmdletBinder.Resolve(command.GetCommandName())!;
        Add(new HyperVSettingWrite(_source, ValueEvaluator.SpanOf(command), _context.NextOrder, command.GetCommandName()!, cmdlet, error.Written, null, error.Span, HyperVCmdlets.ScopeOf(cmdlet))
        {
            Form = WriteForm.HyperVCmdlet,
            Fails = true,
            ValueCertainty = Certainty.Unresolved,
            Candidates = error.Candidates,
            KnownParameters = [.. CmdletBinder.ParameterNames(cmdlet)],
            RelatedSpans = Related(scope, ValueEvaluator.SpanOf(command)),
        });
    }

    private void Add(HyperVSettingWrite write) => _context.Writes.Add(write);

    // The parameter as written: "-MaximumVirtualMachineMig:" or a splatted key, without the dash and colon.
    private string WrittenName(TextSpan span) => _source.Text.Substring(span.Start, span.Length).Trim().TrimStart('-').TrimEnd(':').Trim('\'', '"');

    /// <summary>A target named by the command or by the command before it in the pipeline.</summary>
    private readonly record struct HyperVTarget(string? Parameter, string? Name, TextSpan? Span, Certainty Certainty);

    private IEnumerable<HyperVTarget> Targets(BoundCommand b, HyperVScope kind, Scope scope)
    {
        var parameter = kind switch
        {
            HyperVScope.Host => null,
            HyperVScope.Switch => "Name",
            HyperVScope.Adapter => b.Has("VMNetworkAdapterName") ? "VMNetworkAdapterName" : b.Cmdlet is "Set-VMNetworkAdapter" or "Add-VMNetworkAdapter" or "Connect-VMNetworkAdapter" && b.Has("Name") ? "Name" : "VMName",
            _ => b.Cmdlet is "Set-VM" or "New-VM" ? "Name" : "VMName",
        };

        if (parameter is not null && b.Get(parameter) is { } named)
        {
            var names = Items(named.Value).ToArray();
            foreach (var n in names)
            {
                yield return n.IsKnown && n.AsText() is { } text ? new HyperVTarget(parameter, text, n.Span, n.Certainty) : new HyperVTarget(parameter, null, n.Span, Certainty.Unresolved);
            }

            yield break;
        }

        if (parameter is not null && PipelineSource(b.Ast, kind, scope) is { } piped)
        {
            yield return piped;
            yield break;
        }

        yield return kind == HyperVScope.Host || b.Has("ManagementOS")
            ? new HyperVTarget(null, null, null, Certainty.Literal)
            : new HyperVTarget(parameter, null, null, Certainty.Unresolved);
    }

    // -VMName or a prefix of it that PowerShell would bind to it (-VM is another parameter).
    private static bool IsVMName(CommandParameterAst p) =>
        p.ParameterName.Length > 2 && "VMName".StartsWith(p.ParameterName, StringComparison.OrdinalIgnoreCase);

    // The VM whose adapter -Name names: one literal -VMName, or Get-VM 'name' before the command.
    private string? AdapterOwner(BoundCommand b, HyperVScope kind, Scope scope)
    {
        if (kind != HyperVScope.Adapter)
        {
            return null;
        }

        if (b.Get("VMName") is { } named)
        {
            return Items(named.Value).ToArray() is [{ IsKnown: true } one] && one.AsText() is { } text && !text.Contains('*', StringComparison.Ordinal) ? text : null;
        }

        return PipelineSource(b.Ast, HyperVScope.VirtualMachine, scope) is { Name: { } piped } ? piped : null;
    }

    // Get-VM 'web01' | Set-VMProcessor ..., Get-VMSwitch 'External' | Set-VMSwitch ...: the name the previous command gets, when literal.
    private HyperVTarget? PipelineSource(CommandAst command, HyperVScope kind, Scope scope)
    {
        if (command.Parent is not PipelineAst pipeline)
        {
            return null;
        }

        var index = pipeline.PipelineElements.IndexOf(command);
        if (index < 1 || pipeline.PipelineElements[index - 1] is not CommandAst previous)
        {
            return null;
        }

        var source = previous.GetCommandName();
        var elements = previous.CommandElements;
        if (kind == HyperVScope.Adapter && source is not null && source.Equals("Get-VMNetworkAdapter", StringComparison.OrdinalIgnoreCase))
        {
            // Get-VMNetworkAdapter 'web01' | Set-VMNetworkAdapter ...: every adapter of the VM, when
            // the VM is all it names (-Name, -ManagementOS or -All would select other adapters).
            CommandElementAst? vm = elements.Count switch
            {
                2 when elements[1] is not CommandParameterAst => elements[1],
                2 when elements[1] is CommandParameterAst { Argument: { } colon } vp && IsVMName(vp) => colon,
                3 when elements[1] is CommandParameterAst { Argument: null } vp && IsVMName(vp) => elements[2],
                _ => null,
            };
            var name = vm is null ? null : _evaluator.Evaluate(vm, scope);
            return name is { IsKnown: true } and not PsArray && name.AsText() is { } vmText && !vmText.Contains('*', StringComparison.Ordinal)
                ? new HyperVTarget("Get-VMNetworkAdapter", vmText, name.Span, name.Certainty)
                : null;
        }

        var wanted = kind == HyperVScope.Switch ? "Get-VMSwitch" : "Get-VM";
        if (source is null || !source.Equals(wanted, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // The name: the first positional argument or -Name / -VMName.
        if (elements.Count < 2)
        {
            return null;
        }

        CommandElementAst? argument = elements[1];
        if (elements[1] is CommandParameterAst p)
        {
            if (!"Name".StartsWith(p.ParameterName, StringComparison.OrdinalIgnoreCase) && !p.ParameterName.Equals("VMName", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            argument = p.Argument ?? (elements.Count > 2 ? elements[2] : null);
        }

        if (argument is null)
        {
            return null;
        }

        var value = _evaluator.Evaluate(argument, scope);
        return value.IsKnown && value is not PsArray && value.AsText() is { } text && !text.Contains('*', StringComparison.Ordinal)
            ? new HyperVTarget(kind == HyperVScope.Switch ? "Get-VMSwitch" : "Get-VM", text, value.Span, value.Certainty)
            : null;
    }
}

using System.Management.Automation.Language;
using System.Text.RegularExpressions;
using HvLint.Core.Model;
using HvLint.Core.Text;

namespace HvLint.Parsers.PowerShell;

/// <summary>
/// Property writes on Msvm_* instances in root\virtualization\v2, through CIM or WMI:
/// <c>Set-CimInstance -InputObject $x -Property @{ P = v }</c>, <c>Get-CimInstance ... | Set-CimInstance -Property @{...}</c>,
/// <c>Set-CimInstance -Query "SELECT * FROM Msvm_X" -Namespace root\virtualization\v2 -Property @{...}</c>,
/// <c>$x.P = v</c> followed by <c>$x.Put()</c> or <c>Set-CimInstance $x</c>,
/// <c>Set-WmiInstance -Arguments @{...}</c> (with <c>-InputObject</c>, a pipeline, <c>-Class</c> and
/// <c>-Namespace</c>, or a <c>-Path</c> naming the class), and <c>$_.P = v</c> inside
/// <c>Get-CimInstance ... | Where-Object {...} | ForEach-Object {...}</c> saved by <c>$_.Put()</c> or
/// <c>Set-CimInstance</c>. The class must be literal: <c>$x</c> is assigned from
/// <c>Get-CimInstance</c>/<c>Get-WmiObject</c>/<c>gwmi</c> with the virtualization namespace and a
/// literal class or query earlier in the same statement list, or <c>$_</c> comes from such a
/// command through the pipeline (Where-Object and Sort-Object pass it on). A property assigned but
/// never saved is no write; an unresolved class gives nothing. The management services' methods
/// save too when the changed WMI object is passed as <c>$x.GetText(1)</c>
/// (<c>$vsms.ModifySystemSettings($x.GetText(1))</c>, <c>ModifyServiceSettings</c>,
/// <c>ModifyResourceSettings</c>, <c>ModifyFeatureSettings</c>). Not read: the same methods
/// through <c>Invoke-CimMethod</c>, where the embedded-instance text is built by a serializer.
/// </summary>
internal sealed partial class ScriptWalker
{
    private static readonly Regex s_wmiPath = new(@"root[\\/]virtualization[\\/]v2:(?<class>msvm_\w+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));

    private static readonly Regex s_selectFrom = new(@"^\s*select\s+.+?\s+from\s+(?<class>msvm_\w+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromMilliseconds(200));

    private static bool IsCommand(CommandAst command, params string[] names) =>
        command.GetCommandName() is { } name && names.Any(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Set-CimInstance and Set-WmiInstance: returns true when the command was handled here.</summary>
    private bool CimCommand(CommandAst command, Scope scope)
    {
        var wmi = IsCommand(command, "Set-WmiInstance", "swmi", "Microsoft.PowerShell.Management\\Set-WmiInstance");
        if (!wmi && !IsCommand(command, "Set-CimInstance", "CimCmdlets\\Set-CimInstance"))
        {
            return false;
        }

        var args = CimArguments(command);
        if (args.ContainsKey("WhatIf"))
        {
            return true;
        }

        // $x | Set-CimInstance: the piped variable is the input object.
        var input = args.TryGetValue("InputObject", out var named) ? named
            : PipedVariable(command) is { } piped ? piped
            : null;
        string? wmiClass = null;
        if (args.TryGetValue("Query", out var query))
        {
            wmiClass = IsVirtualizationNamespace(args, scope) ? ClassOfQuery(query, scope) : null;
        }
        else if (wmi && args.TryGetValue("Path", out var path))
        {
            wmiClass = ClassOfPath(path, scope);
        }
        else if (wmi && input is null && args.TryGetValue("ClassName", out var cls))
        {
            wmiClass = IsVirtualizationNamespace(args, scope) ? LiteralClass(cls, scope) : null;
        }
        else if (input is VariableExpressionAst variable)
        {
            wmiClass = ClassOfVariable(variable, command, scope, cim: !wmi);
        }
        else if (input is null)
        {
            wmiClass = ClassOfSource(command, scope, cim: !wmi);
        }

        if (wmiClass is null)
        {
            return true;
        }

        if (args.TryGetValue(wmi ? "Arguments" : "Property", out var property))
        {
            if (property is HashtableAst table)
            {
                foreach (var (key, valueStatement) in table.KeyValuePairs)
                {
                    if (key is StringConstantExpressionAst k)
                    {
                        AddWmiProperty(command, wmiClass, k.Value, ValueEvaluator.SpanOf(k), _evaluator.EvaluateStatement(valueStatement, scope), scope);
                    }
                }
            }

            return true;
        }

        // Set-CimInstance $x (or -InputObject $x, or $x | Set-CimInstance) without -Property: saves the properties assigned to $x before it.
        if (input is VariableExpressionAst v)
        {
            AssignedProperties(v, command, wmiClass, scope);
        }

        return true;
    }

    // $x | Set-CimInstance
    private static VariableExpressionAst? PipedVariable(CommandAst command) =>
        command.Parent is PipelineAst pipeline && pipeline.PipelineElements.IndexOf(command) is var i and > 0
        && pipeline.PipelineElements[i - 1] is CommandExpressionAst { Expression: VariableExpressionAst variable }
            ? variable
            : null;

    // -Path '\\.\root\virtualization\v2:Msvm_X.InstanceID="..."'
    private string? ClassOfPath(CommandElementAst? path, Scope scope)
    {
        if (_evaluator.Evaluate(path, scope) is not { IsKnown: true } value || value is PsArray || value.AsText() is not { } text)
        {
            return null;
        }

        try
        {
            return s_wmiPath.Match(text) is { Success: true } m ? m.Groups["class"].Value : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private string? LiteralClass(CommandElementAst? cls, Scope scope) =>
        _evaluator.Evaluate(cls, scope) is { IsKnown: true } value && value is not PsArray
        && value.AsText() is { } text && text.StartsWith("Msvm_", StringComparison.OrdinalIgnoreCase) && !text.Contains('*', StringComparison.Ordinal)
            ? text
            : null;

    // The Get-CimInstance/Get-WmiObject command that feeds this one through the pipeline, past
    // filters that pass the same objects on (Where-Object, Sort-Object).
    private string? ClassOfSource(CommandAst command, Scope scope, bool cim)
    {
        var previous = PreviousInPipeline(command);
        while (previous is not null && IsCommand(previous, "Where-Object", "?", "where", "Sort-Object", "sort"))
        {
            previous = PreviousInPipeline(previous);
        }

        return previous is null ? null : ClassOfGetCommand(previous, scope, cim);
    }

    // $_ (or $PSItem) inside Get-CimInstance ... | ForEach-Object { ... }: the class the pipeline reads.
    private string? ClassOfPipelineInput(Ast use, Scope scope, bool cim)
    {
        var block = use.Parent;
        while (block is not null and not ScriptBlockAst)
        {
            block = block.Parent;
        }

        return block?.Parent is ScriptBlockExpressionAst { Parent: CommandAst forEach } && IsCommand(forEach, "ForEach-Object", "%", "foreach")
            ? ClassOfSource(forEach, scope, cim)
            : null;
    }

    private static bool IsPipelineVariable(VariableExpressionAst variable) =>
        variable.VariablePath.UserPath.Equals("_", StringComparison.Ordinal) || variable.VariablePath.UserPath.Equals("PSItem", StringComparison.OrdinalIgnoreCase);

    /// <summary>$x.Put(): saves the properties assigned to $x since it was read (WMI).</summary>
    private void WmiPut(InvokeMemberExpressionAst call, Scope scope)
    {
        if (call.Member is not StringConstantExpressionAst { Value: var name })
        {
            return;
        }

        if (name.Equals("Put", StringComparison.OrdinalIgnoreCase) && call.Expression is VariableExpressionAst variable && call.Arguments is not { Count: > 0 })
        {
            if (ClassOfVariable(variable, call, scope, cim: false) is { } wmiClass)
            {
                AssignedProperties(variable, call, wmiClass, scope);
            }

            return;
        }

        // $vsms.ModifySystemSettings($settings.GetText(1)), .ModifyResourceSettings(@($rasd.GetText(1))):
        // the management services' methods take the changed instance as embedded-instance text,
        // which saves the properties assigned to $settings before the call.
        if (s_modifyMethods.Contains(name))
        {
            foreach (var argument in call.Arguments ?? [])
            {
                foreach (var getText in argument.FindAll(a => a is InvokeMemberExpressionAst { Member: StringConstantExpressionAst { Value: var m }, Expression: VariableExpressionAst } && m.Equals("GetText", StringComparison.OrdinalIgnoreCase), true).Cast<InvokeMemberExpressionAst>())
                {
                    var settings = (VariableExpressionAst)getText.Expression;
                    if (ClassOfVariable(settings, call, scope, cim: false) is { } wmiClass)
                    {
                        AssignedProperties(settings, call, wmiClass, scope);
                    }
                }
            }
        }
    }

    private static readonly HashSet<string> s_modifyMethods = new(StringComparer.OrdinalIgnoreCase)
    {
        "ModifySystemSettings", "ModifyServiceSettings", "ModifyResourceSettings", "ModifyFeatureSettings",
    };

    // Set-CimInstance's parameters by full name (prefixes resolved), the first positional argument as -InputObject.
    private static Dictionary<string, CommandElementAst?> CimArguments(CommandAst command)
    {
        string[] names = ["InputObject", "Property", "Query", "Namespace", "QueryDialect", "CimSession", "ComputerName", "OperationTimeoutSec", "PassThru", "WhatIf", "Confirm", "ClassName", "Class", "Filter", "Arguments", "Path", "PutType", "Credential", "Authentication", "Impersonation", "Authority", "Locale", "EnableAllPrivileges", "AsJob", "ThrottleLimit"];
        var result = new Dictionary<string, CommandElementAst?>(StringComparer.OrdinalIgnoreCase);
        var elements = command.CommandElements;
        for (var i = 1; i < elements.Count; i++)
        {
            if (elements[i] is CommandParameterAst p)
            {
                var matches = names.Where(n => n.StartsWith(p.ParameterName, StringComparison.OrdinalIgnoreCase)).ToArray();
                var full = matches.FirstOrDefault(n => n.Equals(p.ParameterName, StringComparison.OrdinalIgnoreCase)) ?? (matches.Length == 1 ? matches[0] : p.ParameterName);
                var isSwitch = full is "WhatIf" or "Confirm" or "PassThru";
                var argument = p.Argument ?? (!isSwitch && i + 1 < elements.Count && elements[i + 1] is not CommandParameterAst ? elements[++i] : null);
                result[full] = argument;
            }
            else if (!result.ContainsKey("@positional"))
            {
                result["@positional"] = elements[i];
            }
        }

        if (result.Remove("@positional", out var first))
        {
            // Set-CimInstance's first position is -InputObject; Get-CimInstance's and Get-WmiObject's is the class.
            result.TryAdd(IsCommand(command, "Set-CimInstance", "CimCmdlets\\Set-CimInstance") ? "InputObject" : "ClassName", first);
        }

        if (result.Remove("Class", out var cls))
        {
            result.TryAdd("ClassName", cls);
        }

        return result;
    }

    private bool IsVirtualizationNamespace(Dictionary<string, CommandElementAst?> args, Scope scope) =>
        args.TryGetValue("Namespace", out var ns) && _evaluator.Evaluate(ns, scope) is { IsKnown: true } value && value is not PsArray
        && value.AsText() is { } text && text.Replace('/', '\\').Trim('\\').Equals("root\\virtualization\\v2", StringComparison.OrdinalIgnoreCase);

    private string? ClassOfQuery(CommandElementAst? query, Scope scope)
    {
        if (_evaluator.Evaluate(query, scope) is not { IsKnown: true } value || value is PsArray || value.AsText() is not { } text)
        {
            return null;
        }

        try
        {
            return s_selectFrom.Match(text) is { Success: true } m ? m.Groups["class"].Value : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    // Get-CimInstance -Namespace root\virtualization\v2 -ClassName Msvm_X (or -Query), Get-WmiObject / gwmi likewise.
    private string? ClassOfGetCommand(CommandAst command, Scope scope, bool cim)
    {
        if (cim ? !IsCommand(command, "Get-CimInstance", "gcim", "CimCmdlets\\Get-CimInstance") : !IsCommand(command, "Get-WmiObject", "gwmi", "Microsoft.PowerShell.Management\\Get-WmiObject"))
        {
            return null;
        }

        var args = CimArguments(command);
        if (!IsVirtualizationNamespace(args, scope))
        {
            return null;
        }

        if (args.TryGetValue("Query", out var query))
        {
            return ClassOfQuery(query, scope);
        }

        return args.TryGetValue("ClassName", out var cls) ? LiteralClass(cls, scope) : null;
    }

    private static CommandAst? PreviousInPipeline(CommandAst command) =>
        command.Parent is PipelineAst pipeline && pipeline.PipelineElements.IndexOf(command) is var i and > 0 ? pipeline.PipelineElements[i - 1] as CommandAst : null;

    // The statements before the use, in the same statement list, and the last assignment to the variable among them.
    private static (IReadOnlyList<StatementAst> Before, int AssignedAt)? LastAssignment(VariableExpressionAst variable, Ast use)
    {
        Ast current = use;
        while (current.Parent is { } parent && parent is not StatementBlockAst and not NamedBlockAst)
        {
            current = parent;
        }

        if (current is not StatementAst statement)
        {
            return null;
        }

        var statements = current.Parent switch
        {
            StatementBlockAst b => b.Statements,
            NamedBlockAst n => n.Statements,
            _ => null,
        };
        if (statements is null)
        {
            return null;
        }

        var before = statements.Take(statements.IndexOf(statement)).ToArray();
        if (IsPipelineVariable(variable))
        {
            // $_ is bound for the whole ForEach-Object block: every statement before the save counts.
            return (before, -1);
        }

        var name = variable.VariablePath.UserPath;
        for (var i = before.Length - 1; i >= 0; i--)
        {
            if (before[i] is AssignmentStatementAst { Left: VariableExpressionAst left } && left.VariablePath.UserPath.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return (before, i);
            }

            // Anything else that may rebind the variable (a loop, a branch, a nested assignment) makes it unknown.
            if (before[i].Find(a => a is AssignmentStatementAst { Left: VariableExpressionAst l } && l.VariablePath.UserPath.Equals(name, StringComparison.OrdinalIgnoreCase), true) is not null)
            {
                return null;
            }
        }

        return null;
    }

    // cim: the object must be a CIM instance (Set-CimInstance binds no WMI object); else a WMI object (a CIM instance has no Put()).
    private string? ClassOfVariable(VariableExpressionAst variable, Ast use, Scope scope, bool cim)
    {
        if (IsPipelineVariable(variable))
        {
            return ClassOfPipelineInput(use, scope, cim);
        }

        if (LastAssignment(variable, use) is not { } found
            || found.Before[found.AssignedAt] is not AssignmentStatementAst { Right: PipelineAst { PipelineElements: [CommandAst get] } })
        {
            return null;
        }

        return ClassOfGetCommand(get, scope, cim);
    }

    // $x.P = v statements between the read and the save, each a write of P.
    private void AssignedProperties(VariableExpressionAst variable, Ast save, string wmiClass, Scope scope)
    {
        if (LastAssignment(variable, save) is not { } found)
        {
            return;
        }

        var name = variable.VariablePath.UserPath;
        foreach (var statement in found.Before.Skip(found.AssignedAt + 1))
        {
            if (statement is AssignmentStatementAst { Operator: TokenKind.Equals, Left: MemberExpressionAst { Expression: VariableExpressionAst target, Member: StringConstantExpressionAst member } } assignment
                && target.VariablePath.UserPath.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                AddWmiProperty(save, wmiClass, member.Value, ValueEvaluator.SpanOf(member), _evaluator.EvaluateStatement(assignment.Right, scope), scope);
            }
        }
    }

    private void AddWmiProperty(Ast save, string wmiClass, string property, TextSpan propertySpan, PsValue value, Scope scope)
    {
        var known = value.IsKnown && value is not PsArray and not PsTable;
        var span = ValueEvaluator.SpanOf(save);
        var method = save is InvokeMemberExpressionAst { Member: StringConstantExpressionAst { Value: var m } } ? m : "Put";
        var written = save is CommandAst c ? c.GetCommandName() ?? "Set-CimInstance" : $".{method}()";
        var cmdlet = save is not CommandAst ? (method.Equals("Put", StringComparison.OrdinalIgnoreCase) ? "Put" : method)
            : written.EndsWith("Set-CimInstance", StringComparison.OrdinalIgnoreCase) ? "Set-CimInstance" : "Set-WmiInstance";
        Add(new HyperVSettingWrite(_source, span, _context.NextOrder, written, cmdlet, property, property, propertySpan, ScopeOfClass(wmiClass))
        {
            Form = WriteForm.WmiProperty,
            WmiClass = wmiClass,
            TargetCertainty = ScopeOfClass(wmiClass) == HyperVScope.Host ? Certainty.Literal : Certainty.Unresolved,
            Value = known ? value.AsText() : null,
            ValueSpan = value.Span,
            ValueCertainty = known ? value.Certainty : Certainty.Unresolved,
            RelatedSpans = Related(scope, span),
        });
    }

    private static HyperVScope ScopeOfClass(string wmiClass) => wmiClass.ToUpperInvariant() switch
    {
        "MSVM_VIRTUALSYSTEMMIGRATIONSERVICESETTINGDATA" or "MSVM_VIRTUALSYSTEMMANAGEMENTSERVICESETTINGDATA" or "MSVM_REPLICATIONSERVICESETTINGDATA" => HyperVScope.Host,
        "MSVM_VIRTUALETHERNETSWITCHSETTINGDATA" => HyperVScope.Switch,
        var c when c.StartsWith("MSVM_ETHERNETSWITCHPORT", StringComparison.Ordinal) || c.StartsWith("MSVM_SYNTHETICETHERNETPORT", StringComparison.Ordinal) => HyperVScope.Adapter,
        _ => HyperVScope.VirtualMachine,
    };
}

using System.Management.Automation;
using System.Management.Automation.Language;

namespace HvLint.Parsers.PowerShell;

/// <summary>
/// Every plain assignment of each variable in a script, for flow-insensitive constant
/// propagation: a variable is a constant when all its assignments give the same value and
/// nothing else changes it (+=, $x.Key = ..., $x.Add(...), [ref], -OutVariable, a parameter, a
/// loop variable). Names compare case-insensitively and without their scope ($script:x is x).
/// </summary>
internal sealed class VariableTable
{
    private static readonly HashSet<string> s_mutators = new(StringComparer.OrdinalIgnoreCase)
    {
        "Add", "AddRange", "Remove", "RemoveAt", "RemoveRange", "Clear", "Insert", "InsertRange", "Set_Item", "Reverse", "Sort",
    };

    private static readonly HashSet<string> s_variableParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "OutVariable", "ov", "ErrorVariable", "ev", "WarningVariable", "wv", "InformationVariable", "iv", "PipelineVariable", "pv",
    };

    private readonly Dictionary<string, List<(AssignmentStatementAst Assignment, string? Cast)>> _assignments = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _unstable = new(StringComparer.OrdinalIgnoreCase);

    public VariableTable(Ast root)
    {
        foreach (var ast in root.FindAll(_ => true, searchNestedScriptBlocks: true))
        {
            switch (ast)
            {
                case AssignmentStatementAst assignment:
                    Record(assignment);
                    break;
                case UnaryExpressionAst { TokenKind: TokenKind.PlusPlus or TokenKind.MinusMinus or TokenKind.PostfixPlusPlus or TokenKind.PostfixMinusMinus } unary:
                    Unstable(RootVariable(unary.Child));
                    break;
                case ForEachStatementAst loop:
                    Unstable(VariableNames.Of(loop.Variable.VariablePath));
                    break;
                case ParameterAst parameter:
                    Unstable(VariableNames.Of(parameter.Name.VariablePath));
                    break;
                case InvokeMemberExpressionAst { Member: StringConstantExpressionAst member } call when s_mutators.Contains(member.Value):
                    Unstable(RootVariable(call.Expression));
                    break;
                case ConvertExpressionAst convert when convert.Type.TypeName.Name.Equals("ref", StringComparison.OrdinalIgnoreCase):
                    Unstable(RootVariable(convert.Child));
                    break;
                case CommandAst command:
                    RecordCommand(command);
                    break;
            }
        }
    }

    /// <summary>The assignments of a variable, or null when it is not a constant.</summary>
    public IReadOnlyList<(AssignmentStatementAst Assignment, string? Cast)>? Assignments(string name) =>
        _unstable.Contains(name) ? null : _assignments.GetValueOrDefault(name);

    /// <summary>The variable an expression such as $x, $x.Key or $x['a'][0] starts from.</summary>
    public static string? RootVariable(Ast? ast) => ast switch
    {
        VariableExpressionAst v => VariableNames.Of(v.VariablePath),
        MemberExpressionAst m => RootVariable(m.Expression),
        IndexExpressionAst i => RootVariable(i.Target),
        ConvertExpressionAst c => RootVariable(c.Child),
        ParenExpressionAst { Pipeline: PipelineAst { PipelineElements: [CommandExpressionAst e] } } => RootVariable(e.Expression),
        _ => null,
    };

    private void Record(AssignmentStatementAst assignment)
    {
        switch (assignment.Left)
        {
            case VariableExpressionAst v when assignment.Operator == TokenKind.Equals:
                Add(VariableNames.Of(v.VariablePath), assignment, null);
                break;
            case ConvertExpressionAst { Child: VariableExpressionAst v } c when assignment.Operator == TokenKind.Equals:
                Add(VariableNames.Of(v.VariablePath), assignment, c.Type.TypeName.FullName);
                break;
            case ArrayLiteralAst list:
                foreach (var e in list.Elements)
                {
                    Unstable(RootVariable(e));
                }

                break;
            default:
                Unstable(RootVariable(assignment.Left));
                break;
        }
    }

    private void Add(string name, AssignmentStatementAst assignment, string? cast)
    {
        if (!_assignments.TryGetValue(name, out var list))
        {
            list = [];
            _assignments[name] = list;
        }

        list.Add((assignment, cast));
    }

    private void RecordCommand(CommandAst command)
    {
        var name = command.GetCommandName();
        var elements = command.CommandElements;
        for (var i = 1; i < elements.Count; i++)
        {
            if (elements[i] is not CommandParameterAst p)
            {
                continue;
            }

            var isVariableParameter = s_variableParameters.Contains(p.ParameterName)
                || (name is not null && (name.Equals("Set-Variable", StringComparison.OrdinalIgnoreCase) || name.Equals("sv", StringComparison.OrdinalIgnoreCase) || name.Equals("New-Variable", StringComparison.OrdinalIgnoreCase) || name.Equals("nv", StringComparison.OrdinalIgnoreCase))
                    && "Name".StartsWith(p.ParameterName, StringComparison.OrdinalIgnoreCase));
            if (!isVariableParameter)
            {
                continue;
            }

            var argument = p.Argument ?? (i + 1 < elements.Count ? elements[i + 1] as ExpressionAst : null);
            if (argument is StringConstantExpressionAst s)
            {
                Unstable(s.Value.StartsWith('+') ? s.Value[1..] : s.Value);
            }
        }

        // Set-Variable x 1: the first positional argument is the name.
        if (name is not null && (name.Equals("Set-Variable", StringComparison.OrdinalIgnoreCase) || name.Equals("sv", StringComparison.OrdinalIgnoreCase) || name.Equals("New-Variable", StringComparison.OrdinalIgnoreCase) || name.Equals("nv", StringComparison.OrdinalIgnoreCase))
            && elements.Count > 1 && elements[1] is StringConstantExpressionAst first)
        {
            Unstable(first.Value);
        }
    }

    private void Unstable(string? name)
    {
        if (name is not null)
        {
            _unstable.Add(name);
        }
    }
}

/// <summary>Variable names as the constant table keys them.</summary>
internal static class VariableNames
{
    private static readonly string[] s_scopes = ["global:", "script:", "local:", "private:", "using:", "variable:"];

    /// <summary>The name without a scope qualifier ($script:x is x); a drive such as env: is kept ("env:X").</summary>
    public static string Of(VariablePath path)
    {
        var name = path.UserPath;
        foreach (var scope in s_scopes)
        {
            if (name.StartsWith(scope, StringComparison.OrdinalIgnoreCase))
            {
                return name[scope.Length..];
            }
        }

        return name;
    }
}

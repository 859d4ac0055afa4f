using System.Management.Automation;
using System.Management.Automation.Language;

namespace HvLint.Parsers.PowerShell;

/// <summary>
/// Every plain assignment of each variable in a script, for flow-insensitive constant
/// propagation: a variable is a constant when all its assignments give the same value and
/// nothing else changes it (+=, $x.Key = ..., $x.Add(...), [ref], -OutVariable, a parameter, a
/// loop variable). Names compare case-insensitively and without their scope ($script:x is x).
/// A variable that a function assigns is that function's own (PowerShell makes it local), so a
/// read inside the function sees only the function's assignments; any other read sees every
/// assignment in the script, since a caller's variable may be the one in effect.
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

    // The whole script (every scope) and each function's own variables.
    private readonly Names _all = new();
    private readonly Dictionary<FunctionDefinitionAst, Names> _functions = [];

    public VariableTable(Ast root) => root.Visit(new Recorder(this));

    /// <summary>
    /// The assignments that decide the value of <paramref name="name"/> read at
    /// <paramref name="site"/>, or null when it is not a constant there; <paramref name="scope"/>
    /// identifies the set (the function that owns the variable, or null for the whole script), for
    /// caching per scope.
    /// </summary>
    public IReadOnlyList<(AssignmentStatementAst Assignment, string? Cast)>? Assignments(string name, Ast site, bool scriptScoped, out Ast? scope)
    {
        scope = null;
        if (!scriptScoped && FunctionOf(site) is { } function && _functions.TryGetValue(function, out var own) && own.Declares(name))
        {
            scope = function;
            return own.Assignments(name);
        }

        return _all.Assignments(name);
    }

    /// <summary>Whether a variable path names the script or global scope explicitly ($script:x, $global:x).</summary>
    public static bool IsScriptScoped(VariablePath path) => path.IsScript || path.IsGlobal;

    private static FunctionDefinitionAst? FunctionOf(Ast ast)
    {
        for (var p = ast.Parent; p is not null; p = p.Parent)
        {
            if (p is FunctionDefinitionAst f)
            {
                return f;
            }
        }

        return null;
    }

    // Where a variable named at 'ast' lives: its function, unless the path says script or global.
    private Names? Owner(Ast ast, VariablePath? path)
    {
        if (path is not null && IsScriptScoped(path))
        {
            return null;
        }

        if (FunctionOf(ast) is not { } function)
        {
            return null;
        }

        if (!_functions.TryGetValue(function, out var names))
        {
            names = new Names();
            _functions[function] = names;
        }

        return names;
    }

    private void Record(AssignmentStatementAst assignment)
    {
        switch (assignment.Left)
        {
            case VariableExpressionAst v when assignment.Operator == TokenKind.Equals:
                Add(VariableNames.Of(v.VariablePath), assignment, null, v.VariablePath);
                break;
            case ConvertExpressionAst { Child: VariableExpressionAst v } c when assignment.Operator == TokenKind.Equals:
                Add(VariableNames.Of(v.VariablePath), assignment, c.Type.TypeName.FullName, v.VariablePath);
                break;
            case ArrayLiteralAst list:
                foreach (var e in list.Elements)
                {
                    Unstable(RootVariable(e), assignment);
                }

                break;
            default:
                Unstable(RootVariable(assignment.Left), assignment);
                break;
        }
    }

    private void Add(string name, AssignmentStatementAst assignment, string? cast, VariablePath path)
    {
        _all.Add(name, assignment, cast);
        Owner(assignment, path)?.Add(name, assignment, cast);
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
                Unstable(s.Value.StartsWith('+') ? s.Value[1..] : s.Value, command);
            }
        }

        // Set-Variable x 1: the first positional argument is the name.
        if (name is not null && (name.Equals("Set-Variable", StringComparison.OrdinalIgnoreCase) || name.Equals("sv", StringComparison.OrdinalIgnoreCase) || name.Equals("New-Variable", StringComparison.OrdinalIgnoreCase) || name.Equals("nv", StringComparison.OrdinalIgnoreCase))
            && elements.Count > 1 && elements[1] is StringConstantExpressionAst first)
        {
            Unstable(first.Value, command);
        }
    }

    // Set-Variable -Scope, [ref] and the like may reach any scope: the name is unstable
    // everywhere, and also in the function where it happens.
    private void Unstable(string? name, Ast at, VariablePath? path = null)
    {
        if (name is not null)
        {
            _all.Unstable(name);
            Owner(at, path)?.Unstable(name);
        }
    }

    /// <summary>The assignments and unstable names of one scope.</summary>
    private sealed class Names
    {
        private readonly Dictionary<string, List<(AssignmentStatementAst Assignment, string? Cast)>> _assignments = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _unstable = new(StringComparer.OrdinalIgnoreCase);

        public bool Declares(string name) => _unstable.Contains(name) || _assignments.ContainsKey(name);

        public List<(AssignmentStatementAst Assignment, string? Cast)>? Assignments(string name) =>
            _unstable.Contains(name) ? null : _assignments.GetValueOrDefault(name);

        public void Add(string name, AssignmentStatementAst assignment, string? cast)
        {
            if (!_assignments.TryGetValue(name, out var list))
            {
                list = [];
                _assignments[name] = list;
            }

            list.Add((assignment, cast));
        }

        public void Unstable(string name) => _unstable.Add(name);
    }

    /// <summary>One pass over the script that records what changes variables.</summary>
    private sealed class Recorder(VariableTable table) : AstVisitor2
    {
        public override AstVisitAction VisitAssignmentStatement(AssignmentStatementAst assignmentStatementAst)
        {
            table.Record(assignmentStatementAst);
            return AstVisitAction.Continue;
        }

        public override AstVisitAction VisitUnaryExpression(UnaryExpressionAst unaryExpressionAst)
        {
            if (unaryExpressionAst.TokenKind is TokenKind.PlusPlus or TokenKind.MinusMinus or TokenKind.PostfixPlusPlus or TokenKind.PostfixMinusMinus)
            {
                table.Unstable(RootVariable(unaryExpressionAst.Child), unaryExpressionAst);
            }

            return AstVisitAction.Continue;
        }

        public override AstVisitAction VisitForEachStatement(ForEachStatementAst forEachStatementAst)
        {
            table.Unstable(VariableNames.Of(forEachStatementAst.Variable.VariablePath), forEachStatementAst, forEachStatementAst.Variable.VariablePath);
            return AstVisitAction.Continue;
        }

        public override AstVisitAction VisitParameter(ParameterAst parameterAst)
        {
            table.Unstable(VariableNames.Of(parameterAst.Name.VariablePath), parameterAst);
            return AstVisitAction.Continue;
        }

        public override AstVisitAction VisitInvokeMemberExpression(InvokeMemberExpressionAst methodCallAst)
        {
            if (methodCallAst.Member is StringConstantExpressionAst member && s_mutators.Contains(member.Value))
            {
                table.Unstable(RootVariable(methodCallAst.Expression), methodCallAst);
            }

            return AstVisitAction.Continue;
        }

        public override AstVisitAction VisitConvertExpression(ConvertExpressionAst convertExpressionAst)
        {
            if (convertExpressionAst.Type.TypeName.Name.Equals("ref", StringComparison.OrdinalIgnoreCase))
            {
                table.Unstable(RootVariable(convertExpressionAst.Child), convertExpressionAst);
            }

            return AstVisitAction.Continue;
        }

        public override AstVisitAction VisitCommand(CommandAst commandAst)
        {
            table.RecordCommand(commandAst);
            return AstVisitAction.Continue;
        }
    }

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

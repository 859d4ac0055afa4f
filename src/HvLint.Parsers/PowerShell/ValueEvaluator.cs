using System.Globalization;
using System.Management.Automation.Language;
using System.Text;
using HvLint.Core.Model;
using HvLint.Core.Text;
using HvLint.Parsers.Commands;

namespace HvLint.Parsers.PowerShell;

/// <summary>
/// Folds PowerShell expressions to constants where every operand is known: literals, variables
/// assigned the same constant everywhere, "$base\Migration", 'a' + 'b', '{0}' -f $x, Join-Path,
/// arrays, hashtables and [pscustomobject]s, member and index access, casts, and the .NET
/// registry types. Anything else ($env:, Read-Host, parameters, function results) is unknown.
/// Nothing is executed.
/// </summary>
internal sealed class ValueEvaluator(string text, VariableTable variables, CommandContext? context = null)
{
    /// <summary>
    /// How many expressions deep the evaluator follows (parentheses, operands, variables read from
    /// variables). Past it the value is unknown, with one note per line (HV0043): a recursive walk
    /// of 'a' + 'a' + ... with 8,000 terms overflowed the stack, which .NET cannot catch.
    /// </summary>
    internal const int MaxDepth = 200;

    private readonly HashSet<int> _tooDeepLines = [];
    private int _depth;
    // Constants per scope (the function that owns the variable, or null for the whole script) and name.
    private readonly Dictionary<(Ast? Scope, string Name), PsValue> _constants = new(ScopedNameComparer.Instance);
    private readonly HashSet<(Ast? Scope, string Name)> _evaluating = new(ScopedNameComparer.Instance);
    private int _scopeReads;

    /// <summary>The span of an AST node in the source text.</summary>
    public static TextSpan SpanOf(Ast ast) => new(ast.Extent.StartOffset, ast.Extent.EndOffset - ast.Extent.StartOffset);

    /// <summary>Evaluates a statement: an expression, or a Join-Path command; anything else is unknown.</summary>
    public PsValue EvaluateStatement(StatementAst? statement, Scope scope) => statement switch
    {
        PipelineAst { PipelineElements: [CommandExpressionAst { Redirections.Count: 0 } e] } => Evaluate(e.Expression, scope),
        PipelineAst { PipelineElements: [CommandAst c] } => EvaluateCommand(c, scope),
        CommandExpressionAst { Redirections.Count: 0 } e => Evaluate(e.Expression, scope),
        null => new PsUnknown(default),
        _ => new PsUnknown(SpanOf(statement)),
    };

    /// <summary>Evaluates an expression or command argument.</summary>
    public PsValue Evaluate(Ast? ast, Scope scope)
    {
        if (ast is null)
        {
            return new PsUnknown(default);
        }

        if (_depth >= MaxDepth)
        {
            return TooDeep(ast);
        }

        _depth++;
        try
        {
            return EvaluateNode(ast, scope);
        }
        finally
        {
            _depth--;
        }
    }

    private PsUnknown TooDeep(Ast ast)
    {
        var span = SpanOf(ast);
        if (context is not null && _tooDeepLines.Add(context.Source.GetPosition(span.Start).Line))
        {
            context.Report(PowerShellDiagnostics.TooComplexToFollow, span, $"This expression is nested more than {MaxDepth} levels deep (parentheses, operators or variables that read other variables): HvLint does not follow it, so its value is unknown and the writes that use it are not checked. Split it into smaller steps.");
        }

        return new PsUnknown(span);
    }

    private PsValue EvaluateNode(Ast ast, Scope scope)
    {
        var span = SpanOf(ast);
        switch (ast)
        {
            case StringConstantExpressionAst s:
                return new PsString(s.Value, span, Certainty.Literal, s.StringConstantType == StringConstantType.BareWord);
            case ExpandableStringExpressionAst e:
                return Expand(e, scope);
            case ConstantExpressionAst c:
                return c.Value switch
                {
                    null => new PsNull(span),
                    string str => new PsString(str, span),
                    bool b => new PsBool(b, span),
                    _ => new PsNumber(c.Value, span),
                };
            case VariableExpressionAst v:
                return Variable(v, scope);
            case ArrayLiteralAst list:
                return Combine([.. list.Elements.Select(x => Evaluate(x, scope))], span);
            case ArrayExpressionAst array:
                return ArrayExpression(array, scope);
            case HashtableAst table:
                return Table(table, scope);
            case ParenExpressionAst paren:
                return Rebase(EvaluateStatement(paren.Pipeline as StatementAst, scope), span);
            case SubExpressionAst sub when sub.SubExpression.Statements.Count == 1:
                return Rebase(EvaluateStatement(sub.SubExpression.Statements[0], scope), span);
            case ConvertExpressionAst convert:
                return Cast(convert.Type.TypeName, Evaluate(convert.Child, scope), span);
            case MemberExpressionAst member when member is not InvokeMemberExpressionAst:
                return Member(member, scope);
            case InvokeMemberExpressionAst call:
                return Invoke(call, scope);
            case IndexExpressionAst index:
                return Index(Evaluate(index.Target, scope), Evaluate(index.Index, scope), span);
            case BinaryExpressionAst binary:
                return Binary(binary, scope);
            case UnaryExpressionAst unary:
                return Unary(unary, scope);
            case ScriptBlockExpressionAst block:
                return new PsScriptBlock(block.Extent.Text, span);
            case CommandExpressionAst ce:
                return Evaluate(ce.Expression, scope);
            default:
                return new PsUnknown(span);
        }
    }

    /// <summary>Evaluates a command used as a value: only Join-Path is understood.</summary>
    public PsValue EvaluateCommand(CommandAst command, Scope scope)
    {
        var span = SpanOf(command);
        if (CmdletBinder.Resolve(command.GetCommandName()) != "Join-Path" || CmdletBinder.Bind(command, this, scope) is not { } bound || bound.UnknownSplat)
        {
            return new PsUnknown(span);
        }

        var parts = new List<PsValue?> { bound.Get("Path")?.Value, bound.Get("ChildPath")?.Value };
        if (bound.Get("AdditionalChildPath")?.Value is PsArray more)
        {
            parts.AddRange(more.Items);
        }

        if (parts[0] is null || parts.Any(p => p is not null && p.AsText() is null))
        {
            return new PsUnknown(span);
        }

        // Join-Path puts one provider separator between the parts, whatever separators they
        // already end or start with.
        var result = parts[0]!.AsText()!;
        var certainty = parts[0]!.Certainty;
        foreach (var part in parts.Skip(1).OfType<PsValue>())
        {
            var child = part.AsText()!;
            result = result.TrimEnd('\\', '/') + "\\" + child.TrimStart('\\', '/');
            certainty = PsValue.Weaker(certainty, part.Certainty);
        }

        return new PsString(result, span, PsValue.Weaker(certainty, Certainty.Resolved));
    }

    private PsValue Variable(VariableExpressionAst v, Scope scope)
    {
        var span = SpanOf(v);
        var name = VariableNames.Of(v.VariablePath);
        if (name.Contains(':', StringComparison.Ordinal))
        {
            // $env:COMPUTERNAME and other drive variables are run-time values.
            return new PsUnknown(span);
        }

        switch (name.ToUpperInvariant())
        {
            case "TRUE":
                return new PsBool(true, span);
            case "FALSE":
                return new PsBool(false, span);
            case "NULL":
                return new PsNull(span);
        }

        if (scope.TryGet(name, out var bound))
        {
            _scopeReads++;
            return bound.WithCertainty(PsValue.Weaker(bound.Certainty, Certainty.Resolved));
        }

        var assignments = variables.Assignments(name, v, VariableTable.IsScriptScoped(v.VariablePath), out var owner);
        var key = (owner, name);
        if (_constants.TryGetValue(key, out var known))
        {
            return known;
        }

        if (assignments is null || assignments.Count == 0 || !_evaluating.Add(key))
        {
            return new PsUnknown(span);
        }

        var before = _scopeReads;
        PsValue? result = null;
        try
        {
            foreach (var (assignment, cast) in assignments)
            {
                var value = EvaluateStatement(assignment.Right, scope);
                if (cast is not null)
                {
                    value = Cast(new TypeName(assignment.Left.Extent, cast), value, value.Span);
                }

                if (!value.IsKnown || (result is not null && !result.SameAs(value)))
                {
                    result = new PsUnknown(span);
                    break;
                }

                result ??= value;
            }
        }
        finally
        {
            _evaluating.Remove(key);
        }

        result = result!.WithCertainty(PsValue.Weaker(result.Certainty, Certainty.Resolved));
        if (_scopeReads == before)
        {
            // Only values that do not depend on a loop variable are the same everywhere.
            _constants[key] = result;
        }

        return result;
    }

    private PsValue Expand(ExpandableStringExpressionAst e, Scope scope)
    {
        var span = SpanOf(e);
        var (start, end) = ContentRange(e);
        var sb = new StringBuilder();
        var certainty = Certainty.Literal;
        var at = start;
        foreach (var nested in e.NestedExpressions.OrderBy(n => n.Extent.StartOffset))
        {
            AppendLiteral(sb, at, nested.Extent.StartOffset, e.StringConstantType);
            var value = Evaluate(nested, scope);
            if (value.AsText() is not { } piece || (value is PsArray && nested is not SubExpressionAst))
            {
                return new PsUnknown(span);
            }

            sb.Append(piece);
            certainty = PsValue.Weaker(certainty, value.Certainty);
            at = nested.Extent.EndOffset;
        }

        AppendLiteral(sb, at, end, e.StringConstantType);
        return new PsString(sb.ToString(), span, e.NestedExpressions.Count > 0 ? PsValue.Weaker(certainty, Certainty.Resolved) : certainty, e.StringConstantType == StringConstantType.BareWord);
    }

    // The text between the quotes: "..." has one quote each side, @"..."@ a line of its own.
    private (int Start, int End) ContentRange(ExpandableStringExpressionAst e)
    {
        // Clamped: an unterminated string at the end of the script ends past the text.
        int end = Math.Min(e.Extent.EndOffset, text.Length), start = Math.Min(e.Extent.StartOffset, end);
        switch (e.StringConstantType)
        {
            case StringConstantType.DoubleQuoted:
                return (start + 1, end - 1);
            case StringConstantType.DoubleQuotedHereString:
                // @" ends its line; the content ends before the line break in front of "@.
                var first = text.IndexOf('\n', start) + 1;
                var last = end - 2;
                if (last > first && text[last - 1] == '\n')
                {
                    last--;
                }

                if (last > first && text[last - 1] == '\r')
                {
                    last--;
                }

                return (first, Math.Max(first, last));
            default:
                return (start, end);
        }
    }

    // Backtick escapes as PowerShell reads them (about_Special_Characters); "" is one quote in a
    // double-quoted string.
    private void AppendLiteral(StringBuilder sb, int from, int to, StringConstantType type)
    {
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c == '`' && i + 1 < to)
            {
                var n = text[++i];
                sb.Append(n switch
                {
                    '0' => '\0',
                    'a' => '\a',
                    'b' => '\b',
                    'e' => '\u001b',
                    'f' => '\f',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    'v' => '\v',
                    _ => n,
                });
            }
            else if (c == '"' && type == StringConstantType.DoubleQuoted && i + 1 < to && text[i + 1] == '"')
            {
                sb.Append('"');
                i++;
            }
            else
            {
                sb.Append(c);
            }
        }
    }

    private static PsArray Combine(List<PsValue> items, TextSpan span) =>
        new PsArray(items, span, items.Count == 0 ? Certainty.Literal : items.Select(i => i.Certainty).Max());

    private PsValue ArrayExpression(ArrayExpressionAst array, Scope scope)
    {
        var span = SpanOf(array);
        var items = new List<PsValue>();
        foreach (var statement in array.SubExpression.Statements)
        {
            var value = EvaluateStatement(statement, scope);
            if (!value.IsKnown)
            {
                return new PsUnknown(span);
            }

            // @(...) collects what each statement outputs: an array statement outputs its elements.
            if (value is PsArray inner)
            {
                items.AddRange(inner.Items);
            }
            else
            {
                items.Add(value);
            }
        }

        return Combine(items, span);
    }

    private PsTable Table(HashtableAst table, Scope scope)
    {
        var entries = new List<PsTableEntry>();
        foreach (var (key, value) in table.KeyValuePairs)
        {
            var k = Evaluate(key, scope);
            var v = EvaluateStatement(value, scope);
            entries.Add(new PsTableEntry(k, v, SpanOf(key).Union(SpanOf(value)), PsValue.Weaker(k.Certainty, v.Certainty)));
        }

        return new PsTable(entries, SpanOf(table));
    }

    private static PsValue Rebase(PsValue value, TextSpan span) => value is PsUnknown ? new PsUnknown(span) : value;

    private PsValue Member(MemberExpressionAst member, Scope scope)
    {
        var span = SpanOf(member);
        var name = member.Member is StringConstantExpressionAst s ? s.Value : Evaluate(member.Member, scope).AsText();
        if (name is null)
        {
            return new PsUnknown(span);
        }

        if (member.Static && member.Expression is TypeExpressionAst type)
        {
            return StaticMember(type.TypeName, name, span);
        }

        return Property(Evaluate(member.Expression, scope), name, span);
    }

    private static PsValue StaticMember(ITypeName type, string name, TextSpan span)
    {
        var typeName = ShortTypeName(type);
        if (typeName.Equals("Registry", StringComparison.OrdinalIgnoreCase) && RegistryBaseKey(name) is { } hive)
        {
            return new PsRegistryKey(RegistryKeyPath.Create(hive, string.Empty), writable: true, RegistryView.Default, span, span);
        }

        if (IsRegistryEnum(typeName))
        {
            return new PsEnum(typeName, name, span);
        }

        return new PsUnknown(span);
    }

    /// <summary>The hive of a Microsoft.Win32.Registry field or RegistryHive member name.</summary>
    public static RegistryHive? RegistryBaseKey(string name) => name.ToUpperInvariant() switch
    {
        "LOCALMACHINE" => RegistryHive.LocalMachine,
        "CURRENTUSER" => RegistryHive.CurrentUser,
        "CLASSESROOT" => RegistryHive.ClassesRoot,
        "USERS" => RegistryHive.Users,
        "CURRENTCONFIG" => RegistryHive.CurrentConfig,
        "PERFORMANCEDATA" => RegistryHive.PerformanceData,
        _ => null,
    };

    private static bool IsRegistryEnum(string typeName) =>
        typeName.Equals("RegistryValueKind", StringComparison.OrdinalIgnoreCase) || typeName.Equals("RegistryHive", StringComparison.OrdinalIgnoreCase)
        || typeName.Equals("RegistryView", StringComparison.OrdinalIgnoreCase) || typeName.Equals("RegistryKeyPermissionCheck", StringComparison.OrdinalIgnoreCase);

    /// <summary>The type's name without namespace, for the Microsoft.Win32 types (with or without 'using namespace').</summary>
    public static string ShortTypeName(ITypeName type)
    {
        var full = type.FullName;
        var dot = full.LastIndexOf('.');
        var ns = dot < 0 ? string.Empty : full[..dot];
        var name = dot < 0 ? full : full[(dot + 1)..];
        return ns.Length == 0 || ns.Equals("Microsoft.Win32", StringComparison.OrdinalIgnoreCase) || ns.Equals("Win32", StringComparison.OrdinalIgnoreCase)
            ? name
            : full;
    }

    private static PsValue Property(PsValue target, string name, TextSpan span)
    {
        var certainty = PsValue.Weaker(target.Certainty, Certainty.Resolved);
        switch (target)
        {
            case PsTableEntry entry when name.Equals("Key", StringComparison.OrdinalIgnoreCase) || name.Equals("Name", StringComparison.OrdinalIgnoreCase):
                return entry.Key.WithCertainty(PsValue.Weaker(entry.Key.Certainty, certainty));
            case PsTableEntry entry when name.Equals("Value", StringComparison.OrdinalIgnoreCase):
                return entry.Value.WithCertainty(PsValue.Weaker(entry.Value.Certainty, certainty));
            case PsTable table when table.Find(name) is { } found:
                return found.Value.WithCertainty(PsValue.Weaker(found.Value.Certainty, certainty));
            case PsTable table when name.Equals("Keys", StringComparison.OrdinalIgnoreCase):
                return new PsArray([.. table.Entries.Select(e => e.Key)], span, certainty);
            case PsTable table when name.Equals("Values", StringComparison.OrdinalIgnoreCase):
                return new PsArray([.. table.Entries.Select(e => e.Value)], span, certainty);
            case PsTable table when name.Equals("Count", StringComparison.OrdinalIgnoreCase):
                return new PsNumber(table.Entries.Count, span, certainty);
            case PsArray array when name.Equals("Count", StringComparison.OrdinalIgnoreCase) || name.Equals("Length", StringComparison.OrdinalIgnoreCase):
                return new PsNumber(array.Items.Count, span, certainty);
            case PsArray array:
                // Member enumeration: $settings.Name is the Name of every element.
                var items = array.Items.Select(i => Property(i, name, span)).ToArray();
                return items.All(i => i.IsKnown) ? new PsArray(items, span, certainty) : new PsUnknown(span);
            case PsString s when name.Equals("Length", StringComparison.OrdinalIgnoreCase):
                return new PsNumber(s.Value.Length, span, certainty);
            default:
                return new PsUnknown(span);
        }
    }

    private PsValue Invoke(InvokeMemberExpressionAst call, Scope scope)
    {
        var span = SpanOf(call);
        var name = (call.Member as StringConstantExpressionAst)?.Value;
        if (name is null)
        {
            return new PsUnknown(span);
        }

        var args = call.Arguments?.Select(a => Evaluate(a, scope)).ToArray() ?? [];
        if (call.Static && call.Expression is TypeExpressionAst type)
        {
            // [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]::LocalMachine, [Microsoft.Win32.RegistryView]::Registry64)
            if (ShortTypeName(type.TypeName).Equals("RegistryKey", StringComparison.OrdinalIgnoreCase) && name.Equals("OpenBaseKey", StringComparison.OrdinalIgnoreCase)
                && args.Length == 2 && args[0].AsText() is { } hiveName && RegistryBaseKey(hiveName) is { } hive && args[1].AsText() is { } viewName)
            {
                var view = viewName.ToUpperInvariant() switch
                {
                    "REGISTRY32" => RegistryView.Registry32,
                    "REGISTRY64" => RegistryView.Registry64,
                    _ => RegistryView.Default,
                };
                return new PsRegistryKey(RegistryKeyPath.Create(hive, string.Empty), writable: true, view, span, span);
            }

            return new PsUnknown(span);
        }

        var target = Evaluate(call.Expression, scope);
        var certainty = PsValue.Weaker(target.Certainty, Certainty.Resolved);
        switch (target)
        {
            case PsTable table when name.Equals("GetEnumerator", StringComparison.OrdinalIgnoreCase) && args.Length == 0:
                return new PsArray([.. table.Entries.Select(e => e.WithCertainty(PsValue.Weaker(e.Certainty, certainty)))], span, certainty);
            case PsRegistryKey key when (name.Equals("OpenSubKey", StringComparison.OrdinalIgnoreCase) || name.Equals("CreateSubKey", StringComparison.OrdinalIgnoreCase))
                && args.Length >= 1 && args[0].AsText() is { } sub:
                // OpenSubKey(name) opens read-only; OpenSubKey(name, $true) and CreateSubKey open for writing.
                var create = name.Equals("CreateSubKey", StringComparison.OrdinalIgnoreCase);
                // RegistryKeyPermissionCheck.ReadSubTree is the only other read-only choice; a
                // permission we cannot read counts as writable (no finding on a guess).
                var writable = create || (args.Length >= 2 && args[1] switch
                {
                    PsBool b => b.Value,
                    PsEnum e => !e.Member.Equals("ReadSubTree", StringComparison.OrdinalIgnoreCase),
                    _ => true,
                });
                var path = key.Path.Descendant(sub);

                // A fix goes into the call itself: OpenSubKey(name) -> OpenSubKey(name, $true).
                var openSpan = TextSpan.FromBounds(call.Member.Extent.StartOffset, call.Extent.EndOffset);
                return new PsRegistryKey(path, writable, key.View, args[0].Span, openSpan, PsValue.Weaker(certainty, args[0].Certainty));
            case PsValue when name.Equals("ToString", StringComparison.OrdinalIgnoreCase) && args.Length == 0 && target.AsText() is { } t:
                return new PsString(t, span, certainty);
            default:
                return new PsUnknown(span);
        }
    }

    private static PsValue Index(PsValue target, PsValue index, TextSpan span)
    {
        var certainty = PsValue.Weaker(PsValue.Weaker(target.Certainty, index.Certainty), Certainty.Resolved);
        switch (target)
        {
            case PsArray array when index is PsNumber n && ToLong(n.Value) is { } i:
                var at = i < 0 ? array.Items.Count + i : i;
                return at >= 0 && at < array.Items.Count ? array.Items[(int)at].WithCertainty(PsValue.Weaker(array.Items[(int)at].Certainty, certainty)) : new PsUnknown(span);
            case PsTable table when index.AsText() is { } key && table.Find(key) is { } entry:
                return entry.Value.WithCertainty(PsValue.Weaker(entry.Value.Certainty, certainty));
            default:
                return new PsUnknown(span);
        }
    }

    private PsValue Binary(BinaryExpressionAst binary, Scope scope)
    {
        var span = SpanOf(binary);
        var left = Evaluate(binary.Left, scope);
        var right = Evaluate(binary.Right, scope);
        if (!left.IsKnown || !right.IsKnown)
        {
            return new PsUnknown(span);
        }

        var certainty = PsValue.Weaker(PsValue.Weaker(left.Certainty, right.Certainty), Certainty.Resolved);
        switch (binary.Operator)
        {
            case TokenKind.Plus when left is PsString ls && right.AsText() is { } rt:
                return new PsString(ls.Value + rt, span, certainty);
            case TokenKind.Plus when left is PsArray la:
                return new PsArray([.. la.Items, .. right is PsArray ra ? ra.Items : [right]], span, certainty);
            case TokenKind.Format when left.AsText() is { } format:
                var operands = right is PsArray fa ? fa.Items : [right];
                var texts = operands.Select(o => o is PsNumber n ? n.Value : (object?)o.AsText()).ToArray();
                if (texts.Any(t => t is null))
                {
                    return new PsUnknown(span);
                }

                try
                {
                    return new PsString(string.Format(CultureInfo.InvariantCulture, format, texts), span, certainty);
                }
                catch (FormatException)
                {
                    return new PsUnknown(span);
                }

            case TokenKind.Join when left is PsArray ja && right.AsText() is { } separator && ja.AsText() is not null:
                return new PsString(string.Join(separator, ja.Items.Select(i => i.AsText())), span, certainty);
            case TokenKind.Plus or TokenKind.Minus or TokenKind.Multiply or TokenKind.Divide or TokenKind.Rem or TokenKind.Bor or TokenKind.Band or TokenKind.Bxor
                when left is PsNumber ln && right is PsNumber rn:
                return Arithmetic(binary.Operator, ln.Value, rn.Value, span, certainty);
            default:
                return new PsUnknown(span);
        }
    }

    // PowerShell arithmetic on integers: the result stays Int32 while it fits, else widens to
    // Int64, and an overflow of Int64 (or an inexact division) gives a Double.
    private static PsValue Arithmetic(TokenKind op, object left, object right, TextSpan span, Certainty certainty)
    {
        if (ToLong(left) is not { } a || ToLong(right) is not { } b)
        {
            return new PsUnknown(span);
        }

        var bothInt = left is int && right is int;
        long result;
        try
        {
            result = op switch
            {
                TokenKind.Plus => checked(a + b),
                TokenKind.Minus => checked(a - b),
                TokenKind.Multiply => checked(a * b),
                TokenKind.Divide when b != 0 && a % b == 0 => a / b,
                TokenKind.Rem when b != 0 => a % b,
                TokenKind.Bor => a | b,
                TokenKind.Band => a & b,
                TokenKind.Bxor => a ^ b,
                _ => throw new OverflowException(),
            };
        }
        catch (OverflowException)
        {
            return new PsUnknown(span);
        }

        var boxed = bothInt && result is >= int.MinValue and <= int.MaxValue ? (object)(int)result
            : op is TokenKind.Bor or TokenKind.Band or TokenKind.Bxor || !bothInt ? (object)result
            : (object)(double)result;
        return new PsNumber(boxed, span, certainty);
    }

    private PsValue Unary(UnaryExpressionAst unary, Scope scope)
    {
        var span = SpanOf(unary);
        var child = Evaluate(unary.Child, scope);
        return unary.TokenKind switch
        {
            TokenKind.Minus when child is PsNumber n && ToLong(n.Value) is { } v && n.Value is int or long =>
                new PsNumber(n.Value is int && v != int.MinValue ? (object)(int)-v : (object)(-v), span, child.Certainty),
            TokenKind.Plus when child is PsNumber => child,
            TokenKind.Comma when child.IsKnown => new PsArray([child], span, child.Certainty),
            _ => new PsUnknown(span),
        };
    }

    /// <summary>A cast such as [int], [string], [byte[]], [string[]], [ordered], [pscustomobject] or [RegistryValueKind].</summary>
    public static PsValue Cast(ITypeName type, PsValue value, TextSpan span)
    {
        if (!value.IsKnown)
        {
            return value;
        }

        var name = ShortTypeName(type).ToUpperInvariant();
        if (name.StartsWith("SYSTEM.", StringComparison.Ordinal))
        {
            name = name["SYSTEM.".Length..];
        }

        var certainty = value.Certainty;
        switch (name)
        {
            case "ORDERED" or "PSCUSTOMOBJECT" or "PSOBJECT" or "HASHTABLE" when value is PsTable:
                return value;
            case "STRING" when value.AsText() is { } s:
                return new PsString(s, value.Span, certainty);
            case "INT" or "INT32" when ToNumber(value) is { } n && n is >= int.MinValue and <= int.MaxValue:
                return new PsNumber((int)n, value.Span, certainty);
            case "UINT32" when ToNumber(value) is { } n && n is >= 0 and <= uint.MaxValue:
                return new PsNumber((uint)n, value.Span, certainty);
            case "LONG" or "INT64" when ToNumber(value) is { } n:
                return new PsNumber((long)n, value.Span, certainty);
            case "BYTE" when ToNumber(value) is { } n && n is >= 0 and <= 255:
                return new PsNumber((byte)n, value.Span, certainty);
            case "BYTE[]":
                var items = value is PsArray a ? a.Items : [value];
                var bytes = items.Select(i => ToNumber(i) is { } b && b is >= 0 and <= 255 ? (PsValue)new PsNumber((byte)b, i.Span, i.Certainty) : new PsUnknown(i.Span)).ToArray();
                return bytes.All(b => b.IsKnown) ? new PsArray(bytes, value.Span, certainty, PsArrayKind.Byte) : new PsUnknown(span);
            case "STRING[]":
                var strings = (value is PsArray sa ? sa.Items : [value]).Select(i => i.AsText() is { } t ? (PsValue)new PsString(t, i.Span, i.Certainty) : new PsUnknown(i.Span)).ToArray();
                return strings.All(s => s.IsKnown) ? new PsArray(strings, value.Span, certainty, PsArrayKind.String) : new PsUnknown(span);
            case var _ when IsRegistryEnum(name) && value.AsText() is { } member:
                return new PsEnum(ShortTypeName(type), member, value.Span, certainty);
            case "BOOL" or "BOOLEAN" when value is PsBool:
                return value;
            default:
                return new PsUnknown(span);
        }
    }

    /// <summary>A whole number from an integer value or a numeric string as PowerShell converts it ("8", "0x10"), or null.</summary>
    public static long? ToNumber(PsValue value) => value switch
    {
        PsNumber n => ToLong(n.Value),
        PsString s => ParseInteger(s.Value),
        PsBool b => b.Value ? 1 : 0,
        PsEnum e => RegistryKindNumber(e.Member),
        _ => null,
    };

    /// <summary>A string PowerShell converts to an integer: decimal, or hexadecimal with 0x; surrounding blanks allowed.</summary>
    public static long? ParseInteger(string text)
    {
        var t = text.Trim();
        var negative = t.StartsWith('-');
        if (negative || t.StartsWith('+'))
        {
            t = t[1..];
        }

        long value;
        if (t.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            if (!ulong.TryParse(t.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) || t.Length == 2)
            {
                return null;
            }

            value = unchecked((long)hex);
        }
        else if (!long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return null;
        }

        return negative ? -value : value;
    }

    /// <summary>An integer's value, for the integral .NET types PowerShell produces.</summary>
    public static long? ToLong(object value) => value switch
    {
        int i => i,
        long l => l,
        uint u => u,
        ulong ul when ul <= long.MaxValue => (long)ul,
        byte b => b,
        sbyte sb => sb,
        short s => s,
        ushort us => us,
        decimal d when d == decimal.Truncate(d) && d is >= long.MinValue and <= long.MaxValue => (long)d,
        double dbl when dbl == Math.Truncate(dbl) && dbl is >= long.MinValue and <= long.MaxValue => (long)dbl,
        _ => null,
    };

    private static long? RegistryKindNumber(string member) => member.ToUpperInvariant() switch
    {
        "STRING" => 1,
        "EXPANDSTRING" => 2,
        "BINARY" => 3,
        "DWORD" => 4,
        "MULTISTRING" => 7,
        "QWORD" => 11,
        _ => null,
    };
}

/// <summary>Compares (scope, variable name) keys: the scope by reference, the name case-insensitively.</summary>
internal sealed class ScopedNameComparer : IEqualityComparer<(Ast? Scope, string Name)>
{
    public static readonly ScopedNameComparer Instance = new();

    public bool Equals((Ast? Scope, string Name) x, (Ast? Scope, string Name) y) =>
        ReferenceEquals(x.Scope, y.Scope) && StringComparer.OrdinalIgnoreCase.Equals(x.Name, y.Name);

    public int GetHashCode((Ast? Scope, string Name) obj) =>
        HashCode.Combine(obj.Scope is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Scope), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Name));
}

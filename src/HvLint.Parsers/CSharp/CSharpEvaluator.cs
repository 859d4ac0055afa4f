using System.Globalization;
using System.Text;
using HvLint.Core.Model;
using HvLint.Parsers.PowerShell;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TextSpan = HvLint.Core.Text.TextSpan;

namespace HvLint.Parsers.CSharp;

/// <summary>
/// Folds C# expressions into values without running anything: literals, constants (through the
/// semantic model when there is one, else by name in the same file), concatenation, constant
/// interpolated strings, nameof, casts, arrays of literals, and the registry objects
/// (Registry.LocalMachine, RegistryKey.OpenBaseKey, OpenSubKey/CreateSubKey chains, keys held in
/// locals). Anything else is unresolved: no guess.
/// </summary>
internal sealed class CSharpEvaluator
{
    /// <summary>How deeply an expression is followed (nested operands, constants naming constants); past it the value is unresolved.</summary>
    internal const int MaxDepth = 64;

    private readonly SemanticModel? _model;
    private readonly Func<TextSpan, TextSpan> _map;
    private readonly Dictionary<string, List<VariableDeclaratorSyntax>> _declarators = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reassigned = new(StringComparer.Ordinal);

    public CSharpEvaluator(SyntaxNode root, SemanticModel? model, Func<TextSpan, TextSpan> map)
    {
        _model = model;
        _map = map;
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case VariableDeclaratorSyntax d:
                    var name = d.Identifier.ValueText;
                    if (!_declarators.TryGetValue(name, out var list))
                    {
                        _declarators[name] = list = [];
                    }

                    list.Add(d);
                    break;
                case AssignmentExpressionSyntax a when Assigned(a.Left) is { } assigned:
                    _reassigned.Add(assigned);
                    break;
                case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } p when Assigned(p.Operand) is { } inc:
                    _reassigned.Add(inc);
                    break;
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression or (int)SyntaxKind.PostDecrementExpression } p when Assigned(p.Operand) is { } inc:
                    _reassigned.Add(inc);
                    break;
                case ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.RefKeyword or (int)SyntaxKind.OutKeyword } arg when Assigned(arg.Expression) is { } byRef:
                    _reassigned.Add(byRef);
                    break;
            }
        }
    }

    /// <summary>Registry keys and start infos held in locals, as the walk reaches their assignments.</summary>
    public Dictionary<string, CsValue> Objects { get; } = new(StringComparer.Ordinal);

    /// <summary>The span of a node in the file the writes belong to.</summary>
    public TextSpan SpanOf(SyntaxNode node) => _map(new TextSpan(node.SpanStart, node.Span.Length));

    /// <summary>The span of a token in the file the writes belong to.</summary>
    public TextSpan SpanOf(SyntaxToken token) => _map(new TextSpan(token.SpanStart, token.Span.Length));

    /// <summary>The value of an expression.</summary>
    public CsValue Evaluate(ExpressionSyntax expression, int depth = 0)
    {
        var span = SpanOf(expression);
        if (depth > MaxDepth)
        {
            return new CsUnknown(span);
        }

        var value = EvaluateCore(expression, span, depth + 1);
        if (value is CsUnknown && _model is not null && depth == 0)
        {
            // What the compiler folds and this evaluator does not (sizeof, a constant from a
            // base class, ...): the value is known, though not where it is written.
            var constant = Constant(expression, span);
            if (constant is not null)
            {
                return constant;
            }
        }

        return value;
    }

    private CsValue EvaluateCore(ExpressionSyntax expression, TextSpan span, int depth)
    {
        switch (expression)
        {
            case ParenthesizedExpressionSyntax p:
                return Evaluate(p.Expression, depth);
            case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } p:
                return Evaluate(p.Operand, depth);
            case CheckedExpressionSyntax c:
                return Evaluate(c.Expression, depth);
            case LiteralExpressionSyntax literal:
                return Literal(literal, span);
            case InterpolatedStringExpressionSyntax interpolated:
                return Interpolated(interpolated, span, depth);
            case BinaryExpressionSyntax binary:
                return Binary(binary, span, depth);
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression } minus when Evaluate(minus.Operand, depth) is CsNumber n:
                return new CsNumber(-n.Value, n.TypeName, span, n.Certainty);
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryPlusExpression } plus:
                return Evaluate(plus.Operand, depth);
            case CastExpressionSyntax cast:
                return Cast(cast, span, depth);
            case ConditionalExpressionSyntax conditional:
                var whenTrue = Evaluate(conditional.WhenTrue, depth);
                var whenFalse = Evaluate(conditional.WhenFalse, depth);
                return whenTrue.IsKnown && Same(whenTrue, whenFalse) ? whenTrue with { Certainty = CsValue.Weaker(whenTrue.Certainty, Certainty.Resolved) } : new CsUnknown(span);
            case ArrayCreationExpressionSyntax array when array.Initializer is { } init:
                return Array(TypeName(array.Type.ElementType), init.Expressions, span, depth);
            case ImplicitArrayCreationExpressionSyntax array:
                return Array(null, array.Initializer.Expressions, span, depth);
            case ObjectCreationExpressionSyntax creation:
                return Creation(TypeName(creation.Type), creation.ArgumentList, creation.Initializer, span, depth);
            case ImplicitObjectCreationExpressionSyntax creation when expression.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } }:
                return Creation(TypeName(declaration.Type), creation.ArgumentList, creation.Initializer, span, depth);
            case InvocationExpressionSyntax invocation:
                return Invocation(invocation, span, depth);
            case IdentifierNameSyntax identifier:
                return Name(identifier, identifier.Identifier.ValueText, null, span, depth);
            case MemberAccessExpressionSyntax member:
                return Member(member, span, depth);
            case AliasQualifiedNameSyntax alias:
                return Name(alias, alias.Name.Identifier.ValueText, null, span, depth);
            case QualifiedNameSyntax qualified:
                return Name(qualified, qualified.Right.Identifier.ValueText, qualified.Left.ToString(), span, depth);
            default:
                return new CsUnknown(span);
        }
    }

    private CsValue Literal(LiteralExpressionSyntax literal, TextSpan span)
    {
        var token = literal.Token;
        switch (literal.Kind())
        {
            case SyntaxKind.StringLiteralExpression or SyntaxKind.Utf8StringLiteralExpression:
                var text = token.ValueText;
                return new CsString(text, span, Certainty.Literal, CharacterSpans(token, text));
            case SyntaxKind.NumericLiteralExpression:
                return token.Value switch
                {
                    int i => new CsNumber(i, "int", span, Certainty.Literal),
                    uint u => new CsNumber(u, "uint", span, Certainty.Literal),
                    long l => new CsNumber(l, "long", span, Certainty.Literal),
                    ulong ul => new CsNumber(ul, "ulong", span, Certainty.Literal),
                    _ => new CsUnknown(span),
                };
            case SyntaxKind.TrueLiteralExpression:
                return new CsBool(true, span, Certainty.Literal);
            case SyntaxKind.FalseLiteralExpression:
                return new CsBool(false, span, Certainty.Literal);
            case SyntaxKind.NullLiteralExpression:
                return new CsNull(span, Certainty.Literal);
            default:
                return new CsUnknown(span);
        }
    }

    /// <summary>
    /// Where each character of a string literal's value is written: its escape sequence in a
    /// regular literal ("\\" is two source characters for one), a doubled quote in a verbatim one.
    /// Null when the characters cannot be lined up (a raw literal with its indentation removed).
    /// </summary>
    private TextSpan[]? CharacterSpans(SyntaxToken token, string value)
    {
        var source = token.Text;
        var start = token.SpanStart;
        var spans = new TextSpan[value.Length];
        int i;
        if (token.IsKind(SyntaxKind.StringLiteralToken) && source.StartsWith('"'))
        {
            i = 1;
            for (var v = 0; v < value.Length; v++)
            {
                if (i >= source.Length)
                {
                    return null;
                }

                var length = source[i] == '\\' ? EscapeLength(source, i) : 1;
                if (char.IsHighSurrogate(value[v]) && length > 2 && v + 1 < value.Length)
                {
                    // \U0001F600 is two UTF-16 units from one escape.
                    spans[v] = spans[v + 1] = _map(new TextSpan(start + i, length));
                    v++;
                }
                else
                {
                    spans[v] = _map(new TextSpan(start + i, length));
                }

                i += length;
            }

            return spans;
        }

        if (token.IsKind(SyntaxKind.StringLiteralToken) && source.StartsWith("@\"", StringComparison.Ordinal))
        {
            i = 2;
            for (var v = 0; v < value.Length; v++)
            {
                if (i >= source.Length)
                {
                    return null;
                }

                var length = source[i] == '"' ? 2 : 1;
                spans[v] = _map(new TextSpan(start + i, length));
                i += length;
            }

            return spans;
        }

        // A single-line raw literal ("""...""") holds its value verbatim after the quotes.
        var quotes = 0;
        while (quotes < source.Length && source[quotes] == '"')
        {
            quotes++;
        }

        if (quotes >= 3 && source.Length >= quotes * 2 + value.Length && string.CompareOrdinal(source, quotes, value, 0, value.Length) == 0)
        {
            for (var v = 0; v < value.Length; v++)
            {
                spans[v] = _map(new TextSpan(start + quotes + v, 1));
            }

            return spans;
        }

        return null;
    }

    private static int EscapeLength(string source, int at)
    {
        if (at + 1 >= source.Length)
        {
            return 1;
        }

        return source[at + 1] switch
        {
            'x' => 2 + Math.Min(4, HexRun(source, at + 2)),
            'u' => 6,
            'U' => 10,
            _ => 2,
        };
    }

    private static int HexRun(string source, int from)
    {
        var n = 0;
        while (from + n < source.Length && n < 4 && char.IsAsciiHexDigit(source[from + n]))
        {
            n++;
        }

        return n;
    }

    private CsValue Interpolated(InterpolatedStringExpressionSyntax interpolated, TextSpan span, int depth)
    {
        var text = new StringBuilder();
        var characters = new List<TextSpan>();
        var certainty = Certainty.Resolved;
        foreach (var content in interpolated.Contents)
        {
            switch (content)
            {
                case InterpolatedStringTextSyntax part:
                    var value = part.TextToken.ValueText;
                    text.Append(value);
                    var partSpan = SpanOf(part);
                    characters.AddRange(value.Length == part.TextToken.Text.Length
                        ? Enumerable.Range(0, value.Length).Select(k => _map(new TextSpan(part.SpanStart + k, 1)))
                        : Enumerable.Repeat(partSpan, value.Length));
                    break;
                case InterpolationSyntax hole when hole.AlignmentClause is null && hole.FormatClause is null:
                    var inner = Evaluate(hole.Expression, depth);
                    if (inner is not (CsString or CsNumber { IsInt32: true } or CsNumber { TypeName: "long" or "uint" or "ulong" }) || inner.AsText() is not { } innerText)
                    {
                        return new CsUnknown(span);
                    }

                    text.Append(innerText);
                    characters.AddRange(inner is CsString { Characters: { } c } ? c : Enumerable.Repeat(SpanOf(hole), innerText.Length));
                    certainty = CsValue.Weaker(certainty, inner.Certainty);
                    break;
                default:
                    return new CsUnknown(span);
            }
        }

        return new CsString(text.ToString(), span, certainty, [.. characters]);
    }

    private CsValue Binary(BinaryExpressionSyntax binary, TextSpan span, int depth)
    {
        // A long chain a + b + c + ... nests on its left: fold it iteratively.
        var operands = new List<ExpressionSyntax>();
        ExpressionSyntax current = binary;
        while (current is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add && operands.Count < 10_000)
        {
            operands.Add(add.Right);
            current = add.Left;
        }

        if (binary.IsKind(SyntaxKind.AddExpression))
        {
            operands.Add(current);
            operands.Reverse();
            var values = new List<CsValue>(operands.Count);
            foreach (var operand in operands)
            {
                var v = Evaluate(operand, depth);
                if (!v.IsKnown)
                {
                    return new CsUnknown(span);
                }

                values.Add(v);
            }

            if (values.Any(v => v is CsString))
            {
                var text = new StringBuilder();
                var characters = new List<TextSpan>();
                foreach (var v in values)
                {
                    var piece = v switch
                    {
                        CsString s => s.Value,
                        CsNumber or CsBool => v.AsText(),
                        CsNull => string.Empty,
                        _ => null,
                    };
                    if (piece is null)
                    {
                        return new CsUnknown(span);
                    }

                    text.Append(piece);
                    characters.AddRange(v is CsString { Characters: { } c } ? c : Enumerable.Repeat(v.Span, piece.Length));
                }

                return new CsString(text.ToString(), span, Certainty.Resolved, [.. characters]);
            }

            if (values.All(v => v is CsNumber))
            {
                var numbers = values.Cast<CsNumber>().ToList();
                return Arithmetic(numbers, numbers.Aggregate(0m, (a, n) => a + n.Value), span);
            }

            return new CsUnknown(span);
        }

        var left = Evaluate(binary.Left, depth);
        var right = Evaluate(binary.Right, depth);
        if (left is not CsNumber l || right is not CsNumber r)
        {
            return new CsUnknown(span);
        }

        decimal? result = binary.Kind() switch
        {
            SyntaxKind.SubtractExpression => l.Value - r.Value,
            SyntaxKind.MultiplyExpression => l.Value * r.Value,
            SyntaxKind.DivideExpression when r.Value != 0 => decimal.Truncate(l.Value / r.Value),
            SyntaxKind.BitwiseOrExpression when Whole(l, r) => (long)l.Value | (long)r.Value,
            SyntaxKind.BitwiseAndExpression when Whole(l, r) => (long)l.Value & (long)r.Value,
            SyntaxKind.LeftShiftExpression when Whole(l, r) && r.Value is >= 0 and < 63 => (decimal)((long)l.Value << (int)r.Value),
            _ => null,
        };
        return result is { } value ? Arithmetic([l, r], value, span) : new CsUnknown(span);
    }

    private static bool Whole(CsNumber l, CsNumber r) => l.Value is >= long.MinValue and <= long.MaxValue && r.Value is >= long.MinValue and <= long.MaxValue;

    // C#'s binary numeric promotion: the wider of the operand types; an int result that
    // overflows is a compile error in a constant, so it is not a value.
    private static CsValue Arithmetic(IReadOnlyList<CsNumber> operands, decimal value, TextSpan span)
    {
        var type = operands.Select(o => o.TypeName).Aggregate(Promote);
        return type is not null && Fits(value, type) ? new CsNumber(value, type, span, Certainty.Resolved) : new CsUnknown(span);
    }

    private static string Promote(string a, string b) => (a, b) switch
    {
        _ when a == b => a,
        ("ulong", _) or (_, "ulong") => "ulong",
        ("long", _) or (_, "long") => "long",
        ("uint", "int") or ("int", "uint") => "long",
        _ => "long",
    };

    private static bool Fits(decimal value, string type) => type switch
    {
        "int" => value is >= int.MinValue and <= int.MaxValue,
        "uint" => value is >= uint.MinValue and <= uint.MaxValue,
        "long" => value is >= long.MinValue and <= long.MaxValue,
        "ulong" => value is >= ulong.MinValue and <= ulong.MaxValue,
        "byte" => value is >= byte.MinValue and <= byte.MaxValue,
        _ => false,
    };

    private CsValue Cast(CastExpressionSyntax cast, TextSpan span, int depth)
    {
        var inner = Evaluate(cast.Expression, depth);
        if (!inner.IsKnown)
        {
            return new CsUnknown(span);
        }

        var type = TypeName(cast.Type);
        switch (type)
        {
            case "object" or "Object" or "string" or "String":
                return inner;
            case "int" or "Int32" or "uint" or "UInt32" or "long" or "Int64" or "ulong" or "UInt64" or "byte" or "Byte" when inner is CsNumber n:
                var target = type switch
                {
                    "Int32" => "int",
                    "UInt32" => "uint",
                    "Int64" => "long",
                    "UInt64" => "ulong",
                    "Byte" => "byte",
                    _ => type,
                };

                // unchecked((int)0x80000000) and friends wrap; a checked constant cast that does not fit does not compile.
                var wrapped = Wrap(n.Value, target);
                return wrapped is { } w ? new CsNumber(w, target, inner.Span, inner.Certainty) { Uses = inner.Uses } : new CsUnknown(span);
            case "RegistryValueKind" when inner is CsNumber k && RegistryConversion.KindName((int)k.Value) is { } member:
                return new CsEnum("RegistryValueKind", member, inner.Span, inner.Certainty);
            default:
                return new CsUnknown(span);
        }
    }

    private static decimal? Wrap(decimal value, string type)
    {
        if (value is < long.MinValue or > ulong.MaxValue)
        {
            return null;
        }

        var bits = value < 0 ? unchecked((ulong)(long)value) : (ulong)value;
        return type switch
        {
            "int" => unchecked((int)bits),
            "uint" => unchecked((uint)bits),
            "long" => unchecked((long)bits),
            "ulong" => bits,
            "byte" => unchecked((byte)bits),
            _ => null,
        };
    }

    private CsValue Array(string? elementType, SeparatedSyntaxList<ExpressionSyntax> expressions, TextSpan span, int depth)
    {
        var items = new List<CsValue>(expressions.Count);
        var certainty = Certainty.Literal;
        foreach (var e in expressions)
        {
            var v = Evaluate(e, depth);
            if (!v.IsKnown)
            {
                return new CsUnknown(span);
            }

            items.Add(v);
            certainty = CsValue.Weaker(certainty, v.Certainty);
        }

        elementType = elementType switch
        {
            "String" => "string",
            "Byte" => "byte",
            null when items.Count > 0 && items.All(i => i is CsString) => "string",
            _ => elementType,
        };
        return elementType switch
        {
            "string" when items.All(i => i is CsString or CsNull) => new CsArray("string", items, span, certainty),
            "byte" when items.All(i => i is CsNumber { Value: >= 0 and <= 255 }) => new CsArray("byte", items, span, certainty),
            _ => new CsUnknown(span),
        };
    }

    private CsValue Creation(string type, ArgumentListSyntax? arguments, InitializerExpressionSyntax? initializer, TextSpan span, int depth)
    {
        if (type is not "ProcessStartInfo")
        {
            return new CsUnknown(span);
        }

        var args = arguments?.Arguments ?? default;
        CsValue? fileName = args.Count >= 1 ? Evaluate(args[0].Expression, depth) : null;
        CsValue? commandLine = args.Count >= 2 ? Evaluate(args[1].Expression, depth) : null;
        if (initializer is not null)
        {
            foreach (var e in initializer.Expressions)
            {
                if (e is AssignmentExpressionSyntax { Left: IdentifierNameSyntax property } assignment)
                {
                    switch (property.Identifier.ValueText)
                    {
                        case "FileName":
                            fileName = Evaluate(assignment.Right, depth);
                            break;
                        case "Arguments":
                            commandLine = Evaluate(assignment.Right, depth);
                            break;
                        case "ArgumentList":
                            commandLine = new CsUnknown(SpanOf(assignment));
                            break;
                    }
                }
            }
        }

        return new CsStartInfo(fileName, commandLine, span, Certainty.Literal);
    }

    private CsValue Invocation(InvocationExpressionSyntax invocation, TextSpan span, int depth)
    {
        var args = invocation.ArgumentList.Arguments;
        if (invocation.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" } && args.Count == 1 && NameOf(args[0].Expression) is { } name)
        {
            return new CsString(name, span, Certainty.Literal);
        }

        if (invocation.Expression is not MemberAccessExpressionSyntax member)
        {
            return new CsUnknown(span);
        }

        var method = member.Name.Identifier.ValueText;
        var target = Evaluate(member.Expression, depth);
        return OpenedKey(invocation, target, method, span, depth) ?? new CsUnknown(span);
    }

    /// <summary>
    /// The key a call opens: RegistryKey.OpenBaseKey(hive, view), and OpenSubKey/CreateSubKey
    /// on a known key (OpenSubKey(name) is read-only; OpenSubKey(name, true) and CreateSubKey
    /// open for writing). Null when the call opens no key.
    /// </summary>
    internal CsValue? OpenedKey(InvocationExpressionSyntax invocation, CsValue target, string method, TextSpan span, int depth)
    {
        var args = Arguments(invocation.ArgumentList, method == "OpenBaseKey" ? ["hKey", "view"] : ["name", "writable"]);
        if (target is CsTypeName { Name: "RegistryKey" } && method == "OpenBaseKey" && args.Length == 2)
        {
            var hive = args[0] is { } h ? Evaluate(h, depth) : null;
            var view = args[1] is { } v ? Evaluate(v, depth) : null;
            if (hive is CsEnum { TypeName: "RegistryHive" } hiveMember && RegistryBaseKey(hiveMember.Member) is { } baseKey)
            {
                // A view chosen at run time (Is64BitOperatingSystem ? ... : ...) leaves the path
                // known: it is read as the default view, so only the view's own rule stays silent.
                var registryView = (view as CsEnum)?.Member switch
                {
                    "Registry32" => RegistryView.Registry32,
                    "Registry64" => RegistryView.Registry64,
                    _ => RegistryView.Default,
                };
                return new CsRegistryKey(RegistryKeyPath.Create(baseKey, string.Empty), Writable: true, registryView, span, span, hive.Certainty);
            }

            return new CsUnknown(span);
        }

        if (target is not CsRegistryKey key || method is not ("OpenSubKey" or "CreateSubKey") || args.Length == 0 || args[0] is null)
        {
            return null;
        }

        var sub = Evaluate(args[0]!, depth);
        if (sub.AsText() is not { } subText)
        {
            return new CsUnknown(span);
        }

        var create = method == "CreateSubKey";
        var writable = create || (args.Length >= 2 && args[1] is { } w && Evaluate(w, depth) switch
        {
            CsBool b => b.Value,
            // RegistryKeyPermissionCheck.ReadSubTree is the only read-only choice; a permission
            // that cannot be read counts as writable (no finding on a guess).
            CsEnum e => e.Member != "ReadSubTree",
            _ => true,
        });
        var openSpan = TextSpan.FromBounds(SpanOf(((MemberAccessExpressionSyntax)invocation.Expression).Name).Start, span.End);
        return new CsRegistryKey(key.Path.Descendant(subText.Replace('/', '\\')), writable, key.View, sub.Span, openSpan, CsValue.Weaker(key.Certainty, CsValue.Weaker(sub.Certainty, Certainty.Resolved))) { Uses = sub.Uses };
    }

    /// <summary>
    /// The arguments of a call in parameter order: positional ones first, then named ones placed
    /// by <paramref name="parameters"/>; a slot nobody fills is null.
    /// </summary>
    public static ExpressionSyntax?[] Arguments(ArgumentListSyntax list, string[] parameters)
    {
        var args = list.Arguments;
        var result = new ExpressionSyntax?[Math.Max(args.Count, 0)];
        var positional = 0;
        foreach (var a in args)
        {
            if (a.NameColon is { } named)
            {
                var at = System.Array.IndexOf(parameters, named.Name.Identifier.ValueText);
                if (at < 0 || at >= result.Length)
                {
                    return [];
                }

                result[at] = a.Expression;
            }
            else
            {
                result[positional++] = a.Expression;
            }
        }

        return result;
    }

    private static string? NameOf(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax i => i.Identifier.ValueText,
        GenericNameSyntax g => g.Identifier.ValueText,
        MemberAccessExpressionSyntax m => m.Name.Identifier.ValueText,
        QualifiedNameSyntax q => q.Right.Identifier.ValueText,
        _ => null,
    };

    private CsValue Member(MemberAccessExpressionSyntax member, TextSpan span, int depth)
    {
        var name = member.Name.Identifier.ValueText;
        var qualifier = member.Expression.ToString();
        var typeName = LastName(qualifier);
        switch (typeName)
        {
            case "Registry" when RegistryBaseKey(name) is { } hive:
                return new CsRegistryKey(RegistryKeyPath.Create(hive, string.Empty), Writable: true, RegistryView.Default, span, span, Certainty.Literal);
            case "RegistryValueKind" or "RegistryHive" or "RegistryView" or "RegistryKeyPermissionCheck":
                return new CsEnum(typeName, name, span, Certainty.Literal);
        }

        if (qualifier is "Microsoft.Win32" or "global::Microsoft.Win32" or "Win32" && name is "Registry" or "RegistryKey")
        {
            return name == "Registry" ? new CsRegistryClass(span) : new CsTypeName(name, span);
        }

        if (qualifier is "System.Diagnostics" or "global::System.Diagnostics" or "Diagnostics" && name == "Process")
        {
            return new CsProcessClass(span);
        }

        return Name(member, name, qualifier, span, depth);
    }

    private static string LastName(string qualified)
    {
        var dot = qualified.LastIndexOf('.');
        return dot < 0 ? qualified : qualified[(dot + 1)..];
    }

    /// <summary>The hive of a Microsoft.Win32.Registry field or RegistryHive member name.</summary>
    internal static RegistryHive? RegistryBaseKey(string name) => name switch
    {
        "LocalMachine" => RegistryHive.LocalMachine,
        "CurrentUser" => RegistryHive.CurrentUser,
        "ClassesRoot" => RegistryHive.ClassesRoot,
        "Users" => RegistryHive.Users,
        "CurrentConfig" => RegistryHive.CurrentConfig,
        "PerformanceData" => RegistryHive.PerformanceData,
        _ => null,
    };

    /// <summary>
    /// A name: a key or start info held in a local, the Registry/RegistryKey/Process types, or a
    /// constant (const, a static readonly field, a local never assigned again) whose value is
    /// followed to the literal that sets it.
    /// </summary>
    private CsValue Name(ExpressionSyntax expression, string name, string? qualifier, TextSpan span, int depth)
    {
        var symbol = Symbol(expression);
        if (qualifier is null && Objects.TryGetValue(name, out var held) && (symbol is null or ILocalSymbol or IParameterSymbol or IFieldSymbol))
        {
            return held with { Uses = [.. held.Uses, span] };
        }

        if (symbol is null or INamedTypeSymbol or IErrorTypeSymbol)
        {
            switch (name)
            {
                case "Registry" when qualifier is null or "Microsoft.Win32":
                    return new CsRegistryClass(span);
                case "RegistryKey" when qualifier is null or "Microsoft.Win32":
                    return new CsTypeName(name, span);
                case "Process" when qualifier is null or "System.Diagnostics":
                    return new CsProcessClass(span);
            }
        }

        if (Declarator(symbol, name) is not { Initializer.Value: { } initializer } declarator)
        {
            // A constant declared in another file or type: the compiler knows its value, though not where it is written.
            return (symbol is IFieldSymbol { IsConst: true } or ILocalSymbol { IsConst: true } ? Constant(expression, span) : null) ?? new CsUnknown(span);
        }

        var value = Evaluate(initializer, depth);
        if (!value.IsKnown || value is CsRegistryKey or CsStartInfo)
        {
            return new CsUnknown(span);
        }

        // A name used where it is declared adds no place to look at.
        var uses = declarator.Span.Contains(expression.Span) ? value.Uses : [.. value.Uses, span];
        return value with { Certainty = CsValue.Weaker(value.Certainty, Certainty.Resolved), Uses = uses };
    }

    private ISymbol? Symbol(ExpressionSyntax expression)
    {
        if (_model is null)
        {
            return null;
        }

        try
        {
            var info = _model.GetSymbolInfo(expression);
            return info.Symbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null);
        }
        catch (Exception ex) when (ex is InsufficientExecutionStackException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// The declaration whose initializer is the value of a name, when that value cannot change:
    /// a const, a readonly field, or a local (or field) that nothing assigns again. With a
    /// semantic model the symbol decides; without one, the name must be declared once in the file.
    /// </summary>
    private VariableDeclaratorSyntax? Declarator(ISymbol? symbol, string name)
    {
        VariableDeclaratorSyntax? declarator;
        if (symbol is IFieldSymbol or ILocalSymbol)
        {
            declarator = symbol.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<VariableDeclaratorSyntax>().FirstOrDefault();
            if (declarator is null || !_declarators.TryGetValue(name, out var known) || !known.Contains(declarator))
            {
                return null;
            }
        }
        else if (symbol is null && _declarators.TryGetValue(name, out var candidates) && candidates.Count == 1)
        {
            declarator = candidates[0];
        }
        else
        {
            return null;
        }

        // A const never changes. A local that nothing in its file assigns again keeps its
        // initializer; a field only when it is readonly too (another file or type could set it),
        // and a readonly field assigned in a constructor is not followed.
        switch (declarator.Parent?.Parent)
        {
            case LocalDeclarationStatementSyntax local:
                return local.IsConst || !_reassigned.Contains(name) ? declarator : null;
            case FieldDeclarationSyntax field when field.Modifiers.Any(m => m.IsKind(SyntaxKind.ConstKeyword)):
                return declarator;
            case FieldDeclarationSyntax field when field.Modifiers.Any(m => m.IsKind(SyntaxKind.ReadOnlyKeyword)):
                return _reassigned.Contains(name) ? null : declarator;
            default:
                return null;
        }
    }

    private CsValue? Constant(ExpressionSyntax expression, TextSpan span)
    {
        try
        {
            var constant = _model!.GetConstantValue(expression);
            if (!constant.HasValue)
            {
                return null;
            }

            return constant.Value switch
            {
                string s => new CsString(s, span, Certainty.Resolved),
                int i => new CsNumber(i, "int", span, Certainty.Resolved),
                uint u => new CsNumber(u, "uint", span, Certainty.Resolved),
                long l => new CsNumber(l, "long", span, Certainty.Resolved),
                ulong ul => new CsNumber(ul, "ulong", span, Certainty.Resolved),
                bool b => new CsBool(b, span, Certainty.Resolved),
                _ => null,
            };
        }
        catch (Exception ex) when (ex is InsufficientExecutionStackException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The name a local, field or ++/out operand assigns, or null.</summary>
    private static string? Assigned(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax i => i.Identifier.ValueText,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } m => m.Name.Identifier.ValueText,
        DeclarationExpressionSyntax => null,
        _ => null,
    };

    /// <summary>A type's name without namespace or generic arguments, with keyword types as written.</summary>
    internal static string TypeName(TypeSyntax type) => type switch
    {
        PredefinedTypeSyntax p => p.Keyword.ValueText,
        QualifiedNameSyntax q => q.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax a => a.Name.Identifier.ValueText,
        SimpleNameSyntax s => s.Identifier.ValueText,
        NullableTypeSyntax n => TypeName(n.ElementType),
        _ => type.ToString(),
    };

    /// <summary>Whether two known values are the same value.</summary>
    private static bool Same(CsValue a, CsValue b) => (a, b) switch
    {
        (CsString x, CsString y) => x.Value == y.Value,
        (CsNumber x, CsNumber y) => x.Value == y.Value && x.TypeName == y.TypeName,
        (CsBool x, CsBool y) => x.Value == y.Value,
        (CsEnum x, CsEnum y) => x.TypeName == y.TypeName && x.Member == y.Member,
        _ => false,
    };

    /// <summary>The text of a number as .NET's ToString() writes it (what SetValue stores for a number as text).</summary>
    internal static string NumberText(CsNumber n) => n.Value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A type used as a receiver (RegistryKey in RegistryKey.OpenBaseKey).</summary>
internal sealed record CsTypeName(string Name, TextSpan Span) : CsValue(Span, Certainty.Literal);

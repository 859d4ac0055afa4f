using HvLint.Core.Model;
using HvLint.Parsers.PowerShell;
using HvLint.Parsers.Batch;
using HvLint.Parsers.Commands;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TextSpan = HvLint.Core.Text.TextSpan;

namespace HvLint.Parsers.CSharp;

/// <summary>
/// Walks a C# syntax tree in the order its statements run and turns registry and process calls
/// into writes (docs/formats.md §4.4): Registry.SetValue, SetValue/DeleteValue/CreateSubKey/
/// DeleteSubKey/DeleteSubKeyTree on a key opened from a base key (directly, through locals,
/// using declarations), and Process.Start of reg.exe or bcdedit with literal arguments, which
/// go to the shared command interpreters.
/// </summary>
internal sealed class CSharpWalker
{
    private static readonly string[] s_staticSetValue = ["keyName", "valueName", "value", "valueKind"];
    private static readonly string[] s_setValue = ["name", "value", "valueKind"];
    private static readonly string[] s_deleteValue = ["name", "throwOnMissingValue"];
    private static readonly string[] s_subKey = ["subkey", "throwOnMissingSubKey"];
    private static readonly string[] s_start = ["fileName", "arguments"];

    private readonly SyntaxNode _root;
    private readonly CommandContext _context;
    private readonly CSharpEvaluator _evaluator;

    public CSharpWalker(SyntaxNode root, SemanticModel? model, CommandContext context, Func<TextSpan, TextSpan> map)
    {
        _root = root;
        _context = context;
        _evaluator = new CSharpEvaluator(root, model, map);
    }

    /// <summary>Walks the tree: children before their parent, so that a call's receiver and arguments come before the call (CreateSubKey(...).SetValue(...) creates, then sets).</summary>
    public void Walk()
    {
        // An explicit stack: a tree can nest deeper than the call stack allows.
        var stack = new Stack<(SyntaxNode Node, bool Visited)>();
        stack.Push((_root, false));
        while (stack.Count > 0)
        {
            var (node, visited) = stack.Pop();
            if (visited)
            {
                Visit(node);
                continue;
            }

            stack.Push((node, true));
            var children = node.ChildNodes().ToList();
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push((children[i], false));
            }
        }
    }

    private void Visit(SyntaxNode node)
    {
        switch (node)
        {
            case InvocationExpressionSyntax invocation:
                Invocation(invocation);
                break;
            case VariableDeclaratorSyntax { Initializer.Value: { } value } declarator:
                Hold(declarator.Identifier.ValueText, value);
                break;
            case AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax target } assignment:
                Hold(target.Identifier.ValueText, assignment.Right);
                break;
            case AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax holder, Name.Identifier.ValueText: var property } } assignment
                when _evaluator.Objects.TryGetValue(holder.Identifier.ValueText, out var held) && held is CsStartInfo info:
                // psi.Arguments = "..." after new ProcessStartInfo("bcdedit").
                _evaluator.Objects[holder.Identifier.ValueText] = property switch
                {
                    "FileName" => info with { FileName = _evaluator.Evaluate(assignment.Right) },
                    "Arguments" => info with { Arguments = _evaluator.Evaluate(assignment.Right) },
                    _ => info,
                };
                break;
        }
    }

    // A local that holds a key or a start info; any other assignment forgets what it held.
    private void Hold(string name, ExpressionSyntax value)
    {
        var v = _evaluator.Evaluate(value);
        if (v is CsRegistryKey or CsStartInfo)
        {
            _evaluator.Objects[name] = v;
        }
        else
        {
            _evaluator.Objects.Remove(name);
        }
    }

    private void Invocation(InvocationExpressionSyntax invocation)
    {
        ExpressionSyntax receiver;
        string method;
        switch (invocation.Expression)
        {
            case MemberAccessExpressionSyntax member:
                receiver = member.Expression;
                method = member.Name.Identifier.ValueText;
                break;
            case MemberBindingExpressionSyntax binding when invocation.Parent is ConditionalAccessExpressionSyntax access && access.WhenNotNull == invocation:
                // key?.SetValue(...): runs only when the key opened.
                receiver = access.Expression;
                method = binding.Name.Identifier.ValueText;
                break;
            default:
                return;
        }

        if (method is not ("SetValue" or "DeleteValue" or "CreateSubKey" or "DeleteSubKey" or "DeleteSubKeyTree" or "Start"))
        {
            return;
        }

        var target = _evaluator.Evaluate(receiver);
        var span = _evaluator.SpanOf(invocation);
        switch (target)
        {
            case CsRegistryClass when method == "SetValue":
                StaticSetValue(invocation, span);
                break;
            case CsRegistryKey key:
                KeyCall(invocation, key, method, span);
                break;
            case CsProcessClass when method == "Start":
                ProcessStart(invocation, span);
                break;
        }
    }

    // Registry.SetValue("HKEY_LOCAL_MACHINE\\...", name, value[, kind]) creates the key if needed.
    private void StaticSetValue(InvocationExpressionSyntax invocation, TextSpan span)
    {
        var args = CSharpEvaluator.Arguments(invocation.ArgumentList, s_staticSetValue);
        if (args.Length is not (3 or 4) || args[0] is null || args[1] is null || args[2] is null)
        {
            return;
        }

        var keyName = _evaluator.Evaluate(args[0]!);
        if (keyName.AsText() is not { } keyText || RegistryKeyPath.TryParse(keyText.Replace('/', '\\')) is not { } path)
        {
            return;
        }

        var key = new CsRegistryKey(path, Writable: true, RegistryView.Default, keyName.Span, span, keyName.Certainty) { Uses = keyName.Uses };
        SetValue(invocation, span, key, args[1]!, args[2]!, args.Length == 4 ? args[3] : null);
    }

    private void KeyCall(InvocationExpressionSyntax invocation, CsRegistryKey key, string method, TextSpan span)
    {
        switch (method)
        {
            case "SetValue" or "DeleteValue":
                if (!key.Writable)
                {
                    // .NET throws UnauthorizedAccessException: nothing is written.
                    return;
                }

                if (method == "SetValue")
                {
                    var args = CSharpEvaluator.Arguments(invocation.ArgumentList, s_setValue);
                    if (args.Length is 2 or 3 && args[0] is not null && args[1] is not null)
                    {
                        SetValue(invocation, span, key, args[0]!, args[1]!, args.Length == 3 ? args[2] : null);
                    }

                    return;
                }

                var deleteArgs = CSharpEvaluator.Arguments(invocation.ArgumentList, s_deleteValue);
                if (deleteArgs.Length >= 1 && deleteArgs[0] is { } nameExpression)
                {
                    var name = _evaluator.Evaluate(nameExpression);
                    var (valueName, nameCertainty) = ValueName(name);
                    Add(new RegistryWrite(_context.Source, span, _context.NextOrder, RegistryOperation.DeleteValue, key.Path, key.Span, valueName, name.Span, view: key.View)
                    {
                        Form = WriteForm.CSharp,
                        KeyCertainty = key.Certainty,
                        NameCertainty = nameCertainty,
                        RelatedSpans = Statement(span, key.Span, name.Span),
                        IsConditional = IsConditional(invocation),
                    });
                }

                return;
            case "CreateSubKey" or "DeleteSubKey" or "DeleteSubKeyTree":
                var subArgs = CSharpEvaluator.Arguments(invocation.ArgumentList, s_subKey);
                if (subArgs.Length == 0 || subArgs[0] is null)
                {
                    return;
                }

                var sub = _evaluator.Evaluate(subArgs[0]!);
                if (sub.AsText() is not { } subText)
                {
                    return;
                }

                var child = key.Path.Descendant(subText.Replace('/', '\\'));
                var operation = method == "CreateSubKey" ? RegistryOperation.CreateKey : RegistryOperation.DeleteKey;
                Add(new RegistryWrite(_context.Source, span, _context.NextOrder, operation, child, sub.Span, view: key.View)
                {
                    Form = WriteForm.CSharp,
                    KeyCertainty = CsValue.Weaker(key.Certainty, sub.Certainty),
                    RelatedSpans = Statement(span, sub.Span),
                    IsConditional = IsConditional(invocation),
                });
                return;
        }
    }

    private void SetValue(InvocationExpressionSyntax invocation, TextSpan span, CsRegistryKey key, ExpressionSyntax nameExpression, ExpressionSyntax valueExpression, ExpressionSyntax? kindExpression)
    {
        var name = _evaluator.Evaluate(nameExpression);
        var value = _evaluator.Evaluate(valueExpression);
        var kind = kindExpression is null ? null : _evaluator.Evaluate(kindExpression);
        var (valueName, nameCertainty) = ValueName(name);
        string? kindName = null;
        if (kind is not null)
        {
            kindName = kind switch
            {
                CsEnum { TypeName: "RegistryValueKind" } e => e.Member,
                CsNumber n when n.Value is >= int.MinValue and <= int.MaxValue => RegistryConversion.KindName((int)n.Value),
                _ => null,
            };
            if (kindName is null)
            {
                // A kind computed at run time: the key and name are known, the data is not.
                kindName = "?";
            }
        }

        var converted = CSharpConversion.Convert(value, kindName);
        if (converted.Fails)
        {
            // .NET throws ArgumentException: the value is not written.
            return;
        }

        Add(new RegistryWrite(_context.Source, span, _context.NextOrder, RegistryOperation.SetValue, key.Path, key.Span, valueName, name.Span, converted.Data, value.Span, key.View)
        {
            Form = WriteForm.CSharp,
            KeyCertainty = key.Certainty,
            NameCertainty = nameCertainty,
            DataCertainty = converted.Data is null ? Certainty.Unresolved : converted.Certainty,
            TypeOrigin = kindName is null or "Unknown" or "?" ? TypeOrigin.InferredFromValue : TypeOrigin.Explicit,
            TypeSpan = kind?.Span,
            RelatedSpans = Statement(span, key.Span, name.Span, value.Span),
            DataAsWritten = converted.AsWritten,
            IsConditional = IsConditional(invocation),
        });
    }

    // null and "" are the default value; .NET has no "(default)" token, so that is a value really named so.
    private static (string Name, Certainty Certainty) ValueName(CsValue name) => name switch
    {
        CsNull => (string.Empty, name.Certainty),
        CsString s => (s.Value, s.Certainty),
        _ => (string.Empty, Certainty.Unresolved),
    };

    private void ProcessStart(InvocationExpressionSyntax invocation, TextSpan span)
    {
        var args = CSharpEvaluator.Arguments(invocation.ArgumentList, s_start);
        CsValue? fileName;
        CsValue? commandLine;
        if (args.Length == 1 && args[0] is { } only && _evaluator.Evaluate(only) is CsStartInfo info)
        {
            fileName = info.FileName;
            commandLine = info.Arguments;
        }
        else if (args.Length is 1 or 2 && args[0] is { } file)
        {
            fileName = _evaluator.Evaluate(file);
            commandLine = args.Length == 2 && args[1] is { } a ? _evaluator.Evaluate(a) : null;
        }
        else
        {
            return;
        }

        if (fileName?.AsText() is not { } programText || ProgramKind(programText) is not { } kind)
        {
            return;
        }

        var program = new CommandArgument(programText, fileName.Span, fileName.Certainty);
        List<CommandArgument> arguments;
        switch (commandLine)
        {
            case null or CsNull:
                arguments = [];
                break;
            case CsString line:
                arguments = Split(line);
                break;
            case CsArray { ElementType: "string" } list:
                // Process.Start(fileName, IEnumerable<string>): each element is one argument.
                arguments = [.. list.Items.Select(i => new CommandArgument(i.AsText() ?? string.Empty, i.Span, i.Certainty))];
                break;
            default:
                // Arguments computed at run time: the interpreters would only guess.
                return;
        }

        _context.Conditional = IsConditional(invocation);
        if (kind == "reg")
        {
            RegExeInterpreter.Interpret(_context, span, program, arguments, scriptDirectory: null);
        }
        else
        {
            BcdEditInterpreter.Interpret(_context, span, program, arguments);
        }

        _context.Conditional = false;
    }

    /// <summary>
    /// Splits a command line as the program does (Process.Start hands it to CreateProcess, and
    /// reg.exe and bcdedit split it with the C runtime's rules): the batch front end's splitter,
    /// fed with each character's place in the C# literal.
    /// </summary>
    private static List<CommandArgument> Split(CsString line)
    {
        var chars = new List<BChar>(line.Value.Length);
        for (var i = 0; i < line.Value.Length; i++)
        {
            var at = line.Characters is { } c && i < c.Length ? c[i] : line.Span;
            chars.Add(new BChar(line.Value[i], at.Start, at.End, null));
        }

        return [.. ArgvSplitter.Split(chars).Select(t => t.ToArgument() with
        {
            Certainty = line.Certainty,
            CharacterSpans = line.Characters is null ? null : t.CharacterSpans,
        })];
    }

    /// <summary>"reg" or "bcdedit" for a program name or path (with or without .exe), else null.</summary>
    private static string? ProgramKind(string program)
    {
        var name = program.Trim().Trim('"');
        var slash = name.LastIndexOfAny(['\\', '/']);
        name = (slash >= 0 ? name[(slash + 1)..] : name).ToLowerInvariant();
        if (name.EndsWith(".exe", StringComparison.Ordinal))
        {
            name = name[..^4];
        }

        return name is "reg" or "bcdedit" ? name : null;
    }

    /// <summary>
    /// Whether a call runs only on some paths: inside an if or else branch, a switch section, a
    /// loop body (which may run no time), a catch block, the right side of &amp;&amp;, || or ??, a
    /// branch of ?:, after ?., or a lambda or local function (run only when called). Any method
    /// but Main runs only when something calls it (as a PowerShell function does), so only the
    /// writes of Main and of top-level statements are unconditional. Conflict rules compare only
    /// writes that happen on every path.
    /// </summary>
    private static bool IsConditional(SyntaxNode node)
    {
        for (var child = node; child.Parent is { } parent; child = parent)
        {
            switch (parent)
            {
                case IfStatementSyntax i when child != i.Condition:
                case ElseClauseSyntax:
                case SwitchSectionSyntax:
                case SwitchExpressionArmSyntax:
                case WhileStatementSyntax w when child != w.Condition:
                case ForStatementSyntax f when child == f.Statement:
                case ForEachStatementSyntax fe when child == fe.Statement:
                case CatchClauseSyntax:
                case ConditionalExpressionSyntax c when child != c.Condition:
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression or (int)SyntaxKind.LogicalOrExpression or (int)SyntaxKind.CoalesceExpression } b when child == b.Right:
                case ConditionalAccessExpressionSyntax a when child == a.WhenNotNull:
                case AnonymousFunctionExpressionSyntax:
                case LocalFunctionStatementSyntax:
                    return true;
                case GlobalStatementSyntax:
                    return false;
                case MethodDeclarationSyntax { Identifier.ValueText: "Main" }:
                    return false;
                case MemberDeclarationSyntax:
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The call as a related place when a part of the write is written elsewhere (the literal
    /// of a constant it names), so that a finding there still leads to the call that writes.
    /// </summary>
    private static TextSpan[] Statement(TextSpan statement, params TextSpan[] parts) =>
        parts.Any(p => p.Start < statement.Start || p.End > statement.End) ? [statement] : [];

    private void Add(Write write) => _context.Writes.Add(write);
}

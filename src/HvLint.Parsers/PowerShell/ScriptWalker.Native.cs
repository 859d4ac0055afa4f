using System.Management.Automation.Language;
using System.Text;
using System.Text.RegularExpressions;
using HvLint.Core.Model;
using HvLint.Core.Text;
using HvLint.Parsers.Commands;

namespace HvLint.Parsers.PowerShell;

/// <summary>
/// reg.exe and bcdedit called from a script: directly, with &amp;, through an argument array or a
/// splatted array, through Start-Process -ArgumentList, or inside cmd /c "...". The argument
/// vector PowerShell would pass goes to the shared interpreters.
/// </summary>
internal sealed partial class ScriptWalker
{
    // The unquoted {id} reported as HV0952, where the interpreter's own finding is redundant.
    private readonly List<TextSpan> _scriptBlockSpans = [];

    /// <summary>One character of a command line and where it is written (-1: not traceable), for spans of split arguments.</summary>
    private readonly record struct LineChar(char C, int Offset, TextSpan Fallback);

    private void NativeCommand(CommandAst command, Scope scope)
    {
        var elements = command.CommandElements;
        var programValue = command.InvocationOperator == TokenKind.Ampersand || command.GetCommandName() is null
            ? _evaluator.Evaluate(elements[0], scope)
            : new PsString(command.GetCommandName(), ValueEvaluator.SpanOf(elements[0]));
        if (programValue.AsText() is not { } programText || ProgramKind(programText) is not { } kind)
        {
            return;
        }

        var program = new CommandArgument(programText, ValueEvaluator.SpanOf(elements[0]), programValue.Certainty);
        var arguments = new List<CommandArgument>();
        for (var i = 1; i < elements.Count; i++)
        {
            AppendArguments(elements[i], scope, arguments);
        }

        Dispatch(kind, ValueEvaluator.SpanOf(command), program, arguments, scope);
    }

    // PowerShell passes each element of an array as its own argument, a splatted array too.
    private void AppendArguments(CommandElementAst element, Scope scope, List<CommandArgument> arguments)
    {
        var span = ValueEvaluator.SpanOf(element);
        if (element is CommandParameterAst)
        {
            arguments.Add(new CommandArgument(element.Extent.Text, span));
            return;
        }

        var value = _evaluator.Evaluate(element, scope);
        foreach (var item in Items(value))
        {
            arguments.Add(item switch
            {
                PsScriptBlock block => new CommandArgument(block.Text, block.Span) { IsScriptBlock = true },
                _ when item.AsText() is { } text => new CommandArgument(text, item.Span, item.Certainty),
                _ => new CommandArgument(element.Extent.Text, span, Certainty.Unresolved),
            });
        }
    }

    private void StartProcess(BoundCommand b, Scope scope)
    {
        if (b.Switch("WhatIf") || b.Get("FilePath") is not { } file || file.Value.AsText() is not { } programText || ProgramKind(programText) is not { } kind)
        {
            return;
        }

        var program = new CommandArgument(programText, file.Value.Span, file.Value.Certainty);
        var line = new List<LineChar>();
        if (b.Get("ArgumentList") is { } list)
        {
            // Start-Process joins the -ArgumentList strings with spaces into one command line,
            // which the program splits again; a script block becomes its text without braces.
            foreach (var item in Items(list.Value))
            {
                if (item is PsScriptBlock block)
                {
                    if (kind == "bcdedit")
                    {
                        ReportScriptBlock(block);
                    }

                    var inner = block.Text.Length >= 2 ? block.Text[1..^1] : block.Text;
                    AppendLine(line, inner, block.Span.Start + 1, block.Span, exact: true);
                }
                else if (item.AsText() is { } text)
                {
                    AppendValue(line, item, text);
                }
                else
                {
                    return;
                }

                line.Add(new LineChar(' ', -1, item.Span));
            }
        }

        Dispatch(kind, b.Span, program, Split(line), scope, reportScriptBlocks: false);
    }

    private void Dispatch(string kind, TextSpan commandSpan, CommandArgument program, List<CommandArgument> arguments, Scope scope, bool reportScriptBlocks = true)
    {
        switch (kind)
        {
            case "reg":
                NativeCommandInterpreters.Reg(_context, commandSpan, program, arguments, _scriptDirectory);
                break;
            case "bcdedit":
                if (reportScriptBlocks)
                {
                    foreach (var a in arguments.Where(a => a.IsScriptBlock))
                    {
                        ReportScriptBlock(new PsScriptBlock(a.Text, a.Span));
                    }
                }

                NativeCommandInterpreters.BcdEdit(_context, commandSpan, program, arguments, _scriptBlockSpans);
                break;
            case "cmd":
                CmdSlashC(commandSpan, arguments, scope);
                break;
        }
    }

    // cmd /c "reg add ..." or cmd.exe /c bcdedit /set {current} ...: cmd runs the rest as one
    // command line; braces need no quotes there (docs/formats.md §3.5).
    private void CmdSlashC(TextSpan commandSpan, List<CommandArgument> arguments, Scope scope)
    {
        var at = arguments.FindIndex(a => a.Text.Equals("/c", StringComparison.OrdinalIgnoreCase) || a.Text.Equals("/k", StringComparison.OrdinalIgnoreCase));
        if (at < 0 || at + 1 >= arguments.Count || arguments.Skip(at + 1).Any(a => a.Certainty == Certainty.Unresolved))
        {
            return;
        }

        var line = new List<LineChar>();
        foreach (var a in arguments.Skip(at + 1))
        {
            var source = Text(a.Span);
            var exact = source.Length >= 2 && source[0] is '\'' or '"' && source[^1] == source[0] && source[1..^1] == a.Text;
            AppendLine(line, a.Text, exact ? a.Span.Start + 1 : a.Span.Start, a.Span, exact || source == a.Text);
            line.Add(new LineChar(' ', -1, a.Span));
        }

        var inner = Split(line);
        if (inner.Count == 0 || ProgramKind(inner[0].Text) is not { } kind || kind == "cmd")
        {
            return;
        }

        Dispatch(kind, commandSpan, inner[0], inner.Skip(1).ToList(), scope, reportScriptBlocks: false);
    }

    private void AppendValue(List<LineChar> line, PsValue item, string text)
    {
        var source = Text(item.Span);
        if (source.Length >= 2 && source[0] is '\'' or '"' && source[^1] == source[0] && source[1..^1] == text)
        {
            AppendLine(line, text, item.Span.Start + 1, item.Span, exact: true);
        }
        else
        {
            AppendLine(line, text, item.Span.Start, item.Span, exact: source == text);
        }
    }

    private static void AppendLine(List<LineChar> line, string text, int start, TextSpan fallback, bool exact)
    {
        for (var i = 0; i < text.Length; i++)
        {
            line.Add(new LineChar(text[i], exact ? start + i : -1, fallback));
        }
    }

    /// <summary>Splits a command line as CommandLineToArgvW does: blanks separate, quotes group, backslashes escape quotes.</summary>
    private static List<CommandArgument> Split(List<LineChar> line)
    {
        var result = new List<CommandArgument>();
        var i = 0;
        while (i < line.Count)
        {
            while (i < line.Count && line[i].C is ' ' or '\t')
            {
                i++;
            }

            if (i >= line.Count)
            {
                break;
            }

            var first = i;
            var sb = new StringBuilder();
            var quoted = false;
            while (i < line.Count)
            {
                var c = line[i].C;
                if (c == '\\')
                {
                    var k = 0;
                    while (i + k < line.Count && line[i + k].C == '\\')
                    {
                        k++;
                    }

                    if (i + k < line.Count && line[i + k].C == '"')
                    {
                        sb.Append('\\', k / 2);
                        if (k % 2 == 1)
                        {
                            sb.Append('"');
                        }
                        else
                        {
                            quoted = !quoted;
                        }

                        i += k + 1;
                        continue;
                    }

                    sb.Append('\\', k);
                    i += k;
                    continue;
                }

                if (c == '"')
                {
                    quoted = !quoted;
                    i++;
                    continue;
                }

                if (!quoted && c is ' ' or '\t')
                {
                    break;
                }

                sb.Append(c);
                i++;
            }

            var start = line[first].Offset;
            var end = line[i - 1].Offset;
            var span = start >= 0 && end >= start ? TextSpan.FromBounds(start, end + 1) : line[first].Fallback;
            result.Add(new CommandArgument(sb.ToString(), span));
        }

        return result;
    }

    private void ReportScriptBlock(PsScriptBlock block)
    {
        if (!BcdIdentifierRegex().IsMatch(block.Text))
        {
            return;
        }

        _scriptBlockSpans.Add(block.Span);
        Report(PowerShellDiagnostics.UnquotedBcdIdentifier, block.Span, $"PowerShell reads the unquoted {block.Text} as a script block, so bcdedit receives something else and rejects the command; the boot setting is not changed. Quote the identifier: '{block.Text}'.", QuoteIdentifier(block));
    }

    // '{current}' in single quotes, when the span holds exactly the identifier.
    private HvLint.Core.Fixes.CodeFix? QuoteIdentifier(PsScriptBlock block) =>
        _source.Text.AsSpan(block.Span.Start, block.Span.Length).SequenceEqual(block.Text) && !block.Text.Contains('\'', StringComparison.Ordinal)
            ? new HvLint.Core.Fixes.CodeFix($"Quote {block.Text}", HvLint.Core.Fixes.FixApplicability.Safe, [new HvLint.Core.Fixes.TextEdit(block.Span, "'" + block.Text + "'")])
            : null;

    /// <summary>"reg", "bcdedit" or "cmd" for a program name or path (with or without .exe), else null.</summary>
    private static string? ProgramKind(string program)
    {
        var name = program.Trim().Trim('"', '\'');
        var slash = name.LastIndexOfAny(['\\', '/']);
        name = (slash >= 0 ? name[(slash + 1)..] : name).ToLowerInvariant();
        if (name.EndsWith(".exe", StringComparison.Ordinal))
        {
            name = name[..^4];
        }

        return name is "reg" or "bcdedit" or "cmd" ? name : null;
    }

    [GeneratedRegex(@"^\{\s*[A-Za-z0-9-]+\s*\}$")]
    private static partial Regex BcdIdentifierRegex();
}

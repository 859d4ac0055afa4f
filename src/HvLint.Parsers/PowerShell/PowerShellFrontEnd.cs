using System.Management.Automation.Language;
using System.Text.RegularExpressions;
using HvLint.Core.Text;
using HvLint.Parsers.Commands;

namespace HvLint.Parsers.PowerShell;

/// <summary>
/// Parses a script with PowerShell's own parser (never running it) and walks it. This is the
/// only entry into System.Management.Automation: <see cref="PowerShellScriptExtractor"/> calls
/// it for PowerShell files only, so linting .reg files never loads the PowerShell assemblies.
/// </summary>
internal static partial class PowerShellFrontEnd
{
    private const string FunctionKeyword = "function     ";

    /// <summary>Parses and walks a script, adding its writes, findings and linked files to the context.</summary>
    public static void Extract(SourceText source, string? scriptDirectory, CommandContext context)
    {
        var (ast, tokens, errors, configurations) = Parse(source.Text);
        foreach (var error in errors)
        {
            var span = new TextSpan(error.Extent.StartOffset, error.Extent.EndOffset - error.Extent.StartOffset);
            context.Report(PowerShellDiagnostics.PowerShellSyntaxError, span, $"PowerShell cannot parse the script: {error.Message.TrimEnd('.')}. PowerShell runs no part of a script with a syntax error, so none of its settings are written.");
        }

        ReportPowerShell7Syntax(ast, context);
        if (source.Encoding == SourceEncoding.Utf8)
        {
            ReportNonAscii(tokens, source, context);
        }

        new ScriptWalker(source, ast, context, scriptDirectory, configurations).Walk();
        MarkConditionalWrites(ast, context);
    }

    /// <summary>
    /// Marks the writes that only happen on some paths: inside an if/elseif/else clause, a
    /// switch clause, a catch block, a while or for loop (which may run no time), the right side
    /// of &amp;&amp; or ||, or a function body (run only when called). Conflict rules compare only
    /// writes that happen on every path, so an on/off toggle is not a contradiction. A foreach
    /// over a settings table is not conditional: the walker unrolls it element by element.
    /// </summary>
    private static void MarkConditionalWrites(ScriptBlockAst ast, CommandContext context)
    {
        var ranges = new List<(int Start, int End)>();
        foreach (var node in ast.FindAll(_ => true, searchNestedScriptBlocks: true))
        {
            switch (node)
            {
                case IfStatementAst ifStatement:
                    ranges.AddRange(ifStatement.Clauses.Select(c => (c.Item2.Extent.StartOffset, c.Item2.Extent.EndOffset)));
                    if (ifStatement.ElseClause is { } elseClause)
                    {
                        ranges.Add((elseClause.Extent.StartOffset, elseClause.Extent.EndOffset));
                    }

                    break;
                case SwitchStatementAst switchStatement:
                    ranges.AddRange(switchStatement.Clauses.Select(c => (c.Item2.Extent.StartOffset, c.Item2.Extent.EndOffset)));
                    if (switchStatement.Default is { } defaultClause)
                    {
                        ranges.Add((defaultClause.Extent.StartOffset, defaultClause.Extent.EndOffset));
                    }

                    break;
                case TryStatementAst tryStatement:
                    ranges.AddRange(tryStatement.CatchClauses.Select(c => (c.Body.Extent.StartOffset, c.Body.Extent.EndOffset)));
                    break;
                case WhileStatementAst or ForStatementAst:
                    var body = ((LoopStatementAst)node).Body.Extent;
                    ranges.Add((body.StartOffset, body.EndOffset));
                    break;
                case PipelineChainAst chain:
                    ranges.Add((chain.RhsPipeline.Extent.StartOffset, chain.RhsPipeline.Extent.EndOffset));
                    break;
                case FunctionDefinitionAst function:
                    ranges.Add((function.Body.Extent.StartOffset, function.Body.Extent.EndOffset));
                    break;
            }
        }

        if (ranges.Count == 0)
        {
            return;
        }

        for (var i = 0; i < context.Writes.Count; i++)
        {
            var start = context.Writes[i].Span.Start;
            if (!context.Writes[i].IsConditional && ranges.Any(r => start >= r.Start && start < r.End))
            {
                context.Writes[i] = context.Writes[i].AsConditional();
            }
        }

        for (var i = 0; i < context.Links.Count; i++)
        {
            var start = context.Links[i].Span.Start;
            if (!context.Links[i].IsConditional && ranges.Any(r => start >= r.Start && start < r.End))
            {
                context.Links[i] = context.Links[i] with { IsConditional = true };
            }
        }
    }

    /// <summary>
    /// Parses a script with every DSC Configuration keyword read as 'function' plus spaces (the
    /// same length, so offsets stay exact). PowerShell's parser loads DSC's schema store for a
    /// Configuration, which fails on Linux and then reports errors inside every Configuration
    /// block; read as a function, the block parses the same on every OS without that, and its
    /// resources read as commands ('Registry Name { Key = ... }').
    /// </summary>
    public static (ScriptBlockAst Ast, Token[] Tokens, ParseError[] Errors, HashSet<int> Configurations) Parse(string text)
    {
        var candidates = ConfigurationRegex().Matches(text).Select(m => m.Index).ToList();
        while (true)
        {
            var patched = text;
            if (candidates.Count > 0)
            {
                var chars = text.ToCharArray();
                foreach (var at in candidates)
                {
                    FunctionKeyword.CopyTo(0, chars, at, FunctionKeyword.Length);
                }

                patched = new string(chars);
            }

            var ast = Parser.ParseInput(patched, out var tokens, out var errors);
            if (candidates.Count == 0)
            {
                return (ast, tokens, errors, []);
            }

            // A candidate inside a string or comment is not a keyword: put it back and parse again.
            var keywords = tokens.Where(t => t.Kind == TokenKind.Function).Select(t => t.Extent.StartOffset).ToHashSet();
            var wrong = candidates.Where(c => !keywords.Contains(c)).ToList();
            if (wrong.Count == 0)
            {
                return (ast, tokens, errors, [.. candidates]);
            }

            candidates = [.. candidates.Except(wrong)];
        }
    }

    // Windows PowerShell 5.1, the default shell of Windows Server, cannot parse these.
    private static void ReportPowerShell7Syntax(ScriptBlockAst ast, CommandContext context)
    {
        var requirements = ast.ScriptRequirements;
        if (requirements is not null && ((requirements.RequiredPSVersion?.Major ?? 0) >= 6
            || requirements.RequiredPSEditions?.Any(e => e.Equals("Core", StringComparison.OrdinalIgnoreCase)) == true))
        {
            return;
        }

        foreach (var node in ast.FindAll(n => n is TernaryExpressionAst or PipelineChainAst
                     || (n is BinaryExpressionAst b && b.Operator == TokenKind.QuestionQuestion)
                     || (n is AssignmentStatementAst a && a.Operator == TokenKind.QuestionQuestionEquals), searchNestedScriptBlocks: true))
        {
            var what = node switch
            {
                TernaryExpressionAst => "the ternary operator (a ? b : c)",
                PipelineChainAst => "a pipeline chain (&& or ||)",
                _ => "the null-coalescing operator (?? or ??=)",
            };
            var span = new TextSpan(node.Extent.StartOffset, node.Extent.EndOffset - node.Extent.StartOffset);
            context.Report(PowerShellDiagnostics.PowerShell7OnlySyntax, span, $"This uses {what}, which only PowerShell 7 understands: Windows PowerShell 5.1, the default on Windows Server, refuses the whole script. Rewrite it with if/else, or declare '#Requires -Version 7' and run the script with pwsh.");
        }
    }

    private static void ReportNonAscii(Token[] tokens, SourceText source, CommandContext context)
    {
        var text = source.Text;
        if (text.AsSpan().IndexOfAnyExceptInRange('\0', '\x7f') < 0)
        {
            return;
        }

        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Comment)
            {
                continue;
            }

            var from = token.Extent.StartOffset;
            var at = text.AsSpan(from, token.Extent.EndOffset - from).IndexOfAnyExceptInRange('\0', '\x7f');
            if (at < 0)
            {
                continue;
            }

            var start = from + at;
            var length = char.IsHighSurrogate(text[start]) && start + 1 < text.Length ? 2 : 1;
            var character = text.Substring(start, length);
            var garbled = RegDecoderAnsi(character);
            context.Report(PowerShellDiagnostics.Utf8ScriptWithoutBom, new TextSpan(start, length), $"The script is UTF-8 without a byte-order mark: Windows PowerShell 5.1 reads it in the ANSI code page, so '{character}' becomes '{garbled}' in what it writes. Save the script as 'UTF-8 with BOM', or keep names and strings ASCII.");
            return;
        }
    }

    private static string RegDecoderAnsi(string text) => Reg.RegDecoder.Ansi.GetString(System.Text.Encoding.UTF8.GetBytes(text));

    // 'Configuration Name' at any position; the parse decides whether it is the keyword.
    [GeneratedRegex(@"(?<![\w$`.-])configuration(?=\s+[\w'""-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConfigurationRegex();
}

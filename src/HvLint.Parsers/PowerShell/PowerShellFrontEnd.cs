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
        // PowerShell's parser gives up on deep nesting (no tree, or gigabytes for nested "$(...)"),
        // and every walk below recurses: a script nested deeper than this is not read.
        if (TooDeep(source.Text) is { } deep)
        {
            context.Report(PowerShellDiagnostics.TooComplexToFollow, new TextSpan(deep, 1), $"The script nests brackets more than 1,000 levels deep: HvLint does not read it, so none of its writes are checked.");
            return;
        }

        var errorLines = new HashSet<int>();
        var (ast, tokens, errors, configurations) = Parse(source.Text);
        PowerShellSuppressions.Read(source, ast, tokens, errors, context);

        // A type the script takes from a module it imports with 'using module' (a base class, an
        // attribute) is unknown once the statement is blanked: not the script's error.
        var usesModules = UsingModuleRegex().IsMatch(source.Text);
        foreach (var error in errors.Where(e => !(usesModules && e.ErrorId == "TypeNotFound")))
        {
            // One syntax error per line: a line of 40,000 NULs gave one finding per character.
            var span = SpanOf(error.Extent, source.Text.Length);
            if (!errorLines.Add(source.GetPosition(span.Start).Line))
            {
                continue;
            }

            context.Report(PowerShellDiagnostics.PowerShellSyntaxError, span, $"PowerShell cannot parse the script: {error.Message.TrimEnd('.')}. PowerShell runs no part of a script with a syntax error, so none of its settings are written.");
        }

        if (ast is null)
        {
            // The parser ran out of stack: it reported why (or not), and there is no tree to walk.
            if (errors.Length == 0)
            {
                context.Report(PowerShellDiagnostics.TooComplexToFollow, new TextSpan(0, 0), "PowerShell's parser could not read the script (it is nested too deeply): HvLint does not read it, so none of its writes are checked.");
            }

            return;
        }

        var shape = new ScriptShape();
        ast.Visit(shape);
        ReportPowerShell7Syntax(ast, shape.PowerShell7Syntax, context);
        new ScriptWalker(source, ast, context, scriptDirectory, configurations).Walk();
        MarkConditionalWrites(shape.ConditionalRanges, context);
        if (source.Encoding == SourceEncoding.Utf8)
        {
            ReportNonAscii(tokens, source, context);
        }
    }

    /// <summary>How deeply brackets may nest in a script HvLint reads (the message says 1,000).</summary>
    internal const int MaxNesting = 1000;

    /// <summary>
    /// The offset where brackets ((, {, [, counted wherever they are) first nest deeper than
    /// <see cref="MaxNesting"/>, or null. Counting inside strings and comments too errs towards
    /// reading: only text with a thousand unclosed brackets is refused.
    /// </summary>
    private static int? TooDeep(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(' or '{' or '[':
                    if (++depth > MaxNesting)
                    {
                        return i;
                    }

                    break;
                case ')' or '}' or ']':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }

        return null;
    }

    /// <summary>
    /// The span of a token or node, clamped to the text: PowerShell's EndOfInput token (and a
    /// parse error reported at it) ends one character past the end of the script.
    /// </summary>
    internal static TextSpan SpanOf(IScriptExtent extent, int textLength)
    {
        var start = Math.Clamp(extent.StartOffset, 0, textLength);
        var end = Math.Clamp(extent.EndOffset, start, textLength);
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>
    /// Marks the writes that only happen on some paths: inside an if/elseif/else clause, a
    /// switch clause, a catch block, a while or for loop (which may run no time), the right side
    /// of &amp;&amp; or ||, or a function body (run only when called). Conflict rules compare only
    /// writes that happen on every path, so an on/off toggle is not a contradiction. A foreach
    /// over a settings table is not conditional: the walker unrolls it element by element.
    /// </summary>
    private static void MarkConditionalWrites(List<(int Start, int End)> ranges, CommandContext context)
    {
        if (ranges.Count == 0)
        {
            return;
        }

        var merged = Merge(ranges);
        for (var i = 0; i < context.Writes.Count; i++)
        {
            if (!context.Writes[i].IsConditional && Inside(merged, context.Writes[i].Span.Start))
            {
                context.Writes[i] = context.Writes[i].AsConditional();
            }
        }

        for (var i = 0; i < context.Links.Count; i++)
        {
            if (!context.Links[i].IsConditional && Inside(merged, context.Links[i].Span.Start))
            {
                context.Links[i] = context.Links[i] with { IsConditional = true };
            }
        }
    }

    // Overlapping and nested ranges merged into disjoint ones, sorted, for binary search.
    private static (int Start, int End)[] Merge(List<(int Start, int End)> ranges)
    {
        ranges.Sort();
        var merged = new List<(int Start, int End)>(ranges.Count);
        foreach (var r in ranges)
        {
            if (merged.Count > 0 && r.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, r.End));
            }
            else
            {
                merged.Add(r);
            }
        }

        return [.. merged];
    }

    private static bool Inside((int Start, int End)[] merged, int offset)
    {
        int lo = 0, hi = merged.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (offset < merged[mid].Start)
            {
                hi = mid - 1;
            }
            else if (offset >= merged[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
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
        ArgumentNullException.ThrowIfNull(text);
        text = BlankUsingModules(text);
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
                    BlankDscAttribute(text, at, chars);
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

    /// <summary>
    /// Blanks every <c>using module</c> and <c>using assembly</c> statement to spaces (line
    /// breaks kept, so offsets stay exact). PowerShell's parser resolves them while parsing: it
    /// opens the module or assembly, wherever the path points, imports the module (running a
    /// manifest's ScriptsToProcess) and creates folders under $HOME. HvLint never runs a script
    /// nor reads files outside the tree, and no setting it checks comes from a module. Any
    /// occurrence counts, even in a string or a comment, where blanking changes nothing HvLint
    /// judges: missing one would run code.
    /// </summary>
    internal static string BlankUsingModules(string text)
    {
        if (text.IndexOf("using", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return text;
        }

        var matches = UsingModuleRegex().Matches(text);
        if (matches.Count == 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        foreach (Match m in matches)
        {
            var end = StatementEnd(text, m.Index + m.Length);
            for (var i = m.Index; i < end; i++)
            {
                if (chars[i] is not ('\r' or '\n'))
                {
                    chars[i] = ' ';
                }
            }
        }

        return new string(chars);
    }

    // The end of a using statement's module specification: a name or path up to the end of the
    // line or a ';', or a hashtable (@{ ModuleName = ...; ModuleVersion = ... }) to its brace.
    private static int StatementEnd(string text, int from)
    {
        var i = from;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        if (i + 1 < text.Length && text[i] == '@' && text[i + 1] == '{')
        {
            var depth = 0;
            for (; i < text.Length; i++)
            {
                if (text[i] == '{')
                {
                    depth++;
                }
                else if (text[i] == '}' && --depth == 0)
                {
                    return i + 1;
                }
            }

            return text.Length;
        }

        while (i < text.Length && text[i] is not ('\r' or '\n' or ';'))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Blanks a <c>[DscLocalConfigurationManager()]</c> attribute that stands before a
    /// Configuration keyword (a meta-configuration for the LCM). It is valid DSC, but on a
    /// function, as the keyword is read here, PowerShell reports "Unexpected attribute".
    /// Spaces keep every offset.
    /// </summary>
    private static void BlankDscAttribute(string text, int keyword, char[] chars)
    {
        var end = keyword;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var match = DscAttributeRegex().Match(text, Math.Max(0, end - 80), end - Math.Max(0, end - 80));
        if (match.Success && match.Index + match.Length == end)
        {
            Array.Fill(chars, ' ', match.Index, match.Length);
        }
    }

    // Windows PowerShell 5.1, the default shell of Windows Server, cannot parse these.
    private static void ReportPowerShell7Syntax(ScriptBlockAst ast, List<Ast> nodes, CommandContext context)
    {
        var requirements = ast.ScriptRequirements;
        if (requirements is not null && ((requirements.RequiredPSVersion?.Major ?? 0) >= 6
            || requirements.RequiredPSEditions?.Any(e => e.Equals("Core", StringComparison.OrdinalIgnoreCase)) == true))
        {
            return;
        }

        foreach (var node in nodes)
        {
            var what = node switch
            {
                TernaryExpressionAst => "the ternary operator (a ? b : c)",
                PipelineChainAst => "a pipeline chain (&& or ||)",
                _ => "the null-coalescing operator (?? or ??=)",
            };
            var span = SpanOf(node.Extent, context.Source.Text.Length);
            context.Report(PowerShellDiagnostics.PowerShell7OnlySyntax, span, $"This uses {what}, which only PowerShell 7 understands: Windows PowerShell 5.1, the default on Windows Server, refuses the whole script. Rewrite it with if/else, or declare '#Requires -Version 7' and run the script with pwsh.");
        }
    }

    /// <summary>
    /// HV0042 at the first non-ASCII character that reaches the registry or the boot store:
    /// inside a command that makes a write (its key, name, data, or text those came from).
    /// Windows PowerShell 5.1 garbles every non-ASCII character of such a script, but in a
    /// comment or in text a script only prints, that changes nothing HvLint judges, so it is
    /// not reported there (a user-facing arrow in Write-Host is not a finding).
    /// </summary>
    private static void ReportNonAscii(Token[] tokens, SourceText source, CommandContext context)
    {
        var text = source.Text;
        if (context.Writes.Count == 0 || text.AsSpan().IndexOfAnyExceptInRange('\0', '\x7f') < 0)
        {
            return;
        }

        var comments = tokens.Where(t => t.Kind == TokenKind.Comment).Select(t => SpanOf(t.Extent, text.Length)).ToArray();
        var first = -1;
        foreach (var span in context.Writes.SelectMany(WriteSpans))
        {
            var from = Math.Clamp(span.Start, 0, text.Length);
            var to = Math.Clamp(span.End, from, text.Length);
            for (var i = from; i < to && (first < 0 || i < first); i++)
            {
                if (text[i] > '\x7f' && !comments.Any(c => c.Start <= i && i < c.End))
                {
                    first = i;
                    break;
                }
            }
        }

        if (first < 0)
        {
            return;
        }

        var length = char.IsHighSurrogate(text[first]) && first + 1 < text.Length ? 2 : 1;
        var character = text.Substring(first, length);
        var garbled = RegDecoderAnsi(character);
        context.Report(PowerShellDiagnostics.Utf8ScriptWithoutBom, new TextSpan(first, length), $"The script is UTF-8 without a byte-order mark: Windows PowerShell 5.1 reads it in the ANSI code page, so '{character}' becomes '{garbled}' in what it writes. Save the script as 'UTF-8 with BOM', or keep names and strings ASCII.");
    }

    private static IEnumerable<TextSpan> WriteSpans(Core.Model.Write write)
    {
        yield return write.Span;
        switch (write)
        {
            case Core.Model.RegistryWrite r:
                yield return r.KeySpan;
                if (r.NameSpan is { } name)
                {
                    yield return name;
                }

                if (r.DataSpan is { } data)
                {
                    yield return data;
                }

                foreach (var related in r.RelatedSpans)
                {
                    yield return related;
                }

                break;
            case Core.Model.BcdWrite b:
                if (b.ObjectSpan is { } obj)
                {
                    yield return obj;
                }

                yield return b.ElementSpan;
                if (b.ValueSpan is { } value)
                {
                    yield return value;
                }

                break;
            case Core.Model.HyperVSettingWrite h:
                yield return h.ParameterSpan;
                if (h.ValueSpan is { } argument)
                {
                    yield return argument;
                }

                break;
        }
    }

    private static string RegDecoderAnsi(string text) => Reg.RegDecoder.Ansi.GetString(System.Text.Encoding.UTF8.GetBytes(text));

    // 'Configuration Name' at any position; the parse decides whether it is the keyword.
    /// <summary>
    /// One pass over the script for what the front end needs besides the walk: the ranges whose
    /// code runs only on some paths (see <see cref="MarkConditionalWrites"/>) and the syntax only
    /// PowerShell 7 understands.
    /// </summary>
    private sealed class ScriptShape : AstVisitor2
    {
        public List<(int Start, int End)> ConditionalRanges { get; } = [];

        public List<Ast> PowerShell7Syntax { get; } = [];

        public override AstVisitAction VisitIfStatement(IfStatementAst ifStmtAst)
        {
            ConditionalRanges.AddRange(ifStmtAst.Clauses.Select(c => Range(c.Item2)));
            if (ifStmtAst.ElseClause is { } elseClause)
            {
                ConditionalRanges.Add(Range(elseClause));
            }

            return AstVisitAction.Continue;
        }

        public override AstVisitAction VisitSwitchStatement(SwitchStatementAst switchStatementAst)
        {
            ConditionalRanges.AddRange(switchStatementAst.Clauses.Select(c => Range(c.Item2)));
            if (switchStatementAst.Default is { } defaultClause)
            {
                ConditionalRanges.Add(Range(defaultClause));
            }

            return AstVisitAction.Continue;
        }

        public override AstVisitAction VisitTryStatement(TryStatementAst tryStatementAst)
        {
            ConditionalRanges.AddRange(tryStatementAst.CatchClauses.Select(c => Range(c.Body)));
            return AstVisitAction.Continue;
        }

        public override AstVisitAction VisitWhileStatement(WhileStatementAst whileStatementAst)
        {
            ConditionalRanges.Add(Range(whileStatementAst.Body));
            return AstVisitAction.Continue;
        }

        public override AstVisitAction VisitForStatement(ForStatementAst forStatementAst)
        {
            ConditionalRanges.Add(Range(forStatementAst.Body));
            return AstVisitAction.Continue;
        }

        public override AstVisitAction VisitPipelineChain(PipelineChainAst statementChain)
        {
            ConditionalRanges.Add(Range(statementChain.RhsPipeline));
            PowerShell7Syntax.Add(statementChain);
            return AstVisitAction.Continue;
        }

        public override AstVisitAction VisitFunctionDefinition(FunctionDefinitionAst functionDefinitionAst)
        {
            ConditionalRanges.Add(Range(functionDefinitionAst.Body));
            return AstVisitAction.Continue;
        }

        public override AstVisitAction VisitTernaryExpression(TernaryExpressionAst ternaryExpressionAst)
        {
            PowerShell7Syntax.Add(ternaryExpressionAst);
            return AstVisitAction.Continue;
        }

        public override AstVisitAction VisitBinaryExpression(BinaryExpressionAst binaryExpressionAst)
        {
            if (binaryExpressionAst.Operator == TokenKind.QuestionQuestion)
            {
                PowerShell7Syntax.Add(binaryExpressionAst);
            }

            return AstVisitAction.Continue;
        }

        public override AstVisitAction VisitAssignmentStatement(AssignmentStatementAst assignmentStatementAst)
        {
            if (assignmentStatementAst.Operator == TokenKind.QuestionQuestionEquals)
            {
                PowerShell7Syntax.Add(assignmentStatementAst);
            }

            return AstVisitAction.Continue;
        }

        private static (int Start, int End) Range(Ast ast) => (ast.Extent.StartOffset, ast.Extent.EndOffset);
    }

    // The keyword starts a statement: at the start of a line, after ; { or }, or after an attribute ([DscLocalConfigurationManager()]). The word in a
    // comment or in prose ('# DSC configuration for ...') is not a candidate, so the common case
    // parses once; a candidate inside a string is still caught by the check after parsing.
    [GeneratedRegex(@"(?<=(?:^|[;{}\]])[ \t]*)configuration(?=\s+[\w'""-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex ConfigurationRegex();

    // 'using' then 'module' or 'assembly', separated by blanks, line continuations or inline
    // comments; not $using:x, -using, or part of a longer word.
    [GeneratedRegex(@"(?<![\w$:.-])using(?:[ \t]|`\r?\n|<#.*?#>)+(?:module|assembly)(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex UsingModuleRegex();

    [GeneratedRegex(@"\[\s*DscLocalConfigurationManager\s*(?:\(\s*\))?\s*\]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DscAttributeRegex();
}

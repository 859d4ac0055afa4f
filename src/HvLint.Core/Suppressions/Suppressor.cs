using System.Globalization;
using HvLint.Core.Configuration;
using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.Core.Model;
using HvLint.Core.Text;

namespace HvLint.Core.Suppressions;

/// <summary>What applying a file's suppressions gives.</summary>
/// <param name="Kept">The findings still reported.</param>
/// <param name="Suppressed">The findings a suppression hides.</param>
/// <param name="Findings">Findings about the suppressions themselves (HV0980-HV0984), with default severities.</param>
internal sealed record SuppressionOutcome(IReadOnlyList<Diagnostic> Kept, IReadOnlyList<SuppressedDiagnostic> Suppressed, IReadOnlyList<Diagnostic> Findings);

/// <summary>
/// Applies a file's inline suppressions to its findings: reads the directives in the comments
/// and the suppression attributes its front end found, works out what each covers, hides the
/// findings it covers and reports suppressions that are unused, unknown, expired, malformed or
/// without a reason. The engine calls it after configuration has set severities, so a rule
/// that is off is neither suppressed nor reported as an unused suppression. It knows no
/// language: comments and attribute scopes come from the front ends.
/// </summary>
internal static class Suppressor
{
    private sealed class Entry(SuppressionDirective directive, RuleReference reference, RuleDescriptor rule)
    {
        public SuppressionDirective Directive { get; } = directive;

        public RuleReference Reference { get; } = reference;

        public RuleDescriptor Rule { get; } = rule;

        public TextSpan Scope { get; set; }

        public bool Used { get; set; }
    }

    public static SuppressionOutcome Apply(
        ExtractionResult file,
        IReadOnlyList<Diagnostic> diagnostics,
        RuleIndex rules,
        Func<string, bool> isEnabled,
        bool requireReason,
        DateOnly today)
    {
        var source = file.Source;
        var text = source.Text;

        // Most files have no directive: a look at the comments avoids the rest.
        if (file.AttributeSuppressions.Count == 0
            && !file.Comments.Any(c => text.AsSpan(c.Body.Start, c.Body.Length).Contains(DirectivePrefix, StringComparison.OrdinalIgnoreCase)))
        {
            return new SuppressionOutcome(diagnostics, [], []);
        }

        var problems = new List<DirectiveProblem>();
        var directives = new List<SuppressionDirective>();
        foreach (var comment in file.Comments)
        {
            // A comment over several lines ('<# ... #>') may hold one directive per line.
            foreach (var (start, end, line) in LinesOf(source, comment.Body))
            {
                if (DirectiveParser.Read(text, start, end, line) is var (directive, problem))
                {
                    if (directive is not null)
                    {
                        directives.Add(directive);
                    }
                    else if (problem is { } p)
                    {
                        problems.Add(p);
                    }
                }
            }
        }

        if (file.AttributeSuppressions.Count > 0)
        {
            directives.AddRange(AttributeDirectives(source, file.AttributeSuppressions, problems));
            directives.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }

        var findings = new List<Diagnostic>();
        foreach (var p in problems)
        {
            findings.Add(Finding(SuppressionDiagnostics.MalformedSuppression, p.Message, source, p.Span));
        }

        var entries = Entries(source, directives, rules, requireReason, today, findings);
        Scopes(source, file.Comments, file.Writes, entries, directives, findings);

        // Line suppressions are indexed by (rule, line) so that matching stays linear with
        // thousands of them; ranges, files and attributes are few and checked directly.
        var byLine = new Dictionary<(string Rule, int Line), List<Entry>>();
        var wide = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        foreach (var e in entries.Where(e => e.Scope.Length > 0 || e.Directive.Kind == SuppressionKind.DisableFile))
        {
            if (e.Directive.Kind is SuppressionKind.DisableLine or SuppressionKind.DisableNextLine)
            {
                for (var line = source.GetPosition(e.Scope.Start).Line; line <= source.GetPosition(e.Scope.End).Line; line++)
                {
                    Add(byLine, (e.Rule.Id, line), e);
                }
            }
            else
            {
                Add(wide, e.Rule.Id, e);
            }
        }

        var kept = new List<Diagnostic>();
        var suppressed = new List<SuppressedDiagnostic>();
        foreach (var d in diagnostics)
        {
            // The narrowest suppression that covers a finding takes it; a wider one that
            // covers nothing else is then reported as unused (it is redundant there).
            var at = d.Location.Span.Start;
            var candidates = byLine.GetValueOrDefault((d.Rule.Id, d.Location.Start.Line), []).Concat(wide.GetValueOrDefault(d.Rule.Id, []));
            var entry = candidates.Where(e => at >= e.Scope.Start && at <= e.Scope.End).MinBy(e => e.Scope.Length);
            if (entry is null)
            {
                kept.Add(d);
                continue;
            }

            entry.Used = true;
            suppressed.Add(new SuppressedDiagnostic(d, entry.Directive.Reason, entry.Directive.Until, new Location(source, entry.Directive.Span)));
        }

        foreach (var e in entries.Where(e => !e.Used && isEnabled(e.Rule.Id)))
        {
            findings.Add(Finding(
                SuppressionDiagnostics.UnusedSuppression,
                $"'{e.Reference.Text}' suppresses nothing: {e.Rule.Id} ({e.Rule.Name}) reports nothing {Where(e.Directive.Kind)}, so the suppression would only hide a future finding. Remove '{e.Reference.Text}' from the suppression, or move it to the line it is meant for.",
                source,
                e.Reference.Span));
        }

        return new SuppressionOutcome(kept, suppressed, findings);
    }

    private static List<Entry> Entries(SourceText source, List<SuppressionDirective> directives, RuleIndex rules, bool requireReason, DateOnly today, List<Diagnostic> findings)
    {
        var entries = new List<Entry>();
        foreach (var directive in directives)
        {
            var known = new List<(RuleReference Reference, RuleDescriptor Rule)>();
            foreach (var reference in directive.Rules)
            {
                if (rules.Find(reference.Text) is { } rule)
                {
                    known.Add((reference, rule));
                    continue;
                }

                var suggestion = NameSuggester.Suggest(reference.Text, rules.Keys, 1) is [var best] ? $" Did you mean '{best}'?" : string.Empty;
                findings.Add(Finding(
                    SuppressionDiagnostics.UnknownRuleInSuppression,
                    $"'{reference.Text}' is not a rule ID or name HvLint knows, so it suppresses nothing.{suggestion} 'hvlint rules' lists every rule.",
                    source,
                    reference.Span));
            }

            if (directive.Kind == SuppressionKind.Enable)
            {
                // Enable directives are matched against open ranges in Scopes.
                entries.AddRange(known.Select(k => new Entry(directive, k.Reference, k.Rule) { Used = true }));
                continue;
            }

            if (directive.Reason is null && requireReason)
            {
                findings.Add(Finding(
                    SuppressionDiagnostics.SuppressionWithoutReason,
                    $"The suppression of {string.Join(", ", directive.Rules.Select(r => r.Text))} gives no reason; say why after ' -- ' (for the attribute: Justification = '...'), e.g. '-- the vendor documents this value; ticket 4711'.",
                    source,
                    directive.Span));
            }

            if (directive.Until is { } until && until < today)
            {
                findings.Add(Finding(
                    SuppressionDiagnostics.ExpiredSuppression,
                    string.Create(CultureInfo.InvariantCulture, $"The suppression of {string.Join(", ", directive.Rules.Select(r => r.Text))} expired on {until:yyyy-MM-dd}, so the findings it covered are reported again. Fix them, or set a later date if the reason still holds."),
                    source,
                    directive.Span));
                continue;
            }

            entries.AddRange(known.Select(k => new Entry(directive, k.Reference, k.Rule)));
        }

        return entries;
    }

    private static void Scopes(SourceText source, IReadOnlyList<SourceComment> comments, IReadOnlyList<Write> writes, List<Entry> entries, List<SuppressionDirective> directives, List<Diagnostic> findings)
    {
        var text = source.Text;
        var lineScopes = new Dictionary<int, TextSpan>();
        TextSpan LineSpan(int line)
        {
            if (!lineScopes.TryGetValue(line, out var span))
            {
                var start = source.GetLineStart(line);
                span = new TextSpan(start, source.GetLineText(line).Length);
                lineScopes[line] = span;
            }

            return span;
        }

        // The next line with code after each line, computed once backwards, so that stacked
        // directives above long comment blocks stay linear.
        int[]? nextCode = null;
        int? NextCodeLine(int line)
        {
            if (nextCode is null)
            {
                var hasCode = LinesWithCode(source, comments);
                nextCode = new int[hasCode.Length + 1];
                nextCode[^1] = 0;
                for (var l = hasCode.Length - 1; l >= 1; l--)
                {
                    nextCode[l] = l + 1 < hasCode.Length && hasCode[l + 1] ? l + 1 : nextCode[l + 1];
                }
            }

            return nextCode[line] is > 0 and var n ? n : null;
        }

        var byDirective = entries.ToLookup(e => e.Directive);
        var open = new List<Entry>();
        foreach (var directive in directives)
        {
            var these = byDirective[directive];
            switch (directive.Kind)
            {
                case SuppressionKind.DisableNextLine:
                    var next = NextCodeLine(directive.Line);
                    foreach (var e in these)
                    {
                        e.Scope = next is { } n ? LineSpan(n) : default;
                    }

                    break;
                case SuppressionKind.DisableLine:
                    foreach (var e in these)
                    {
                        e.Scope = LineSpan(directive.Line);
                    }

                    break;
                case SuppressionKind.DisableFile:
                    foreach (var e in these)
                    {
                        e.Scope = new TextSpan(0, text.Length);
                    }

                    break;
                case SuppressionKind.Attribute:
                    foreach (var e in these)
                    {
                        e.Scope = directive.Scope ?? new TextSpan(0, text.Length);
                    }

                    break;
                case SuppressionKind.Disable:
                    foreach (var e in these)
                    {
                        e.Scope = TextSpan.FromBounds(directive.Span.End, text.Length);
                        open.Add(e);
                    }

                    break;
                case SuppressionKind.Enable:
                    var closing = directive.Rules.Count == 0
                        ? [.. open]
                        : open.Where(o => these.Any(t => t.Rule.Id == o.Rule.Id)).ToList();
                    if (closing.Count == 0 && (directive.Rules.Count == 0 || these.Any()))
                    {
                        findings.Add(Finding(
                            SuppressionDiagnostics.MalformedSuppression,
                            $"'hvlint-enable{(directive.Rules.Count == 0 ? string.Empty : " " + string.Join(", ", directive.Rules.Select(r => r.Text)))}' has no 'hvlint-disable' of the same rules above it, so it does nothing.",
                            source,
                            directive.Span));
                    }

                    foreach (var o in closing)
                    {
                        o.Scope = TextSpan.FromBounds(o.Scope.Start, directive.Span.Start);
                        open.Remove(o);
                    }

                    break;
            }
        }

        entries.RemoveAll(e => e.Directive.Kind == SuppressionKind.Enable);

        // A statement that spans several lines (a continued hex value, a command with line
        // continuations) is covered whole by a line suppression on any of its lines.
        if (lineScopes.Count == 0)
        {
            return;
        }

        var lines = lineScopes.Keys.Order().ToArray();
        foreach (var w in writes)
        {
            if (!ReferenceEquals(w.Source, source) && w.Source.Path != source.Path)
            {
                continue;
            }

            var first = source.GetPosition(w.Span.Start).Line;
            var last = source.GetPosition(w.Span.End).Line;
            var k = Array.BinarySearch(lines, first);
            for (k = k < 0 ? ~k : k; k < lines.Length && lines[k] <= last; k++)
            {
                lineScopes[lines[k]] = lineScopes[lines[k]].Union(w.Span);
            }
        }

        foreach (var e in entries.Where(e => e.Directive.Kind is SuppressionKind.DisableLine or SuppressionKind.DisableNextLine && e.Scope.Length > 0))
        {
            var line = source.GetPosition(e.Scope.Start).Line;
            e.Scope = lineScopes[line];
        }
    }

    private const string DirectivePrefix = "hvlint-";

    /// <summary>The lines of a comment's body: [start, end) of each without its line break, and its 1-based line.</summary>
    private static IEnumerable<(int Start, int End, int Line)> LinesOf(SourceText source, TextSpan body)
    {
        var line = source.GetPosition(body.Start).Line;
        var start = body.Start;
        while (true)
        {
            var lineEnd = LineEnd(source, line);
            yield return (start, Math.Min(body.End, Math.Max(start, lineEnd)), line);
            if (line >= source.LineCount || source.GetLineStart(line + 1) >= body.End)
            {
                yield break;
            }

            line++;
            start = source.GetLineStart(line);
        }
    }

    // Where a line's text ends, before its line break.
    private static int LineEnd(SourceText source, int line)
    {
        var text = source.Text;
        var end = line < source.LineCount ? source.GetLineStart(line + 1) : text.Length;
        while (end > source.GetLineStart(line) && text[end - 1] is '\r' or '\n')
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// Per 1-based line (index 0 unused): whether anything other than blanks and comments is
    /// on it. One pass over the text between the comments, which the front end sorted.
    /// </summary>
    private static bool[] LinesWithCode(SourceText source, IReadOnlyList<SourceComment> comments)
    {
        var text = source.Text;
        var hasCode = new bool[source.LineCount + 1];
        var at = 0;
        foreach (var c in comments)
        {
            Mark(at, c.Span.Start);
            at = Math.Max(at, c.Span.End);
        }

        Mark(at, text.Length);
        return hasCode;

        void Mark(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    var line = source.GetPosition(i).Line;
                    hasCode[line] = true;

                    // The rest of the line changes nothing.
                    i = line < source.LineCount ? source.GetLineStart(line + 1) - 1 : to;
                }
            }
        }
    }

    /// <summary>Reads the rule list and the justification of each suppression attribute.</summary>
    private static List<SuppressionDirective> AttributeDirectives(SourceText source, IReadOnlyList<AttributeSuppression> attributes, List<DirectiveProblem> problems)
    {
        var text = source.Text;
        var found = new List<SuppressionDirective>();
        foreach (var attribute in attributes)
        {
            if (attribute.Rules is not { } ruleArg)
            {
                problems.Add(new DirectiveProblem(attribute.Span, "The SuppressMessageAttribute names no rule, so it suppresses nothing; give the rule ID or name as the second argument, e.g. ('HvLint', 'HV0101', Justification = '...')."));
                continue;
            }

            var rules = text.AsSpan(ruleArg.Span.Start, ruleArg.Span.Length).SequenceEqual(ruleArg.Value)
                ? DirectiveParser.RuleList(text, ruleArg.Span.Start, ruleArg.Span.End)

                // An escaped quote changed the text; spans then cover the whole argument.
                : [.. DirectiveParser.RuleList(ruleArg.Value, 0, ruleArg.Value.Length).Select(r => r with { Span = ruleArg.Span })];

            string? reason = null;
            DateOnly? until = null;
            if (attribute.Justification is { } justification)
            {
                var (r, u, problem) = DirectiveParser.Reason(justification.Value, justification.Span);
                if (problem is { } p)
                {
                    problems.Add(p);
                    continue;
                }

                (reason, until) = (r, u);
            }

            var line = source.GetPosition(attribute.Span.Start).Line;
            found.Add(new SuppressionDirective { Kind = SuppressionKind.Attribute, Span = attribute.Span, Line = line, Rules = rules, Reason = reason, Until = until, Scope = attribute.Scope });
        }

        return found;
    }

    private static void Add<TKey>(Dictionary<TKey, List<Entry>> index, TKey key, Entry entry)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(entry);
    }

    private static string Where(SuppressionKind kind) => kind switch
    {
        SuppressionKind.DisableNextLine => "on the next line",
        SuppressionKind.DisableLine => "on this line",
        SuppressionKind.Disable => "in the range it disables",
        SuppressionKind.Attribute => "where the attribute applies",
        _ => "in this file",
    };

    private static Diagnostic Finding(RuleDescriptor rule, string message, SourceText source, TextSpan span) =>
        new(rule, rule.DefaultSeverity, message, new Location(source, span));
}

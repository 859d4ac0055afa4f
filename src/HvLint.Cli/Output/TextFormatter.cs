using System.Globalization;
using System.Text;
using HvLint.Core.Diagnostics;

namespace HvLint.Cli.Output;

/// <summary>
/// Compiler-style text: <c>path:line:col: severity ID: message</c>, the source line, a
/// <c>^~~~</c> underline under the span, related locations as indented notes, and a summary.
/// </summary>
internal sealed class TextFormatter(CheckReport report, ReportSink sink, bool color) : IReportWriter
{
    private const string Reset = "\u001b[0m";
    private const int MaxSnippet = 240;
    private const int SnippetContext = 60;
    private const string Bold = "\u001b[1m";
    private const string Red = "\u001b[1;31m";
    private const string Yellow = "\u001b[1;33m";
    private const string Cyan = "\u001b[1;36m";
    private const string Green = "\u001b[32m";

    /// <summary>Writes a file's shown findings, then a line per rule whose findings went beyond the bound.</summary>
    public void Write(FileReport file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Shown.Count == 0)
        {
            return;
        }

        var sb = new StringBuilder();
        string? path = null;
        foreach (var d in file.Shown)
        {
            if (path is not null && path != d.Location.Path)
            {
                WriteOmitted(sb, file.Omitted.Where(o => o.Path == path), color);
            }

            path = d.Location.Path;
            WriteDiagnostic(sb, d, color);
        }

        WriteOmitted(sb, file.Omitted.Where(o => o.Path == path), color);
        sink.Write(sb.ToString());
    }

    /// <summary>Writes the summary.</summary>
    public void End() => sink.Write(Summary(report) + "\n");

    /// <summary>
    /// "3 errors, 1 warning in 2 of 5 files." or "No problems found in 5 files.", followed by
    /// what is not shown: "(2 suppressed, 7 in the baseline)". Suppressed findings are counted,
    /// never printed.
    /// </summary>
    public static string Summary(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var summary = Counts(report);
        var hidden = new List<string>();
        if (report.Suppressed > 0)
        {
            hidden.Add(report.Suppressed.ToString(CultureInfo.InvariantCulture) + " suppressed");
        }

        if (report.Omitted.Count > 0)
        {
            hidden.Add(report.Omitted.Sum(o => (long)o.Omitted).ToString("N0", CultureInfo.InvariantCulture) + " not shown (--max-findings-per-rule)");
        }

        if (report.Baseline is { } baseline)
        {
            hidden.Add(baseline.UnchangedCount.ToString(CultureInfo.InvariantCulture) + " in the baseline");
            var absent = baseline.Absent.Count;
            if (absent > 0)
            {
                hidden.Add(absent.ToString(CultureInfo.InvariantCulture) + " baselined no longer found");
            }
        }

        summary = hidden.Count == 0 || summary.Length == 0 ? summary : summary[..^1] + " (" + string.Join(", ", hidden) + ").";
        if (Fixable(report) is { Length: > 0 } fixable)
        {
            summary += "\n" + fixable;
        }

        var failures = Failures(report);
        return summary.Length == 0 ? failures : failures.Length == 0 ? summary : summary + "\n" + failures;
    }

    /// <summary>
    /// "3 fixable with --fix (1 more with --unsafe-fixes)." as ruff says it; empty when no
    /// reported finding has a fix. The findings with a safe fix are marked [*].
    /// </summary>
    private static string Fixable(CheckReport report)
    {
        var (safe, unsafeOnly) = (report.SafelyFixable, report.UnsafelyFixable);
        if (safe == 0 && unsafeOnly == 0)
        {
            return string.Empty;
        }

        var more = unsafeOnly == 0 ? string.Empty : $" ({unsafeOnly.ToString(CultureInfo.InvariantCulture)} more with --unsafe-fixes)";
        return $"{safe.ToString(CultureInfo.InvariantCulture)} fixable with --fix{more}.";
    }

    /// <summary>
    /// What could not be checked: files whose front end crashed (never counted as clean) and
    /// rules that crashed. Empty when nothing failed.
    /// </summary>
    private static string Failures(CheckReport report)
    {
        var parts = new List<string>();
        var failed = report.FailedFiles;
        if (failed > 0)
        {
            parts.Add($"{Plural(failed, "file")} could not be linted: internal error.");
        }

        var ruleFailures = report.RuleFailures.ToArray();
        if (ruleFailures.Length > 0)
        {
            var files = ruleFailures.Select(n => n.Path).Distinct(StringComparer.Ordinal).Count();
            parts.Add($"{Plural(ruleFailures.Length, "rule")} failed in {Plural(files, "file")}: internal error, findings may be missing.");
        }

        return string.Join("\n", parts);
    }

    private static string Counts(CheckReport report)
    {
        var failed = report.FailedFiles;
        var total = report.Files - failed;
        if (report.Reported == 0)
        {
            if (total == 0 && failed > 0)
            {
                return string.Empty;
            }

            return report.Baseline is null ? $"No problems found in {Plural(total, "file")}." : $"No new problems found in {Plural(total, "file")}.";
        }

        var parts = new List<string>();
        AddCount(parts, report.Count(Severity.Error), "error");
        AddCount(parts, report.Count(Severity.Warning), "warning");
        AddCount(parts, report.Count(Severity.Note), "note");
        var withFindings = report.FilesWithFindings;
        var where = withFindings == total ? Plural(total, "file") : $"{withFindings} of {Plural(total, "file")}";
        return $"{string.Join(", ", parts)} in {where}.";
    }

    private static void AddCount(List<string> parts, int count, string noun)
    {
        if (count > 0)
        {
            parts.Add(Plural(count, noun));
        }
    }

    private static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");

    private static void WriteDiagnostic(StringBuilder sb, Diagnostic d, bool color)
    {
        var region = SourceRegion.Of(d.Location);
        var (name, severityColor) = d.Severity switch
        {
            Severity.Error => ("error", Red),
            Severity.Warning => ("warning", Yellow),
            _ => ("note", Cyan),
        };
        Paint(sb, Position(TextEscaper.Escape(d.Location.Path), region), Bold, color).Append(": ");
        Paint(sb, name, severityColor, color).Append(' ');
        Paint(sb, d.Rule.Id + (FixCounts.HasSafeFix(d) ? " [*]" : string.Empty) + ": " + TextEscaper.Escape(d.Message), Bold, color).Append('\n');
        WriteSnippet(sb, d.Location, region, color);
        foreach (var related in d.Related)
        {
            var r = SourceRegion.Of(related.Location);
            sb.Append("  ");
            Paint(sb, "note", Cyan, color).Append(": ").Append(Position(TextEscaper.Escape(related.Location.Path), r)).Append(": ").Append(TextEscaper.Escape(related.Message)).Append('\n');
        }
    }

    /// <summary>After a file's findings: one line per rule whose findings went beyond the bound.</summary>
    private static void WriteOmitted(StringBuilder sb, IEnumerable<OmittedFindings> omitted, bool color)
    {
        foreach (var o in omitted)
        {
            Paint(sb, TextEscaper.Escape(FindingBound.Describe(o)), Bold, color).Append('\n');
        }
    }

    private static string Position(string path, SourceRegion r) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}:{r.StartLine}:{r.StartColumn}");

    /// <summary>The source line and an underline: ^ under the first character, ~ under the rest.</summary>
    private static void WriteSnippet(StringBuilder sb, Location location, SourceRegion region, bool color)
    {
        if (location.Source.Text.Length == 0)
        {
            return;
        }

        var line = location.Source.GetLineText(region.StartLine);
        var start = Math.Clamp(region.StartColumn - 1, 0, line.Length);
        var end = region.EndLine == region.StartLine ? Math.Clamp(region.EndColumn - 1, start, line.Length) : line.Length;

        // Control characters from the file are shown escaped (\x1b), never sent to the terminal.
        // Tabs are copied so the underline lines up whatever the tab width; an escape gets one
        // underline character per character shown; a surrogate pair is one character on screen,
        // so it gets one underline character.
        // A very long line (a generated one-liner, a 40,000-term expression) is shown as a window
        // around the span, marked with an ellipsis at each cut, so one finding is never a page.
        var (from, to) = Window(line, start);
        var shown = new StringBuilder(to - from + 2);
        var underline = new StringBuilder();
        var marks = new StringBuilder();
        if (from > 0)
        {
            shown.Append('…');
            underline.Append(' ');
        }

        for (var i = from; i < to; i++)
        {
            var c = line[i];
            var text = TextEscaper.IsEscaped(c, keepTabs: true) ? TextEscaper.Escaped(c) : new string(c, 1);
            shown.Append(text);
            if (i >= end && i > start)
            {
                continue;
            }

            var width = char.IsLowSurrogate(c) ? 0 : c == '\t' ? 1 : text.Length;
            var target = i < start ? underline : marks;
            for (var k = 0; k < width; k++)
            {
                target.Append(i >= start && marks.Length == 0 ? '^' : c == '\t' ? '\t' : i < start ? ' ' : '~');
            }
        }

        if (marks.Length == 0)
        {
            marks.Append('^');
        }

        if (to < line.Length)
        {
            shown.Append('…');
        }

        sb.Append(shown).Append('\n');
        sb.Append(underline);
        Paint(sb, marks.ToString(), Green, color).Append('\n');
    }

    /// <summary>
    /// The part of a line to show: all of it up to <see cref="MaxSnippet"/> characters; else
    /// some context before the span and as much of the span and what follows as fits.
    /// </summary>
    private static (int From, int To) Window(string line, int start)
    {
        if (line.Length <= MaxSnippet)
        {
            return (0, line.Length);
        }

        var from = Math.Max(0, start - SnippetContext);
        var to = Math.Min(line.Length, from + MaxSnippet);
        if (from > 0 && char.IsLowSurrogate(line[from]))
        {
            from--;
        }

        if (to < line.Length && char.IsLowSurrogate(line[to]))
        {
            to++;
        }

        return (from, to);
    }

    private static StringBuilder Paint(StringBuilder sb, string text, string code, bool color) =>
        color ? sb.Append(code).Append(text).Append(Reset) : sb.Append(text);
}

using System.Globalization;
using System.Text;
using HvLint.Core.Diagnostics;

namespace HvLint.Cli.Output;

/// <summary>One row of <c>--statistics</c>: a rule, how many of its findings were reported, and how many of those have a safe fix.</summary>
internal sealed record RuleCount(RuleDescriptor Rule, int Count, int Fixable);

/// <summary>
/// The counts per rule of <c>hvlint check --statistics</c>, as ruff prints them: every reported
/// finding (new ones with a baseline; suppressed ones are not reported), shown or beyond
/// --max-findings-per-rule, most frequent rule first.
/// </summary>
internal sealed class RuleStatistics
{
    private readonly Dictionary<string, RuleCount> _rules = new(StringComparer.Ordinal);

    /// <summary>The rows, most findings first, then by rule ID.</summary>
    public IReadOnlyList<RuleCount> Rows => [.. _rules.Values.OrderByDescending(r => r.Count).ThenBy(r => r.Rule.Id, StringComparer.Ordinal)];

    /// <summary>Counts one reported finding.</summary>
    public void Add(Diagnostic d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var fixable = FixCounts.HasSafeFix(d) ? 1 : 0;
        _rules[d.Rule.Id] = _rules.TryGetValue(d.Rule.Id, out var r)
            ? r with { Count = r.Count + 1, Fixable = r.Fixable + fixable }
            : new RuleCount(d.Rule, 1, fixable);
    }

    /// <summary>
    /// The table: count (right-aligned), ID, name, and "N fixable" when some have a safe fix
    /// (--fix applies them), e.g. <c>   12  HV0101  UnknownValueName  3 fixable</c>.
    /// </summary>
    public string Text()
    {
        var rows = Rows;
        var sb = new StringBuilder();
        if (rows.Count == 0)
        {
            return string.Empty;
        }

        var countWidth = rows.Max(r => r.Count.ToString(CultureInfo.InvariantCulture).Length);
        var nameWidth = rows.Max(r => r.Rule.Name.Length);
        foreach (var r in rows)
        {
            var line = $"{r.Count.ToString(CultureInfo.InvariantCulture).PadLeft(countWidth)}  {r.Rule.Id}  {r.Rule.Name.PadRight(nameWidth)}";
            line = r.Fixable > 0 ? line + $"  {r.Fixable.ToString(CultureInfo.InvariantCulture)} fixable" : line.TrimEnd();
            sb.Append(line).Append('\n');
        }

        return sb.ToString();
    }
}

/// <summary>
/// The text of <c>--statistics</c>: the counts per rule instead of the findings, then the summary
/// (left out with <c>--quiet</c>).
/// </summary>
internal sealed class StatisticsFormatter(CheckReport report, ReportSink sink, bool quiet) : IReportWriter
{
    /// <summary>Nothing per file: the counts come at the end.</summary>
    public void Write(FileReport file)
    {
    }

    /// <summary>Writes the table, then the summary unless quiet.</summary>
    public void End()
    {
        sink.Write(report.Statistics?.Text() ?? string.Empty);
        if (!quiet)
        {
            sink.Write(TextFormatter.Summary(report) + "\n");
        }
    }
}

/// <summary>
/// The text of <c>--quiet</c>: the findings only, without the summary ("No problems found",
/// counts, what is fixable). Internal errors still go to stderr.
/// </summary>
internal sealed class QuietFormatter(IReportWriter text) : IReportWriter
{
    /// <summary>The file's findings, as the text format writes them.</summary>
    public void Write(FileReport file) => text.Write(file);

    /// <summary>No summary.</summary>
    public void End()
    {
    }
}

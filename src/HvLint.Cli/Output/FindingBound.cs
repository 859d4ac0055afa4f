using HvLint.Core.Diagnostics;

namespace HvLint.Cli.Output;

/// <summary>
/// The bound on findings per file and rule (<c>--max-findings-per-rule</c>): a file where
/// every line has the same finding shows the first <c>N</c> in source order and one line
/// counting the rest, so a 50 MB file does not produce a gigabyte of report. The exit code,
/// the summary counts and <c>--write-baseline</c> still see every finding.
/// </summary>
internal static class FindingBound
{
    /// <summary>
    /// The default bound, 100: far above what a reader takes in for one rule in one file and
    /// far below what makes a report unreadable. Ruff, ESLint, ShellCheck and
    /// PSScriptAnalyzer print everything; compilers cap (Clang's -ferror-limit is 20 errors
    /// per run), and a per-rule cap keeps every other rule's findings visible.
    /// </summary>
    public const int Default = 100;

    /// <summary>
    /// The findings to show from <paramref name="findings"/> (ordered by file, then position)
    /// with at most <paramref name="maxOf"/>(path) per file and rule (0: all), and what was
    /// left out, by file in order of appearance, then rule ID.
    /// </summary>
    public static List<Diagnostic> Apply(IEnumerable<Diagnostic> findings, Func<string, int> maxOf, out List<OmittedFindings> omitted)
    {
        var shown = new List<Diagnostic>();
        omitted = [];
        var counts = new Dictionary<(string Path, string RuleId), int>();
        var maxes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in findings)
        {
            var path = d.Location.Path;
            if (!maxes.TryGetValue(path, out var max))
            {
                max = maxes[path] = maxOf(path);
            }

            var key = (path, d.Rule.Id);
            var n = counts[key] = counts.GetValueOrDefault(key) + 1;
            if (max <= 0 || n <= max)
            {
                shown.Add(d);
            }
        }

        // maxes holds the paths in order of appearance.
        var order = maxes.Keys.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
        omitted.AddRange(counts
            .Where(c => maxes[c.Key.Path] > 0 && c.Value > maxes[c.Key.Path])
            .OrderBy(c => order[c.Key.Path])
            .ThenBy(c => c.Key.RuleId, StringComparer.Ordinal)
            .Select(c => new OmittedFindings(c.Key.Path, c.Key.RuleId, maxes[c.Key.Path], c.Value - maxes[c.Key.Path])));
        return shown;
    }

    /// <summary>"big.reg: 31,990 more findings of HV0201 in this file (shown: the first 100; --max-findings-per-rule 0 shows all)".</summary>
    public static string Describe(OmittedFindings o) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{o.Path}: {o.Omitted:N0} more {(o.Omitted == 1 ? "finding" : "findings")} of {o.RuleId} in this file (shown: the first {o.Shown:N0}; --max-findings-per-rule 0 shows all)");
}

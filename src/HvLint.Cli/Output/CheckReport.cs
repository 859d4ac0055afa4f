using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;

namespace HvLint.Cli.Output;

/// <summary>What the report says about one file, worked out when its result arrives.</summary>
/// <param name="File">The file's result.</param>
/// <param name="Unchanged">Its findings (reported or suppressed) that the baseline lists.</param>
/// <param name="Shown">The reported findings text and JSON list: new ones, within the bound per rule.</param>
/// <param name="Omitted">Reported findings beyond the bound, per rule.</param>
internal sealed record FileReport(FileResult File, IReadOnlySet<Diagnostic> Unchanged, IReadOnlyList<Diagnostic> Shown, IReadOnlyList<OmittedFindings> Omitted);

/// <summary>
/// One 'check' run as its results arrive, file by file in output order: each file's part of the
/// report (<see cref="Add"/>), and the totals that the summary, the exit code and the parts of
/// JSON and SARIF written at the end need. It keeps counts and small records (paths, internal
/// errors, omitted counts, baseline entries), never a file's text or findings, so a run's memory
/// does not grow with the findings it writes.
/// </summary>
internal sealed class CheckReport(IReadOnlyList<RuleDescriptor> descriptors, string catalogVersion, string workingDirectory)
{
    private readonly HashSet<string> _filesWithFindings = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pathsWithSource = new(StringComparer.Ordinal);
    private readonly List<ToolNotification> _notifications = [];
    private readonly List<OmittedFindings> _omitted = [];
    private readonly int[] _counts = new int[4];
    private bool _reachedFailLevel;
    private bool _reachedFailLevelBesidesWarnings;

    /// <summary>Every descriptor the engine can produce, ordered by ID.</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = descriptors;

    /// <summary>The short hash of the catalog.</summary>
    public string CatalogVersion { get; } = catalogVersion;

    /// <summary>The working directory (display paths are relative to it).</summary>
    public string WorkingDirectory { get; } = workingDirectory;

    /// <summary>The comparison with --baseline or --write-baseline, if one was given.</summary>
    public BaselineComparison? Baseline { get; init; }

    /// <summary>Whether suppressed findings appear in SARIF and JSON (false with --exclude-suppressed).</summary>
    public bool IncludeSuppressed { get; init; } = true;

    /// <summary>The fail level of a file by display path (configuration's failLevel; --fail-level wins).</summary>
    public Func<string, Severity> FailLevelOf { get; init; } = _ => Severity.Warning;

    /// <summary>At most this many findings per file and rule are shown, by display path (0: all); see <see cref="FindingBound"/>.</summary>
    public Func<string, int> MaxFindingsPerRuleOf { get; init; } = _ => FindingBound.Default;

    /// <summary>The counts per rule, with --statistics; null otherwise.</summary>
    public RuleStatistics? Statistics { get; init; }

    /// <summary>With --max-warnings N: warnings fail the run only when more than N are reported (errors and notes follow the fail level).</summary>
    public int? MaxWarnings { get; init; }

    /// <summary>The share of the files this run lints, with --shard; null otherwise.</summary>
    public Shard? Shard { get; init; }

    /// <summary>The number of files (results) so far.</summary>
    public int Files { get; private set; }

    /// <summary>Files whose front end crashed: not linted, never counted as clean.</summary>
    public int FailedFiles { get; private set; }

    /// <summary>The number of reported findings (new ones with a baseline), shown or not.</summary>
    public int Reported => _counts.Sum();

    /// <summary>Findings an inline suppression hides.</summary>
    public int Suppressed { get; private set; }

    /// <summary>Reported findings that have a safe fix (--fix applies it).</summary>
    public int SafelyFixable { get; private set; }

    /// <summary>Reported findings whose only fixes are unsafe (--fix --unsafe-fixes applies them).</summary>
    public int UnsafelyFixable { get; private set; }

    /// <summary>The number of files with at least one reported finding.</summary>
    public int FilesWithFindings => _filesWithFindings.Count;

    /// <summary>Internal errors (a rule or front end that crashed), in output order.</summary>
    public IReadOnlyList<ToolNotification> Notifications => _notifications;

    /// <summary>The internal errors of rules in files that were read (findings may be missing there).</summary>
    public IEnumerable<ToolNotification> RuleFailures => _notifications.Where(n => _pathsWithSource.Contains(n.Path));

    /// <summary>The reported findings left out of text and JSON, per file and rule, in output order.</summary>
    public IReadOnlyList<OmittedFindings> Omitted => _omitted;

    /// <summary>Takes in one file's result and works out its part of the report.</summary>
    public FileReport Add(FileResult file)
    {
        ArgumentNullException.ThrowIfNull(file);
        Files++;
        if (file.Source is not null)
        {
            _pathsWithSource.Add(file.Path);
        }
        else if (file.Notifications.Count > 0)
        {
            FailedFiles++;
        }

        _notifications.AddRange(file.Notifications);
        Suppressed += file.Suppressed.Count;
        var unchanged = Baseline?.Match(file) ?? (IReadOnlySet<Diagnostic>)new HashSet<Diagnostic>();
        var reported = unchanged.Count == 0 ? file.Diagnostics : [.. file.Diagnostics.Where(d => !unchanged.Contains(d))];
        foreach (var d in reported)
        {
            _counts[(int)d.Severity]++;
            _filesWithFindings.Add(d.Location.Path);
            var reaches = d.Severity >= FailLevelOf(d.Location.Path);
            _reachedFailLevel |= reaches;
            _reachedFailLevelBesidesWarnings |= reaches && d.Severity != Severity.Warning;
            Statistics?.Add(d);
            if (FixCounts.HasSafeFix(d))
            {
                SafelyFixable++;
            }
            else if (d.Fixes.Any(f => f.Edits.Count > 0))
            {
                UnsafelyFixable++;
            }
        }

        var shown = FindingBound.Apply(reported, MaxFindingsPerRuleOf, out var omitted);
        _omitted.AddRange(omitted);
        return new FileReport(file, unchanged, shown, omitted);
    }

    /// <summary>The number of reported findings of a severity (shown or not).</summary>
    public int Count(Severity severity) => _counts[(int)severity];

    /// <summary>
    /// The exit code: 3 on internal errors, else 1 when a reported finding reaches its file's fail
    /// level, else 0. With --max-warnings N, warnings count instead: 1 when an error or note
    /// reaches the fail level or more than N warnings are reported.
    /// </summary>
    public int ExitCode() =>
        _notifications.Count > 0 ? ExitCodes.InternalError
        : (MaxWarnings is { } max ? _reachedFailLevelBesidesWarnings || Count(Severity.Warning) > max : _reachedFailLevel) ? ExitCodes.Findings
        : ExitCodes.Success;
}

/// <summary>Which findings have fixes, as the text output marks and counts them.</summary>
internal static class FixCounts
{
    /// <summary>Whether the finding has a safe fix with edits.</summary>
    public static bool HasSafeFix(Diagnostic d) => d.Fixes.Any(f => f.Edits.Count > 0 && f.Applicability == HvLint.Core.Fixes.FixApplicability.Safe);
}

/// <summary>Writes a 'check' report as the files' results arrive, in output order.</summary>
internal interface IReportWriter
{
    /// <summary>Writes one file's part (or keeps what the format writes at the end).</summary>
    void Write(FileReport file);

    /// <summary>Writes what comes after, or around, the files: totals, summary, notifications.</summary>
    void End();
}

/// <summary>Where a report goes: stdout, or the --output file; text is written as UTF-8.</summary>
internal sealed class ReportSink(Action<string> writeText, Action<byte[]> writeBytes)
{
    public void Write(string text) => writeText(text);

    public void Write(byte[] utf8) => writeBytes(utf8);
}

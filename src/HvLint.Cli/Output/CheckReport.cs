using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.Core.Suppressions;

namespace HvLint.Cli.Output;

/// <summary>Everything one 'check' run produced, in output order, for the formatters.</summary>
internal sealed class CheckReport
{
    public CheckReport(IReadOnlyList<FileResult> files, IReadOnlyList<RuleDescriptor> descriptors, string catalogVersion, string workingDirectory)
    {
        Files = files;
        Descriptors = descriptors;
        CatalogVersion = catalogVersion;
        WorkingDirectory = workingDirectory;
        Diagnostics = [.. files.SelectMany(f => f.Diagnostics)];
        Suppressed = [.. files.SelectMany(f => f.Suppressed)];
        Notifications = [.. files.SelectMany(f => f.Notifications)];
    }

    /// <summary>The results per file, ordered by display path.</summary>
    public IReadOnlyList<FileResult> Files { get; }

    /// <summary>Every descriptor the engine can produce, ordered by ID.</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors { get; }

    /// <summary>The short hash of the catalog.</summary>
    public string CatalogVersion { get; }

    /// <summary>The working directory (display paths are relative to it).</summary>
    public string WorkingDirectory { get; }

    /// <summary>Every finding not suppressed inline, by file then by position (baselined ones included).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Findings an inline suppression hides.</summary>
    public IReadOnlyList<SuppressedDiagnostic> Suppressed { get; }

    /// <summary>Internal errors (a rule or front end that crashed).</summary>
    public IReadOnlyList<ToolNotification> Notifications { get; }

    /// <summary>The comparison with --baseline, if one was given.</summary>
    public BaselineComparison? Baseline { get; init; }

    /// <summary>Whether suppressed findings appear in SARIF and JSON (false with --exclude-suppressed).</summary>
    public bool IncludeSuppressed { get; init; } = true;

    /// <summary>The fail level of a file by display path (configuration's failLevel; --fail-level wins).</summary>
    public Func<string, Severity> FailLevelOf { get; init; } = _ => Severity.Warning;

    /// <summary>The findings text and JSON show: all of them, or only new ones when a baseline is given.</summary>
    public IReadOnlyList<Diagnostic> Reported => field ??= Baseline is null ? Diagnostics : [.. Diagnostics.Where(d => !Baseline.Unchanged.Contains(d))];

    /// <summary>At most this many findings per file and rule are shown, by display path (0: all); see <see cref="FindingBound"/>.</summary>
    public Func<string, int> MaxFindingsPerRuleOf { get; init; } = _ => FindingBound.Default;

    /// <summary>The reported findings text and JSON list: <see cref="Reported"/> within <see cref="MaxFindingsPerRuleOf"/>.</summary>
    public IReadOnlyList<Diagnostic> Shown => field ??= FindingBound.Apply(Reported, MaxFindingsPerRuleOf, out _omitted);

    /// <summary>The reported findings left out of <see cref="Shown"/>, counted per file and rule.</summary>
    public IReadOnlyList<OmittedFindings> Omitted
    {
        get
        {
            _ = Shown;
            return _omitted;
        }
    }

    private List<OmittedFindings> _omitted = [];

    /// <summary>The number of reported findings of a severity (shown or not).</summary>
    public int Count(Severity severity) => Reported.Count(d => d.Severity == severity);

    /// <summary>The number of files with at least one reported finding.</summary>
    public int FilesWithFindings => Reported.Select(d => d.Location.Path).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The exit code: 3 on internal errors, else 1 when a reported finding reaches the fail level, else 0.</summary>
    public int ExitCode(Severity failLevel) => ExitCode(_ => failLevel);

    /// <summary>The exit code with each file's own fail level (<see cref="FailLevelOf"/>).</summary>
    public int ExitCode() => ExitCode(FailLevelOf);

    private int ExitCode(Func<string, Severity> failLevelOf) =>
        Notifications.Count > 0 ? ExitCodes.InternalError
        : Reported.Any(d => d.Severity >= failLevelOf(d.Location.Path)) ? ExitCodes.Findings
        : ExitCodes.Success;
}

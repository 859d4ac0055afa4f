using HvLint.Core.Diagnostics;

namespace HvLint.Core.Engine;

/// <summary>One file of a run while it is being linted: its extraction and its raw findings.</summary>
/// <param name="fullPath">Its path in the workspace (full; with <see cref="LinkPolicy.None"/>, a name only).</param>
/// <param name="options">Its options.</param>
internal sealed class Unit(string fullPath, LintOptions options)
{
    public string FullPath { get; } = fullPath;

    public LintOptions Options { get; } = options;

    /// <summary>Null when the file could not be read or parsed (then <see cref="Finished"/> is set).</summary>
    public ExtractionResult? Extraction { get; set; }

    /// <summary>The final result of a file that failed before its rules ran.</summary>
    public FileResult? Finished { get; set; }

    /// <summary>Findings of the front end and the rule hooks, before severities and suppressions.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>
    /// Findings of the per-file hooks of the rules that also analyze a host, before severities
    /// and suppressions: the host pass's findings are merged into them (<see cref="HostFileFindings.MergeInto"/>).
    /// </summary>
    public List<Diagnostic> HostRuleDiagnostics { get; } = [];

    public List<ToolNotification> Notifications { get; } = [];

    /// <summary>The file as the host pass sees it (it has an extraction).</summary>
    public HostFile AsHostFile() => new(FullPath, Extraction!, Options);
}

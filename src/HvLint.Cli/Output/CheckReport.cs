using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;

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

    /// <summary>Every finding, by file then by position.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Internal errors (a rule or front end that crashed).</summary>
    public IReadOnlyList<ToolNotification> Notifications { get; }

    /// <summary>The number of findings of a severity.</summary>
    public int Count(Severity severity) => Diagnostics.Count(d => d.Severity == severity);

    /// <summary>The number of files with at least one finding.</summary>
    public int FilesWithFindings => Files.Count(f => f.Diagnostics.Count > 0);

    /// <summary>The exit code: 3 on internal errors, else 1 when a finding reaches the fail level, else 0.</summary>
    public int ExitCode(Severity failLevel) =>
        Notifications.Count > 0 ? ExitCodes.InternalError
        : Diagnostics.Any(d => d.Severity >= failLevel) ? ExitCodes.Findings
        : ExitCodes.Success;
}

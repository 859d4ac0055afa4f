using HvLint.Core.Diagnostics;

namespace HvLint.Cli.Output;

/// <summary>
/// <c>hvlint check --format gitlab</c>: a GitLab Code Quality report (docs/formats.md §6.2), for
/// <c>artifacts: reports: codequality:</c> (docs/ci.md). One JSON array, one object per finding:
/// <code>
/// [
///   {
///     "description": "HV0301 ValueOutOfRange: ...",   // rule ID, name and message
///     "check_name": "HV0301",
///     "fingerprint": "3f2a…:1",      // the finding's SARIF partial fingerprint (stable across line moves)
///     "severity": "major",            // error: major, warning: minor, note: info
///     "location": { "path": "hosts/a.reg", "lines": { "begin": 3, "end": 3 } }
///   }
/// ]
/// </code>
/// The fingerprint is the one <c>--format sarif</c> puts in <c>partialFingerprints</c>, so it
/// is unique in a report (GitLab shows only the first finding of a fingerprint) and a finding
/// keeps it when lines are inserted above it. Suppressed findings and those beyond
/// --max-findings-per-rule are left out, as in SARIF. An internal error (exit code 3) is an
/// object with <c>check_name</c> "internal-error" and severity "blocker" at line 1 of its file,
/// so a merge request shows that the file's findings may be incomplete.
/// </summary>
internal sealed class GitLabFormatter(CheckReport report, ReportSink sink) : IReportWriter
{
    /// <summary>The check_name of an internal error.</summary>
    public const string InternalErrorCheck = "internal-error";

    private bool _any;

    /// <summary>Writes a file's shown findings and internal errors.</summary>
    public void Write(FileReport file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Shown.Count > 0)
        {
            var shown = new HashSet<Diagnostic>(file.Shown, ReferenceEqualityComparer.Instance);
            foreach (var (d, fingerprint) in Fingerprinted(file))
            {
                if (shown.Contains(d))
                {
                    var r = SourceRegion.Of(d.Location);
                    Item(d.Rule.Id + " " + d.Rule.Name + ": " + d.Message, d.Rule.Id, fingerprint, SeverityOf(d.Severity), PathOf(d.Location.Path), r.StartLine, r.EndLine);
                }
            }
        }

        foreach (var n in file.File.Notifications)
        {
            var path = PathOf(n.Path);
            var fingerprint = Fingerprints.Compute(InternalErrorCheck, path, n.RuleId + "|" + n.Message);
            Item($"HvLint internal error in {n.RuleId}: {n.Message} (the file's findings may be incomplete)", InternalErrorCheck, fingerprint, "blocker", path, 1, 1);
        }
    }

    /// <summary>Closes the array (an empty report is <c>[]</c>).</summary>
    public void End() => sink.Write(_any ? "\n]\n" : "[]\n");

    /// <summary>The GitLab severity of a finding.</summary>
    public static string SeverityOf(Severity severity) => severity switch
    {
        Core.Diagnostics.Severity.Error => "major",
        Core.Diagnostics.Severity.Warning => "minor",
        _ => "info",
    };

    // Numbered exactly as SarifFormatter numbers them: every finding of the file (suppressed
    // ones too, unless left out), by position then rule ID, so both outputs agree.
    private IEnumerable<(Diagnostic Diagnostic, string Fingerprint)> Fingerprinted(FileReport file)
    {
        var these = new List<Diagnostic>(file.File.Diagnostics);
        if (report.IncludeSuppressed)
        {
            these.AddRange(file.File.Suppressed.Select(s => s.Diagnostic));
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in these.OrderBy(d => d.Location.Span.Start).ThenBy(d => d.Rule.Id, StringComparer.Ordinal))
        {
            var hash = Fingerprints.Compute(d, PathOf(d.Location.Path));
            seen[hash] = seen.GetValueOrDefault(hash) + 1;
            yield return (d, $"{hash}:{seen[hash]}");
        }
    }

    private void Item(string description, string checkName, string fingerprint, string severity, string path, int begin, int end)
    {
        var json = JsonFormatter.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("description", description);
            w.WriteString("check_name", checkName);
            w.WriteString("fingerprint", fingerprint);
            w.WriteString("severity", severity);
            w.WriteStartObject("location");
            w.WriteString("path", path);
            w.WriteStartObject("lines");
            w.WriteNumber("begin", begin);
            w.WriteNumber("end", end);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }).TrimEnd('\n');
        sink.Write((_any ? ",\n" : "[\n") + Indent(json));
        _any = true;
    }

    private static string Indent(string json) => "  " + json.Replace("\n", "\n  ", StringComparison.Ordinal);

    // GitLab reads paths relative to the repository root; ours are relative to the working
    // directory (the checkout, in a pipeline), with '/' separators.
    private string PathOf(string displayPath) => SarifFormatter.RootRelative(displayPath, report.WorkingDirectory);
}

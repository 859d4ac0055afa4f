using System.Globalization;
using System.Text;
using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;

namespace HvLint.Cli.Output;

/// <summary>
/// <c>hvlint check --format github</c>: one GitHub Actions workflow command per finding, so that
/// a job's findings appear as annotations on the pull request's diff and in the run's summary
/// (docs/ci.md). Errors become <c>::error</c>, warnings <c>::warning</c>, notes <c>::notice</c>:
/// <code>
/// ::error file=hosts/a.reg,line=3,col=1,endLine=3,endColumn=27,title=HV0301 ValueOutOfRange::message
/// </code>
/// Property values escape '%', CR, LF, ':' and ','; the message escapes '%', CR and LF, as
/// GitHub's toolkit does (docs/formats.md §6.1). Other control characters are shown as
/// escapes such as <c>\x1b</c>, as in the text output, because the log is read on a terminal.
/// Internal errors (exit code 3) are <c>::error</c> commands titled "HvLint internal error";
/// findings left out by --max-findings-per-rule are counted in one <c>::notice</c> per file and
/// rule; the last line is the text output's summary (a plain log line).
/// </summary>
internal sealed class GitHubFormatter(CheckReport report, ReportSink sink) : IReportWriter
{
    /// <summary>Writes a file's shown findings, internal errors and omitted counts as commands.</summary>
    public void Write(FileReport file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var sb = new StringBuilder();
        foreach (var d in file.Shown)
        {
            var r = SourceRegion.Visible(d.Location);
            sb.Append(Command(
                Level(d.Severity),
                [
                    ("file", PathOf(d.Location.Path)),
                    ("line", Number(r.StartLine)),
                    ("col", Number(r.StartColumn)),
                    ("endLine", Number(r.EndLine)),
                    ("endColumn", Number(r.EndColumn)),
                    ("title", d.Rule.Id + " " + d.Rule.Name),
                ],
                d.Message));
        }

        foreach (var o in file.Omitted)
        {
            sb.Append(Command("notice", [("file", PathOf(o.Path)), ("title", o.RuleId + " findings not shown")], FindingBound.Describe(o)));
        }

        foreach (var n in file.File.Notifications)
        {
            sb.Append(Notification(n));
        }

        sink.Write(sb.ToString());
    }

    /// <summary>Writes the summary line.</summary>
    public void End() => sink.Write(TextFormatter.Summary(report) + "\n");

    /// <summary>An internal error as an <c>::error</c> command on the file it happened in.</summary>
    private string Notification(ToolNotification n) =>
        Command("error", [("file", PathOf(n.Path)), ("title", "HvLint internal error")], $"{n.Message} ({n.RuleId}); the file's findings may be incomplete.");

    /// <summary>One workflow command: <c>::name key=value,...::message</c> and a line break.</summary>
    public static string Command(string name, IEnumerable<(string Key, string Value)> properties, string message)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var props = string.Join(',', properties.Select(p => p.Key + "=" + EscapeProperty(p.Value)));
        return "::" + name + (props.Length == 0 ? string.Empty : " " + props) + "::" + EscapeData(message) + "\n";
    }

    /// <summary>A message: '%', CR and LF as %25, %0D and %0A; other control characters visible.</summary>
    public static string EscapeData(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TextEscaper.Escape(text.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal));
    }

    /// <summary>A property value: as a message, and ':' and ',' as %3A and %2C.</summary>
    public static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    // GitHub resolves 'file' against the repository root; our display paths are relative to
    // the working directory (the checkout, in a workflow) with '/' separators.
    private string PathOf(string displayPath) => SarifFormatter.RootRelative(displayPath, report.WorkingDirectory);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };
}

using System.Globalization;
using System.Text;
using System.Xml;
using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;

namespace HvLint.Cli.Output;

/// <summary>
/// <c>hvlint check --format junit</c>: JUnit XML for the test views of GitLab, Jenkins and Azure
/// Pipelines (docs/formats.md §6.3, docs/ci.md). One <c>testsuite</c> per file, named by its
/// path, so a view groups the findings under the file they are in; in it one <c>testcase</c>
/// per finding:
/// <code>
/// &lt;testsuites name="HvLint"&gt;
///   &lt;testsuite name="hosts/a.reg" tests="1" failures="1" errors="0" skipped="0" time="0"&gt;
///     &lt;testcase classname="hosts/a.reg" name="HV0301 ValueOutOfRange at 3:1" file="hosts/a.reg" time="0"&gt;
///       &lt;failure type="HV0301" message="..."&gt;hosts/a.reg:3:1: error HV0301: ...&lt;/failure&gt;
///     &lt;/testcase&gt;
///   &lt;/testsuite&gt;
///   &lt;testsuite name="hosts/clean.reg" tests="1" failures="0" ...&gt;
///     &lt;testcase classname="hosts/clean.reg" name="hosts/clean.reg" file="hosts/clean.reg" time="0"/&gt;
///   &lt;/testsuite&gt;
/// &lt;/testsuites&gt;
/// </code>
/// A file without findings is one passing test case, so the views count it. A finding at or
/// above its file's fail level is a <c>failure</c>; one below it (a note, by default) is a
/// passing test case that carries the finding in <c>system-out</c>, so the test view fails
/// exactly when the exit code is 1. Findings beyond --max-findings-per-rule are one failing
/// test case per rule that counts them; an internal error (exit code 3) is a test case with an
/// <c>error</c>. Suppressed findings are left out. Test case names are unique in a file (GitLab
/// keeps only the first of a name), a second finding of a rule at one position numbered "(2)". Each file's suite is written as the file's
/// result arrives, so the root element carries no totals (JUnit consumers add up the suites).
/// </summary>
internal sealed class JUnitFormatter(CheckReport report, ReportSink sink) : IReportWriter
{
    private static readonly XmlWriterSettings s_settings = new()
    {
        ConformanceLevel = ConformanceLevel.Fragment,
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        OmitXmlDeclaration = true,
    };

    private bool _started;

    /// <summary>Writes one testsuite per path of the file's result (the file, and files it links that have findings).</summary>
    public void Write(FileReport file)
    {
        ArgumentNullException.ThrowIfNull(file);
        Start();
        var paths = new List<string> { file.File.Path };
        paths.AddRange(file.Shown.Select(d => d.Location.Path).Concat(file.Omitted.Select(o => o.Path)).Concat(file.File.Notifications.Select(n => n.Path)).Distinct(StringComparer.Ordinal).Where(p => p != file.File.Path));
        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(sb, s_settings))
        {
            foreach (var path in paths)
            {
                Suite(w, path, [.. file.Shown.Where(d => d.Location.Path == path)], [.. file.Omitted.Where(o => o.Path == path)], [.. file.File.Notifications.Where(n => n.Path == path)]);
            }
        }

        sink.Write("  " + sb.ToString().Replace("\n", "\n  ", StringComparison.Ordinal) + "\n");
    }

    /// <summary>Closes the document.</summary>
    public void End()
    {
        Start();
        sink.Write("</testsuites>\n");
    }

    private void Start()
    {
        if (!_started)
        {
            _started = true;
            sink.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"" + ToolInfo.Name + "\">\n");
        }
    }

    private void Suite(XmlWriter w, string displayPath, IReadOnlyList<Diagnostic> findings, IReadOnlyList<OmittedFindings> omitted, IReadOnlyList<ToolNotification> errors)
    {
        var path = Clean(SarifFormatter.RootRelative(displayPath, report.WorkingDirectory));
        var failLevel = report.FailLevelOf(displayPath);
        var failures = findings.Count(d => d.Severity >= failLevel) + omitted.Count;
        var tests = findings.Count + omitted.Count + errors.Count;
        w.WriteStartElement("testsuite");
        w.WriteAttributeString("name", path);
        w.WriteAttributeString("tests", Number(Math.Max(tests, 1)));
        w.WriteAttributeString("failures", Number(failures));
        w.WriteAttributeString("errors", Number(errors.Count));
        w.WriteAttributeString("skipped", "0");
        w.WriteAttributeString("time", "0");
        if (tests == 0)
        {
            StartCase(w, path, path);
            w.WriteEndElement();
        }

        // GitLab keeps only the first of test cases with the same classname and name (§6.3).
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in findings)
        {
            var r = SourceRegion.Of(d.Location);
            var at = Number(r.StartLine) + ":" + Number(r.StartColumn);
            var name = $"{d.Rule.Id} {d.Rule.Name} at {at}";
            var n = names[name] = names.GetValueOrDefault(name) + 1;
            StartCase(w, path, n == 1 ? name : $"{name} ({Number(n)})");
            var body = $"{path}:{at}: {JsonFormatter.SeverityName(d.Severity)} {d.Rule.Id}: {Clean(d.Message)}";
            if (d.Severity >= failLevel)
            {
                w.WriteStartElement("failure");
                w.WriteAttributeString("type", d.Rule.Id);
                w.WriteAttributeString("message", Clean(d.Message));
                w.WriteString(body);
                w.WriteEndElement();
            }
            else
            {
                w.WriteElementString("system-out", body);
            }

            w.WriteEndElement();
        }

        foreach (var o in omitted)
        {
            StartCase(w, path, $"{o.RuleId} findings not shown");
            w.WriteStartElement("failure");
            w.WriteAttributeString("type", o.RuleId);
            w.WriteAttributeString("message", Clean(FindingBound.Describe(o)));
            w.WriteEndElement();
            w.WriteEndElement();
        }

        foreach (var n in errors)
        {
            StartCase(w, path, $"HvLint internal error in {n.RuleId}");
            w.WriteStartElement("error");
            w.WriteAttributeString("type", "internal-error");
            w.WriteAttributeString("message", Clean($"{n.Message} ({n.RuleId}); the file's findings may be incomplete."));
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void StartCase(XmlWriter w, string path, string name)
    {
        w.WriteStartElement("testcase");
        w.WriteAttributeString("classname", path);
        w.WriteAttributeString("name", name);
        w.WriteAttributeString("file", path);
        w.WriteAttributeString("time", "0");
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Text XML 1.0 can carry: control characters become visible escapes (as in the text
    /// output) and an unpaired surrogate becomes U+FFFD; markup characters are escaped by the writer.
    /// </summary>
    internal static string Clean(string text)
    {
        var escaped = TextEscaper.Escape(text);
        StringBuilder? sb = null;
        for (var i = 0; i < escaped.Length; i++)
        {
            var c = escaped[i];
            if (char.IsHighSurrogate(c) && i + 1 < escaped.Length && char.IsLowSurrogate(escaped[i + 1]))
            {
                sb?.Append(c).Append(escaped[i + 1]);
                i++;
                continue;
            }

            if (XmlConvert.IsXmlChar(c))
            {
                sb?.Append(c);
                continue;
            }

            sb ??= new StringBuilder(escaped, 0, i, escaped.Length);
            sb.Append('\uFFFD');
        }

        return sb?.ToString() ?? escaped;
    }
}

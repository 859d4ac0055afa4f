using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HvLint.Core.Diagnostics;

namespace HvLint.Cli.Output;

/// <summary>
/// The JSON output of <c>hvlint check --format json</c>. Its shape is stable: fields are only
/// ever added, and a breaking change bumps <c>version</c>.
/// <code>
/// {
///   "version": 1,                       // of this shape
///   "tool": { "name": "HvLint", "version": "0.1.0" },
///   "catalogVersion": "3f2a9c1b0d4e",   // short hash of the settings catalog
///   "files": 5,                         // number of files linted
///   "diagnostics": [                    // ordered by path, then position, then rule ID
///     {
///       "ruleId": "HV0301",
///       "ruleName": "ValueOutOfRange",
///       "category": "range",            // kebab-case category
///       "severity": "error",            // error | warning | note (after configuration)
///       "message": "...",
///       "path": "hosts/a.reg",          // relative to the working directory, '/' separators
///       "startLine": 3, "startColumn": 1,   // 1-based; columns in UTF-16 code units
///       "endLine": 3, "endColumn": 27,      // exclusive: the column just after the span
///       "related": [ { "message": "...", "path": "...", "startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 5 } ],
///       "writeIdentity": "reg:hklm\\...:name",  // what the finding is about, or null
///       "securitySeverity": 7.5,          // GitHub security-severity score, or null
///       "fixes": [                      // only when the finding has a fix; preferred first
///         { "title": "Quote '{current}'", "applicability": "safe",   // safe | unsafe (--unsafe-fixes)
///           "edits": [ { "startLine": 4, "startColumn": 9, "endLine": 4, "endColumn": 18,   // as the finding's
///                        "startOffset": 57, "endOffset": 66,   // UTF-16 code units into the decoded text
///                        "newText": "\"{current}\"" } ] }
///       ]
///     }
///   ],
///   "notifications": [                  // internal errors: a rule or front end that failed
///     { "path": "hosts/a.reg", "ruleId": "HV0301", "message": "..." }
///   ],
///   "suppressed": [                     // findings hidden by an inline suppression (empty with --exclude-suppressed)
///     { ...as in diagnostics..., "justification": "..." or null, "until": "2027-03-31" or null }
///   ],
///   "omitted": [                        // only when --max-findings-per-rule (default 100) left findings out
///     { "path": "big.reg", "ruleId": "HV0201", "shown": 100, "omitted": 31990, "message": "big.reg: 31,990 more findings of HV0201 in this file (...)" }
///   ],
///   "statistics": [                     // only with --statistics: reported findings per rule, most first
///     { "ruleId": "HV0101", "ruleName": "UnknownValueName", "count": 12, "fixable": 3 }   // fixable: with a safe fix
///   ],
///   "shard": { "index": 2, "count": 4 },   // only with --shard 2/4
///   "baseline": { "unchanged": 12, "absent": 1 }   // only with --baseline
/// }
/// </code>
/// With --baseline, "diagnostics" lists only new findings and each has "baselineState": "new".
/// </summary>
/// <para>
/// The findings are turned into JSON as each file's result arrives and the file's text is
/// dropped; the document is written when the run ends, because "files" comes before them and
/// linked files are only known at the end. What is kept meanwhile is the findings' JSON, never
/// the files.
/// </para>
internal sealed class JsonFormatter(CheckReport report, ReportSink sink) : IReportWriter
{
    /// <summary>The version of the shape above.</summary>
    public const int ShapeVersion = 1;

    private const string DiagnosticsMark = "\u0001diagnostics\u0001";
    private const string SuppressedMark = "\u0001suppressed\u0001";

    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,

        // Reports are read by people too: keep quotes, backslashes and non-ASCII readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly JsonArrayBuffer _diagnostics = new(s_options, depth: 2);
    private readonly JsonArrayBuffer _suppressed = new(s_options, depth: 2);

    public void Write(FileReport file)
    {
        ArgumentNullException.ThrowIfNull(file);
        foreach (var d in file.Shown)
        {
            _diagnostics.Add(w =>
            {
                w.WriteStartObject();
                WriteDiagnosticFields(w, d);
                if (report.Baseline is not null)
                {
                    w.WriteString("baselineState", BaselineComparison.StateOf(file.Unchanged, d));
                }

                w.WriteEndObject();
            });
        }

        if (!report.IncludeSuppressed)
        {
            return;
        }

        foreach (var sd in file.File.Suppressed)
        {
            _suppressed.Add(w =>
            {
                w.WriteStartObject();
                WriteDiagnosticFields(w, sd.Diagnostic);
                if (sd.Justification is null)
                {
                    w.WriteNull("justification");
                }
                else
                {
                    w.WriteString("justification", sd.Justification);
                }

                if (sd.Until is { } until)
                {
                    w.WriteString("until", until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }
                else
                {
                    w.WriteNull("until");
                }

                w.WriteEndObject();
            });
        }
    }

    /// <summary>Writes the document: the parts known only now around the findings kept as JSON.</summary>
    public void End()
    {
        var frame = Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("version", ShapeVersion);
            w.WriteStartObject("tool");
            w.WriteString("name", ToolInfo.Name);
            w.WriteString("version", ToolInfo.Version);
            w.WriteEndObject();
            w.WriteString("catalogVersion", report.CatalogVersion);
            w.WriteNumber("files", report.Files);
            w.WriteString("diagnostics", DiagnosticsMark);
            w.WriteStartArray("notifications");
            foreach (var n in report.Notifications)
            {
                w.WriteStartObject();
                w.WriteString("path", n.Path);
                w.WriteString("ruleId", n.RuleId);
                w.WriteString("message", n.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("suppressed", SuppressedMark);
            if (report.Omitted.Count > 0)
            {
                w.WriteStartArray("omitted");
                foreach (var o in report.Omitted)
                {
                    w.WriteStartObject();
                    w.WriteString("path", o.Path);
                    w.WriteString("ruleId", o.RuleId);
                    w.WriteNumber("shown", o.Shown);
                    w.WriteNumber("omitted", o.Omitted);
                    w.WriteString("message", FindingBound.Describe(o));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            if (report.Statistics is { } statistics)
            {
                w.WriteStartArray("statistics");
                foreach (var r in statistics.Rows)
                {
                    w.WriteStartObject();
                    w.WriteString("ruleId", r.Rule.Id);
                    w.WriteString("ruleName", r.Rule.Name);
                    w.WriteNumber("count", r.Count);
                    w.WriteNumber("fixable", r.Fixable);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            if (report.Shard is { } shard)
            {
                w.WriteStartObject("shard");
                w.WriteNumber("index", shard.Index);
                w.WriteNumber("count", shard.Count);
                w.WriteEndObject();
            }

            if (report.Baseline is { } b)
            {
                w.WriteStartObject("baseline");
                w.WriteNumber("unchanged", b.UnchangedCount);
                w.WriteNumber("absent", b.Absent.Count);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        });

        // The marks are strings the writer escapes (\u0001), so no text from a file can match them.
        var d = frame.IndexOf(Quoted(DiagnosticsMark), StringComparison.Ordinal);
        var s = frame.IndexOf(Quoted(SuppressedMark), d, StringComparison.Ordinal);
        sink.Write(frame[..d]);
        _diagnostics.WriteTo(sink);
        sink.Write(frame[(d + Quoted(DiagnosticsMark).Length)..s]);
        _suppressed.WriteTo(sink);
        sink.Write(frame[(s + Quoted(SuppressedMark).Length)..]);
    }

    private static string Quoted(string mark) => Write(w => w.WriteStringValue(mark)).TrimEnd('\n');

    /// <summary>Writes a JSON document to a string with the tool's writer options.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, s_options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteDiagnosticFields(Utf8JsonWriter w, Diagnostic d)
    {
        w.WriteString("ruleId", d.Rule.Id);
        w.WriteString("ruleName", d.Rule.Name);
        w.WriteString("category", RuleCategories.Name(d.Rule.Category));
        w.WriteString("severity", SeverityName(d.Severity));
        w.WriteString("message", d.Message);
        WriteLocation(w, d.Location);
        w.WriteStartArray("related");
        foreach (var r in d.Related)
        {
            w.WriteStartObject();
            w.WriteString("message", r.Message);
            WriteLocation(w, r.Location);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (d.WriteIdentity is null)
        {
            w.WriteNull("writeIdentity");
        }
        else
        {
            w.WriteString("writeIdentity", d.WriteIdentity);
        }

        if (d.SecuritySeverity is { } s)
        {
            w.WriteNumber("securitySeverity", s);
        }
        else
        {
            w.WriteNull("securitySeverity");
        }

        // Absent rather than empty, so findings without fixes read as they always did.
        if (d.Fixes.Count > 0)
        {
            WriteFixes(w, d);
        }
    }

    private static void WriteFixes(Utf8JsonWriter w, Diagnostic d)
    {
        var source = d.Location.Source;
        w.WriteStartArray("fixes");
        foreach (var fix in d.Fixes)
        {
            w.WriteStartObject();
            w.WriteString("title", fix.Title);
            w.WriteString("applicability", fix.Applicability == HvLint.Core.Fixes.FixApplicability.Safe ? "safe" : "unsafe");
            w.WriteStartArray("edits");
            foreach (var e in fix.Edits)
            {
                var region = SourceRegion.OfEdit(source, e.Span);
                w.WriteStartObject();
                w.WriteNumber("startLine", region.StartLine);
                w.WriteNumber("startColumn", region.StartColumn);
                w.WriteNumber("endLine", region.EndLine);
                w.WriteNumber("endColumn", region.EndColumn);
                w.WriteNumber("startOffset", e.Span.Start);
                w.WriteNumber("endOffset", e.Span.End);
                w.WriteString("newText", e.NewText);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteLocation(Utf8JsonWriter w, Location location)
    {
        var r = SourceRegion.Of(location);
        w.WriteString("path", location.Path);
        w.WriteNumber("startLine", r.StartLine);
        w.WriteNumber("startColumn", r.StartColumn);
        w.WriteNumber("endLine", r.EndLine);
        w.WriteNumber("endColumn", r.EndColumn);
    }

    /// <summary>The lower-case severity name used in every output.</summary>
    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}

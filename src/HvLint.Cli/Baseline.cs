using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HvLint.Cli.Output;
using HvLint.Core.Configuration;
using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;

namespace HvLint.Cli;

/// <summary>One accepted finding of a baseline file.</summary>
/// <param name="Path">The file, relative to the baseline file's folder, with '/' separators.</param>
/// <param name="RuleId">The rule.</param>
/// <param name="Identity">What the finding is about (<see cref="Fingerprints.Identity"/>), never a line number.</param>
/// <param name="Message">The message when the baseline was written; for reviewers only, not matched.</param>
internal sealed record BaselineFinding(string Path, string RuleId, string Identity, string Message);

/// <summary>
/// A baseline: the findings a team has accepted, so that 'check --baseline' reports only new
/// ones. A finding is identified by its rule, its file and the write it concerns (the
/// normalised key path and value name, or the BCD store, object and element), not by its
/// line: lines inserted above it do not make it new, and the same mistake in another file is
/// new. Repeated findings are matched by count. The file is sorted and written the same way
/// every time, so that it diffs cleanly in review.
/// </summary>
internal sealed class Baseline
{
    /// <summary>The version of the file's shape.</summary>
    public const int ShapeVersion = 1;

    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private Baseline(string fullPath, IReadOnlyList<BaselineFinding> findings)
    {
        FullPath = fullPath;
        Findings = findings;
    }

    /// <summary>The baseline file.</summary>
    public string FullPath { get; }

    /// <summary>The folder its paths are relative to.</summary>
    public string Directory => System.IO.Path.GetDirectoryName(FullPath)!;

    /// <summary>The accepted findings, sorted.</summary>
    public IReadOnlyList<BaselineFinding> Findings { get; }

    /// <summary>A baseline of the given findings; <paramref name="fullPathOf"/> gives each finding's file.</summary>
    public static Baseline Create(string fullPath, IEnumerable<Diagnostic> diagnostics, Func<Diagnostic, string> fullPathOf)
    {
        var dir = System.IO.Path.GetDirectoryName(fullPath)!;
        return Of(fullPath, diagnostics.Select(d => FindingOf(dir, d, fullPathOf)));
    }

    /// <summary>The file's text: UTF-8 JSON, two-space indent, '\n' line ends.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, s_options))
        {
            w.WriteStartObject();
            w.WriteNumber("version", ShapeVersion);
            w.WriteString("tool", ToolInfo.Name);
            w.WriteString("description", "Findings accepted when this file was written; 'hvlint check --baseline' reports only findings not listed here. Refresh with 'hvlint check --write-baseline'.");
            w.WriteStartArray("findings");
            foreach (var f in Findings)
            {
                w.WriteStartObject();
                w.WriteString("path", f.Path);
                w.WriteString("ruleId", f.RuleId);
                w.WriteString("identity", f.Identity);
                w.WriteString("message", f.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>The largest baseline HvLint reads: 256 MiB (about a million findings).</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>
    /// Reads a baseline file; a missing, unreadable or malformed file (a device, a pipe, a huge
    /// file, bad UTF-8, an unpaired surrogate, a version that is not a whole number) is a
    /// <see cref="ConfigurationException"/> naming the place (exit code 2).
    /// </summary>
    public static Baseline Load(string fullPath, string displayPath)
    {
        byte[] bytes;
        try
        {
            bytes = FileChecks.ReadRegularFile(fullPath, MaxBytes);
        }
        catch (FileNotFoundException)
        {
            throw new ConfigurationException(displayPath, 0, 0, "the baseline file does not exist; create it with 'hvlint check --write-baseline " + displayPath + "'.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(displayPath, 0, 0, "the baseline cannot be read: " + ex.Message);
        }

        var root = JsonTree.Parse(displayPath, bytes);
        if (!root.IsObject || root["findings"] is not { IsArray: true } list)
        {
            throw new ConfigurationException(displayPath, root.Line, root.Column, "not an HvLint baseline: expected an object with a 'findings' array, as 'hvlint check --write-baseline' writes.");
        }

        if (root["version"] is { } version && !(version.IsNumber && version.Number == ShapeVersion))
        {
            throw new ConfigurationException(displayPath, version.Line, version.Column, $"baseline version {version.Display} is not one this HvLint reads (it reads {ShapeVersion}); write it again with 'hvlint check --write-baseline'.");
        }

        var findings = new List<BaselineFinding>();
        for (var index = 0; index < list.Items.Count; index++)
        {
            var item = list.Items[index];
            findings.Add(new BaselineFinding(
                Required(item, "path", displayPath, index),
                Required(item, "ruleId", displayPath, index),
                Required(item, "identity", displayPath, index),
                item.IsObject && item["message"] is { IsString: true } m ? m.Text! : string.Empty));
        }

        return new Baseline(fullPath, findings);
    }

    /// <summary>
    /// A comparison filled file by file: a file's findings, reported ones first, take the
    /// entries the baseline lists for them (unchanged); entries left at the end are absent.
    /// </summary>
    public BaselineComparison Compare(Func<Diagnostic, string> fullPathOf) => new(this, fullPathOf, acceptAll: false);

    /// <summary>The finding a baseline records for a diagnostic.</summary>
    internal static BaselineFinding FindingOf(string directory, Diagnostic d, Func<Diagnostic, string> fullPathOf) =>
        new(Relative(directory, fullPathOf(d)), d.Rule.Id, Fingerprints.Identity(d), d.Message);

    /// <summary>A baseline of the given findings, sorted.</summary>
    internal static Baseline Of(string fullPath, IEnumerable<BaselineFinding> findings) =>
        new(fullPath, [.. findings
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Identity, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)]);

    private static string Required(JsonTree item, string name, string displayPath, int index) =>
        item.IsObject && item[name] is { IsString: true } v
            ? v.Text!
            : throw new ConfigurationException(displayPath, item.Line, item.Column, $"findings[{index}] has no '{name}' string; expected path, ruleId and identity as 'hvlint check --write-baseline' writes them.");

    private static string Relative(string directory, string fullPath) =>
        System.IO.Path.GetRelativePath(directory, fullPath).Replace('\\', '/');
}

/// <summary>
/// How a run's findings compare with a baseline, filled file by file as results arrive. With
/// --write-baseline the baseline is the run's own reported findings: each of them is unchanged,
/// and the entries are collected for the file written at the end.
/// </summary>
internal sealed class BaselineComparison
{
    private readonly Func<Diagnostic, string> _fullPathOf;
    private readonly bool _acceptAll;
    private readonly Dictionary<(string, string, string), List<BaselineFinding>> _remaining = [];
    private readonly List<BaselineFinding> _written = [];

    internal BaselineComparison(Baseline baseline, Func<Diagnostic, string> fullPathOf, bool acceptAll)
    {
        Baseline = baseline;
        _fullPathOf = fullPathOf;
        _acceptAll = acceptAll;
        foreach (var f in baseline.Findings)
        {
            var key = (f.Path, f.RuleId, f.Identity);
            if (!_remaining.TryGetValue(key, out var same))
            {
                _remaining[key] = same = [];
            }

            same.Add(f);
        }
    }

    /// <summary>The baseline compared with (for --write-baseline, its file; findings come with <see cref="Written"/>).</summary>
    public Baseline Baseline { get; }

    /// <summary>How many findings so far the baseline lists.</summary>
    public int UnchangedCount { get; private set; }

    /// <summary>Baseline entries no finding matched (complete once every file is in).</summary>
    public IReadOnlyList<BaselineFinding> Absent => [.. _remaining.Values.SelectMany(v => v).Where(f => InScope?.Invoke(f) != false)];

    /// <summary>
    /// Which baselined findings this run could have found (null: all): with --select, --ignore
    /// or --shard a finding of a rule that did not run, or in a file of another shard, is not
    /// "absent" (fixed), only unchecked.
    /// </summary>
    public Func<BaselineFinding, bool>? InScope { get; set; }

    /// <summary>With --write-baseline: the baseline of every reported finding so far.</summary>
    public Baseline Written => Baseline.Of(Baseline.FullPath, _written);

    /// <summary>A comparison for --write-baseline: the run's reported findings are the baseline.</summary>
    public static BaselineComparison Accepting(string fullPath, Func<Diagnostic, string> fullPathOf) =>
        new(Baseline.Of(fullPath, []), fullPathOf, acceptAll: true);

    /// <summary>
    /// The findings of one file the baseline lists: reported ones first take its entries, so a
    /// baselined finding suppressed since is unchanged only if no reported one took its entry.
    /// </summary>
    public IReadOnlySet<Diagnostic> Match(FileResult file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var unchanged = new HashSet<Diagnostic>(ReferenceEqualityComparer.Instance);
        if (_acceptAll)
        {
            foreach (var d in file.Diagnostics)
            {
                _written.Add(Baseline.FindingOf(Baseline.Directory, d, _fullPathOf));
                unchanged.Add(d);
            }
        }
        else
        {
            foreach (var d in file.Diagnostics.Concat(file.Suppressed.Select(s => s.Diagnostic)))
            {
                var f = Baseline.FindingOf(Baseline.Directory, d, _fullPathOf);
                if (_remaining.TryGetValue((f.Path, f.RuleId, f.Identity), out var same) && same.Count > 0)
                {
                    same.RemoveAt(0);
                    unchanged.Add(d);
                }
            }
        }

        UnchangedCount += unchanged.Count;
        return unchanged;
    }

    /// <summary>"new" or "unchanged".</summary>
    public static string StateOf(IReadOnlySet<Diagnostic> unchanged, Diagnostic diagnostic) => unchanged.Contains(diagnostic) ? "unchanged" : "new";
}

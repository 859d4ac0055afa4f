using System.Text;
using System.Text.Json;
using HvLint.TestKit;

namespace HvLint.Cli.Tests.Corpus;

/// <summary>
/// Lints the real-world corpus (tests/corpus/files, public scripts as published) and holds every
/// finding to the reviewed golden file tests/corpus/findings.golden, where each finding carries a
/// verdict a reviewer wrote: 'true' or 'known-false - reason'. A new finding, a vanished finding
/// or a finding without a verdict fails the test. HVLINT_UPDATE_BASELINES=1 rewrites the findings
/// and keeps the verdicts of those that did not change (same file, rule, line and message); new
/// findings get 'TODO', which fails until someone reviews them (tests/corpus/README.md).
/// </summary>
public sealed class CorpusFindingsTests
{
    /// <summary>
    /// Files on which HvLint currently fails with an internal error (exit code 3), with the reason.
    /// The test asserts they still fail, so a fix makes it fail here: remove the entry, then
    /// regenerate the golden file and review the file's new findings.
    /// </summary>
    [Fact]
    public void The_manifest_attributes_every_corpus_file_to_a_licensed_source()
    {
        var entries = CorpusManifest.Load();
        var onDisk = CorpusManifest.Files().ToHashSet(StringComparer.Ordinal);

        Assert.True(entries.Count >= 40, $"the corpus should hold at least 40 files, it holds {entries.Count}");
        Assert.Equal(onDisk.Order(StringComparer.Ordinal), entries.Select(e => e.File).Order(StringComparer.Ordinal));
        foreach (var e in entries)
        {
            Assert.Matches("^[0-9a-f]{40}$", e.Commit);
            Assert.Contains(e.License, (string[])["MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "GPL-2.0-only", "GPL-3.0-only", "GPL-3.0-or-later", "LGPL-2.1-only", "LGPL-3.0-only"]);
            Assert.False(string.IsNullOrWhiteSpace(e.Copyright), e.File + ": no copyright line");
            Assert.True(File.Exists(Path.Combine(CorpusManifest.Root, e.LicenseFile)), e.File + ": missing " + e.LicenseFile);
        }
    }

    [Fact]
    public void Every_finding_on_the_corpus_is_reviewed_in_the_golden_file()
    {
        var r = CliRunner.Run(CorpusManifest.FilesRoot, "check", ".", "--format", "json", "--fail-level", "note");
        using var doc = JsonDocument.Parse(r.Stdout);

        // No internal error on any real file: a crash would hide every finding of that file.
        var crashed = doc.RootElement.GetProperty("notifications").EnumerateArray()
            .Select(n => n.GetProperty("path").GetString() + ": " + n.GetProperty("message").GetString());
        Assert.Empty(crashed);
        Assert.Equal(1, r.ExitCode);

        var actual = doc.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => new GoldenFinding(
                d.GetProperty("path").GetString()!,
                d.GetProperty("startLine").GetInt32(),
                d.GetProperty("startColumn").GetInt32(),
                d.GetProperty("ruleId").GetString()!,
                d.GetProperty("message").GetString()!.ReplaceLineEndings(" ")))
            .OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ToList();

        var goldenPath = Path.Combine(CorpusManifest.Root, "findings.golden");
        var golden = File.Exists(goldenPath) ? FindingsGolden.Parse(File.ReadAllText(goldenPath)) : [];
        if (Environment.GetEnvironmentVariable("HVLINT_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(goldenPath, FindingsGolden.Render(actual, golden), new UTF8Encoding(false));
            golden = FindingsGolden.Parse(File.ReadAllText(goldenPath));
        }

        var actualLines = actual.Select(f => f.Line1).ToList();
        var goldenLines = golden.Select(g => g.Finding.Line1).ToList();
        var missing = goldenLines.Except(actualLines, StringComparer.Ordinal).ToList();
        var unexpected = actualLines.Except(goldenLines, StringComparer.Ordinal).ToList();
        Assert.True(
            missing.Count == 0 && unexpected.Count == 0,
            "The corpus findings differ from tests/corpus/findings.golden; run HVLINT_UPDATE_BASELINES=1 dotnet test, then review every new finding.\n"
            + "Gone:\n  " + string.Join("\n  ", missing) + "\nNew:\n  " + string.Join("\n  ", unexpected));

        var unreviewed = golden.Where(g => g.Verdict is null || !FindingsGolden.IsValidVerdict(g.Verdict)).Select(g => g.Finding.Line1 + "  [" + (g.Verdict ?? "no verdict") + "]").ToList();
        Assert.True(unreviewed.Count == 0, "Findings without a reviewed verdict ('true - why' or 'known-false - why') in tests/corpus/findings.golden:\n  " + string.Join("\n  ", unreviewed));
    }

    [Fact]
    public void Updating_the_golden_file_keeps_verdicts_of_unchanged_findings()
    {
        var kept = new GoldenFinding("a.reg", 3, 1, "HV0101", "msg");
        var moved = new GoldenFinding("a.reg", 4, 1, "HV0101", "msg");
        var old = FindingsGolden.Parse(FindingsGolden.Render([kept], []).Replace("# verdict: TODO", "# verdict: true - checked", StringComparison.Ordinal));

        var text = FindingsGolden.Render([kept with { Column = 7 }, moved], old);

        var parsed = FindingsGolden.Parse(text);
        Assert.Equal("true - checked", parsed[0].Verdict);
        Assert.Equal(7, parsed[0].Finding.Column);
        Assert.Equal("TODO", parsed[1].Verdict);
        Assert.False(FindingsGolden.IsValidVerdict("TODO"));
        Assert.False(FindingsGolden.IsValidVerdict("known-false"));
        Assert.True(FindingsGolden.IsValidVerdict("known-false - StorSvc is a Windows service"));
    }
}

/// <summary>One finding as the golden file writes it: 'file:line:col RULE message'.</summary>
internal sealed record GoldenFinding(string File, int Line, int Column, string Rule, string Message)
{
    public string Line1 => $"{File}:{Line}:{Column} {Rule} {Message}";

    /// <summary>What identifies a finding across regenerations (the column may move).</summary>
    public string Key => $"{File}\n{Line}\n{Rule}\n{Message}";
}

/// <summary>A golden entry: a finding and the reviewer's verdict (null when there is none).</summary>
internal sealed record GoldenEntry(GoldenFinding Finding, string? Verdict);

/// <summary>Reads and writes tests/corpus/findings.golden.</summary>
internal static class FindingsGolden
{
    private const string VerdictPrefix = "# verdict:";

    private const string Header =
        "# Findings of 'hvlint check' on tests/corpus/files, each reviewed by eye as the file's author would.\n"
        + "# Verdict: 'true - why' (the finding is right) or 'known-false - why' (HvLint is wrong; say what is being fixed).\n"
        + "# Regenerate with HVLINT_UPDATE_BASELINES=1 dotnet test tests/HvLint.Cli.Tests; verdicts of unchanged findings are kept,\n"
        + "# new findings get 'TODO' and the test fails until they are reviewed. See tests/corpus/README.md.\n";

    public static bool IsValidVerdict(string verdict) =>
        verdict == "true"
        || (verdict.StartsWith("true - ", StringComparison.Ordinal) && verdict.Length > 7)
        || (verdict.StartsWith("known-false - ", StringComparison.Ordinal) && verdict.Length > 14);

    public static List<GoldenEntry> Parse(string text)
    {
        var entries = new List<GoldenEntry>();
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith(VerdictPrefix, StringComparison.Ordinal))
            {
                if (entries.Count > 0 && entries[^1].Verdict is null)
                {
                    entries[^1] = entries[^1] with { Verdict = line[VerdictPrefix.Length..].Trim() };
                }

                continue;
            }

            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            entries.Add(new GoldenEntry(ParseFinding(line), null));
        }

        return entries;
    }

    public static string Render(IEnumerable<GoldenFinding> findings, IReadOnlyList<GoldenEntry> previous)
    {
        var verdicts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in previous)
        {
            if (e.Verdict is not null)
            {
                verdicts.TryAdd(e.Finding.Key, e.Verdict);
            }
        }

        var sb = new StringBuilder(Header);
        foreach (var f in findings)
        {
            sb.Append('\n').Append(f.Line1).Append('\n');
            sb.Append("    ").Append(VerdictPrefix).Append(' ').Append(verdicts.GetValueOrDefault(f.Key, "TODO")).Append('\n');
        }

        return sb.ToString();
    }

    private static GoldenFinding ParseFinding(string line)
    {
        // file:line:col RULE message; the file may contain spaces but no ':' followed by digits.
        var m = System.Text.RegularExpressions.Regex.Match(line, @"^(?<file>.+?):(?<line>\d+):(?<col>\d+) (?<rule>\S+) (?<msg>.*)$");
        if (!m.Success)
        {
            throw new FormatException("Not a finding line in findings.golden: " + line);
        }

        return new GoldenFinding(
            m.Groups["file"].Value,
            int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(m.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture),
            m.Groups["rule"].Value,
            m.Groups["msg"].Value);
    }
}

/// <summary>tests/corpus/manifest.tsv: where each corpus file comes from and under which license.</summary>
internal static class CorpusManifest
{
    public static string Root => RepoPaths.Combine("tests", "corpus");

    public static string FilesRoot => Path.Combine(Root, "files");

    /// <summary>Corpus files, relative to <see cref="FilesRoot"/> with '/'.</summary>
    public static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(FilesRoot, "*", SearchOption.AllDirectories)
            .Where(p => Path.GetFileName(p) != ".gitattributes")
            .Select(p => Path.GetRelativePath(FilesRoot, p).Replace('\\', '/'));

    public static List<ManifestEntry> Load()
    {
        var lines = File.ReadAllLines(Path.Combine(Root, "manifest.tsv"));
        Assert.Equal("file\trepository\tpath\tcommit\tlicense\tcopyright\tlicense_file", lines[0]);
        return lines.Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var c = l.Split('\t');
            Assert.True(c.Length == 7, "manifest.tsv: not 7 columns: " + l);
            return new ManifestEntry(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
        }).ToList();
    }
}

internal sealed record ManifestEntry(string File, string Repository, string Path, string Commit, string License, string Copyright, string LicenseFile);

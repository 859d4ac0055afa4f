using System.Text;
using System.Text.Json;

namespace HvLint.Cli.Tests;

/// <summary>
/// --max-findings-per-rule: a file with thousands of the same finding shows the first N of
/// each rule, then one line counting the rest; exit code, summary and baselines see them all.
/// </summary>
public sealed class FindingBoundTests : IDisposable
{
    private const string Head = "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]\n";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    // 'set Vn=bad' is an error of HV0391 on every line; 'set Insecure=1' one of HV0591.
    private void WriteBad(string path, int count, int insecure = 0)
    {
        var sb = new StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            sb.Append("set V").Append(i).Append("=bad\n");
        }

        for (var i = 0; i < insecure; i++)
        {
            sb.Append("set Insecure=1\n");
        }

        _dir.Write(path, sb.ToString());
    }

    [Fact]
    public void Text_shows_the_first_hundred_of_a_rule_in_source_order_then_counts_the_rest()
    {
        WriteBad("a.hvt", 1205, insecure: 3);
        var r = CliRunner.RunFake(_dir.Path, "check", "a.hvt");
        Assert.Equal(1, r.ExitCode);
        var lines = r.Stdout.Split('\n');
        var bad = lines.Where(l => l.Contains(" HV0391: ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(100, bad.Length);
        Assert.StartsWith("a.hvt:1:", bad[0], StringComparison.Ordinal);
        Assert.StartsWith("a.hvt:100:", bad[^1], StringComparison.Ordinal);

        // Another rule in the same file is not crowded out.
        Assert.Equal(3, lines.Count(l => l.Contains(" HV0591: ", StringComparison.Ordinal)));
        Assert.Contains("a.hvt: 1,105 more findings of HV0391 in this file (shown: the first 100; --max-findings-per-rule 0 shows all)", lines);
        Assert.DoesNotContain(lines, l => l.Contains("more findings of HV0591", StringComparison.Ordinal));

        // The summary counts every finding and says how many were not shown.
        Assert.Equal("1205 errors, 5 warnings in 1 file (1,105 not shown (--max-findings-per-rule)).", lines[^2]);
    }

    [Fact]
    public void Each_file_gets_its_own_line_after_its_findings()
    {
        WriteBad("a.hvt", 3);
        WriteBad("b.hvt", 4);
        var r = CliRunner.RunFake(_dir.Path, "check", "--max-findings-per-rule", "2");
        var lines = r.Stdout.Split('\n');
        var aMore = Array.IndexOf(lines, "a.hvt: 1 more finding of HV0391 in this file (shown: the first 2; --max-findings-per-rule 0 shows all)");
        var bMore = Array.IndexOf(lines, "b.hvt: 2 more findings of HV0391 in this file (shown: the first 2; --max-findings-per-rule 0 shows all)");
        Assert.True(aMore > 0 && bMore > aMore, r.ToString());
        Assert.StartsWith("b.hvt:1:", lines[aMore + 1], StringComparison.Ordinal);
        Assert.Equal(4, lines.Count(l => l.Contains(" HV0391: ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1205")]
    public void The_flag_lifts_the_bound(string max)
    {
        WriteBad("a.hvt", 1205);
        var r = CliRunner.RunFake(_dir.Path, "check", "--max-findings-per-rule", max);
        Assert.Equal(1205, r.Stdout.Split('\n').Count(l => l.Contains(" HV0391: ", StringComparison.Ordinal)));
        Assert.DoesNotContain("more findings", r.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("1205 errors in 1 file.\n", r.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("ten")]
    [InlineData("1.5")]
    public void A_bad_bound_is_a_usage_error(string max)
    {
        WriteBad("a.hvt", 1);
        var r = CliRunner.RunFake(_dir.Path, "check", "--max-findings-per-rule=" + max);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--max-findings-per-rule", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_configuration_sets_the_bound_and_the_flag_wins()
    {
        WriteBad("a.hvt", 5);
        _dir.Write("hvlint.json", "{ \"maxFindingsPerRule\": 2 }\n");
        var r = CliRunner.RunFake(_dir.Path, "check", "a.hvt");
        Assert.Equal(2, r.Stdout.Split('\n').Count(l => l.Contains(" HV0391: ", StringComparison.Ordinal)));
        Assert.Contains("a.hvt: 3 more findings of HV0391 in this file (shown: the first 2; --max-findings-per-rule 0 shows all)", r.Stdout, StringComparison.Ordinal);

        var flag = CliRunner.RunFake(_dir.Path, "check", "a.hvt", "--max-findings-per-rule", "0");
        Assert.Equal(5, flag.Stdout.Split('\n').Count(l => l.Contains(" HV0391: ", StringComparison.Ordinal)));

        _dir.Write("hvlint.json", "{ \"maxFindingsPerRule\": -1 }\n");
        var bad = CliRunner.RunFake(_dir.Path, "check", "a.hvt");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("maxFindingsPerRule", bad.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_exit_code_counts_findings_beyond_the_bound()
    {
        // The same findings fail the run with or without the bound.
        _dir.Write("a.hvt", "set Twice=1\nset Twice=2\nset Twice=3\n");
        var shown = CliRunner.RunFake(_dir.Path, "check", "--max-findings-per-rule", "1");
        var all = CliRunner.RunFake(_dir.Path, "check", "--max-findings-per-rule", "0");
        Assert.Equal(all.ExitCode, shown.ExitCode);
        Assert.Equal(1, shown.ExitCode);

        WriteBad("a.hvt", 50);
        Assert.Equal(1, CliRunner.RunFake(_dir.Path, "check", "--fail-level", "error", "--max-findings-per-rule", "1").ExitCode);
        Assert.Equal(1, CliRunner.RunFake(_dir.Path, "check", "--fail-level", "error", "--format", "json", "--max-findings-per-rule", "1").ExitCode);
    }

    [Fact]
    public void Json_lists_the_shown_findings_and_what_was_omitted()
    {
        WriteBad("a.hvt", 7, insecure: 1);
        var r = CliRunner.RunFake(_dir.Path, "check", "--format", "json", "--max-findings-per-rule", "5");
        Assert.Equal(1, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        var diagnostics = doc.RootElement.GetProperty("diagnostics").EnumerateArray().ToArray();
        Assert.Equal(5, diagnostics.Count(d => d.GetProperty("ruleId").GetString() == "HV0391"));
        Assert.Equal([1, 2, 3, 4, 5], diagnostics.Where(d => d.GetProperty("ruleId").GetString() == "HV0391").Select(d => d.GetProperty("startLine").GetInt32()));
        var omitted = Assert.Single(doc.RootElement.GetProperty("omitted").EnumerateArray());
        Assert.Equal(["path", "ruleId", "shown", "omitted", "message"], omitted.EnumerateObject().Select(p => p.Name));
        Assert.Equal("a.hvt", omitted.GetProperty("path").GetString());
        Assert.Equal("HV0391", omitted.GetProperty("ruleId").GetString());
        Assert.Equal(5, omitted.GetProperty("shown").GetInt32());
        Assert.Equal(2, omitted.GetProperty("omitted").GetInt32());
        Assert.Equal("a.hvt: 2 more findings of HV0391 in this file (shown: the first 5; --max-findings-per-rule 0 shows all)", omitted.GetProperty("message").GetString());
    }

    [Fact]
    public void Sarif_keeps_the_first_results_and_notes_the_rest_and_passes_the_multitool()
    {
        WriteBad("a.hvt", 130);
        var sarif = Path.Combine(_dir.Path, "out.sarif");
        var r = CliRunner.RunFake(_dir.Path, "check", "--format", "sarif", "--output", sarif);
        Assert.Equal(1, r.ExitCode);
        var log = Sarif.Parse(File.ReadAllText(sarif));
        var results = Sarif.Results(log);
        Assert.Equal(100, results.Count);
        Assert.Equal(100, Sarif.Int(results[^1]!["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]));
        var invocation = Sarif.Run(log)["invocations"]![0]!;
        Assert.True(invocation["executionSuccessful"]!.GetValue<bool>());
        var note = Assert.Single(invocation["toolExecutionNotifications"]!.AsArray())!;
        Assert.Equal("note", Sarif.Str(note["level"]));
        Assert.Equal("a.hvt: 30 more findings of HV0391 in this file (shown: the first 100; --max-findings-per-rule 0 shows all).", Sarif.Str(note["message"]!["text"]));
        Assert.Equal("HV0391", Sarif.Str(note["associatedRule"]!["id"]));
        Assert.Equal(30, Sarif.Int(note["properties"]!["omitted"]));
        Multitool.AssertNoErrors(sarif);

        var unbounded = CliRunner.RunFake(_dir.Path, "check", "--format", "sarif", "--max-findings-per-rule", "0");
        var all = Sarif.Parse(unbounded.Stdout);
        Assert.Equal(130, Sarif.Results(all).Count);
        Assert.Null(Sarif.Run(all)["invocations"]![0]!["toolExecutionNotifications"]);

        // A shown result keeps its fingerprint whatever the bound.
        Assert.Equal(results[99]!["partialFingerprints"]!.ToJsonString(), Sarif.Results(all)[99]!["partialFingerprints"]!.ToJsonString());
    }

    [Fact]
    public void The_baseline_records_every_finding_not_only_the_shown_ones()
    {
        var sb = new StringBuilder(Head);
        for (var i = 0; i < 5; i++)
        {
            sb.Append("\"Contoso").Append(i).Append("\"=dword:00000008\n");
        }

        _dir.Write("a.reg", sb.ToString());
        var r = CliRunner.Run(_dir.Path, "check", "--write-baseline", "baseline.json", "--max-findings-per-rule", "2");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("wrote 5 finding(s)", r.Stderr, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir.Path, "baseline.json")));
        Assert.Equal(5, doc.RootElement.GetProperty("findings").GetArrayLength());

        // Against that baseline, a new finding beyond the bound of its rule is still new and fails.
        _dir.Write("a.reg", sb.Append("\"Contoso9\"=dword:00000008\n").ToString());
        var again = CliRunner.Run(_dir.Path, "check", "--baseline", "baseline.json", "--max-findings-per-rule", "2");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("Contoso9", again.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Suppressed_findings_do_not_count_towards_the_bound()
    {
        _dir.Write("a.reg", Head
            + "; hvlint-disable-next-line HV0101 -- vendor values\n\"Contoso1\"=dword:00000008\n"
            + "; hvlint-disable-next-line HV0101 -- vendor values\n\"Contoso2\"=dword:00000008\n"
            + "\"Contoso3\"=dword:00000008\n\"Contoso4\"=dword:00000008\n");
        var r = CliRunner.Run(_dir.Path, "check", "--max-findings-per-rule", "2");
        Assert.Contains("a.reg:", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("Contoso3", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("Contoso4", r.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("more finding", r.Stdout, StringComparison.Ordinal);
    }
}

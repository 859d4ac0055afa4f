using System.Text.Json;

namespace HvLint.Cli.Tests;

/// <summary>--write-baseline and --baseline: identity without line numbers, stable files, absent findings, errors.</summary>
public sealed class BaselineCliTests : IDisposable
{
    private const string Head = "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]\n";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string[] New(params string[] args)
    {
        var r = CliRunner.Run(_dir.Path, ["check", "--format", "json", "--baseline", "baseline.json", .. args]);
        using var doc = JsonDocument.Parse(r.Stdout);
        return [.. doc.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => $"{d.GetProperty("path").GetString()}:{d.GetProperty("startLine").GetInt32()}:{d.GetProperty("ruleId").GetString()}")];
    }

    [Fact]
    public void The_baseline_is_sorted_has_no_line_numbers_and_is_written_identically_every_time()
    {
        _dir.Write("z.reg", Head + "\"ContosoB\"=dword:00000008\n\"ContosoA\"=dword:00000008\n");
        _dir.Write("a.reg", Head + "\"MaximumActiveTransfers\"=dword:000007d0\n\"ContosoC\"=dword:00000008\n");
        var r = CliRunner.Run(_dir.Path, "check", "--write-baseline", "baseline.json");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("No new problems found in 2 files (4 in the baseline).\n", r.Stdout);
        var text = File.ReadAllText(Path.Combine(_dir.Path, "baseline.json"));
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);

        using var doc = JsonDocument.Parse(text);
        Assert.Equal(1, doc.RootElement.GetProperty("version").GetInt32());
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray().ToArray();
        Assert.Equal(
            ["a.reg HV0101 contosoc", "a.reg HV0301 maximumactivetransfers", "z.reg HV0101 contosoa", "z.reg HV0101 contosob"],
            findings.Select(f => $"{f.GetProperty("path").GetString()} {f.GetProperty("ruleId").GetString()} {f.GetProperty("identity").GetString()!.Split(':')[^1]}"));
        Assert.All(findings, f => Assert.Equal(["path", "ruleId", "identity", "message"], f.EnumerateObject().Select(p => p.Name)));

        File.Delete(Path.Combine(_dir.Path, "baseline.json"));
        CliRunner.Run(_dir.Path, "check", "--write-baseline", "baseline.json");
        Assert.Equal(text, File.ReadAllText(Path.Combine(_dir.Path, "baseline.json")));
    }

    [Fact]
    public void Moved_findings_stay_baselined_and_the_same_mistake_elsewhere_or_once_more_is_new()
    {
        _dir.Write("hosts/a.reg", Head + "\"ContosoA\"=dword:00000008\n");
        CliRunner.Run(_dir.Path, "check", "--write-baseline", "baseline.json");

        _dir.Write("hosts/a.reg", Head + "; a comment\n\n\"Other\"=dword:00000001\n\"ContosoA\"=dword:00000008\n");
        Assert.Equal(["hosts/a.reg:6:HV0101"], New());

        _dir.Write("hosts/b.reg", Head + "\"ContosoA\"=dword:00000008\n");
        Assert.Equal(["hosts/a.reg:6:HV0101", "hosts/b.reg:4:HV0101"], New());

        _dir.Write("hosts/a.reg", Head + "\"ContosoA\"=dword:00000008\n\"ContosoA\"=dword:00000008\n");
        Assert.Contains("hosts/a.reg:5:HV0101", New());
        Assert.DoesNotContain("hosts/a.reg:4:HV0101", New());
    }

    [Fact]
    public void Paths_in_the_baseline_are_relative_to_it_so_it_works_from_any_folder()
    {
        _dir.Write("repo/hosts/a.reg", Head + "\"ContosoA\"=dword:00000008\n");
        var repo = Path.Combine(_dir.Path, "repo");
        Directory.CreateDirectory(Path.Combine(repo, "ci"));
        CliRunner.Run(repo, "check", "--write-baseline", "ci/baseline.json");
        Assert.Contains("\"path\": \"../hosts/a.reg\"", File.ReadAllText(Path.Combine(repo, "ci", "baseline.json")), StringComparison.Ordinal);
        var fromHosts = CliRunner.Run(Path.Combine(repo, "hosts"), "check", "--baseline", "../ci/baseline.json");
        Assert.Equal(0, fromHosts.ExitCode);
        Assert.Contains("(1 in the baseline)", fromHosts.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixed_findings_are_absent_in_sarif_and_the_log_passes_the_multitool()
    {
        _dir.Write("a.reg", Head + "\"ContosoA\"=dword:00000008\n\"ContosoB\"=dword:00000008\n");
        CliRunner.Run(_dir.Path, "check", "--write-baseline", "baseline.json");
        _dir.Write("a.reg", Head + "\"ContosoA\"=dword:00000008\n\"MaximumActiveTransfers\"=dword:000007d0\n");

        var sarif = Path.Combine(_dir.Path, "run.sarif");
        var r = CliRunner.Run(_dir.Path, "check", "--baseline", "baseline.json", "--format", "sarif", "--output", sarif);
        Assert.Equal(1, r.ExitCode);
        var results = Sarif.Results(Sarif.Parse(File.ReadAllText(sarif)));
        Assert.Equal(
            ["HV0101 unchanged", "HV0301 new", "HV0101 absent"],
            results.Select(x => $"{Sarif.Str(x!["ruleId"])} {Sarif.Str(x["baselineState"])}"));
        var absent = results[2]!;
        Assert.Equal("none", Sarif.Str(absent["level"]));
        Assert.Equal("a.reg", Sarif.Str(absent["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]));
        Assert.Contains("ContosoB", Sarif.Str(absent["message"]!["text"]), StringComparison.Ordinal);
        Multitool.AssertNoErrors(sarif);

        var text = CliRunner.Run(_dir.Path, "check", "--baseline", "baseline.json");
        // The summary line; a line counting fixable findings may follow it.
        Assert.Contains("(1 in the baseline, 1 baselined no longer found).\n", text.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "the baseline file does not exist")]
    [InlineData("{ \"findings\": [ { \"path\": \"a.reg\" } ] }", "findings[0] has no 'ruleId'")]
    [InlineData("{ \"version\": 9, \"findings\": [] }", "baseline version 9")]
    [InlineData("[]", "not an HvLint baseline")]
    [InlineData("{\n  \"findings\": [\n    oops\n  ]\n}", "baseline.json:3:")]
    public void A_missing_or_malformed_baseline_is_a_configuration_error(string? content, string expected)
    {
        _dir.Write("a.reg", Head);
        if (content is not null)
        {
            _dir.Write("baseline.json", content);
        }

        var r = CliRunner.Run(_dir.Path, "check", "--baseline", "baseline.json");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(expected, r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Baseline_and_write_baseline_together_is_a_usage_error()
    {
        var r = CliRunner.Run(_dir.Path, "check", "--baseline", "a.json", "--write-baseline", "b.json");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("either --baseline or --write-baseline", r.Stderr, StringComparison.Ordinal);
    }
}

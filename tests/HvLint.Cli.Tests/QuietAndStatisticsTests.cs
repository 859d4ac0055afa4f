using System.Text.Json;

namespace HvLint.Cli.Tests;

/// <summary>hvlint check --quiet (findings only) and --statistics (counts per rule), as ruff prints them.</summary>
public sealed class QuietAndStatisticsTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("--quiet")]
    [InlineData("-q")]
    public void Quiet_prints_the_findings_without_the_summary(string option)
    {
        _dir.Write("a.hvt", "set OldA=1\n");
        var r = CliRunner.RunFake(_dir.Path, "check", option);
        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.StartsWith("a.hvt:1:5: warning HV0491: 'OldA' is no longer read.\n", r.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(" in 1 file", r.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("warning in", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_prints_nothing_for_clean_files()
    {
        _dir.Write("a.hvt", "set A=1\n");
        Assert.Contains("No problems found", CliRunner.RunFake(_dir.Path, "check").Stdout, StringComparison.Ordinal);
        var r = CliRunner.RunFake(_dir.Path, "check", "--quiet");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(string.Empty, r.Stdout);
        Assert.Equal(string.Empty, r.Stderr);
    }

    [Fact]
    public void Quiet_leaves_json_as_it_is()
    {
        _dir.Write("a.hvt", "set OldA=1\n");
        Assert.Equal(CliRunner.RunFake(_dir.Path, "check", "--format", "json").Stdout, CliRunner.RunFake(_dir.Path, "check", "--format", "json", "-q").Stdout);
    }

    [Fact]
    public void Quiet_still_reports_internal_errors_on_stderr()
    {
        _dir.Write("a.hvt", "set Crash=1\n");
        var r = CliRunner.RunFake(_dir.Path, "check", "--quiet");
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("internal error", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("HV0991", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_leaves_out_the_notes_of_diff_and_write_baseline()
    {
        _dir.Write("a.reg", "Windows Registry Editor Version 5.00\r\n\r\n[HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]\r\n\"MaximumActiveTransfers\"=dword:00000008\r\n");
        Assert.Contains("would be applied", CliRunner.Run(_dir.Path, "check", "a.reg", "--diff").Stderr, StringComparison.Ordinal);
        var diff = CliRunner.Run(_dir.Path, "check", "a.reg", "--diff", "-q");
        Assert.Equal(1, diff.ExitCode);
        Assert.Contains("+[HKEY_LOCAL_MACHINE", diff.Stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, diff.Stderr);

        var baseline = CliRunner.Run(_dir.Path, "check", "a.reg", "--write-baseline", "b.json", "-q");
        Assert.Equal(string.Empty, baseline.Stderr);
        Assert.True(File.Exists(Path.Combine(_dir.Path, "b.json")));
    }

    [Fact]
    public void Statistics_prints_counts_per_rule_most_first_instead_of_the_findings()
    {
        _dir.Write("a.hvt", "set OldA=1\nset OldB=bad\nset Insecure=1\n");
        _dir.Write("b.hvt", "set OldC=1\n");
        var r = CliRunner.RunFake(_dir.Path, "check", "--statistics");
        Assert.True(r.ExitCode == 1, r.ToString());
        var lines = r.Stdout.Split('\n');
        Assert.Equal("3  HV0491  FakeOldName", lines[0]);
        Assert.Equal("1  HV0391  FakeBadValue", lines[1]);
        Assert.Equal("1  HV0591  FakeInsecure", lines[2]);

        // Then the summary, and no finding line of its own.
        Assert.Equal("1 error, 4 warnings in 2 files.", lines[3]);
        Assert.DoesNotContain("a.hvt:", r.Stdout, StringComparison.Ordinal);

        // With --quiet, the counts alone.
        Assert.Equal(string.Join('\n', lines[..3]) + "\n", CliRunner.RunFake(_dir.Path, "check", "--statistics", "-q").Stdout);
    }

    [Fact]
    public void Statistics_counts_the_fixable_findings_of_each_rule()
    {
        // HKLM in a .reg file (HV0005) has a safe fix.
        _dir.Write("a.reg", "Windows Registry Editor Version 5.00\r\n\r\n[HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]\r\n\"MaximumActiveTransfers\"=dword:00000008\r\n");
        var r = CliRunner.Run(_dir.Path, "check", "a.reg", "--statistics");
        Assert.Contains("1  HV0005  AbbreviatedRootKey  1 fixable\n", r.Stdout, StringComparison.Ordinal);

        using var doc = JsonDocument.Parse(CliRunner.Run(_dir.Path, "check", "a.reg", "--statistics", "--format", "json").Stdout);
        var row = Assert.Single(doc.RootElement.GetProperty("statistics").EnumerateArray());
        Assert.Equal("HV0005", row.GetProperty("ruleId").GetString());
        Assert.Equal("AbbreviatedRootKey", row.GetProperty("ruleName").GetString());
        Assert.Equal(1, row.GetProperty("count").GetInt32());
        Assert.Equal(1, row.GetProperty("fixable").GetInt32());
    }

    [Fact]
    public void Statistics_in_json_sits_beside_the_findings()
    {
        _dir.Write("a.hvt", "set OldA=1\nset OldB=1\n");
        var r = CliRunner.RunFake(_dir.Path, "check", "--statistics", "--format", "json");
        Assert.Equal(["HV0491", "HV0491"], CliJson.RuleIds(r));
        using var doc = JsonDocument.Parse(r.Stdout);
        var row = Assert.Single(doc.RootElement.GetProperty("statistics").EnumerateArray());
        Assert.Equal(2, row.GetProperty("count").GetInt32());
        Assert.Equal(0, row.GetProperty("fixable").GetInt32());

        // Without --statistics the report has no such member.
        using var plain = JsonDocument.Parse(CliRunner.RunFake(_dir.Path, "check", "--format", "json").Stdout);
        Assert.False(plain.RootElement.TryGetProperty("statistics", out _));
    }

    [Fact]
    public void Statistics_count_every_finding_beyond_the_bound_per_rule()
    {
        _dir.Write("a.hvt", string.Concat(Enumerable.Range(0, 5).Select(i => $"set Old{i}=1\n")));
        var r = CliRunner.RunFake(_dir.Path, "check", "--statistics", "--max-findings-per-rule", "2", "-q");
        Assert.Equal("5  HV0491  FakeOldName\n", r.Stdout);
    }

    [Fact]
    public void Statistics_has_no_sarif_form()
    {
        _dir.Write("a.hvt", "set OldA=1\n");
        var r = CliRunner.RunFake(_dir.Path, "check", "--statistics", "--format", "sarif");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--statistics has a text and a json form, not 'sarif'", r.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, r.Stdout);
    }
}

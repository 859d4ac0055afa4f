namespace HvLint.Cli.Tests;

/// <summary>hvlint check --select and --ignore: rule IDs, names, categories and ID prefixes, as ruff reads them.</summary>
public sealed class RuleSelectionCliTests : IDisposable
{
    // HV0391 (range, error), HV0491 (deprecated, warning), HV0591 (security, warning), HV0691 (diagnostic, note).
    private const string Sample = "set OldA=bad\nset Insecure=1\nset Trace=1\n";

    private readonly TempDir _dir = new();

    public RuleSelectionCliTests()
    {
        _dir.Write("a.hvt", Sample);
    }

    public void Dispose() => _dir.Dispose();

    private CliResult Check(params string[] options) => CliRunner.RunFake(_dir.Path, ["check", "--format", "json", .. options]);

    [Fact]
    public void Without_a_selection_every_rule_reports()
    {
        Assert.Equal(["HV0391", "HV0491", "HV0591", "HV0691"], CliJson.RuleIds(Check()).Order());
    }

    [Theory]
    [InlineData("HV0391", "HV0391")]
    [InlineData("hv0391", "HV0391")]
    [InlineData("FakeOldName", "HV0491")]
    [InlineData("security", "HV0591")]
    [InlineData("HV03", "HV0391")]
    [InlineData("HV04,HV05", "HV0491 HV0591")]
    [InlineData("HV0391, FakeTrace", "HV0391 HV0691")]
    public void Select_keeps_only_the_rules_it_names(string selector, string expected)
    {
        var r = Check("--select", selector);
        Assert.Equal(expected.Split(' '), CliJson.RuleIds(r).Order());
    }

    [Fact]
    public void Select_is_repeatable()
    {
        var r = Check("--select", "HV0391", "--select=FakeInsecure");
        Assert.Equal(["HV0391", "HV0591"], CliJson.RuleIds(r).Order());
    }

    [Fact]
    public void Ignore_drops_rules_and_wins_over_select()
    {
        Assert.Equal(["HV0391", "HV0591", "HV0691"], CliJson.RuleIds(Check("--ignore", "deprecated")).Order());
        Assert.Equal(["HV0391"], CliJson.RuleIds(Check("--select", "HV03,HV04", "--ignore", "HV0491")));
        Assert.Empty(CliJson.RuleIds(Check("--select", "FakeOldName", "--ignore", "HV04")));
    }

    [Fact]
    public void The_exit_code_counts_only_the_selected_rules()
    {
        // Only the note is left: notes do not fail the run at the default fail level.
        var r = CliRunner.RunFake(_dir.Path, "check", "--select", "diagnostic");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("HV0691", r.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("HV0391", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_that_is_not_selected_does_not_run()
    {
        // FakeCrash throws on 'Crash': an internal error (exit 3) whenever it runs.
        _dir.Write("a.hvt", "set Crash=1\nset A=bad\n");
        Assert.Equal(3, CliRunner.RunFake(_dir.Path, "check").ExitCode);
        var r = CliRunner.RunFake(_dir.Path, "check", "--select", "range");
        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.DoesNotContain("internal error", r.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.RunFake(_dir.Path, "check", "--ignore", "FakeCrash,HV0391").ExitCode);
    }

    [Theory]
    [InlineData("FakeOldNme", "--select 'FakeOldNme' is not a rule ID, rule name, category or ID prefix. Did you mean 'FakeOldName'?")]
    [InlineData("securty", "Did you mean 'security'?")]
    [InlineData("HV0399", "--select 'HV0399' matches no rule. Did you mean")]
    [InlineData("HV2", "--select 'HV2' matches no rule.")]
    [InlineData(",", "--select needs at least one rule ID")]
    public void An_unknown_selector_is_a_usage_error_with_a_suggestion(string selector, string expected)
    {
        var r = CliRunner.RunFake(_dir.Path, "check", "--select", selector);
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains(expected, r.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, r.Stdout);
    }

    [Fact]
    public void An_unknown_ignore_selector_is_a_usage_error_too()
    {
        var r = CliRunner.RunFake(_dir.Path, "check", "--ignore", "HV0391,FakeInsecur");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--ignore 'FakeInsecur' is not a rule ID, rule name, category or ID prefix. Did you mean 'FakeInsecure'?", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_configuration_keeps_its_severities_and_a_rule_named_on_the_command_line_runs_even_when_it_is_off()
    {
        _dir.Write("hvlint.json", """{ "rules": { "HV0491": "off", "security": "note" } }""");

        // Kept rules keep the configuration's severity.
        var r = CliRunner.RunFake(_dir.Path, "check", "--select", "security");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("note HV0591", r.Stdout, StringComparison.Ordinal);

        // A category does not turn back on a rule the configuration turns off...
        Assert.Empty(CliJson.RuleIds(Check("--select", "deprecated")));

        // ...but naming it does: it runs at its default severity.
        var named = CliRunner.RunFake(_dir.Path, "check", "--select", "FakeOldName");
        Assert.True(named.ExitCode == 1, named.ToString());
        Assert.Contains("warning HV0491", named.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_findings_are_kept_unless_ignored_by_name()
    {
        // HKLM in a .reg file is a parse finding (HV0005): regedit drops the section.
        _dir.Write("a.reg", "Windows Registry Editor Version 5.00\r\n\r\n[HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]\r\n\"MaximumActiveTransfers\"=dword:00000008\r\n");
        var r = CliRunner.Run(_dir.Path, "check", "a.reg", "--select", "security", "--format", "json");
        Assert.Equal(["HV0005"], CliJson.RuleIds(r));
        Assert.Empty(CliJson.RuleIds(CliRunner.Run(_dir.Path, "check", "a.reg", "--select", "security", "--ignore", "parse", "--format", "json")));
    }

    [Fact]
    public void With_a_baseline_findings_of_rules_not_selected_are_not_counted_as_gone()
    {
        Assert.Equal(0, CliRunner.RunFake(_dir.Path, "check", "--write-baseline", "baseline.json").ExitCode);
        _dir.Write("a.hvt", "set OldA=bad\nset Trace=1\n");

        // Without a selection the insecure setting is gone from the file: one absent finding.
        Assert.Contains("1 baselined no longer found", CliRunner.RunFake(_dir.Path, "check", "--baseline", "baseline.json").Stdout, StringComparison.Ordinal);

        // Selecting only range rules, nothing was looked for beyond them: nothing is absent.
        var r = CliRunner.RunFake(_dir.Path, "check", "--baseline", "baseline.json", "--select", "range");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.DoesNotContain("no longer found", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 in the baseline", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_a_baseline_with_a_selection_is_refused()
    {
        var r = CliRunner.RunFake(_dir.Path, "check", "--write-baseline", "baseline.json", "--ignore", "HV0691");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--write-baseline records every finding", r.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir.Path, "baseline.json")));
    }
}

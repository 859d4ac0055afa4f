using System.Text.Json;

namespace HvLint.Cli.Tests;

/// <summary>hvlint rules and hvlint explain.</summary>
public sealed class RulesAndExplainTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Rules_text_lists_every_descriptor_in_columns()
    {
        var engine = FakeRules.Engine();
        var r = CliRunner.Run(_dir.Path, engine, ["rules"]);
        Assert.Equal(0, r.ExitCode);
        var lines = r.Stdout.TrimEnd('\n').Split('\n');
        Assert.Matches(@"^ID\s+NAME\s+CATEGORY\s+SEVERITY\s+TITLE$", lines[0]);
        Assert.Equal(engine.Descriptors.Count + 1, lines.Length);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^HV0591\s+FakeInsecure\s+security\s+warning\s+A setting named 'Insecure'\.$"));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^HV0691\s+FakeTrace\s+diagnostic\s+note\s+"));
    }

    [Fact]
    public void Rules_json_lists_every_descriptor()
    {
        var engine = FakeRules.Engine();
        var r = CliRunner.Run(_dir.Path, engine, ["rules", "--format", "json"]);
        using var doc = JsonDocument.Parse(r.Stdout);
        var rules = doc.RootElement.GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(engine.Descriptors.Select(d => d.Id), rules.Select(x => x.GetProperty("id").GetString()));
        var insecure = rules.Single(x => x.GetProperty("id").GetString() == "HV0591");
        Assert.Equal("FakeInsecure", insecure.GetProperty("name").GetString());
        Assert.Equal("security", insecure.GetProperty("category").GetString());
        Assert.Equal("warning", insecure.GetProperty("severity").GetString());
        Assert.Equal("A setting named 'Insecure'.", insecure.GetProperty("title").GetString());
        Assert.Equal(8.1, insecure.GetProperty("securitySeverity").GetDouble());
    }

    [Fact]
    public void The_real_rules_are_listed()
    {
        var r = CliRunner.Run(_dir.Path, "rules");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("HV0001  ", r.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("HV0391")]
    [InlineData("hv0391")]
    [InlineData("FakeBadValue")]
    [InlineData("fakebadvalue")]
    public void Explain_prints_the_page_by_id_or_name(string query)
    {
        const string page = "# HV0391: FakeBadValue\n\nWhy it matters.\n";
        var r = CliRunner.Run(_dir.Path, FakeRules.Engine(), ["explain", query], readRuleDoc: id => id == "HV0391" ? page : null);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(page + "\nFix: none; this rule has no automatic fix.\n", r.Stdout);
    }

    [Fact]
    public void Explain_falls_back_to_the_descriptor_when_the_page_is_not_written_yet()
    {
        var r = CliRunner.Run(_dir.Path, FakeRules.Engine(), ["explain", "HV0491"], readRuleDoc: _ => null);
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("# HV0491 FakeOldName\n", r.Stdout, StringComparison.Ordinal);
        Assert.Contains(FakeRules.OldName.Description, r.Stdout, StringComparison.Ordinal);
        Assert.Contains(FakeRules.OldName.HelpUri.AbsoluteUri, r.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("HV0392x", "'HV0392'")]
    [InlineData("FakeBadValu", "'FakeBadValue'")]
    public void Explain_an_unknown_rule_is_a_usage_error_with_a_suggestion(string query, string suggestion)
    {
        var r = CliRunner.Run(_dir.Path, FakeRules.Engine(), ["explain", query], readRuleDoc: _ => null);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains($"no rule '{query}'.", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("Did you mean", r.Stderr, StringComparison.Ordinal);
        Assert.Contains(suggestion, r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_serves_the_embedded_docs_pages()
    {
        // docs/rules/*.md are embedded as HvLint.Docs.<ID>.md; every one must be reachable.
        var ids = RuleDocs.PageIds().ToArray();
        foreach (var id in ids)
        {
            var r = CliRunner.Run(_dir.Path, "explain", id);
            Assert.True(r.ExitCode == 0, r.ToString());
            var page = RuleDocs.Read(id)!;
            Assert.StartsWith(page.EndsWith('\n') ? page : page + "\n", r.Stdout, StringComparison.Ordinal);
            Assert.Matches(@"\nFix: .*\.\n\z", r.Stdout);
        }
    }
}

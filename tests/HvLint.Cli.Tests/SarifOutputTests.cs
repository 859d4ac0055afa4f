using System.Text.Json.Nodes;
using static HvLint.Cli.Tests.Sarif;

namespace HvLint.Cli.Tests;

/// <summary>Structural checks of the SARIF output (the Multitool checks the rest: see MultitoolTests).</summary>
public sealed class SarifOutputTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private JsonObject Check(string? cwd = null, params string[] paths)
    {
        // A run with nothing to lint fails (exit 2); a clean file gives the log its metadata.
        if (paths.Length == 0 && !Directory.EnumerateFiles(cwd ?? _dir.Path, "*.hvt", SearchOption.AllDirectories).Any())
        {
            _dir.Write("clean.hvt", "set Clean=1\n");
        }

        var r = CliRunner.RunFake(cwd ?? _dir.Path, ["check", "--format", "sarif", .. paths]);
        Assert.True(r.ExitCode is 0 or 1, r.ToString());
        return Parse(r.Stdout);
    }

    [Fact]
    public void The_log_has_schema_version_and_a_described_tool()
    {
        var log = Check();
        Assert.EndsWith("sarif-2.1.0.json", Str(log["$schema"]), StringComparison.Ordinal);
        Assert.Equal("2.1.0", Str(log["version"]));
        var driver = Run(log)["tool"]!["driver"]!;
        Assert.Equal("HvLint", Str(driver["name"]));
        Assert.Equal(ToolInfo.Version, Str(driver["version"]));
        Assert.Equal(ToolInfo.Version, Str(driver["semanticVersion"]));
        Assert.True(Uri.TryCreate(Str(driver["informationUri"]), UriKind.Absolute, out _));
        Assert.Equal("utf16CodeUnits", Str(Run(log)["columnKind"]));
        Assert.Equal(FakeRules.Engine().Catalog.Version, Str(Run(log)["properties"]!["catalogVersion"]));

        // Every results array is present, even when empty.
        Assert.Empty(Results(log));
    }

    [Fact]
    public void Every_descriptor_is_a_rule_with_full_metadata()
    {
        var log = Check();
        var engine = FakeRules.Engine();
        Assert.Equal(engine.Descriptors.Select(d => d.Id), Sarif.Rules(log).Select(r => Str(r!["id"])));
        foreach (var d in engine.Descriptors)
        {
            var rule = Rule(log, d.Id);
            Assert.Equal(d.Name, Str(rule["name"]));
            Assert.NotEqual(d.Id, Str(rule["name"]));
            Assert.Equal(d.Title, Str(rule["shortDescription"]!["text"]));
            Assert.Equal(d.Description, Str(rule["fullDescription"]!["text"]));
            Assert.False(string.IsNullOrWhiteSpace(Str(rule["help"]!["text"])));
            Assert.False(string.IsNullOrWhiteSpace(Str(rule["help"]!["markdown"])));
            Assert.Equal(d.HelpUri.AbsoluteUri, Str(rule["helpUri"]));
            Assert.Equal(d.DefaultSeverity.ToString().ToLowerInvariant(), Str(rule["defaultConfiguration"]!["level"]));
            var category = Core.Diagnostics.RuleCategories.Name(d.Category);
            Assert.Equal(category, Str(rule["properties"]!["category"]));
            var tags = rule["properties"]!["tags"]!.AsArray().Select(Str).ToArray();
            Assert.Equal("hvlint", tags[0]);
            Assert.Contains(category, tags);
            Assert.Contains(Str(rule["properties"]!["precision"]), new[] { "very-high", "high", "medium", "low" });
        }
    }

    [Fact]
    public void Security_rules_carry_the_security_tag_and_a_string_security_severity()
    {
        var rule = Rule(Check(), FakeRules.Insecure.Id);
        Assert.Contains("security", rule["properties"]!["tags"]!.AsArray().Select(Str));
        Assert.Equal("8.1", Str(rule["properties"]!["security-severity"]));
        Assert.Null(Rule(Check(), FakeRules.OldName.Id)["properties"]!["security-severity"]);
    }

    [Fact]
    public void Rule_help_comes_from_the_docs_page_when_there_is_one()
    {
        const string page = "# HV0391 FakeBadValue\n\nThe page.\n";
        _dir.Write("clean.hvt", "set Clean=1\n");
        var r = CliRunner.Run(_dir.Path, FakeRules.Engine(), ["check", "--format", "sarif"], readRuleDoc: id => id == "HV0391" ? page : null);
        var log = Parse(r.Stdout);
        Assert.Equal(page, Str(Rule(log, "HV0391")["help"]!["markdown"]));
        Assert.Equal(page, Str(Rule(log, "HV0391")["help"]!["text"]));
        Assert.Equal(FakeRules.OldName.Description, Str(Rule(log, "HV0491")["help"]!["text"]));
    }

    [Fact]
    public void Results_point_at_their_rule_with_an_explicit_level_and_a_full_region()
    {
        _dir.Write("my hosts/a.hvt", "set OldA=1\nset B=bad\nset Trace=1\nset Empty=\n");
        var log = Check();
        var results = Results(log);
        Assert.Equal(["HV0491", "HV0391", "HV0691", "HV0392"], results.Select(r => Str(r!["ruleId"])));
        Assert.Equal(["warning", "error", "note", "error"], results.Select(r => Str(r!["level"])));
        foreach (var result in results.Select(r => r!.AsObject()))
        {
            var index = Int(result["ruleIndex"]);
            Assert.Equal(Str(result["ruleId"]), Str(Sarif.Rules(log)[index]!["id"]));
            Assert.EndsWith(".", Str(result["message"]!["text"]), StringComparison.Ordinal);
            var physical = Assert.Single(result["locations"]!.AsArray())!["physicalLocation"]!;
            Assert.Equal("my%20hosts/a.hvt", Str(physical["artifactLocation"]!["uri"]));
            Assert.Equal("%SRCROOT%", Str(physical["artifactLocation"]!["uriBaseId"]));
            var region = physical["region"]!;
            Assert.True(Int(region["startLine"]) >= 1 && Int(region["startColumn"]) >= 1);
            Assert.True(Int(region["endLine"]) >= Int(region["startLine"]));
            Assert.True(Int(region["endColumn"]) >= Int(region["startColumn"]));
            Assert.NotNull(result["partialFingerprints"]!["hvlintWriteHash/v1"]);
        }

        // "set B=bad": the data is columns 7..9, so endColumn is the column after it.
        var bad = results[1]!["locations"]![0]!["physicalLocation"]!["region"]!;
        Assert.Equal([2, 7, 2, 10], new[] { bad["startLine"], bad["startColumn"], bad["endLine"], bad["endColumn"] }.Select(Int));

        // The message of the rule without a final period gets one (SARIF2001).
        Assert.Equal("'B' = bad is not a number; the reader rejects it. Use a number.", Str(results[1]!["message"]!["text"]));

        // A zero-length span at the end of "set Empty=" stays valid: endColumn == startColumn.
        var empty = results[3]!["locations"]![0]!["physicalLocation"]!["region"]!;
        Assert.Equal([4, 11, 4, 11], new[] { empty["startLine"], empty["startColumn"], empty["endLine"], empty["endColumn"] }.Select(Int));
    }

    [Fact]
    public void Regions_carry_a_snippet_and_a_context_region_of_the_lines_around()
    {
        _dir.Write("a.hvt", "# one\nset B=bad\n# three\n");
        var physical = Results(Check())[0]!["locations"]![0]!["physicalLocation"]!;
        Assert.Equal("bad", Str(physical["region"]!["snippet"]!["text"]));
        var context = physical["contextRegion"]!;
        Assert.Equal([1, 1, 3, 8], new[] { context["startLine"], context["startColumn"], context["endLine"], context["endColumn"] }.Select(Int));
        Assert.Equal("# one\nset B=bad\n# three", Str(context["snippet"]!["text"]));

        // A region that covers a whole one-line file has no proper superset: no context region.
        _dir.Write("a.hvt", "set Insecure=1");
        var whole = Results(Check())[0]!["locations"]![0]!["physicalLocation"]!;
        Assert.Equal("set Insecure=1", Str(whole["region"]!["snippet"]!["text"]));
        Assert.Null(whole["contextRegion"]);
    }

    [Fact]
    public void A_zero_length_span_inside_a_line_is_one_column_wide()
    {
        var source = new Core.Text.SourceText("a.hvt", "abc\ndef\n");
        var location = new Core.Diagnostics.Location(source, new Core.Text.TextSpan(5, 0));
        Assert.Equal(new Output.SourceRegion(2, 2, 2, 3), Output.SourceRegion.Visible(location));
        Assert.Equal(new Output.SourceRegion(2, 2, 2, 2), Output.SourceRegion.Of(location));

        // A span that includes the line break ends at the end of its line, not at column 1 of the next.
        var line = new Core.Diagnostics.Location(source, new Core.Text.TextSpan(0, 4));
        Assert.Equal(new Output.SourceRegion(1, 1, 1, 4), Output.SourceRegion.Visible(line));

        // An empty file still has a valid region.
        var empty = new Core.Diagnostics.Location(new Core.Text.SourceText("e.hvt", string.Empty), new Core.Text.TextSpan(0, 0));
        Assert.Equal(new Output.SourceRegion(1, 1, 1, 1), Output.SourceRegion.Visible(empty));
    }

    [Fact]
    public void Security_findings_carry_security_severity_and_related_locations_have_ids_and_messages()
    {
        _dir.Write("a.hvt", "set Insecure=1\nset Insecure=1\n");
        var results = Results(Check());
        // Ordered by position: the second security finding covers its whole line, so it starts
        // before the duplicate finding on the name.
        Assert.Equal(["HV0591", "HV0591", "HV0791"], results.Select(r => Str(r!["ruleId"])));
        Assert.Equal("8.1", Str(results[0]!["properties"]!["security-severity"]));
        var related = Assert.Single(results[2]!["relatedLocations"]!.AsArray())!;
        Assert.Equal(1, Int(related["id"]));
        Assert.Equal("first written here.", Str(related["message"]!["text"]));
        Assert.Equal(1, Int(related["physicalLocation"]!["region"]!["startLine"]));
        Assert.Null(results[2]!["properties"]);
    }

    [Fact]
    public void The_source_root_is_the_working_directory_as_a_file_uri_ending_with_a_slash()
    {
        var log = Check();
        var root = Str(Run(log)["originalUriBaseIds"]!["%SRCROOT%"]!["uri"]);
        Assert.StartsWith("file:///", root, StringComparison.Ordinal);
        Assert.EndsWith("/", root, StringComparison.Ordinal);
        Assert.Equal(Path.GetFullPath(_dir.Path).TrimEnd(Path.DirectorySeparatorChar), new Uri(root).LocalPath.TrimEnd('/', '\\'));
        var invocation = Assert.Single(Run(log)["invocations"]!.AsArray())!;
        Assert.True(invocation["executionSuccessful"]!.GetValue<bool>());
        Assert.Equal(root, Str(invocation["workingDirectory"]!["uri"]));
    }

    [Fact]
    public void A_file_outside_the_working_directory_gets_an_absolute_file_uri()
    {
        _dir.Write("outside/a.hvt", "set OldA=1\n");
        Directory.CreateDirectory(Path.Combine(_dir.Path, "cwd"));
        var log = Check(Path.Combine(_dir.Path, "cwd"), Path.Combine("..", "outside"));
        var artifact = Results(log)[0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!;
        Assert.Null(artifact["uriBaseId"]);
        Assert.Equal(new Uri(Path.Combine(_dir.Path, "outside", "a.hvt")).AbsoluteUri, Str(artifact["uri"]));
    }

    [Fact]
    public void Tool_notifications_make_the_invocation_unsuccessful()
    {
        _dir.Write("a.hvt", "set Crash=1\n");
        var r = CliRunner.RunFake(_dir.Path, "check", "--format", "sarif");
        Assert.Equal(3, r.ExitCode);
        var invocation = Run(Parse(r.Stdout))["invocations"]![0]!;
        Assert.False(invocation["executionSuccessful"]!.GetValue<bool>());
        var notification = Assert.Single(invocation["toolExecutionNotifications"]!.AsArray())!;
        Assert.Equal("error", Str(notification["level"]));
        Assert.Contains("boom", Str(notification["message"]!["text"]), StringComparison.Ordinal);
        Assert.Equal("HV0991", Str(notification["associatedRule"]!["id"]));
    }

    [Fact]
    public void Fingerprints_do_not_change_when_lines_are_inserted_above_a_finding()
    {
        const string text = "set OldA=1\nset B=bad\nset Trace=1\nset Insecure=1\n";
        _dir.Write("a.hvt", text);
        var before = Results(Check());
        _dir.Write("a.hvt", "\n\n\n# a comment\n" + text.Replace("set Trace", "   set   Trace", StringComparison.Ordinal));
        var after = Results(Check());

        Assert.Equal(4, before.Count);
        Assert.Equal(before.Count, after.Count);
        for (var i = 0; i < before.Count; i++)
        {
            Assert.NotEqual(Int(Region(before[i])["startLine"]), Int(Region(after[i])["startLine"]));
            Assert.Equal(Str(before[i]!["partialFingerprints"]!["hvlintWriteHash/v1"]), Str(after[i]!["partialFingerprints"]!["hvlintWriteHash/v1"]));
        }

        // Distinct findings have distinct fingerprints; the same finding in another file too.
        Assert.Equal(4, before.Select(r => Str(r!["partialFingerprints"]!["hvlintWriteHash/v1"])).Distinct().Count());
        Assert.Matches("^[0-9a-f]{64}:[0-9]+$", Str(before[0]!["partialFingerprints"]!["hvlintWriteHash/v1"]));
        _dir.Write("b.hvt", text);
        var both = Results(Check());
        Assert.Equal(8, both.Select(r => Str(r!["partialFingerprints"]!["hvlintWriteHash/v1"])).Distinct().Count());

        static JsonNode Region(JsonNode? result) => result!["locations"]![0]!["physicalLocation"]!["region"]!;
    }
}

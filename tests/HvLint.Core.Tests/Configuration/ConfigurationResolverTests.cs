using HvLint.Core.Configuration;
using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.TestKit;

namespace HvLint.Core.Tests.Configuration;

/// <summary>Finding, loading, checking and applying hvlint.json with real files on disk.</summary>
public sealed class ConfigurationResolverTests : IDisposable
{
    private readonly ScratchFolder _repo = new ScratchFolder().AsRepository();

    public void Dispose() => _repo.Dispose();

    private ConfigurationResolver Resolver(string? explicitPath = null) =>
        new(RuleVerifier.Engine.Descriptors, explicitPath, p => Path.GetRelativePath(_repo.Path, p).Replace('\\', '/'));

    private ConfigurationException Error(string config)
    {
        _repo.Write("hvlint.json", config);
        _repo.Write("a.reg", "Windows Registry Editor Version 5.00\n");
        return Assert.Throws<ConfigurationException>(() => Resolver().SettingsFor(_repo.Full("a.reg")));
    }

    [Fact]
    public void The_nearest_configuration_up_to_the_repository_root_applies()
    {
        _repo.Write("hvlint.json", """{ "target": "ws2016" }""");
        _repo.Write("lab/.hvlint.json", """{ "target": "ws2019" }""");
        var resolver = Resolver();

        Assert.Equal(WindowsTarget.Ws2016, resolver.SettingsFor(_repo.Full("hosts/deep/a.reg")).Options.Target);
        Assert.Equal(WindowsTarget.Ws2019, resolver.SettingsFor(_repo.Full("lab/x/a.reg")).Options.Target);
        Assert.EndsWith(".hvlint.json", resolver.ConfigurationFor(_repo.Full("lab/a.reg"))!.FullPath, StringComparison.Ordinal);
    }

    [Fact]
    public void Configuration_above_the_repository_root_is_not_used()
    {
        using var outer = new ScratchFolder();
        outer.Write("hvlint.json", """{ "target": "ws2012" }""");
        Directory.CreateDirectory(Path.Combine(outer.Path, "repo", ".git"));
        var resolver = new ConfigurationResolver(RuleVerifier.Engine.Descriptors);
        Assert.Null(resolver.ConfigurationFor(Path.Combine(outer.Path, "repo", "a.reg")));
        Assert.Equal(WindowsTargets.Default, resolver.SettingsFor(Path.Combine(outer.Path, "repo", "a.reg")).Options.Target);
    }

    [Fact]
    public void An_explicit_configuration_applies_to_every_file_and_wins_over_the_search()
    {
        _repo.Write("hvlint.json", """{ "target": "ws2016" }""");
        var other = _repo.Write("ci/strict.json", """{ "target": "ws2022", "failLevel": "note" }""");
        var settings = Resolver(other).SettingsFor(_repo.Full("hosts/a.reg"));
        Assert.Equal(WindowsTarget.Ws2022, settings.Options.Target);
        Assert.Equal(Severity.Note, settings.FailLevel);
    }

    [Fact]
    public void Both_file_names_in_one_folder_is_an_error()
    {
        _repo.Write("hvlint.json", "{}");
        _repo.Write(".hvlint.json", "{}");
        var ex = Assert.Throws<ConfigurationException>(() => Resolver().SettingsFor(_repo.Full("a.reg")));
        Assert.Contains("keep one", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_by_id_name_and_category_with_names_beating_categories_and_overrides_applying_in_order()
    {
        _repo.Write("hvlint.json", """
            {
              // comments and trailing commas are allowed, as in hand-edited files
              "rules": { "UnknownValueName": "error", "unknown-name": "note", "HV0601": "off", },
              "overrides": [
                { "files": ["lab/**"], "rules": { "unknown-name": "off" }, "target": "ws2012r2" },
                { "files": ["lab/keep/**"], "rules": { "HV0101": "warning" }, "requireSuppressionReason": false }
              ]
            }
            """);
        var resolver = Resolver();
        var root = resolver.SettingsFor(_repo.Full("hosts/a.reg"));
        Assert.Equal(Severity.Error, root.Options.RuleSeverities["HV0101"]);
        Assert.Equal(Severity.Note, root.Options.RuleSeverities["HV0102"]);
        Assert.Null(root.Options.RuleSeverities["HV0601"]);
        Assert.True(root.Options.RequireSuppressionReason);

        var lab = resolver.SettingsFor(_repo.Full("lab/a.reg"));
        Assert.Null(lab.Options.RuleSeverities["HV0101"]);
        Assert.Null(lab.Options.RuleSeverities["HV0102"]);
        Assert.Equal(WindowsTarget.Ws2012R2, lab.Options.Target);

        var keep = resolver.SettingsFor(_repo.Full("lab/keep/a.reg"));
        Assert.Equal(Severity.Warning, keep.Options.RuleSeverities["HV0101"]);
        Assert.False(keep.Options.RequireSuppressionReason);
        Assert.Equal(WindowsTarget.Ws2012R2, keep.Options.Target);

        // Files that match the same overrides share their settings.
        Assert.Same(lab, resolver.SettingsFor(_repo.Full("lab/other/b.reg")));
    }

    [Fact]
    public void The_command_line_target_wins_over_configuration()
    {
        _repo.Write("hvlint.json", """{ "target": "ws2016" }""");
        var resolver = new ConfigurationResolver(RuleVerifier.Engine.Descriptors) { TargetOverride = WindowsTarget.Ws2008R2 };
        Assert.Equal(WindowsTarget.Ws2008R2, resolver.SettingsFor(_repo.Full("a.reg")).Options.Target);
    }

    [Fact]
    public void Include_exclude_and_gitignore_decide_what_a_folder_search_skips()
    {
        _repo.Write("hvlint.json", """{ "include": ["hosts/**", "lab/**"], "exclude": ["lab/old/**", "*.generated.reg"] }""");
        _repo.Write(".gitignore", "local/\n");
        var resolver = Resolver();
        bool Excluded(string path, bool dir = false) => resolver.IsExcluded(_repo.Full(path), dir, _repo.Path);

        Assert.False(Excluded("hosts/a.reg"));
        Assert.True(Excluded("other/a.reg"));
        Assert.True(Excluded("lab/old", dir: true));
        Assert.True(Excluded("lab/old/a.reg"));
        Assert.True(Excluded("hosts/x.generated.reg"));
        Assert.True(Excluded("hosts/local", dir: true));
        Assert.False(Excluded("other", dir: true));
    }

    [Fact]
    public void Gitignore_can_be_switched_off()
    {
        _repo.Write("hvlint.json", """{ "gitignore": false }""");
        _repo.Write(".gitignore", "*.reg\n");
        Assert.False(Resolver().IsExcluded(_repo.Full("a.reg"), false, _repo.Path));
        File.Delete(_repo.Full("hvlint.json"));
        Assert.True(Resolver().IsExcluded(_repo.Full("a.reg"), false, _repo.Path));
    }

    [Fact]
    public void An_unknown_setting_names_the_file_line_and_column_and_suggests()
    {
        var ex = Error("{\n  \"target\": \"ws2022\",\n  \"failLevle\": \"warning\"\n}");
        Assert.Equal("hvlint.json", ex.FilePath);
        Assert.Equal(3, ex.Line);
        Assert.Equal(3, ex.Column);
        Assert.Contains("'failLevle' is not allowed here", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'failLevel'?", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("hvlint.json:3:3: ", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\n  \"rules\": { \"HV0101\": \"warn\" }\n}", 2, "rules.HV0101: 'warn' is not allowed; expected 'error', 'warning', 'note' or 'off'. Did you mean 'warning'?")]
    [InlineData("{\n  \"rules\": {\n    \"UnknownValueNam\": \"off\"\n  }\n}", 3, "Did you mean 'UnknownValueName'?")]
    [InlineData("{\n  \"rules\": { \"hv0101\": \"off\" }\n}", 2, "Did you mean 'HV0101'?")]
    [InlineData("{ \"target\": \"2022\" }", 1, "target: '2022' is not allowed; expected 'ws2008r2'")]
    [InlineData("{ \"include\": \"hosts/**\" }", 1, "include: expected an array, found a string")]
    [InlineData("{\n  \"overrides\": [\n    { \"rules\": {} }\n  ]\n}", 3, "overrides[0]: 'files' is missing")]
    [InlineData("{\n  \"overrides\": [ { \"files\": [] } ]\n}", 2, "overrides[0].files: must not be empty")]
    [InlineData("{\n  \"exclude\": [ \"lab/[a\" ]\n}", 2, "exclude[0]: 'lab/[a' is not a valid pattern")]
    [InlineData("{\n  \"target\": \"ws2022\",\n  \"target\": \"ws2019\"\n}", 3, "'target' is written twice (also on line 2)")]
    [InlineData("{\n  \"target\": \"ws2022\"\n  \"failLevel\": \"note\"\n}", 3, "not valid JSON")]
    [InlineData("[]", 1, "expected a JSON object")]
    [InlineData("", 1, "empty")]
    public void Bad_configuration_is_an_error_with_the_line_and_what_is_expected(string config, int line, string expected)
    {
        var ex = Error(config);
        Assert.Equal(line, ex.Line);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_a_file_is_listed_at_once()
    {
        var ex = Error("{\n  \"target\": \"ws1999\",\n  \"failLevel\": \"fatal\",\n  \"colour\": true\n}");
        var lines = ex.Message.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("hvlint.json:2:", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("hvlint.json:3:", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("hvlint.json:4:", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_id_name_and_category_is_accepted()
    {
        var keys = RuleVerifier.Engine.Descriptors.SelectMany(d => new[] { d.Id, d.Name })
            .Concat(Enum.GetValues<RuleCategory>().Select(RuleCategories.Name));
        _repo.Write("hvlint.json", "{ \"rules\": { " + string.Join(", ", keys.Select(k => $"\"{k}\": \"note\"")) + " } }");
        var settings = Resolver().SettingsFor(_repo.Full("a.reg"));
        Assert.All(RuleVerifier.Engine.Descriptors, d => Assert.Equal(Severity.Note, settings.Options.RuleSeverities[d.Id]));
    }

    [Fact]
    public void Extra_catalog_files_are_loaded_with_the_built_in_catalog()
    {
        _repo.Write("org/catalog/contoso.json", ContosoCatalog("\"description\": \"Contoso's throttle, read by its migration agent.\","));
        _repo.Write("hvlint.json", """{ "catalogs": ["org/catalog"] }""");
        var settings = Resolver().SettingsFor(_repo.Full("a.reg"));
        Assert.NotNull(settings.Catalog);
        Assert.Contains(settings.Catalog!.Entries, e => e.Name == "ContosoThrottle");
        Assert.True(settings.Catalog.Entries.Count > Catalog.CatalogLoader.BuiltIn.Entries.Count);
    }

    [Fact]
    public void A_bad_extra_catalog_file_is_an_error_in_that_file_with_its_line()
    {
        _repo.Write("org/contoso.json", ContosoCatalog("\"descripton\": \"misspelt\","));
        _repo.Write("hvlint.json", """{ "catalogs": ["org/contoso.json"] }""");
        var ex = Assert.Throws<ConfigurationException>(() => Resolver().SettingsFor(_repo.Full("a.reg")));
        Assert.Equal("org/contoso.json", ex.FilePath);
        Assert.Contains("entries[0]: 'description' is missing", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'descripton' is not allowed here", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'description'?", ex.Message, StringComparison.Ordinal);
        Assert.Contains("rules/catalog.schema.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_property_the_catalog_schema_forbids_with_not_is_an_error_at_its_object()
    {
        // rules/catalog.schema.json: a gate's 'value' is only for 'equals' and 'atLeast'.
        var catalog = ContosoCatalog("\"description\": \"A Contoso value.\",").Replace(
            "\"source\": \"Contoso runbook 12\"",
            "\"source\": \"Contoso runbook 12\",\n      \"requires\": [ { \"name\": \"Gate\", \"condition\": \"zero\", \"value\": 1, \"note\": \"n\", \"basis\": \"documented\" } ]",
            StringComparison.Ordinal);
        _repo.Write("org/contoso.json", catalog);
        _repo.Write("hvlint.json", """{ "catalogs": ["org/contoso.json"] }""");
        var ex = Assert.Throws<ConfigurationException>(() => Resolver().SettingsFor(_repo.Full("a.reg")));
        Assert.Equal("org/contoso.json", ex.FilePath);
        Assert.Equal(12, ex.Line);
        Assert.Contains("entries[0].requires[0]: 'value' is not allowed here", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_extra_catalog_is_an_error_at_its_line()
    {
        var ex = Error("{\n  \"catalogs\": [\n    \"org/none.json\"\n  ]\n}");
        Assert.Equal(3, ex.Line);
        Assert.Contains("'org/none.json' does not exist", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configuration_is_loaded_once_however_many_files_use_it()
    {
        var config = _repo.Write("hvlint.json", """{ "target": "ws2016" }""");
        var resolver = Resolver();
        var first = resolver.ConfigurationFor(_repo.Full("a/b/c.reg"));

        // A changed file is not re-read by the same resolver: one run sees one configuration.
        File.WriteAllText(config, "not json");
        Assert.Same(first, resolver.ConfigurationFor(_repo.Full("a/d.reg")));
    }

    internal static string ContosoCatalog(string descriptionLine) => $$"""
        {
          "area": "contoso",
          "description": "Contoso's own tuning values.",
          "entries": [
            {
              "store": "registry",
              "key": "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration",
              "name": "ContosoThrottle",
              "types": ["REG_DWORD"],
              {{descriptionLine}}
              "source": "Contoso runbook 12"
            }
          ]
        }
        """;
}

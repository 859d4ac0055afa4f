using System.Text.Json;
using System.Text.RegularExpressions;
using HvLint.Core.Configuration;
using HvLint.TestKit;

namespace HvLint.Core.Tests.Configuration;

/// <summary>
/// hvlint.schema.json is generated from the rule descriptors; this test fails when a rule is
/// added without regenerating it (HVLINT_UPDATE_BASELINES=1 dotnet test rewrites it). The
/// documented examples must pass both Ajv (what editors do) and HvLint's own loader.
/// </summary>
public sealed partial class ConfigurationSchemaTests : IDisposable
{
    private static readonly string s_schemaPath = RepoPaths.Combine("hvlint.schema.json");
    private readonly ScratchFolder _dir = new ScratchFolder().AsRepository();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_committed_schema_is_the_one_generated_from_the_rule_descriptors()
    {
        var generated = ConfigurationSchema.Generate(RuleVerifier.Engine.Descriptors);
        if (Environment.GetEnvironmentVariable("HVLINT_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(s_schemaPath, generated);
            return;
        }

        Assert.True(File.Exists(s_schemaPath), "hvlint.schema.json is missing; run HVLINT_UPDATE_BASELINES=1 dotnet test.");
        Assert.True(
            File.ReadAllText(s_schemaPath).ReplaceLineEndings("\n") == generated,
            "hvlint.schema.json differs from the schema generated from the rules (a rule was added or renamed?); run HVLINT_UPDATE_BASELINES=1 dotnet test and commit it.");
    }

    [Fact]
    public void Every_example_in_the_configuration_docs_passes_the_schema_and_the_loader()
    {
        var doc = File.ReadAllText(RepoPaths.Combine("docs", "configuration.md")).ReplaceLineEndings("\n");
        var examples = JsonBlock().Matches(doc).Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(examples);
        var files = new List<string>();
        for (var i = 0; i < examples.Length; i++)
        {
            // The examples name catalog files; give them one so the loader finds it.
            var folder = Path.Combine(_dir.Path, "example" + i);
            Directory.CreateDirectory(Path.Combine(folder, ".git"));
            var file = Path.Combine(folder, "hvlint.json");
            File.WriteAllText(file, examples[i]);
            File.WriteAllText(Path.Combine(folder, "contoso.catalog.json"), ConfigurationResolverTests.ContosoCatalog("\"description\": \"A Contoso value.\","));
            files.Add(file);

            var settings = new ConfigurationResolver(RuleVerifier.Engine.Descriptors).SettingsFor(Path.Combine(folder, "a.reg"));
            Assert.NotNull(settings.Configuration);
        }

        var (code, output) = NodeTools.Run("node", [Path.Combine(NodeTools.Directory, "validate-schema.js"), s_schemaPath, .. files]);
        Assert.True(code == 0, output);
    }

    [Fact]
    public void Ajv_and_the_loader_agree_on_a_bad_configuration()
    {
        var file = _dir.Write("hvlint.json", """{ "rules": { "HV0101": "fatal" }, "colour": true }""");
        var (code, output) = NodeTools.Run("node", [Path.Combine(NodeTools.Directory, "validate-schema.js"), s_schemaPath, file]);
        Assert.True(code == 1, output);
        var ex = Assert.Throws<ConfigurationException>(() => new ConfigurationResolver(RuleVerifier.Engine.Descriptors).SettingsFor(_dir.Full("a.reg")));
        Assert.Contains("'fatal' is not allowed", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'colour' is not allowed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_loader_asserts_every_keyword_the_published_schemas_use()
    {
        // The loader's validator is a hand-written subset (docs/architecture.md says why); a
        // keyword it does not know would be silently ignored while editors enforce it.
        var used = new SortedSet<string>(StringComparer.Ordinal);
        SchemaKeywords(JsonDocument.Parse(Catalog.CatalogLoader.BuiltInSchema()).RootElement, used);
        SchemaKeywords(JsonDocument.Parse(ConfigurationSchema.Generate(RuleVerifier.Engine.Descriptors)).RootElement, used);
        Assert.Equal([], used.Where(k => !SchemaValidator.Keywords.Contains(k)).ToArray());
        Assert.Contains("not", used);
    }

    // The keywords of a schema, walking only into subschemas (never into property names).
    private static void SchemaKeywords(JsonElement schema, ISet<string> used)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var p in schema.EnumerateObject())
        {
            used.Add(p.Name);
            switch (p.Name)
            {
                case "properties" or "patternProperties" or "$defs" or "dependentSchemas":
                    foreach (var member in p.Value.EnumerateObject())
                    {
                        SchemaKeywords(member.Value, used);
                    }

                    break;
                case "allOf" or "anyOf" or "oneOf" or "prefixItems":
                    foreach (var item in p.Value.EnumerateArray())
                    {
                        SchemaKeywords(item, used);
                    }

                    break;
                case "items" or "additionalProperties" or "not" or "if" or "then" or "else" or "contains" or "propertyNames":
                    SchemaKeywords(p.Value, used);
                    break;
            }
        }
    }

    [GeneratedRegex("```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}

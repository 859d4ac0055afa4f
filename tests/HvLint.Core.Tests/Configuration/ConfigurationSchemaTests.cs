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

    [GeneratedRegex("```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}

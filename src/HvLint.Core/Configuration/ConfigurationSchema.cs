using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HvLint.Core.Diagnostics;
using HvLint.Core.Model;

namespace HvLint.Core.Configuration;

/// <summary>
/// The JSON schema of hvlint.json, generated from the rule descriptors so that every rule ID,
/// rule name and category is a known key of "rules" (with its title as the editor's hint).
/// The repository's hvlint.schema.json is this text; a test fails when they differ, and the
/// configuration loader validates with the same schema, so the editor and the tool agree.
/// </summary>
public static class ConfigurationSchema
{
    /// <summary>The schema's $id.</summary>
    public const string Id = "https://hvlint.dev/schemas/hvlint.schema.json";

    /// <summary>Severity names in configuration: the CLI's names plus "off".</summary>
    public static IReadOnlyList<string> SeverityNames { get; } = ["error", "warning", "note", "off"];

    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The schema text (UTF-8 JSON, two-space indent, ending with a line break).</summary>
    public static string Generate(IEnumerable<RuleDescriptor> descriptors)
    {
        ArgumentNullException.ThrowIfNull(descriptors);
        var rules = descriptors.DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, s_options))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            w.WriteString("$id", Id);
            w.WriteString("title", "HvLint configuration (hvlint.json)");
            w.WriteString("description", "Settings for HvLint in a repository: rule severities, the Windows release the hosts run, which files to lint, per-folder overrides and extra catalog files. HvLint uses the nearest hvlint.json or .hvlint.json above each file, up to the repository root. Generated from HvLint's rules; see docs/configuration.md.");
            w.WriteString("type", "object");
            w.WriteBoolean("additionalProperties", false);
            w.WriteStartObject("properties");

            w.WriteStartObject("$schema");
            w.WriteString("type", "string");
            w.WriteString("description", "The schema of this file, for editors.");
            w.WriteEndObject();

            Ref(w, "target", "target", "The Windows Server release the hosts run; rules that depend on the release use it. Default: ws2025. 'hvlint check --target' wins over it.");

            w.WriteStartObject("failLevel");
            w.WriteString("description", "The lowest severity that makes 'hvlint check' exit with 1. Default: warning (notes never fail a run unless this says 'note'). 'hvlint check --fail-level' wins over it.");
            Enum(w, ["error", "warning", "note"]);
            w.WriteEndObject();

            w.WriteStartObject("maxFindingsPerRule");
            w.WriteString("description", "At most this many findings of each rule are shown for each file, followed by one line counting the rest; 0 shows all. Default: 100. The exit code and baselines count every finding. 'hvlint check --max-findings-per-rule' wins over it.");
            w.WriteString("type", "integer");
            w.WriteNumber("minimum", 0);
            w.WriteNumber("maximum", int.MaxValue);
            w.WriteEndObject();

            Boolean(w, "requireSuppressionReason", "Whether an inline suppression without a reason ('-- reason') is itself a finding (HV0982). Default: true.");
            Boolean(w, "gitignore", "Whether files that git ignores (.gitignore, .git/info/exclude) are skipped when searching folders. Default: true.");
            Ref(w, "include", "globs", "Only files matching one of these patterns (relative to this file's folder) are linted when folders are searched. Default: every file HvLint reads.");
            Ref(w, "exclude", "globs", "Files and folders matching one of these patterns (relative to this file's folder) are skipped when folders are searched.");
            Ref(w, "rules", "rules", "Severity per rule ID, rule name or category.");

            w.WriteStartObject("overrides");
            w.WriteString("description", "Settings for some files only; each matching entry applies on top of the settings above, in order.");
            w.WriteString("type", "array");
            w.WriteStartObject("items");
            w.WriteString("type", "object");
            w.WriteBoolean("additionalProperties", false);
            w.WriteStartArray("required");
            w.WriteStringValue("files");
            w.WriteEndArray();
            w.WriteStartObject("properties");
            w.WriteStartObject("files");
            w.WriteString("$ref", "#/$defs/globs");
            w.WriteString("description", "The files this entry applies to: patterns relative to this file's folder, such as 'lab/**'.");
            w.WriteNumber("minItems", 1);
            w.WriteEndObject();
            Ref(w, "rules", "rules", "Severity per rule ID, rule name or category, for these files.");
            Ref(w, "target", "target", "The Windows Server release of these files' hosts.");
            Boolean(w, "requireSuppressionReason", "Whether a suppression without a reason is a finding, for these files.");
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteStartObject("catalogs");
            w.WriteString("description", "Extra catalog files (or folders of them) that teach HvLint an organisation's own settings, in the format of rules/catalog/*.json (rules/catalog.schema.json); paths relative to this file's folder.");
            w.WriteString("type", "array");
            w.WriteStartObject("items");
            w.WriteString("type", "string");
            w.WriteNumber("minLength", 1);
            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteEndObject();

            w.WriteStartObject("$defs");
            w.WriteStartObject("target");
            w.WriteString("description", "A Windows Server release: " + string.Join(", ", WindowsTargets.Names) + ".");
            Enum(w, WindowsTargets.Names);
            w.WriteEndObject();

            w.WriteStartObject("severity");
            w.WriteString("description", "error, warning or note; off turns the rule off.");
            Enum(w, SeverityNames);
            w.WriteEndObject();

            w.WriteStartObject("globs");
            w.WriteString("type", "array");
            w.WriteStartObject("items");
            w.WriteString("type", "string");
            w.WriteNumber("minLength", 1);
            w.WriteString("description", "A path pattern: * within a segment, ** across segments, ? one character, [a-z], {a,b}. Without a '/' it matches at any depth.");
            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteStartObject("rules");
            w.WriteString("description", "A rule ID (HV0101), a rule name (UnknownValueName) or a category (unknown-name), with error, warning, note or off. Names and IDs win over categories.");
            w.WriteString("type", "object");
            w.WriteBoolean("additionalProperties", false);
            w.WriteStartObject("properties");
            foreach (var d in rules)
            {
                RuleProperty(w, d.Id, $"{d.Name}: {d.Title} Default: {Name(d.DefaultSeverity)}.");
            }

            foreach (var d in rules.OrderBy(d => d.Name, StringComparer.Ordinal))
            {
                RuleProperty(w, d.Name, $"{d.Id}: {d.Title} Default: {Name(d.DefaultSeverity)}.");
            }

            foreach (var c in System.Enum.GetValues<RuleCategory>())
            {
                var ids = rules.Where(d => d.Category == c).Select(d => d.Id).ToArray();
                RuleProperty(w, RuleCategories.Name(c), $"Every rule of the {RuleCategories.Name(c)} category ({(ids.Length == 0 ? "none yet" : string.Join(", ", ids))}).");
            }

            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static string Name(Severity severity) => severity.ToString().ToLowerInvariant();

    private static void RuleProperty(Utf8JsonWriter w, string name, string description)
    {
        w.WriteStartObject(name);
        w.WriteString("$ref", "#/$defs/severity");
        w.WriteString("description", description);
        w.WriteEndObject();
    }

    private static void Ref(Utf8JsonWriter w, string name, string definition, string description)
    {
        w.WriteStartObject(name);
        w.WriteString("$ref", "#/$defs/" + definition);
        w.WriteString("description", description);
        w.WriteEndObject();
    }

    private static void Boolean(Utf8JsonWriter w, string name, string description)
    {
        w.WriteStartObject(name);
        w.WriteString("type", "boolean");
        w.WriteString("description", description);
        w.WriteEndObject();
    }

    private static void Enum(Utf8JsonWriter w, IEnumerable<string> values)
    {
        w.WriteStartArray("enum");
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}

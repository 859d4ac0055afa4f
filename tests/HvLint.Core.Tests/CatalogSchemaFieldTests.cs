using System.Text.Json;
using HvLint.Core.Catalog;
using HvLint.TestKit;

namespace HvLint.Core.Tests;

/// <summary>
/// A catalog field lives in two places: its property with its line in the object's field table
/// (CatalogEntry.Fields ...) and its line in rules/catalog.schema.json. These tests hold the two
/// together, so a field added to one and forgotten in the other fails here, by name.
/// </summary>
public sealed class CatalogSchemaFieldTests
{
    private static readonly Lazy<JsonElement> s_schema = new(() =>
        JsonDocument.Parse(File.ReadAllText(RepoPaths.Combine("rules", "catalog.schema.json"))).RootElement);

    public static TheoryData<string> Objects => ["entry", "constraint", "enumValue", "bit", "gate", "entry.aliases", "entry.security", "entry.deprecated", "entry.cmdlets", "wmiValues", "wmiMapItem", "vbsFeature"];

    [Theory]
    [MemberData(nameof(Objects))]
    public void The_loader_reads_exactly_the_fields_the_schema_allows(string name)
    {
        var (fields, required) = Table(name);
        var schema = Definition(name);
        var allowed = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        Assert.True(schema.TryGetProperty("additionalProperties", out var extra) && extra.ValueKind == JsonValueKind.False, $"{name}: the schema must refuse unknown fields, or a misspelt one is silently ignored");
        Assert.Equal(allowed.Order(StringComparer.Ordinal), fields.Order(StringComparer.Ordinal));

        // The loader may be more lenient than the schema (a user's catalog may leave a basis
        // out), never stricter.
        var schemaRequired = schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(x => x.GetString()!).ToHashSet(StringComparer.Ordinal) : [];
        Assert.Empty(required.Except(schemaRequired));
    }

    [Fact]
    public void A_field_the_table_reads_reaches_the_entry()
    {
        var json = """
            { "area": "t", "description": "d", "entries": [ {
                "store": "registry", "key": "HKLM\\SOFTWARE\\Contoso", "name": "B", "types": ["REG_DWORD"],
                "readBy": ["contoso.sys"], "windows": { "from": "ws2016" }, "managedBy": "Set-Contoso",
                "aliases": [ { "name": "Bee", "documented": false, "note": "n" } ],
                "constraint": { "kind": "bitmask", "bits": [ { "mask": "0x10", "meaning": "m" } ], "basis": "documented" },
                "description": "d", "source": "s" } ] }
            """;
        var entry = Assert.Single(CatalogLoader.Load([("t.json", json)]).Entries);
        Assert.Equal(("t", "B", "contoso.sys", HvLint.Core.Model.WindowsTarget.Ws2016, "Set-Contoso"), (entry.Area, entry.Name, Assert.Single(entry.ReadBy), entry.WindowsFrom!.Value, entry.ManagedBy!));
        Assert.Equal(("Bee", false, "n"), (entry.Aliases[0].Name, entry.Aliases[0].Documented, entry.Aliases[0].Note));
        Assert.Equal(0x10UL, Assert.Single(entry.Constraint!.Bits).Mask);
        Assert.Equal(@"hklm\software\contoso", entry.KeyPattern!.Text.ToLowerInvariant());
    }

    [Theory]
    [InlineData("\"description\": \"d\", \"store\": \"registry\"", "'source' is missing")]
    [InlineData("\"description\": \"d\", \"source\": \"s\", \"store\": \"registry\", \"constraint\": { \"kind\": \"integerish\" }", "integerish")]
    [InlineData("\"description\": \"d\", \"source\": \"s\", \"store\": \"registry\", \"constraint\": 5", "expected an object")]
    public void A_malformed_entry_names_its_file_and_index_and_never_escapes_as_a_crash(string fields, string expected)
    {
        var json = $$"""{ "area": "t", "description": "d", "entries": [ { {{fields}} } ] }""";
        var ex = Assert.Throws<CatalogException>(() => CatalogLoader.Load([("t.json", json)]));
        Assert.StartsWith("t.json: entries[0]: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"sameAsCmdlet\": true, \"min\": 0, \"basis\": \"documented\" }", "exactly one of")]
    [InlineData("{ \"basis\": \"documented\" }", "exactly one of")]
    [InlineData("{ \"map\": [ { \"wmi\": 0, \"name\": \"Off\" } ], \"basis\": \"inferred\" }", "reasoning")]
    public void A_wmiValues_object_gives_exactly_one_form_and_an_inferred_one_its_reasoning(string wmiValues, string expected)
    {
        var json = $$"""
            { "area": "t", "description": "d", "entries": [ {
                "store": "hyperv", "wmiClass": "Msvm_X", "name": "P", "wmiType": "uint32",
                "cmdlets": [ { "cmdlet": "Set-VMX", "parameter": "P" } ],
                "constraint": { "kind": "integer", "basis": "documented" },
                "wmiValues": {{wmiValues}}, "description": "d", "source": "s" } ] }
            """;
        var ex = Assert.Throws<CatalogException>(() => CatalogLoader.Load([("t.json", json)]));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vbsFeature_is_read_with_the_data_that_turn_it_on()
    {
        var json = """
            { "area": "t", "description": "d", "entries": [ {
                "store": "registry", "key": "HKLM\\SOFTWARE\\Contoso", "name": "Flags", "types": ["REG_DWORD"],
                "vbsFeature": { "feature": "Credential Guard", "onWhen": "values", "onValues": [1, 2], "basis": "documented" },
                "description": "d", "source": "s" } ] }
            """;
        var feature = Assert.Single(CatalogLoader.Load([("t.json", json)]).Entries).VbsFeature!;
        Assert.Equal(("Credential Guard", true, true, false), (feature.Feature, feature.TurnsOn(1), feature.TurnsOn(2), feature.TurnsOn(3)));
    }

    private static (IEnumerable<string> Fields, IReadOnlyList<string> Required) Table(string name) => name switch
    {
        "entry" => (CatalogEntry.Fields, CatalogEntry.Fields.Required),
        "constraint" => (ValueConstraint.Fields, ValueConstraint.Fields.Required),
        "enumValue" => (EnumValue.Fields, EnumValue.Fields.Required),
        "bit" => (BitFlag.Fields, BitFlag.Fields.Required),
        "gate" => (GateRequirement.Fields, GateRequirement.Fields.Required),
        "entry.aliases" => (CatalogAlias.Fields, CatalogAlias.Fields.Required),
        "entry.security" => (SecurityInfo.Fields, SecurityInfo.Fields.Required),
        "entry.deprecated" => (DeprecationInfo.Fields, DeprecationInfo.Fields.Required),
        "entry.cmdlets" => (CmdletParameter.Fields, CmdletParameter.Fields.Required),
        "wmiValues" => (WmiValues.Fields, WmiValues.Fields.Required),
        "wmiMapItem" => (WmiValueName.Fields, WmiValueName.Fields.Required),
        "vbsFeature" => (VbsFeature.Fields, VbsFeature.Fields.Required),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    // "entry.aliases" is the item schema of the entry's aliases; "entry.security" its security object.
    private static JsonElement Definition(string name)
    {
        var defs = s_schema.Value.GetProperty("$defs");
        var parts = name.Split('.');
        var schema = defs.GetProperty(parts[0]);
        if (parts.Length > 1)
        {
            schema = schema.GetProperty("properties").GetProperty(parts[1]);
            schema = schema.TryGetProperty("items", out var items) ? items : schema;
        }

        return schema;
    }
}

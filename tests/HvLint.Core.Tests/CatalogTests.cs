using HvLint.Core.Catalog;
using HvLint.Core.Model;
using HvLint.TestKit;

namespace HvLint.Core.Tests;

public sealed class CatalogTests
{
    private static SettingsCatalog Catalog => CatalogLoader.BuiltIn;

    [Fact]
    public void Every_catalog_file_passes_the_schema()
    {
        var files = Directory.GetFiles(RepoPaths.Combine("rules", "catalog"), "*.json");
        Assert.NotEmpty(files);
        var (code, output) = NodeTools.Run("node", [Path.Combine(NodeTools.Directory, "validate-schema.js"), RepoPaths.Combine("rules", "catalog.schema.json"), .. files]);
        Assert.True(code == 0, output);
    }

    [Fact]
    public void Every_catalog_file_is_embedded_and_named_after_its_area()
    {
        var onDisk = Directory.GetFiles(RepoPaths.Combine("rules", "catalog"), "*.json").Select(Path.GetFileNameWithoutExtension).Order().ToArray();
        var embedded = CatalogLoader.BuiltInFiles().Select(f => Path.GetFileNameWithoutExtension(f.Name)).Order().ToArray();
        Assert.Equal(onDisk, embedded);
        Assert.All(CatalogLoader.BuiltIn.Entries, e => Assert.Contains(e.Area, embedded));
    }

    [Fact]
    public void The_catalog_is_large_and_covers_both_stores()
    {
        Assert.True(Catalog.Entries.Count(e => e.Store == CatalogStore.Registry) > 400);
        Assert.True(Catalog.Entries.Count(e => e.Store == CatalogStore.Bcd) > 100);
    }

    [Fact]
    public void No_two_registry_entries_share_a_key_and_name()
    {
        var duplicates = Catalog.Entries.Where(e => e.Store == CatalogStore.Registry && !e.KeyOnly)
            .GroupBy(e => (e.Key!.ToUpperInvariant(), (e.Name ?? e.NamePattern)!.ToUpperInvariant()))
            .Where(g => g.Count() > 1)
            .Select(g => g.Key.ToString())
            .ToArray();
        Assert.True(duplicates.Length == 0, string.Join("\n", duplicates));
    }

    [Fact]
    public void Every_relation_names_a_value_that_exists_under_the_same_key()
    {
        var broken = new List<string>();
        foreach (var e in Catalog.Entries.Where(e => e.Store == CatalogStore.Registry && e.Constraint is not null))
        {
            foreach (var other in new[] { e.Constraint!.LessOrEqualTo, e.Constraint.GreaterOrEqualTo }.OfType<string>())
            {
                if (!Catalog.Entries.Any(x => string.Equals(x.Key, e.Key, StringComparison.OrdinalIgnoreCase) && string.Equals(x.Name, other, StringComparison.OrdinalIgnoreCase)))
                {
                    broken.Add($"{e}: {other}");
                }
            }
        }

        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    [Fact]
    public void Security_entries_say_what_is_lost_and_debug_entries_are_tagged_consistently()
    {
        Assert.All(Catalog.Entries.Where(e => e.HasTag(CatalogTag.SecuritySensitive)), e => Assert.True(e.Security is not null || e.Store == CatalogStore.Bcd || e.KeyOnly, $"{e} is security-sensitive without 'security'"));
        Assert.All(Catalog.Entries.Where(e => e.Security is not null), e => Assert.InRange(e.Security!.Severity, 0.1, 10));
    }

    [Fact]
    public void Managed_entries_name_the_tool_that_owns_them()
    {
        var missing = Catalog.Entries.Where(e => e.HasTag(CatalogTag.ManagedByHyperV) && string.IsNullOrWhiteSpace(e.ManagedBy)).Select(e => e.ToString()).ToArray();
        Assert.True(missing.Length == 0, string.Join("\n", missing));
    }

    [Theory]
    [InlineData(@"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration", "MaximumActiveTransfers")]
    [InlineData(@"HKEY_LOCAL_MACHINE\SYSTEM\ControlSet001\Services\vid\Parameters", "FaultClusterSizeShift")]
    [InlineData(@"hkey_local_machine\system\currentcontrolset\services\VHDMP\parameters", "smbresiliencytimeoutms")]
    [InlineData(@"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\VML\TraceLevelsEnabled", "Trace12")]
    public void Lookups_are_case_insensitive_fold_control_sets_and_match_name_patterns(string key, string name)
    {
        var match = Catalog.MatchKey(RegistryKeyPath.TryParse(key)!);
        Assert.True(match.ValuesOwned);
        Assert.NotNull(Catalog.FindValue(match, name));
    }

    [Fact]
    public void A_per_vm_key_matches_its_guid_placeholder()
    {
        var match = Catalog.MatchKey(RegistryKeyPath.TryParse(@"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\{EF259B05-2CDE-4317-8ACF-E80CB364D66C}")!);
        Assert.NotEmpty(match.Entries);
    }

    [Fact]
    public void Keys_outside_hyper_v_are_not_owned()
    {
        var match = Catalog.MatchKey(RegistryKeyPath.TryParse(@"HKLM\SOFTWARE\Contoso\Settings")!);
        Assert.False(match.ValuesOwned);
        Assert.Empty(match.Entries);
    }

    [Fact]
    public void Bcd_elements_resolve_by_documented_name_and_by_the_seed_spelling()
    {
        Assert.Equal("hypervisorschedulertype", Catalog.FindBcdElement("hypervisorscheduler")?.Name);
        Assert.Equal("hypervisordebugport", Catalog.FindBcdElement("hypervisorserialdebugport")?.Name);
        Assert.NotNull(Catalog.FindBcdElement("VSMLAUNCHTYPE"));
        Assert.Null(Catalog.FindBcdElement("vmslaunchtype"));
    }

    [Fact]
    public void Gates_load_with_their_condition_and_default_to_the_entry_key()
    {
        var storvsp = Catalog.FindValue(Catalog.MatchKey(RegistryKeyPath.TryParse(@"HKLM\SYSTEM\CurrentControlSet\Services\storvsp")!), "AffinitizeThreads")!;
        var spread = Assert.Single(storvsp.Requires);
        Assert.Equal(("SpreadWork", GateCondition.EqualTo, (ulong?)1), (spread.Name, spread.Condition, spread.Value));
        Assert.Null(spread.Key);
        Assert.True(spread.IsMetBy(1));
        Assert.False(spread.IsMetBy(0));

        var partition = Catalog.FindValue(Catalog.MatchKey(RegistryKeyPath.TryParse(@"HKLM\SYSTEM\CurrentControlSet\Control\Hypervisor\MetadataMemoryPartition")!), "Name")!;
        var ignore = Assert.Single(partition.Requires);
        Assert.Equal(@"hklm\system\currentcontrolset\control\hypervisor", ignore.Key!.MatchKey);
        Assert.Equal(GateCondition.Zero, ignore.Condition);
        Assert.Null(ignore.Value);
        Assert.Empty(Catalog.FindValue(Catalog.MatchKey(RegistryKeyPath.TryParse(@"HKLM\SYSTEM\CurrentControlSet\Services\storvsp")!), "SpreadWork")!.Requires);
    }

    [Theory]
    [InlineData("""{ "name": "A", "condition": "equals", "note": "n" }""")]
    [InlineData("""{ "name": "A", "condition": "zero", "value": 0, "note": "n" }""")]
    [InlineData("""{ "name": "A", "condition": "present", "note": "n" }""")]
    [InlineData("""{ "name": "A", "key": "HKLM\\SOFTWARE\\Contoso\\<GUID>", "condition": "zero", "note": "n" }""")]
    public void A_malformed_gate_stops_the_load_with_the_file_and_entry(string gate)
    {
        var json = $$"""{ "area": "t", "description": "d", "entries": [ { "store": "registry", "key": "HKLM\\SOFTWARE\\Contoso", "name": "B", "types": ["REG_DWORD"], "requires": [ {{gate}} ], "description": "d", "source": "s" } ] }""";
        var ex = Assert.Throws<CatalogException>(() => CatalogLoader.Load([("t.json", json)]));
        Assert.StartsWith("t.json: entries[0]: requires 'A'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "kind": "integer", "max": 5, "basis": "inferred" }""", "constraint: an inferred fact needs its 'reasoning'")]
    [InlineData("""{ "kind": "integer", "max": 5, "basis": "inferred", "reasoning": "r", "onInvalid": "capped" }""", "constraint: onInvalid 'capped' is a claim about Windows")]
    [InlineData("""{ "kind": "integer", "max": 5, "basis": "guessed" }""", "constraint: unknown basis 'guessed'")]
    [InlineData("""{ "kind": "integer", "lessOrEqualTo": "C", "basis": "documented", "order": { "basis": "inferred" } }""", "constraint.order: an inferred fact needs its 'reasoning'")]
    public void A_fact_without_an_honest_basis_stops_the_load(string constraint, string expected)
    {
        var json = $$"""{ "area": "t", "description": "d", "entries": [ { "store": "registry", "key": "HKLM\\SOFTWARE\\Contoso", "name": "B", "types": ["REG_DWORD"], "constraint": {{constraint}}, "description": "d", "source": "s" } ] }""";
        var ex = Assert.Throws<CatalogException>(() => CatalogLoader.Load([("t.json", json)]));
        Assert.StartsWith("t.json: entries[0]: " + expected, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"tags\": [\"debug_only\"]", "unknown tag debug_only")]
    [InlineData("\"windows\": { \"from\": \"ws2030\" }", "unknown Windows release ws2030")]
    [InlineData("\"deprecated\": { \"lastTarget\": \"2008r2\", \"note\": \"n\" }", "unknown Windows release 2008r2")]
    public void Releases_and_tags_are_read_once_at_load_and_a_misspelt_one_stops_it(string property, string expected)
    {
        var json = $$"""{ "area": "t", "description": "d", "entries": [ { "store": "registry", "key": "HKLM\\SOFTWARE\\Contoso", "name": "B", "types": ["REG_DWORD"], {{property}}, "description": "d", "source": "s" } ] }""";
        var ex = Assert.Throws<CatalogException>(() => CatalogLoader.Load([("t.json", json)]));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Releases_and_tags_load_typed()
    {
        var vlan = Catalog.Entries.Single(e => e.Area == "vmswitch" && e.Name == "AccessVlanId");
        Assert.Equal(WindowsTarget.Ws2008R2, vlan.Deprecated!.LastTarget);
        Assert.Contains("managed-by-hyperv", vlan.TagNames);
        Assert.Contains(Catalog.Entries, e => e.WindowsFrom is { } from && from > WindowsTarget.Ws2008R2);
    }

    [Fact]
    public void Facts_load_with_their_basis_and_the_audited_inferences_are_marked()
    {
        var migration = Catalog.MatchKey(RegistryKeyPath.TryParse(@"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration")!);
        var transfers = Catalog.FindValue(migration, "MaximumActiveTransfers")!.Constraint!;
        Assert.Equal(FactBasis.Documented, transfers.Basis.Basis);
        var lower = Catalog.FindValue(migration, "LowNetworkUtilizationLowerThresholds")!.Constraint!;
        Assert.Equal(FactBasis.Documented, lower.Basis.Basis);
        Assert.True(lower.OrderBasis.IsInferred);
        Assert.False(string.IsNullOrWhiteSpace(lower.OrderBasis.Reasoning));
        Assert.True(Catalog.FindValue(migration, "EnableCompression")!.Constraint!.Basis.IsInferred);

        var baud = Catalog.FindBcdElement("hypervisorbaudrate")!.Constraint!;
        Assert.True(baud.Basis.IsInferred);
        Assert.Equal(InvalidBehavior.Unknown, baud.OnInvalid);
        var hvci = Catalog.FindBcdElement("hypervisorenforcedcodeintegrity")!;
        Assert.Null(hvci.Security);
        Assert.False(hvci.HasTag(CatalogTag.SecuritySensitive));

        // No claim about what Windows does with invalid data rests on an inference.
        Assert.DoesNotContain(Catalog.Entries, e => e.Constraint is { OnInvalid: not InvalidBehavior.Unknown, Basis.IsInferred: true });
    }

    [Fact]
    public void Every_gate_names_a_value_the_catalog_knows_with_a_default()
    {
        var broken = new List<string>();
        foreach (var e in Catalog.Entries.Where(e => e.Requires.Count > 0))
        {
            foreach (var gate in e.Requires)
            {
                var key = gate.Key ?? RegistryKeyPath.TryParse(e.Key!)!;
                if (Catalog.FindValue(Catalog.MatchKey(key), gate.Name) is not { Default.Number: not null })
                {
                    broken.Add($"{e}: {gate.Name} in {key}");
                }
            }
        }

        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }
}

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
        Assert.All(Catalog.Entries.Where(e => e.HasTag("security-sensitive")), e => Assert.True(e.Security is not null || e.Store == CatalogStore.Bcd || e.KeyOnly, $"{e} is security-sensitive without 'security'"));
        Assert.All(Catalog.Entries.Where(e => e.Security is not null), e => Assert.InRange(e.Security!.Severity, 0.1, 10));
    }

    [Fact]
    public void Managed_entries_name_the_tool_that_owns_them()
    {
        var missing = Catalog.Entries.Where(e => e.HasTag("managed-by-hyperv") && string.IsNullOrWhiteSpace(e.ManagedBy)).Select(e => e.ToString()).ToArray();
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
}

using System.Text.Json;
using HvLint.Core.Catalog;

namespace HvLint.Cli.Tests;

/// <summary>hvlint catalog list|show over the built-in catalog.</summary>
public sealed class CatalogCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static SettingsCatalog Catalog => CatalogLoader.BuiltIn;

    [Fact]
    public void List_json_has_every_entry_with_its_facts()
    {
        var r = CliRunner.Run(_dir.Path, "catalog", "list", "--format", "json");
        Assert.True(r.ExitCode == 0, r.ToString());
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal(Catalog.Version, doc.RootElement.GetProperty("catalogVersion").GetString());
        var entries = doc.RootElement.GetProperty("entries").EnumerateArray().ToArray();
        Assert.Equal(Catalog.Entries.Count, entries.Length);
        foreach (var e in entries)
        {
            foreach (var field in new[] { "store", "area", "key", "name", "namePattern", "types", "default", "tags", "description" })
            {
                Assert.True(e.TryGetProperty(field, out _), $"missing {field} in {e}");
            }

            Assert.Contains(e.GetProperty("store").GetString(), new[] { "registry", "bcd", "hyperv" });
            Assert.True(e.GetProperty("name").ValueKind == JsonValueKind.String || e.GetProperty("namePattern").ValueKind == JsonValueKind.String || e.GetProperty("keyOnly").GetBoolean(), e.ToString());
            if (e.GetProperty("store").GetString() == "registry")
            {
                Assert.Equal(JsonValueKind.String, e.GetProperty("key").ValueKind);
            }
        }

        var launch = entries.Single(e => e.GetProperty("name").GetString() == "hypervisorlaunchtype");
        Assert.Equal("bcd", launch.GetProperty("store").GetString());
        Assert.Equal("Off", launch.GetProperty("default").GetString());
        Assert.Contains("reboot-required", launch.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Theory]
    [InlineData("bcd", CatalogStore.Bcd)]
    [InlineData("registry", CatalogStore.Registry)]
    public void List_filters_by_store(string store, CatalogStore expected)
    {
        var r = CliRunner.Run(_dir.Path, "catalog", "list", "--format", "json", "--store", store);
        using var doc = JsonDocument.Parse(r.Stdout);
        var entries = doc.RootElement.GetProperty("entries").EnumerateArray().ToArray();
        Assert.Equal(Catalog.Entries.Count(e => e.Store == expected), entries.Length);
        Assert.All(entries, e => Assert.Equal(store, e.GetProperty("store").GetString()));
    }

    [Fact]
    public void List_text_is_aligned_columns_with_a_header()
    {
        var r = CliRunner.Run(_dir.Path, "catalog", "list", "--store", "bcd");
        var lines = r.Stdout.TrimEnd('\n').Split('\n');
        Assert.Matches(@"^STORE\s+AREA\s+KEY\s+NAME\s+TYPES\s+DEFAULT\s+TAGS$", lines[0]);
        Assert.Equal(Catalog.Entries.Count(e => e.Store == CatalogStore.Bcd) + 1, lines.Length);
        var nameColumn = lines[0].IndexOf("NAME", StringComparison.Ordinal);
        var launch = lines.Single(l => l.Contains(" hypervisorlaunchtype ", StringComparison.Ordinal));
        Assert.Equal(nameColumn, launch.IndexOf("hypervisorlaunchtype", StringComparison.Ordinal));
    }

    [Fact]
    public void Show_prints_every_fact_of_an_entry()
    {
        var r = CliRunner.Run(_dir.Path, "catalog", "show", "HypervisorLaunchType");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.StartsWith("BCD element hypervisorlaunchtype\n", r.Stdout, StringComparison.Ordinal);
        foreach (var expected in new[] { "Default:", "Off", "Accepts:", "one of the values below", "0 (Off): ", "1 (Auto): ", "When invalid:", "Not documented: no source says what Windows does with other data.", "(documented: ", "Tags:", "reboot-required", "Description:", "Note:", "Source:" })
        {
            Assert.Contains(expected, r.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Show_says_which_facts_are_documented_and_which_are_inferred()
    {
        var documented = CliRunner.Run(_dir.Path, "catalog", "show", "MaxNestedTlbSize");
        Assert.Contains("from 0 to 10 (documented: Windows Server 2025 Hyper-V configuration reference §1.2)", documented.Stdout, StringComparison.Ordinal);
        Assert.Contains("silently rejects values above 10", documented.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("may fail", documented.Stdout, StringComparison.Ordinal);

        var inferred = CliRunner.Run(_dir.Path, "catalog", "show", "hypervisorbaudrate");
        Assert.Contains("(inferred, not documented: Microsoft lists no rates for hypervisorbaudrate", inferred.Stdout, StringComparison.Ordinal);

        var pair = CliRunner.Run(_dir.Path, "catalog", "show", "LowNetworkUtilizationLowerThresholds");
        Assert.Contains("not above 'LowNetworkUtilizationHigherThresholds' in the same key (inferred, not documented: ", pair.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_security_facts_and_readers()
    {
        var r = CliRunner.Run(_dir.Path, "catalog", "show", "ExoDeviceEnabledClient");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains(@"Key:           HKLM\SYSTEM\CurrentControlSet\Services\vid\Parameters", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("Types:         REG_DWORD", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("Read by:       vid.sys!", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("Security:      insecure when not 0; severity 7.0.", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_the_gate_that_decides_whether_a_value_is_read()
    {
        var r = CliRunner.Run(_dir.Path, "catalog", "show", "AffinitizeThreads");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("Gates:         'SpreadWork' is 1 (", r.Stdout, StringComparison.Ordinal);

        var other = CliRunner.Run(_dir.Path, "catalog", "show", "IgnoreMemPart");
        Assert.DoesNotContain("Gates:", other.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_names_insecure_values()
    {
        var r = CliRunner.Run(_dir.Path, "catalog", "show", "AuthenticationType");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("insecure when 0; severity 5.4.", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("0 (CredSSP): ", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_every_entry_that_has_the_name()
    {
        var name = Catalog.Entries.Where(e => e.Name is { Length: > 0 })
            .GroupBy(e => e.Name!, StringComparer.OrdinalIgnoreCase)
            .First(g => g.Count() > 1);
        var r = CliRunner.Run(_dir.Path, "catalog", "show", name.Key);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.StartsWith($"'{name.Key}' names {name.Count()} settings:", r.Stdout, StringComparison.Ordinal);
        foreach (var e in name)
        {
            Assert.Contains(e.Key ?? e.Name!, r.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Show_an_unknown_name_is_a_usage_error_with_a_suggestion()
    {
        var r = CliRunner.Run(_dir.Path, "catalog", "show", "hypervisorlaunchtyp");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no setting named 'hypervisorlaunchtyp'. Did you mean 'hypervisorlaunchtype'", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_finds_a_Hyper_V_setting_by_its_cmdlet_parameter_and_by_its_WMI_property()
    {
        var byParameter = CliRunner.Run(_dir.Path, "catalog", "show", "MaximumVirtualMachineMigrations");
        Assert.Equal(0, byParameter.ExitCode);
        Assert.Contains("Hyper-V setting Msvm_VirtualSystemMigrationServiceSettingData.MaximumActiveVirtualSystemMigration", byParameter.Stdout, StringComparison.Ordinal);
        Assert.Contains("Set-VMHost -MaximumVirtualMachineMigrations", byParameter.Stdout, StringComparison.Ordinal);
        Assert.Contains(@"Migration\MaximumActiveVmMigrationCount holds the same setting", byParameter.Stdout, StringComparison.Ordinal);

        // The registry value of the same setting is still found by its own name, and a name both stores use lists both.
        Assert.Contains("Store:         registry", CliRunner.Run(_dir.Path, "catalog", "show", "MaximumActiveVmMigrationCount").Stdout, StringComparison.Ordinal);
        var both = CliRunner.Run(_dir.Path, "catalog", "show", "AuthenticationType").Stdout;
        Assert.Contains("names 2 settings", both, StringComparison.Ordinal);
        Assert.Contains("Store:         hyperv", both, StringComparison.Ordinal);
    }
}

using HvLint.Core.Catalog;
using HvLint.Core.Tests.SeedCoverage;
using HvLint.TestKit;

namespace HvLint.Core.Tests;

public sealed class SeedCoverageTests
{
    private static Dictionary<string, string> Exclusions()
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "SeedCoverage", "exclusions.txt")))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var hash = line.IndexOf('#', StringComparison.Ordinal);
            Assert.True(hash > 0, $"exclusions.txt: '{line}' has no '# reason' comment");
            result[line[..hash].Trim()] = line[(hash + 1)..].Trim();
        }

        return result;
    }

    private static HashSet<string> CatalogNames()
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in CatalogLoader.BuiltIn.Entries)
        {
            if (e.Name is { Length: > 0 } n)
            {
                names.Add(n);
            }

            foreach (var a in e.Aliases)
            {
                names.Add(a.Name);
            }

            if (e.NamePattern is { } p)
            {
                names.Add(p);
            }

            // A key-only entry covers the name of its last key segment (e.g. WorkerAppContainer, PerformanceTracing).
            if (e.KeyOnly && e.Key is { } key)
            {
                names.Add(key.Split('\\')[^1]);
            }
        }

        return names;
    }

    [Fact]
    public void Every_name_in_the_seeds_is_in_the_catalog_or_excluded_with_a_reason()
    {
        var seed = SeedNames.FromSeed002(File.ReadAllText(Path.Combine(RepoPaths.Shared, "seeds", "002_dd098d9e50cc207e.txt")))
            .Concat(SeedNames.FromSeed000(File.ReadAllText(Path.Combine(RepoPaths.Shared, "seeds", "000_f4a02cca7f5d2931.txt"))));
        var catalog = CatalogNames();
        var exclusions = Exclusions();
        var missing = seed.Where(n => !catalog.Contains(n) && !exclusions.ContainsKey(n)).Order(StringComparer.OrdinalIgnoreCase).ToArray();
        Assert.True(missing.Length == 0, "Seed names neither in the catalog nor in SeedCoverage/exclusions.txt:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_seed_scan_finds_names_from_every_section_shape()
    {
        // Guards the scanner itself: if the seed format changed and the scan found nothing,
        // the coverage test above would pass vacuously.
        var seed = SeedNames.FromSeed002(File.ReadAllText(Path.Combine(RepoPaths.Shared, "seeds", "002_dd098d9e50cc207e.txt")));
        Assert.Contains("MaximumActiveTransfers", seed);        // table row, §1.4
        Assert.Contains("RetryPostMessage", seed);              // row that starts with a key path, §2.3
        Assert.Contains("ChannelCount", seed);                  // prose "Name (DWORD, 1-64)", §2.4
        Assert.Contains("FastPause", seed);                     // "(all REG_DWORD bool)" list, §2.4
        Assert.Contains("AllowFirmwareLoadFromFile", seed);     // facade table, §1.12
        Assert.Contains("hypervisorscheduler", seed);           // bcdedit table, §2.11.3
        Assert.Contains("DisableDynamicFairShareScheduler", seed);
        Assert.True(seed.Count > 300, $"only {seed.Count} names found");
        Assert.Contains("AccessVlanId", SeedNames.FromSeed000(File.ReadAllText(Path.Combine(RepoPaths.Shared, "seeds", "000_f4a02cca7f5d2931.txt"))));
    }

    [Fact]
    public void Every_exclusion_is_still_needed()
    {
        var catalog = CatalogNames();
        var stale = Exclusions().Keys.Where(catalog.Contains).ToArray();
        Assert.True(stale.Length == 0, "Excluded names that the catalog now has (remove them from exclusions.txt):\n" + string.Join("\n", stale));
    }
}

using HvLint.Core.Catalog;
using HvLint.Core.Model;

namespace HvLint.Core.Tests;

/// <summary>
/// The catalog answers key lookups from a tree of key segments. These tests hold it to the plain
/// definition (every pattern tested against the key, one after another) on keys made from every
/// catalog key: the key itself, its ancestors, a child, near misses, and keys far outside
/// Hyper-V's namespaces. A finding (an unknown key, its did-you-mean, an owned location) depends
/// on each of these answers.
/// </summary>
public sealed class KeyLookupTests
{
    private static SettingsCatalog Catalog => CatalogLoader.BuiltIn;

    public static TheoryData<string> Keys()
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        var patterns = Catalog.Entries.Where(e => e.KeyPattern is not null).Select(e => e.KeyPattern!)
            .Concat(Catalog.OwnedLocations.SelectMany(o => o.Except.Append(o.Key)))
            .DistinctBy(p => p.Text, StringComparer.Ordinal);
        foreach (var p in patterns)
        {
            var hive = p.Text[..p.Text.IndexOf('\\', StringComparison.Ordinal)];
            var segments = p.WrittenSegments.Select((s, i) => Instance(p, s, i)).ToArray();
            for (var depth = 0; depth <= segments.Length; depth++)
            {
                keys.Add(string.Join('\\', [hive, .. segments.Take(depth)]));
            }

            var full = string.Join('\\', [hive, .. segments]);
            keys.Add(full + "\\Zzz");
            keys.Add(full[..^1] + (full[^1] == 'x' ? "y" : "x"));
            keys.Add(full.ToUpperInvariant());
            keys.Add(full.Replace("CurrentControlSet", "ControlSet002", StringComparison.OrdinalIgnoreCase));
            keys.Add(full.Replace("SOFTWARE\\", "SOFTWARE\\Wow6432Node\\", StringComparison.OrdinalIgnoreCase));
        }

        keys.Add("HKLM\\SOFTWARE\\Contoso\\App\\Key1");
        keys.Add("HKCU\\Software\\Contoso");
        keys.Add("HKLM");
        var data = new TheoryData<string>();
        foreach (var k in keys)
        {
            data.Add(k);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void A_key_lookup_gives_what_testing_every_pattern_gives(string text)
    {
        var key = RegistryKeyPath.TryParse(text)!;
        var segments = KeyPattern.SplitMatchPath(key.PathMatchKey);
        var match = Catalog.MatchKey(key);

        Assert.Equal<CatalogEntry>(ExpectedEntries(segments), match.Entries);
        Assert.Equal(ExpectedOwner(segments)?.Key.Text, match.Owner?.Key.Text);
        var known = ExpectedEntries(segments).Count > 0 || AllPatterns().Any(p => p.Matches(segments) || ChildSegment(p, segments) is not null)
            || Catalog.OwnedLocations.Any(o => o.Except.Any(x => x.MatchesPrefix(segments)));
        Assert.Equal(known, match.IsKnownKey);
        Assert.Equal(known, Catalog.IsKnownKey(key));
        Assert.Equal(ExpectedSubkeyNames(segments), Catalog.KnownSubkeyNames(key));

        var wow = RegistryKeyPath.TryParse(text.Replace("\\", "\\Wow6432Node\\", StringComparison.Ordinal))!;
        foreach (var k in new[] { key, key.Child("Zzz").Child("Deeper"), wow })
        {
            var firstUnknown = Enumerable.Range(0, k.Segments.Count + 1).Where(d => !Catalog.MatchKey(k.Ancestor(d)).IsKnownKey).DefaultIfEmpty(-1).First();
            Assert.Equal(firstUnknown, Catalog.FirstUnknownDepth(k));
        }
    }

    private static IEnumerable<KeyPattern> AllPatterns() =>
        Catalog.Entries.Where(e => e.Store == CatalogStore.Registry && e.KeyPattern is not null).Select(e => e.KeyPattern!)
            .Concat(Catalog.OwnedLocations.Select(o => o.Key));

    private static List<CatalogEntry> ExpectedEntries(string[] segments)
    {
        var registry = Catalog.Entries.Where(e => e.Store == CatalogStore.Registry && e.KeyPattern is not null).ToArray();
        var entries = registry.Where(e => e.KeyPattern!.IsLiteral && e.KeyPattern.Matches(segments)).ToList();
        foreach (var group in registry.Where(e => !e.KeyPattern!.IsLiteral).GroupBy(e => e.KeyPattern!.Text, StringComparer.OrdinalIgnoreCase))
        {
            if (group.First().KeyPattern!.Matches(segments))
            {
                entries.AddRange(group);
            }
        }

        return entries;
    }

    private static OwnedLocation? ExpectedOwner(string[] segments) =>
        Catalog.OwnedLocations.FirstOrDefault(o => (o.Subtree ? o.Key.MatchesPrefix(segments) : o.Key.Matches(segments)) && !o.Except.Any(x => x.MatchesPrefix(segments)));

    private static List<string> ExpectedSubkeyNames(string[] segments)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ordered = new List<string>();
        foreach (var p in AllPatterns())
        {
            if (p.Depth > segments.Length && ChildSegment(p, segments) is { } child)
            {
                foreach (var name in p.ChoicesAt(segments.Length).Prepend(child))
                {
                    if (names.Add(name))
                    {
                        ordered.Add(name);
                    }
                }
            }
        }

        return ordered;
    }

    private static string? ChildSegment(KeyPattern p, string[] parent)
    {
        if (p.Depth <= parent.Length)
        {
            return null;
        }

        for (var i = 0; i < parent.Length; i++)
        {
            if (!p.MatchesPrefixAt(parent, i))
            {
                return null;
            }
        }

        return p.WrittenSegments[parent.Length];
    }

    // A segment a real key could have where the pattern has this one.
    private static string Instance(KeyPattern p, string written, int index)
    {
        if (p.ChoicesAt(index) is [var first, ..])
        {
            return first;
        }

        if (!written.Contains('<', StringComparison.Ordinal) && !written.Contains('{', StringComparison.Ordinal))
        {
            return written;
        }

        var upper = written.ToUpperInvariant();
        return upper.Contains("GUID", StringComparison.Ordinal) || upper.Contains("CLSID", StringComparison.Ordinal)
            ? "{8e3e9e5e-1f2a-4b3c-9d4e-5f6a7b8c9d0e}"
            : upper is "<N>" or "<NUMA>" ? "0" : "Sample";
    }
}

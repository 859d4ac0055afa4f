using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using HvLint.Core.Model;
using HvLint.Core.Text;

namespace HvLint.Core.Catalog;

/// <summary>A registry location an area owns.</summary>
public sealed record OwnedLocation(string Area, KeyPattern Key, bool Subtree, IReadOnlyList<KeyPattern> Except)
{
    /// <summary>
    /// Scope "nearMisses": a key Hyper-V shares with Windows (Control\Lsa, the DeviceGuard keys),
    /// where only a value name a few edits away from one catalogued there is reported; any other
    /// name is taken to be Windows' own.
    /// </summary>
    public bool NearMissesOnly { get; init; }
}

/// <summary>What the catalog knows about one registry key.</summary>
public sealed class KeyMatch
{
    // Suggestions do not depend on the name's case (the distance ignores it).
    private ConcurrentDictionary<string, IReadOnlyList<string>>? _suggestions;

    // SettingsCatalog.FindValue's answers for this key, by value name (names and name patterns
    // compare ignoring case).
    private ConcurrentDictionary<string, CatalogEntry?>? _foundValues;
    private string[]? _knownValueNames;
    private bool? _hasNamePatterns;

    internal KeyMatch(RegistryKeyPath path, string[] segments, IReadOnlyList<CatalogEntry> entries, OwnedLocation? owner, bool knownKey, bool hiveMatches)
    {
        Path = path;
        Segments = segments;
        Entries = entries;
        Owner = owner;
        IsKnownKey = knownKey;
        HiveMatches = hiveMatches;
    }

    /// <summary>The key looked up.</summary>
    public RegistryKeyPath Path { get; }

    internal string[] Segments { get; }

    /// <summary>The entries whose key pattern matches this key (values, name patterns and key-only entries).</summary>
    public IReadOnlyList<CatalogEntry> Entries { get; }

    /// <summary>The owned location that makes unknown values here reportable, if any.</summary>
    public OwnedLocation? Owner { get; }

    /// <summary>Whether any entry names this key (or a key below it) exactly, or an owned location is this key.</summary>
    public bool IsKnownKey { get; }

    /// <summary>Whether the matched entries are in the key's own hive (false: an HKLM setting written under HKCU).</summary>
    public bool HiveMatches { get; }

    /// <summary>The names of the values the catalog knows in this key.</summary>
    public IEnumerable<string> KnownValueNames => _knownValueNames ??= [.. Entries.Where(e => e.Name is { Length: > 0 }).Select(e => e.Name!).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>
    /// The known value names closest to <paramref name="name"/> (<see cref="NameSuggester.Suggest"/>),
    /// worked out once per name: a file that repeats a misspelling under one key asks again and again.
    /// </summary>
    public IReadOnlyList<string> SuggestValueNames(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Memo(ref _suggestions).GetOrAdd(name, n => NameSuggester.Suggest(n, KnownValueNames));
    }

    /// <summary>
    /// A value's entry in this key, found by <paramref name="find"/>: once per name, except in
    /// a key of a few entries without name patterns, where comparing the names is cheaper than
    /// a memo (each lint looks its keys up afresh, so most memos served a handful of questions).
    /// </summary>
    internal CatalogEntry? FoundValue(string name, Func<string, KeyMatch, CatalogEntry?> find) =>
        Entries.Count <= FewEntries && !HasNamePatterns ? find(name, this) : Memo(ref _foundValues).GetOrAdd(name, find, this);

    private const int FewEntries = 16;

    private bool HasNamePatterns => _hasNamePatterns ??= Entries.Any(e => e.NamePattern is not null);

    // Made on first use: most keys are never asked.
    private static ConcurrentDictionary<string, T> Memo<T>(ref ConcurrentDictionary<string, T>? memo) =>
        memo ?? Interlocked.CompareExchange(ref memo, new(StringComparer.OrdinalIgnoreCase), null) ?? memo;

    /// <summary>Whether a value name unknown to the catalog is a finding here.</summary>
    public bool ValuesOwned => Owner is { NearMissesOnly: false } && HiveMatches;

    /// <summary>
    /// Whether a value name unknown to the catalog is a finding here only when it is a near miss of
    /// a name the catalog knows in this key (a key shared with Windows, scope "nearMisses").
    /// </summary>
    public bool NearMissesOwned => Owner is { NearMissesOnly: true } && HiveMatches;
}

/// <summary>
/// The settings catalog with frozen lookups, built once. Lookups are case-insensitive and see
/// <c>ControlSet00N</c> as <c>CurrentControlSet</c>; a <c>Wow6432Node</c> segment is ignored
/// when matching (the placement rule reports it).
/// </summary>
public sealed class SettingsCatalog
{
    private readonly FrozenDictionary<string, CatalogEntry[]> _literalKeyEntries;
    private readonly (KeyPattern Pattern, CatalogEntry[] Entries)[] _patternKeyEntries;
    private readonly FrozenDictionary<string, CatalogEntry> _bcd;
    private readonly FrozenDictionary<string, CatalogEntry> _hyperV;
    private readonly FrozenDictionary<string, CatalogEntry[]> _byValueName;
    private readonly OwnedLocation[] _owned;
    private readonly KeyPatternIndex _patternKeys;
    private readonly KeyPatternIndex _ownedKeys;
    private readonly KeyPatternIndex _exceptKeys;
    private readonly KeyPatternIndex _allKeys;
    // Compiled on first use: most runs never meet a key whose names are a pattern.
    private Func<string, KeyMatch, CatalogEntry?>? _findValueIn;
    private readonly ConcurrentDictionary<CatalogEntry, Regex> _namePatterns = new(ReferenceEqualityComparer.Instance);

    internal SettingsCatalog(IReadOnlyList<CatalogEntry> entries, IReadOnlyList<OwnedLocation> owned, string version)
    {
        Entries = entries;
        Version = version;
        _owned = [.. owned];
        var registry = entries.Where(e => e.Store == CatalogStore.Registry && e.KeyPattern is not null).ToArray();
        _literalKeyEntries = registry.Where(e => e.KeyPattern!.IsLiteral)
            .GroupBy(e => e.KeyPattern!.LiteralPath!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _patternKeyEntries = registry.Where(e => !e.KeyPattern!.IsLiteral)
            .GroupBy(e => e.KeyPattern!.Text, StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.First().KeyPattern!, g.ToArray()))
            .ToArray();
        _patternKeys = new KeyPatternIndex([.. _patternKeyEntries.Select(p => p.Pattern)]);
        _ownedKeys = new KeyPatternIndex([.. _owned.Select(o => o.Key)]);
        _exceptKeys = new KeyPatternIndex([.. _owned.SelectMany(o => o.Except)]);

        // Every key pattern once, in catalog order (the first spelling of a key is the one suggested).
        _allKeys = new KeyPatternIndex([.. registry.Select(e => e.KeyPattern!).Concat(owned.Select(o => o.Key)).DistinctBy(p => p.Text, StringComparer.Ordinal)]);

        var bcd = new Dictionary<string, CatalogEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entries.Where(e => e.Store == CatalogStore.Bcd && e.Name is not null))
        {
            bcd.TryAdd(e.Name!, e);
            foreach (var a in e.Aliases)
            {
                bcd.TryAdd(a.Name, e);
            }
        }

        _bcd = bcd.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        var hyperV = new Dictionary<string, CatalogEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entries.Where(e => e.Store == CatalogStore.HyperV))
        {
            foreach (var c in e.Cmdlets)
            {
                hyperV.TryAdd(c.Cmdlet + " -" + c.Parameter, e);
            }

            hyperV.TryAdd(e.WmiClass + "." + e.Name, e);
        }

        _hyperV = hyperV.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _byValueName = registry.Where(e => e.Name is not null)
            .GroupBy(e => e.Name!, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every entry.</summary>
    public IReadOnlyList<CatalogEntry> Entries { get; }

    /// <summary>A short hash of the catalog's content, reported with results.</summary>
    public string Version { get; }

    /// <summary>The owned locations.</summary>
    public IReadOnlyList<OwnedLocation> OwnedLocations => _owned;

    /// <summary>Looks up what the catalog knows about a key.</summary>
    public KeyMatch MatchKey(RegistryKeyPath key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var segments = KeyPattern.SplitMatchPath(key.PathMatchKey);
        var entries = new List<CatalogEntry>();
        if (_literalKeyEntries.TryGetValue(key.PathMatchKey, out var literal))
        {
            entries.AddRange(literal);
        }

        foreach (var id in _patternKeys.Exact(segments))
        {
            entries.AddRange(_patternKeyEntries[id].Entries);
        }

        OwnedLocation? owner = null;
        var candidates = _ownedKeys.AtOrAbove(segments);
        foreach (var id in candidates)
        {
            var o = _owned[id];
            var covers = o.Subtree || o.Key.Depth == segments.Length;
            if (covers && !o.Except.Any(x => x.MatchesPrefix(segments)))
            {
                owner = o;
                break;
            }
        }

        // Known: a catalog key itself, an ancestor of one, or inside a free-form subtree
        // (an owned location's "except"). Being merely below a known key is not enough: that is
        // exactly where a misspelt subkey lives.
        var known = entries.Count > 0 || IsKnown(segments);
        var hive = entries.Count > 0 ? entries[0].KeyPattern!.Hive : owner?.Key.Hive ?? key.Hive;
        return new KeyMatch(key, segments, entries, owner, known, hive == key.Hive);
    }

    /// <summary>
    /// Whether a key is one the catalog knows (<see cref="KeyMatch.IsKnownKey"/>), without the rest
    /// of <see cref="MatchKey"/>: a catalog key, an ancestor of one, or inside a free-form subtree.
    /// </summary>
    public bool IsKnownKey(RegistryKeyPath key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return IsKnown(KeyPattern.SplitMatchPath(key.PathMatchKey));
    }

    /// <summary>The entry for a value name in a matched key, or null.</summary>
    public CatalogEntry? FindValue(KeyMatch key, string valueName)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(valueName);
        if (key.Entries.Count == 0)
        {
            return null;
        }

        // Every rule asks about every write: the answer is worked out once per name and key.
        // Names compare case-insensitively, and name patterns match ignoring case.
        return key.FoundValue(valueName, _findValueIn ??= FindValueIn);
    }

    private CatalogEntry? FindValueIn(string valueName, KeyMatch key)
    {
        CatalogEntry? byPattern = null;
        foreach (var e in key.Entries)
        {
            if (e.Name is not null && string.Equals(e.Name, valueName, StringComparison.OrdinalIgnoreCase))
            {
                return e;
            }

            if (byPattern is null && e.NamePattern is not null && _namePatterns.GetOrAdd(e, static e => CompileNamePattern(e.NamePattern!)).IsMatch(valueName))
            {
                byPattern = e;
            }
        }

        return byPattern;
    }

    /// <summary>Registry entries with this value name under any key.</summary>
    public IReadOnlyList<CatalogEntry> FindValueAnywhere(string valueName) =>
        _byValueName.TryGetValue(valueName, out var list) ? list : [];

    /// <summary>
    /// The names of the subkeys the catalog knows directly under a key: literal names, placeholders,
    /// and the names a closed placeholder set stands for (<c>&lt;HyperVService&gt;</c> gives
    /// <c>vmms</c>, <c>storvsc</c>, ...), so that a near miss of one of them can be suggested.
    /// </summary>
    public IEnumerable<string> KnownSubkeyNames(RegistryKeyPath parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        var segments = KeyPattern.SplitMatchPath(parent.PathMatchKey);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in _allKeys.Below(segments))
        {
            var p = _allKeys.Patterns[id];
            names.Add(p.WrittenSegments[segments.Length]);
            names.UnionWith(p.ChoicesAt(segments.Length));
        }

        return names;
    }

    /// <summary>Looks up a BCD element by its documented name or an alias.</summary>
    public CatalogEntry? FindBcdElement(string element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return _bcd.GetValueOrDefault(element);
    }

    /// <summary>Looks up the Hyper-V setting a cmdlet's parameter sets (by the parameter's full name).</summary>
    public CatalogEntry? FindHyperVSetting(string cmdlet, string parameter)
    {
        ArgumentNullException.ThrowIfNull(cmdlet);
        ArgumentNullException.ThrowIfNull(parameter);
        return _hyperV.GetValueOrDefault(cmdlet + " -" + parameter);
    }

    /// <summary>Looks up the Hyper-V setting a WMI class's property holds (Msvm_ProcessorSettingData, Weight).</summary>
    public CatalogEntry? FindHyperVProperty(string wmiClass, string property)
    {
        ArgumentNullException.ThrowIfNull(wmiClass);
        ArgumentNullException.ThrowIfNull(property);
        return _hyperV.GetValueOrDefault(wmiClass + "." + property);
    }

    /// <summary>Every BCD element name and alias.</summary>
    public IEnumerable<string> BcdElementNames => _bcd.Keys;

    /// <summary>
    /// The depth of the shallowest ancestor of <paramref name="key"/> (the key itself included;
    /// 0 is the hive) that <see cref="IsKnownKey"/> would call unknown, or -1 when every one is
    /// known: where a misspelt or invented subkey starts. It walks the key's own segments
    /// instead of building each ancestor.
    /// </summary>
    public int FirstUnknownDepth(RegistryKeyPath key)
    {
        ArgumentNullException.ThrowIfNull(key);

        // The match form drops Wow6432Node segments and keeps one segment for every other.
        var match = KeyPattern.SplitMatchPath(key.PathMatchKey);
        var length = 0;
        for (var depth = 0; depth <= key.Segments.Count; depth++)
        {
            if (depth > 0 && !key.Segments[depth - 1].Equals("Wow6432Node", StringComparison.OrdinalIgnoreCase))
            {
                length++;
            }

            if (!IsKnown(match, length))
            {
                return depth;
            }
        }

        return -1;
    }

    // Every registry entry's key is in the index of all keys, so an entry's key is found there too.
    private bool IsKnown(string[] segments) => IsKnown(segments, segments.Length);

    private bool IsKnown(string[] segments, int length) => _allKeys.ExactOrBelow(segments, length) || _exceptKeys.AnyAtOrAbove(segments, length);

    private static Regex CompileNamePattern(string pattern)
    {
        var regex = "^" + Regex.Replace(Regex.Escape(pattern), "<[^>]+>", m => m.Value.Equals("<n>", StringComparison.OrdinalIgnoreCase) ? "\\d+" : ".+") + "$";
        return new Regex(regex, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}

namespace HvLint.Parsers.Reg;

/// <summary>
/// One string per distinct text for the names that repeat through a registry export (value names,
/// key names such as SOFTWARE or Parameters, short data): a whole-hive export has millions of
/// lines but only thousands of distinct names, so each is allocated once and looked up by span.
/// </summary>
internal sealed class RegStringPool
{
    // Beyond this many distinct strings the pool stops growing: a file of unique names gains
    // nothing from it, and the pool must not double what the strings themselves cost.
    private const int MaxEntries = 1 << 16;

    // Longer texts rarely repeat and are cheap to compare against nothing.
    private const int MaxLength = 128;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public RegStringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pooled string equal to <paramref name="text"/>, or a new one.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        if (text.Length > MaxLength)
        {
            return text.ToString();
        }

        if (_lookup.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        var s = text.ToString();
        if (_strings.Count < MaxEntries)
        {
            _strings.Add(s, s);
        }

        return s;
    }
}

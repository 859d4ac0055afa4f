using System.Text.RegularExpressions;
using HvLint.Core.Model;

namespace HvLint.Core.Catalog;

/// <summary>
/// A registry key pattern from the catalog, such as
/// <c>HKLM\SOFTWARE\...\Virtualization\&lt;VM-GUID&gt;</c>, compiled to per-segment matchers.
/// Matching works on <see cref="RegistryKeyPath.MatchKey"/> forms (lower case, control sets folded).
/// </summary>
public sealed partial class KeyPattern
{
    private readonly SegmentMatcher[] _segments;

    private KeyPattern(string text, RegistryHive hive, SegmentMatcher[] segments)
    {
        Text = text;
        WrittenSegments = text.Split('\\')[1..];
        Hive = hive;
        _segments = segments;
        IsLiteral = segments.All(s => s.Literal is not null);
        LiteralPath = IsLiteral ? string.Concat(segments.Select(s => "\\" + s.Literal)) : null;
    }

    /// <summary>The pattern as written in the catalog.</summary>
    public string Text { get; }

    /// <summary>The hive.</summary>
    public RegistryHive Hive { get; }

    /// <summary>Whether the pattern has no placeholders.</summary>
    public bool IsLiteral { get; }

    /// <summary>For literal patterns, the path match key (lower case, starting with a backslash).</summary>
    public string? LiteralPath { get; }

    /// <summary>The number of segments below the hive.</summary>
    public int Depth => _segments.Length;

    /// <summary>The segments below the hive as written in the catalog (placeholders included).</summary>
    internal string[] WrittenSegments { get; }

    /// <summary>The matcher of segment <paramref name="index"/>.</summary>
    internal SegmentMatcher SegmentAt(int index) => _segments[index];

    /// <summary>Compiles a pattern; placeholder sets come from the catalog file.</summary>
    public static KeyPattern Parse(string text, IReadOnlyDictionary<string, IReadOnlyList<string>> placeholderSets)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(placeholderSets);
        var path = RegistryKeyPath.TryParse(text) ?? throw new FormatException($"Key pattern '{text}' does not start with HKLM\\ or HKCU\\.");
        var segments = new List<SegmentMatcher>();
        foreach (var raw in path.Segments)
        {
            segments.Add(SegmentMatcher.Create(raw, placeholderSets));
        }

        return new KeyPattern(text, path.Hive, [.. segments]);
    }

    /// <summary>Whether a key path (by its path match key segments) matches exactly.</summary>
    public bool Matches(IReadOnlyList<string> matchSegments) =>
        matchSegments.Count == _segments.Length && MatchesPrefix(matchSegments);

    /// <summary>Whether the first <see cref="Depth"/> segments of a key path match (the key is at or below the pattern).</summary>
    public bool MatchesPrefix(IReadOnlyList<string> matchSegments)
    {
        if (matchSegments.Count < _segments.Length)
        {
            return false;
        }

        for (var i = 0; i < _segments.Length; i++)
        {
            if (!_segments[i].Matches(matchSegments[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether segment <paramref name="index"/> of the pattern matches that segment of a key path.</summary>
    internal bool MatchesPrefixAt(IReadOnlyList<string> matchSegments, int index) =>
        index < _segments.Length && index < matchSegments.Count && _segments[index].Matches(matchSegments[index]);

    /// <summary>
    /// The literal names a closed placeholder set at segment <paramref name="index"/> stands for
    /// (the file's <c>placeholders</c>, as written), or empty for a literal or open segment.
    /// </summary>
    internal IReadOnlyList<string> ChoicesAt(int index) => index < _segments.Length ? _segments[index].Choices : [];

    /// <summary>Whether the pattern is exactly one segment below a key (then returns that segment's display form).</summary>
    public bool IsChildOf(IReadOnlyList<string> parentSegments, out string childDisplay)
    {
        childDisplay = string.Empty;
        if (_segments.Length != parentSegments.Count + 1)
        {
            return false;
        }

        for (var i = 0; i < parentSegments.Count; i++)
        {
            if (!_segments[i].Matches(parentSegments[i]))
            {
                return false;
            }
        }

        childDisplay = _segments[^1].Display;
        return true;
    }

    /// <summary>Splits a path match key into its segments.</summary>
    public static string[] SplitMatchPath(string pathMatchKey) => pathMatchKey.Split('\\', StringSplitOptions.RemoveEmptyEntries);

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <summary>Matches one segment of a key path (its path match key form).</summary>
    internal sealed partial class SegmentMatcher
    {
        private readonly Func<string, bool> _match;

        private SegmentMatcher(string display, string? literal, Func<string, bool> match, IReadOnlyList<string>? choices = null)
        {
            Display = display;
            Literal = literal;
            _match = match;
            Choices = choices ?? [];
        }

        public IReadOnlyList<string> Choices { get; }

        public string Display { get; }

        public string? Literal { get; }

        public bool Matches(string lowerSegment) => _match(lowerSegment);

        public static SegmentMatcher Create(string raw, IReadOnlyDictionary<string, IReadOnlyList<string>> sets)
        {
            if (raw.Length > 2 && raw[0] == '<' && raw[^1] == '>')
            {
                var name = raw[1..^1];
                if (sets.TryGetValue(name, out var values))
                {
                    var set = values.Select(v => v.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
                    return new SegmentMatcher(raw, null, set.Contains, values);
                }

                return name.ToUpperInvariant() switch
                {
                    "GUID" or "VM-GUID" or "CLSID" => new SegmentMatcher(raw, null, s => GuidRegex().IsMatch(s)),
                    "N" or "NUMA" => new SegmentMatcher(raw, null, s => s.Length > 0 && s.All(char.IsAsciiDigit)),
                    _ => new SegmentMatcher(raw, null, s => s.Length > 0),
                };
            }

            // "{GUID}" written inside a segment, e.g. Parsers\{GUID}.
            if (raw.Equals("{GUID}", StringComparison.OrdinalIgnoreCase))
            {
                return new SegmentMatcher(raw, null, s => GuidRegex().IsMatch(s));
            }

            var lower = raw.ToLowerInvariant();
            // ControlSet followed by three digits (what \d matches), checked without a regex at start-up.
            if (raw.Length == 13 && raw.StartsWith("ControlSet", StringComparison.OrdinalIgnoreCase) && raw[10..].All(char.IsDigit))
            {
                lower = "currentcontrolset";
            }

            return new SegmentMatcher(raw, lower, s => s == lower);
        }

        [GeneratedRegex("^\\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\}?$")]
        private static partial Regex GuidRegex();
    }
}

using System.Text.RegularExpressions;

namespace HvLint.Core.Model;

/// <summary>Which registry view a write goes to.</summary>
public enum RegistryView
{
    /// <summary>The native view of the writer (64-bit on a Hyper-V host).</summary>
    Default,
    /// <summary>The 32-bit view: reg.exe /reg:32, or a Wow6432Node path.</summary>
    Registry32,
    /// <summary>The 64-bit view requested explicitly (reg.exe /reg:64).</summary>
    Registry64,
}

/// <summary>
/// A registry key path with its hive folded to one spelling. <see cref="Text"/> keeps the
/// segments as written (so <c>ControlSet001</c> stays); <see cref="MatchKey"/> is the
/// case-folded form used for lookups, where <c>ControlSet00N</c> reads as
/// <c>CurrentControlSet</c> and a <c>Wow6432Node</c> segment is removed.
/// </summary>
public sealed partial class RegistryKeyPath : IEquatable<RegistryKeyPath>
{
    private const string CurrentControlSet = "\\currentcontrolset";

    private readonly int _hiveMatchLength;
    private string? _pathMatchKey;

    // The constructor runs once per key line of a file (not per value), so it builds each of its
    // strings in one allocation: no StringBuilder, no per-segment lower-case copies.
    private RegistryKeyPath(RegistryHive hive, IReadOnlyList<string> segments)
    {
        Hive = hive;
        Segments = segments;
        var fullName = RegistryHives.FullName(hive);
        Text = segments.Count == 0 ? fullName : JoinText(fullName, segments);
        var shortName = RegistryHives.ShortName(hive);
        var length = shortName.Length;
        var wow = false;
        var controlSet = false;
        foreach (var s in segments)
        {
            if (s.Equals("Wow6432Node", StringComparison.OrdinalIgnoreCase))
            {
                wow = true;
            }
            else if (IsControlSet(s))
            {
                controlSet = true;
                length += CurrentControlSet.Length;
            }
            else
            {
                length += 1 + s.Length;
            }
        }

        MatchKey = string.Create(length, (shortName, segments), static (span, state) =>
        {
            var at = state.shortName.AsSpan().ToLowerInvariant(span);
            foreach (var s in state.segments)
            {
                if (s.Equals("Wow6432Node", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (IsControlSet(s))
                {
                    CurrentControlSet.CopyTo(span[at..]);
                    at += CurrentControlSet.Length;
                    continue;
                }

                span[at++] = '\\';
                at += s.AsSpan().ToLowerInvariant(span[at..]);
            }
        });
        _hiveMatchLength = shortName.Length;
        IsWow6432Node = wow;
        IsNumberedControlSet = controlSet;
    }

    /// <summary>The root key.</summary>
    public RegistryHive Hive { get; }

    /// <summary>The subkey names below the root, as written.</summary>
    public IReadOnlyList<string> Segments { get; }

    /// <summary>The full path with the full hive name, e.g. HKEY_LOCAL_MACHINE\SOFTWARE\....</summary>
    public string Text { get; }

    /// <summary>The lookup form: short hive, lower case, ControlSet00N folded, Wow6432Node removed.</summary>
    public string MatchKey { get; }

    /// <summary><see cref="MatchKey"/> without the hive, starting with a backslash.</summary>
    public string PathMatchKey => _pathMatchKey ??= MatchKey[_hiveMatchLength..];

    /// <summary>Whether the path goes through a Wow6432Node (32-bit view) segment.</summary>
    public bool IsWow6432Node { get; }

    /// <summary>Whether the path names a numbered control set such as ControlSet001.</summary>
    public bool IsNumberedControlSet { get; }

    /// <summary>The last segment (the key's own name), or the hive name for a root.</summary>
    public string Name => Segments.Count == 0 ? RegistryHives.FullName(Hive) : Segments[^1];

    /// <summary>The parent key, or null for a root.</summary>
    public RegistryKeyPath? Parent => Segments.Count == 0 ? null : Ancestor(Segments.Count - 1);

    /// <summary>
    /// The ancestor made of the first <paramref name="depth"/> segments, or this key when it is not
    /// deeper. Reaching a far ancestor this way costs one copy, where walking <see cref="Parent"/>
    /// costs one copy per level.
    /// </summary>
    public RegistryKeyPath Ancestor(int depth) =>
        depth >= Segments.Count ? this : new RegistryKeyPath(Hive, Segments.Take(Math.Max(0, depth)).ToArray());

    /// <summary>A key below this one: <paramref name="subkey"/> split on backslashes, empty names dropped, in one copy.</summary>
    public RegistryKeyPath Descendant(string subkey)
    {
        ArgumentNullException.ThrowIfNull(subkey);
        return new RegistryKeyPath(Hive, [.. Segments, .. subkey.Split('\\', StringSplitOptions.RemoveEmptyEntries)]);
    }

    /// <summary>Creates a path from a hive and a subkey path (backslash-separated, empty segments dropped).</summary>
    public static RegistryKeyPath Create(RegistryHive hive, string subkey)
    {
        ArgumentNullException.ThrowIfNull(subkey);
        var segments = subkey.Split('\\', StringSplitOptions.RemoveEmptyEntries);
        return new RegistryKeyPath(hive, segments);
    }

    /// <summary>
    /// Creates a path from a hive and its subkey names, taking <paramref name="segments"/> as they
    /// are (the caller must not change the array afterwards); empty names are dropped. Front ends
    /// that share one string per distinct name across a file use it instead of <see cref="Create(RegistryHive, string)"/>.
    /// </summary>
    public static RegistryKeyPath FromSegments(RegistryHive hive, string[] segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        return new RegistryKeyPath(hive, Array.IndexOf(segments, string.Empty) < 0 ? segments : [.. segments.Where(s => s.Length > 0)]);
    }

    /// <summary>A child key.</summary>
    public RegistryKeyPath Child(string name) => new(Hive, [.. Segments, name]);

    /// <summary>
    /// Parses a path that starts with a full or abbreviated root name (HKLM\..., HKEY_LOCAL_MACHINE\...).
    /// Returns null when the root is not a registry root.
    /// </summary>
    public static RegistryKeyPath? TryParse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var slash = path.IndexOf('\\', StringComparison.Ordinal);
        var root = slash < 0 ? path : path[..slash];
        if (!RegistryHives.TryParse(root, out var hive))
        {
            return null;
        }

        return Create(hive, slash < 0 ? string.Empty : path[(slash + 1)..]);
    }

    /// <summary>Whether this key is <paramref name="ancestor"/> or below it (by match key).</summary>
    public bool IsAtOrBelow(RegistryKeyPath ancestor)
    {
        ArgumentNullException.ThrowIfNull(ancestor);
        return MatchKey.Equals(ancestor.MatchKey, StringComparison.Ordinal)
            || MatchKey.StartsWith(ancestor.MatchKey + "\\", StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public bool Equals(RegistryKeyPath? other) => other is not null && MatchKey == other.MatchKey && IsWow6432Node == other.IsWow6432Node;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RegistryKeyPath);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MatchKey, IsWow6432Node);

    /// <inheritdoc />
    public override string ToString() => Text;

    // Only names of the regex's lengths reach it ('$' also matches before a final line feed), so
    // the regex stays the definition of a control set and most names cost a length test.
    private static bool IsControlSet(string segment) =>
        segment.Length is 13 or 14 && ControlSetRegex().IsMatch(segment);

    private static string JoinText(string fullName, IReadOnlyList<string> segments)
    {
        var length = fullName.Length;
        foreach (var s in segments)
        {
            length += 1 + s.Length;
        }

        return string.Create(length, (fullName, segments), static (span, state) =>
        {
            state.fullName.CopyTo(span);
            var at = state.fullName.Length;
            foreach (var s in state.segments)
            {
                span[at++] = '\\';
                s.CopyTo(span[at..]);
                at += s.Length;
            }
        });
    }

    [GeneratedRegex("^ControlSet\\d{3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ControlSetRegex();
}

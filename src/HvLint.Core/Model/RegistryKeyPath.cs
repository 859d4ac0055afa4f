using System.Text;
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
    private RegistryKeyPath(RegistryHive hive, IReadOnlyList<string> segments)
    {
        Hive = hive;
        Segments = segments;
        Text = segments.Count == 0 ? RegistryHives.FullName(hive) : RegistryHives.FullName(hive) + "\\" + string.Join('\\', segments);
        var match = new StringBuilder();
        var wow = false;
        var controlSet = false;
        foreach (var s in segments)
        {
            if (s.Equals("Wow6432Node", StringComparison.OrdinalIgnoreCase))
            {
                wow = true;
                continue;
            }

            if (ControlSetRegex().IsMatch(s))
            {
                controlSet = true;
                match.Append("\\currentcontrolset");
                continue;
            }

            match.Append('\\').Append(s.ToLowerInvariant());
        }

        PathMatchKey = match.ToString();
        MatchKey = RegistryHives.ShortName(hive).ToLowerInvariant() + PathMatchKey;
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
    public string PathMatchKey { get; }

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

    [GeneratedRegex("^ControlSet\\d{3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ControlSetRegex();
}

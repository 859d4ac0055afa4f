using HvLint.Core.Model;

namespace HvLint.Parsers.Reg;

/// <summary>How regedit resolves the root of a key line.</summary>
internal enum RootKind
{
    /// <summary>A root regedit opens.</summary>
    Ok,
    /// <summary>HKLM, HKCU, ...: not accepted in .reg files.</summary>
    Abbreviated,
    /// <summary>HKEY_DYN_DATA: in regedit's table, but Windows NT has no such key.</summary>
    Windows9xOnly,
    /// <summary>Anything else.</summary>
    Unknown,
}

/// <summary>The root of a key path: what it is and how to fix it.</summary>
internal readonly record struct RootResult(RootKind Kind, RegistryHive Hive, int RootLength, string? Suggestion);

/// <summary>
/// regedit's root-key table (Wine's reg_class_namesW): full names only, matched
/// case-insensitively and followed by a backslash or the end of the name (docs/formats.md §1.3).
/// </summary>
internal static class RegRoots
{
    /// <summary>Resolves the root of a key path (the text between the brackets).</summary>
    public static RootResult Resolve(ReadOnlySpan<char> path)
    {
        var slash = path.IndexOf('\\');
        var root = slash < 0 ? path : path[..slash];
        if (RegistryHives.TryRead(root, HiveReaders.Regedit, out var name))
        {
            return new(name.Windows9xOnly ? RootKind.Windows9xOnly : RootKind.Ok, name.Hive, root.Length, null);
        }

        // PowerShell drive syntax (HKLM:) is a common source of abbreviated roots.
        if (RegistryHives.TryParseShort(root.TrimEnd(':'), out var shortHive))
        {
            return new(RootKind.Abbreviated, shortHive, root.Length, RegistryHives.FullName(shortHive));
        }

        return new(RootKind.Unknown, default, root.Length, Suggest(path, root.ToString(), slash));
    }

    private static string? Suggest(ReadOnlySpan<char> path, string root, int slash)
    {
        var rest = slash < 0 ? string.Empty : path[(slash + 1)..].ToString();
        // Copied from the regedit address bar: "Computer\HKEY_LOCAL_MACHINE\...".
        if (root.Equals("Computer", StringComparison.OrdinalIgnoreCase) && rest.Length > 0 && Resolve(rest).Kind == RootKind.Ok)
        {
            return "remove 'Computer\\' from the start of the path";
        }

        // PowerShell provider paths: Registry::HKEY_LOCAL_MACHINE\... or Microsoft.PowerShell.Core\Registry::...
        var provider = path.ToString();
        var marker = provider.IndexOf(RegistryHives.ProviderPrefix, StringComparison.OrdinalIgnoreCase);
        if (marker >= 0)
        {
            return "remove the PowerShell provider prefix '" + provider[..(marker + RegistryHives.ProviderPrefix.Length)] + "'";
        }

        // A full name regedit does not open (HKEY_PERFORMANCE_DATA).
        if (RegistryHives.TryParseFull(root, out var known))
        {
            return RegistryHives.FullName(known) + " cannot be written with a .reg file";
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var n in RegistryHives.Names)
        {
            if ((n.FullNameReaders & HiveReaders.Regedit) == 0 || n.Windows9xOnly)
            {
                continue;
            }

            var d = Distance(root.ToUpperInvariant(), n.FullName);
            if (d < bestDistance)
            {
                bestDistance = d;
                best = n.FullName;
            }
        }

        return bestDistance <= 3 ? "did you mean " + best + "?" : null;
    }

    // Levenshtein distance; root names are short, so the quadratic table is cheap. Long
    // inputs are cut off first so that a pathological line cannot make this slow.
    private static int Distance(string a, string b)
    {
        if (a.Length > 64)
        {
            return int.MaxValue;
        }

        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }
}

using HvLint.Core.Model;

namespace HvLint.Parsers.PowerShell;

/// <summary>What a PowerShell -Path argument names.</summary>
internal enum RegistryPathKind
{
    /// <summary>Not a registry path (a file system path, another drive, empty).</summary>
    NotRegistry,
    /// <summary>A registry key: HKLM:\..., Registry::HKEY_LOCAL_MACHINE\..., Microsoft.PowerShell.Core\Registry::...</summary>
    Key,
    /// <summary>HKLM:SOFTWARE\... : relative to the current location of the HKLM: drive (docs/formats.md §4.2).</summary>
    DriveRelative,
    /// <summary>HKLM\SOFTWARE\... without a colon: relative to the current directory, not the registry (docs/formats.md §4.2).</summary>
    RelativeHive,
    /// <summary>A registry path with wildcard characters: it names whatever keys match at run time.</summary>
    Wildcard,
}

/// <summary>A classified PowerShell path.</summary>
internal sealed record RegistryPath(RegistryPathKind Kind, RegistryKeyPath? Key = null, string? Hive = null);

/// <summary>
/// Reads registry paths as the PowerShell registry provider does (docs/formats.md §4.2): the HKLM: and
/// HKCU: drives with \ or / between keys, provider-qualified Registry:: paths with a full or
/// short hive name, and . and .. segments folded as in drive paths.
/// </summary>
internal static class RegistryPaths
{
    /// <summary>Classifies a path; <paramref name="literal"/> is true for -LiteralPath (no wildcards).</summary>
    public static RegistryPath Parse(string path, bool literal = false)
    {
        var p = path.Trim();
        if (p.StartsWith(RegistryHives.QualifiedProviderPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return Provider(p[RegistryHives.QualifiedProviderPrefix.Length..], literal);
        }

        if (p.StartsWith(RegistryHives.ProviderPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return Provider(p[RegistryHives.ProviderPrefix.Length..], literal);
        }

        var colon = p.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            var drive = p[..colon];
            if (!RegistryHives.TryRead(drive, HiveReaders.PowerShellDrive, out var driveName))
            {
                return new RegistryPath(RegistryPathKind.NotRegistry);
            }

            var rest = p[(colon + 1)..];
            var relative = rest.Length == 0 || (rest[0] != '\\' && rest[0] != '/');
            return Build(driveName.Hive, rest, literal, relative ? RegistryPathKind.DriveRelative : RegistryPathKind.Key, drive);
        }

        // HKLM\SOFTWARE or HKEY_LOCAL_MACHINE\SOFTWARE: PowerShell looks for a folder of that
        // name below the current directory.
        var slash = p.IndexOfAny(['\\', '/']);
        var root = slash < 0 ? p : p[..slash];
        if (RegistryHives.TryParse(root, out var bareHive) && slash > 0)
        {
            return new RegistryPath(RegistryPathKind.RelativeHive, RegistryKeyPath.Create(bareHive, Normalize(p[(slash + 1)..]) ?? string.Empty), root);
        }

        return new RegistryPath(RegistryPathKind.NotRegistry);
    }

    private static RegistryPath Provider(string rest, bool literal)
    {
        var slash = rest.IndexOfAny(['\\', '/']);
        var root = slash < 0 ? rest : rest[..slash];
        if (!RegistryHives.TryRead(root, HiveReaders.PowerShellProvider, out var name))
        {
            return new RegistryPath(RegistryPathKind.NotRegistry);
        }

        return Build(name.Hive, slash < 0 ? string.Empty : rest[slash..], literal, RegistryPathKind.Key, root);
    }

    private static RegistryPath Build(RegistryHive hive, string rest, bool literal, RegistryPathKind kind, string hiveText)
    {
        if (!literal && rest.AsSpan().IndexOfAny("*?[") >= 0)
        {
            return new RegistryPath(RegistryPathKind.Wildcard, Hive: hiveText);
        }

        var normalized = Normalize(rest);
        return normalized is null
            ? new RegistryPath(RegistryPathKind.NotRegistry)
            : new RegistryPath(kind, RegistryKeyPath.Create(hive, normalized), hiveText);
    }

    // Both separators split keys in drive paths; "." stays, ".." goes up one key (docs/formats.md §4.2).
    private static string? Normalize(string rest)
    {
        var segments = new List<string>();
        foreach (var s in rest.Split(['\\', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (s == ".")
            {
                continue;
            }

            if (s == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(s);
        }

        return string.Join('\\', segments);
    }
}

namespace HvLint.Core.Model;

/// <summary>A registry root key.</summary>
public enum RegistryHive
{
    /// <summary>HKEY_LOCAL_MACHINE.</summary>
    LocalMachine,
    /// <summary>HKEY_CURRENT_USER.</summary>
    CurrentUser,
    /// <summary>HKEY_CLASSES_ROOT.</summary>
    ClassesRoot,
    /// <summary>HKEY_USERS.</summary>
    Users,
    /// <summary>HKEY_CURRENT_CONFIG.</summary>
    CurrentConfig,
    /// <summary>HKEY_DYN_DATA (Windows 9x only).</summary>
    DynData,
    /// <summary>HKEY_PERFORMANCE_DATA.</summary>
    PerformanceData,
}

/// <summary>Names of registry roots in their full and abbreviated spellings.</summary>
public static class RegistryHives
{
    private static readonly (string Full, string? Short, RegistryHive Hive)[] s_names =
    [
        ("HKEY_LOCAL_MACHINE", "HKLM", RegistryHive.LocalMachine),
        ("HKEY_CURRENT_USER", "HKCU", RegistryHive.CurrentUser),
        ("HKEY_CLASSES_ROOT", "HKCR", RegistryHive.ClassesRoot),
        ("HKEY_USERS", "HKU", RegistryHive.Users),
        ("HKEY_CURRENT_CONFIG", "HKCC", RegistryHive.CurrentConfig),
        ("HKEY_DYN_DATA", null, RegistryHive.DynData),
        ("HKEY_PERFORMANCE_DATA", "HKPD", RegistryHive.PerformanceData),
    ];

    /// <summary>The full name of a hive, e.g. HKEY_LOCAL_MACHINE.</summary>
    public static string FullName(RegistryHive hive) => s_names.First(n => n.Hive == hive).Full;

    /// <summary>The short name of a hive, e.g. HKLM (the full name where there is none).</summary>
    public static string ShortName(RegistryHive hive) => s_names.First(n => n.Hive == hive).Short ?? FullName(hive);

    /// <summary>Looks up a full root name, case-insensitively.</summary>
    public static bool TryParseFull(string text, out RegistryHive hive)
    {
        foreach (var n in s_names)
        {
            if (string.Equals(n.Full, text, StringComparison.OrdinalIgnoreCase))
            {
                hive = n.Hive;
                return true;
            }
        }

        hive = default;
        return false;
    }

    /// <summary>Looks up an abbreviated root name (HKLM, HKCU, ...), case-insensitively.</summary>
    public static bool TryParseShort(string text, out RegistryHive hive)
    {
        foreach (var n in s_names)
        {
            if (n.Short is not null && string.Equals(n.Short, text, StringComparison.OrdinalIgnoreCase))
            {
                hive = n.Hive;
                return true;
            }
        }

        hive = default;
        return false;
    }

    /// <summary>Looks up a full or abbreviated root name.</summary>
    public static bool TryParse(string text, out RegistryHive hive) => TryParseFull(text, out hive) || TryParseShort(text, out hive);
}

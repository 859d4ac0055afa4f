using System.Diagnostics.CodeAnalysis;

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

/// <summary>
/// The one table of registry root names: each root's full and short names, and which front end
/// accepts which spelling. The .reg reader, reg.exe's interpreter and the PowerShell path reader
/// all look their roots up here.
/// </summary>
public static class RegistryHives
{
    /// <summary>PowerShell's provider prefix: Registry::HKEY_LOCAL_MACHINE\....</summary>
    public const string ProviderPrefix = "Registry::";

    /// <summary>The provider prefix qualified with its module: Microsoft.PowerShell.Core\Registry::....</summary>
    public const string QualifiedProviderPrefix = "Microsoft.PowerShell.Core\\" + ProviderPrefix;

    private const HiveReaders FullEverywhere = HiveReaders.Regedit | HiveReaders.RegExe | HiveReaders.PowerShellProvider;
    private const HiveReaders ShortNoDrive = HiveReaders.RegExe | HiveReaders.PowerShellProvider;
    private const HiveReaders ShortAndDrive = ShortNoDrive | HiveReaders.PowerShellDrive;

    // In the order of regedit's own table (Wine's reg_class_namesW): the .reg reader's
    // did-you-mean keeps the first of two equally close names, so the order is part of its
    // behaviour.
    private static readonly RegistryHiveName[] s_names =
    [
        new(RegistryHive.LocalMachine, "HKEY_LOCAL_MACHINE", "HKLM", FullEverywhere, ShortAndDrive),
        new(RegistryHive.Users, "HKEY_USERS", "HKU", FullEverywhere, ShortNoDrive),
        new(RegistryHive.ClassesRoot, "HKEY_CLASSES_ROOT", "HKCR", FullEverywhere, ShortNoDrive),
        new(RegistryHive.CurrentConfig, "HKEY_CURRENT_CONFIG", "HKCC", FullEverywhere, ShortNoDrive),
        new(RegistryHive.CurrentUser, "HKEY_CURRENT_USER", "HKCU", FullEverywhere, ShortAndDrive),
        new(RegistryHive.DynData, "HKEY_DYN_DATA", null, HiveReaders.Regedit | HiveReaders.PowerShellProvider, HiveReaders.None, Windows9xOnly: true),
        new(RegistryHive.PerformanceData, "HKEY_PERFORMANCE_DATA", "HKPD", HiveReaders.PowerShellProvider, HiveReaders.PowerShellProvider),
    ];

    private static readonly RegistryHiveName[] s_byHive = [.. s_names.OrderBy(n => n.Hive)];

    /// <summary>Every root, in the order of regedit's table.</summary>
    public static IReadOnlyList<RegistryHiveName> Names => s_names;

    /// <summary>The row of one root.</summary>
    public static RegistryHiveName Name(RegistryHive hive) => s_byHive[(int)hive];

    /// <summary>The full name of a hive, e.g. HKEY_LOCAL_MACHINE.</summary>
    public static string FullName(RegistryHive hive) => Name(hive).FullName;

    /// <summary>The short name of a hive, e.g. HKLM (the full name where there is none).</summary>
    public static string ShortName(RegistryHive hive) => Name(hive).ShortName ?? FullName(hive);

    /// <summary>The PowerShell drive of a hive without its colon (HKLM), or null where PowerShell has none.</summary>
    public static string? DriveName(RegistryHive hive) =>
        (Name(hive).ShortNameReaders & HiveReaders.PowerShellDrive) != 0 ? Name(hive).ShortName : null;

    /// <summary>Looks up a root as <paramref name="reader"/> reads it: only the spellings that reader accepts.</summary>
    public static bool TryRead(ReadOnlySpan<char> text, HiveReaders reader, [NotNullWhen(true)] out RegistryHiveName? name)
    {
        foreach (var n in s_names)
        {
            if (n.IsReadBy(text, reader))
            {
                name = n;
                return true;
            }
        }

        name = null;
        return false;
    }

    /// <summary>Every spelling <paramref name="reader"/> accepts, full and short, in table order.</summary>
    public static IEnumerable<string> Spellings(HiveReaders reader)
    {
        foreach (var n in s_names)
        {
            if ((n.ShortNameReaders & reader) != 0 && n.ShortName is not null)
            {
                yield return n.ShortName;
            }

            if ((n.FullNameReaders & reader) != 0)
            {
                yield return n.FullName;
            }
        }
    }

    /// <summary>Recognises any full root name, case-insensitively, whether or not a reader accepts it.</summary>
    public static bool TryParseFull(ReadOnlySpan<char> text, out RegistryHive hive)
    {
        foreach (var n in s_names)
        {
            if (text.Equals(n.FullName, StringComparison.OrdinalIgnoreCase))
            {
                hive = n.Hive;
                return true;
            }
        }

        hive = default;
        return false;
    }

    /// <summary>Recognises any abbreviated root name (HKLM, HKCU, ...), case-insensitively.</summary>
    public static bool TryParseShort(ReadOnlySpan<char> text, out RegistryHive hive)
    {
        foreach (var n in s_names)
        {
            if (n.ShortName is not null && text.Equals(n.ShortName, StringComparison.OrdinalIgnoreCase))
            {
                hive = n.Hive;
                return true;
            }
        }

        hive = default;
        return false;
    }

    /// <summary>Recognises any full or abbreviated root name.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out RegistryHive hive) => TryParseFull(text, out hive) || TryParseShort(text, out hive);
}

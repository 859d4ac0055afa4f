namespace HvLint.Core.Model;

/// <summary>
/// One registry root: its full and short names and which readers accept each
/// (a row of <see cref="RegistryHives.Names"/>).
/// </summary>
/// <param name="Hive">The root.</param>
/// <param name="FullName">The full name, e.g. HKEY_LOCAL_MACHINE.</param>
/// <param name="ShortName">The abbreviation, e.g. HKLM; null where the root has none.</param>
/// <param name="FullNameReaders">The readers that accept the full name.</param>
/// <param name="ShortNameReaders">The readers that accept the abbreviation.</param>
/// <param name="Windows9xOnly">In regedit's table, but Windows NT has no such key (HKEY_DYN_DATA).</param>
public sealed record RegistryHiveName(
    RegistryHive Hive,
    string FullName,
    string? ShortName,
    HiveReaders FullNameReaders,
    HiveReaders ShortNameReaders,
    bool Windows9xOnly = false)
{
    /// <summary>Whether <paramref name="reader"/> accepts <paramref name="text"/> as this root, case-insensitively.</summary>
    public bool IsReadBy(ReadOnlySpan<char> text, HiveReaders reader) =>
        ((FullNameReaders & reader) != 0 && text.Equals(FullName, StringComparison.OrdinalIgnoreCase))
        || ((ShortNameReaders & reader) != 0 && ShortName is not null && text.Equals(ShortName, StringComparison.OrdinalIgnoreCase));
}

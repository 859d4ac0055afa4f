using HvLint.Core.Catalog;
using HvLint.Core.Model;

namespace HvLint.LanguageServer;

/// <summary>Short words about catalog entries and keys, for completion details and the hover on a key.</summary>
internal static class CatalogSummary
{
    /// <summary>"REG_DWORD, 0 (off) or 1 (on)": the types, then the first line of the constraint.</summary>
    public static string Detail(CatalogEntry entry)
    {
        var types = entry.Types.Count == 0 ? null : string.Join(" or ", entry.Types.Select(RegistryValueTypes.Name));
        var accepts = entry.Constraint is { } c ? Accepts(c) : null;
        var text = types is null ? accepts ?? string.Empty : accepts is null ? types : $"{types}, {accepts}";
        return entry.Deprecated is null ? text : text + " (deprecated)";
    }

    // The constraint in one line: an enum's values and a bitmask's bits are listed, not "below".
    private static string Accepts(ValueConstraint c)
    {
        const int Listed = 8;
        if (c.Kind == ConstraintKind.Enum && c.Values.Count > 0)
        {
            var values = c.Values.Take(Listed).Select(v => v.Name is null || string.Equals(v.Name, v.Value.ToString(), StringComparison.OrdinalIgnoreCase) ? v.Value.ToString() : $"{v.Value} ({v.Name})");
            return "one of " + string.Join(", ", values) + (c.Values.Count > Listed ? ", ..." : string.Empty);
        }

        if (c.Kind == ConstraintKind.Bitmask && c.Bits.Count > 0)
        {
            return "a combination of the bits " + string.Join(", ", c.Bits.Select(b => $"0x{b.Mask:X}"));
        }

        return ConstraintWords.Describe(c).Split('\n')[0];
    }

    /// <summary>
    /// The value names the catalog knows in a key (names, not name patterns or the key's own
    /// entry), each with its entry; empty when the key is not one of Hyper-V's.
    /// </summary>
    public static IReadOnlyList<CatalogEntry> ValuesIn(SettingsCatalog catalog, RegistryKeyPath key)
    {
        var match = catalog.MatchKey(key);
        if (!match.HiveMatches)
        {
            return [];
        }

        return [.. match.Entries.Where(e => !e.KeyOnly && e.Name is { Length: > 0 }).DistinctBy(e => e.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The .reg data prefix of a type: dword:, hex(b):, a quote for REG_SZ.</summary>
    public static string RegFilePrefix(RegistryValueType type) => type switch
    {
        RegistryValueType.DWord => "dword:",
        RegistryValueType.String => "\"",
        RegistryValueType.Binary => "hex:",
        _ => $"hex({(uint)type:x}):",
    };

    /// <summary>The -Type / -PropertyType name PowerShell's registry provider takes for a type (RegistryValueKind).</summary>
    public static string? PowerShellKind(RegistryValueType type) => type switch
    {
        RegistryValueType.String => "String",
        RegistryValueType.ExpandString => "ExpandString",
        RegistryValueType.Binary => "Binary",
        RegistryValueType.DWord => "DWord",
        RegistryValueType.MultiString => "MultiString",
        RegistryValueType.QWord => "QWord",
        RegistryValueType.None => "None",
        _ => null,
    };

    /// <summary>The numbers an entry allows, with their meaning: a boolean's 0 and 1, an enum's numeric values.</summary>
    public static IEnumerable<(ulong Number, string Meaning)> AllowedNumbers(CatalogEntry entry) => entry.Constraint switch
    {
        { Kind: ConstraintKind.Boolean } => [(0UL, "off"), (1UL, "on")],
        { Kind: ConstraintKind.Enum } c => c.Values.Where(v => v.Value.Number is not null).Select(v => (v.Value.Number!.Value, v.Meaning)),
        _ => [],
    };

    /// <summary>The texts an entry allows (an enum of strings), with their meaning.</summary>
    public static IEnumerable<(string Text, string Meaning)> AllowedTexts(CatalogEntry entry) => entry.Constraint switch
    {
        { Kind: ConstraintKind.Enum } c => c.Values.Where(v => v.Value.Number is null && v.Value.Text is not null).Select(v => (v.Value.Text!, v.Meaning)),
        _ => [],
    };
}

using System.Globalization;
using HvLint.Core.Catalog;
using HvLint.Core.Model;

namespace HvLint.Rules;

/// <summary>What a Hyper-V cmdlet parameter's value means for its catalog entry (HV0121, HV0320, HV0530).</summary>
internal static class HyperVValues
{
    /// <summary>The value as written, when the front end resolved it and PowerShell binds the parameter.</summary>
    public static string? Known(HyperVSettingWrite write) =>
        write.Parameter is null || write.Fails || write.ValueCertainty == Certainty.Unresolved ? null : write.Value;

    /// <summary>The enum value a word selects (by its name, an alias or its number, as PowerShell converts it), or null.</summary>
    public static EnumValue? Enum(CatalogEntry entry, string text)
    {
        var values = entry.Constraint?.Values ?? [];
        var trimmed = text.Trim();
        return values.FirstOrDefault(v => string.Equals(v.Name, trimmed, StringComparison.OrdinalIgnoreCase)
                || v.Aliases.Any(a => string.Equals(a, trimmed, StringComparison.OrdinalIgnoreCase))
                || string.Equals(v.Value.Text, trimmed, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A whole number PowerShell would bind to a numeric parameter (4, '4', 2GB already multiplied), or null.</summary>
    public static decimal? Number(string text) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null;

    /// <summary>The parameter as users write it: -VlanId.</summary>
    public static string Parameter(HyperVSettingWrite write) => write.Parameter is { Length: > 0 } p ? "-" + p : write.Cmdlet;
}

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

    /// <summary>The parameter as users write it: -VlanId; for a WMI property write, Msvm_Class.Property.</summary>
    public static string Parameter(HyperVSettingWrite write) =>
        write.WmiClass is { } wmiClass ? $"{wmiClass}.{write.Parameter}" : write.Parameter is { Length: > 0 } p ? "-" + p : write.Cmdlet;

    /// <summary>
    /// The range a number written to the setting must fall in, and where it comes from. For a
    /// cmdlet parameter, the catalog's constraint. For a WMI property write, the constraint only
    /// when the catalog says the property holds the cmdlet's value unchanged
    /// (<c>wmiValues.sameAsCmdlet</c>), or the property's own range where its unit differs
    /// (Msvm_ProcessorSettingData.Limit is in thousandths of a percent, 0 to 100000); any other
    /// property gets no range, so no value finding.
    /// </summary>
    public static (ulong? Min, ulong? Max, Provenance Basis)? Range(HyperVSettingWrite write, CatalogEntry entry)
    {
        if (entry.Constraint is not { } constraint)
        {
            return null;
        }

        if (write.WmiClass is null)
        {
            return constraint.Kind == ConstraintKind.Integer ? (constraint.Min, constraint.Max, constraint.Basis) : null;
        }

        return entry.WmiValues switch
        {
            { SameAsCmdlet: true } when constraint.Kind == ConstraintKind.Integer => (constraint.Min, constraint.Max, Weaker(constraint.Basis, entry.WmiValues.Basis)),
            { HasOwnRange: true } w => (w.Min, w.Max, w.Basis),
            _ => null,
        };
    }

    /// <summary>
    /// For a WMI property write whose catalog entry maps the property's values to the cmdlet's
    /// enum names (<c>wmiValues.map</c>): the enum value the written number or boolean stands
    /// for. <paramref name="inMap"/> is false when the value is a number or boolean the map does
    /// not hold; both are null/false when the text is neither, or the entry has no map.
    /// </summary>
    public static EnumValue? WmiEnum(CatalogEntry entry, string text, out bool inMap, out bool mapped)
    {
        inMap = false;
        mapped = false;
        if (entry.WmiValues is not { Map.Count: > 0 } wmi || WmiNumber(entry, text) is not { } number)
        {
            return null;
        }

        mapped = true;
        var item = wmi.Map.FirstOrDefault(m => m.Value.Number == number);
        if (item is null)
        {
            return null;
        }

        inMap = true;
        return entry.Constraint?.Values.FirstOrDefault(v => string.Equals(v.Name, item.Name, StringComparison.OrdinalIgnoreCase));
    }

    // A WMI value as a number: True/False (as PowerShell writes $true/$false) for a boolean
    // property, which the catalog's map writes as 1/0; a whole number otherwise.
    private static ulong? WmiNumber(CatalogEntry entry, string text)
    {
        var trimmed = text.Trim();
        if (string.Equals(entry.WmiType, "boolean", StringComparison.OrdinalIgnoreCase))
        {
            // PowerShell converts 1 and 0 to a boolean property too.
            return trimmed.Equals("True", StringComparison.OrdinalIgnoreCase) || trimmed == "1" ? 1UL
                : trimmed.Equals("False", StringComparison.OrdinalIgnoreCase) || trimmed == "0" ? 0UL
                : null;
        }

        return ulong.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private static Provenance Weaker(Provenance a, Provenance b) => a.IsInferred ? a : b;
}

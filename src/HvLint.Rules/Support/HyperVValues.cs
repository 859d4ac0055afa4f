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
    /// Whether the catalog's constraint, written for the cmdlet parameter, also holds for a WMI
    /// property write. The catalog states ranges and enums in the cmdlet's terms; a WMI property
    /// often holds another unit (Msvm_ProcessorSettingData.Reservation and Limit are in thousandths
    /// of a percent, Msvm_MemorySettingData.Weight is 0-10000 where -Priority is 0-100) or a boolean
    /// where the cmdlet takes On/Off. Only a count, weight, percentage or ID that the cmdlet passes
    /// through unchanged is judged; any other property gets no value finding.
    /// </summary>
    public static bool ConstraintApplies(HyperVSettingWrite write, CatalogEntry entry) =>
        write.WmiClass is null || s_passThrough.Contains($"{entry.WmiClass}.{entry.Name}");

    private static readonly HashSet<string> s_passThrough = new(StringComparer.OrdinalIgnoreCase)
    {
        "Msvm_VirtualSystemMigrationServiceSettingData.MaximumActiveVirtualSystemMigration",
        "Msvm_VirtualSystemMigrationServiceSettingData.MaximumActiveStorageMigration",
        "Msvm_ProcessorSettingData.VirtualQuantity",
        "Msvm_ProcessorSettingData.Weight",
        "Msvm_MemorySettingData.TargetMemoryBuffer",
        "Msvm_EthernetSwitchPortOffloadSettingData.VMQOffloadWeight",
        "Msvm_EthernetSwitchPortOffloadSettingData.IOVOffloadWeight",
        "Msvm_EthernetSwitchPortOffloadSettingData.IOVQueuePairsRequested",
        "Msvm_EthernetSwitchPortSecuritySettingData.VirtualSubnetId",
        "Msvm_EthernetSwitchPortVlanSettingData.AccessVlanId",
        "Msvm_EthernetSwitchPortVlanSettingData.NativeVlanId",
        "Msvm_EthernetSwitchPortVlanSettingData.PrimaryVlanId",
        "Msvm_EthernetSwitchPortVlanSettingData.SecondaryVlanId",
    };
}

using HvLint.Core.Rules;
using HvLint.Rules.Catalog;
using HvLint.Rules.Placement;
using HvLint.Rules.Policy;

namespace HvLint.Rules;

/// <summary>
/// Every rule, listed explicitly in one place (a test fails when a rule class is missing here,
/// as Bicep's AllDefinedRulesAreListedInLinterRulesProvider does).
/// </summary>
public static class RuleSet
{
    /// <summary>All rules, in ID order.</summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
        new HV0101UnknownValueName(),
        new HV0102UnknownKey(),
        new HV0201RegistryTypeMismatch(),
        new HV0301ValueOutOfRange(),
        new HV0302ValueNotAllowed(),
        new HV0303InvalidNumberForm(),
        new HV0304WrongByteLength(),
        new HV0305NonBooleanValue(),
        new HV0306UnknownFlagBits(),
        new HV0401DeprecatedSetting(),
        new HV0501SecurityWeakeningSetting(),
        new HV0601DebugOnlySetting(),
        new HV0701ConflictingDuplicateValue(),
        new HV0801Wow64ViewWrite(),
        new HV0802MachineSettingUnderCurrentUser(),
    ];
}

using HvLint.Core.Rules;

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
        new HV0110UnknownBcdElement(),
        new HV0111UndocumentedBcdElementName(),
        new HV0120UnknownCmdletParameter(),
        new HV0121UnknownCmdletEnumValue(),
        new HV0201RegistryTypeMismatch(),
        new HV0301ValueOutOfRange(),
        new HV0302ValueNotAllowed(),
        new HV0303InvalidNumberForm(),
        new HV0304WrongByteLength(),
        new HV0305NonBooleanValue(),
        new HV0306UnknownFlagBits(),
        new HV0310InvalidBcdValue(),
        new HV0311BcdValueOutsideDocumentedRange(),
        new HV0312RootSchedulerOnServer(),
        new HV0320CmdletValueOutOfRange(),
        new HV0321MemoryBoundsOutOfOrder(),
        new HV0322IovOnSwitchWithoutIov(),
        new HV0401DeprecatedSetting(),
        new HV0402SettingNotYetRead(),
        new HV0410HypervisorDebug1394Removed(),
        new HV0501SecurityWeakeningSetting(),
        new HV0510BcdSecurityWeakening(),
        new HV0530CmdletSecurityWeakening(),
        new HV0601DebugOnlySetting(),
        new HV0610BcdDebugOnlySetting(),
        new HV0701ConflictingDuplicateValue(),
        new HV0702OrderedPairViolated(),
        new HV0703LegacyAndReplacementBoth(),
        new HV0704PolicyOverridesSetting(),
        new HV0705WriteUndoneByDelete(),
        new HV0706GatedSettingWithoutGate(),
        new HV0711BcdSetThenDeleted(),
        new HV0712ContradictoryBcdValues(),
        new HV0713DfssWithoutRootScheduler(),
        new HV0714RegistryFallbackOverriddenByBcd(),
        new HV0715IncompleteHypervisorDebugSetup(),
        new HV0716DebugSettingsWithoutDebugOn(),
        new HV0720VbsRequiredButHypervisorOff(),
        new HV0721DeviceGuardPolicyOverridesSetting(),
        new HV0730CmdletAndRegistryBothSet(),
        new HV0731BandwidthModeMismatch(),
        new HV0732NestedVirtualizationWithDynamicMemory(),
        new HV0801Wow64ViewWrite(),
        new HV0802MachineSettingUnderCurrentUser(),
        new HV0803NotWhereTheReaderLooks(),
        new HV0810BcdElementOnWrongObject(),
        new HV0820ManagedByHyperV(),
        new HV0830RoleKeyDeleted(),
    ];
}

using HvLint.Core.Diagnostics;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>
/// HV0721: a Device Guard preference (Control\DeviceGuard, Control\Lsa) that a value under the
/// DeviceGuard policy key overrides with a different meaning.
/// </summary>
public sealed class HV0721DeviceGuardPolicyOverridesSetting : Rule
{
    private const string Policy = @"hklm\software\policies\microsoft\windows\deviceguard";
    private const string DeviceGuard = @"hklm\system\currentcontrolset\control\deviceguard";

    // Each policy value and the preference it stands for (Microsoft Learn: "Enable
    // virtualization-based protection of code integrity" says the registry keys give the same
    // options as Group Policy; "Configure Credential Guard" lists both LsaCfgFlags values). A
    // preference that is an on/off switch is compared by on/off: the policy's 1 and 2 both mean on.
    private static readonly (string PolicyName, string Key, string Name, bool OnOff)[] s_pairs =
    [
        ("EnableVirtualizationBasedSecurity", DeviceGuard, "EnableVirtualizationBasedSecurity", false),
        ("RequirePlatformSecurityFeatures", DeviceGuard, "RequirePlatformSecurityFeatures", false),
        ("HypervisorEnforcedCodeIntegrity", DeviceGuard + @"\scenarios\hypervisorenforcedcodeintegrity", "Enabled", true),
        ("LsaCfgFlags", @"hklm\system\currentcontrolset\control\lsa", "LsaCfgFlags", false),
    ];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0721",
        "DeviceGuardPolicyOverridesSetting",
        "A Device Guard setting disagrees with the Group Policy value that overrides it.",
        "Virtualization-based security, memory integrity and Credential Guard can be configured twice: as a preference (Control\\DeviceGuard, Control\\Lsa) and as Group Policy (Policies\\Microsoft\\Windows\\DeviceGuard). Group Policy wins, so a preference written beside a policy value with a different meaning has no effect while the policy is set, and the script does not do what its preference line says.",
        RuleCategory.Conflict);

    /// <inheritdoc />
    public override bool AnalyzesHost => true;

    /// <inheritdoc />
    public override void AnalyzeFile(FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var last = LastWrites.Of(context).Values.Select(x => x.Write).ToArray();
        foreach (var policy in last.Where(w => w.Key.MatchKey == Policy && w.Data?.Number is not null))
        {
            foreach (var (policyName, key, name, onOff) in s_pairs)
            {
                if (!string.Equals(policy.ValueName, policyName, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                foreach (var setting in last.Where(w => w.Key.MatchKey == key && string.Equals(w.ValueName, name, StringComparison.OrdinalIgnoreCase)))
                {
                    if (setting.Data?.Number is not { } s || Agree(policy.Data!.Number!.Value, s, onOff))
                    {
                        continue;
                    }

                    var where = RuleContext.Place(policy, setting);
                    context.Report(
                        setting.DataOrNameSpan,
                        $"'{setting.DisplayName}' = {Facts.Data(setting)} is overridden by the Group Policy value '{policy.DisplayName}' = {Facts.Data(policy)} set on {where}; while the policy is set, this value has no effect. Change the policy value, or remove this write.",
                        setting,
                        [new RelatedLocation(context.At(policy, policy.DataOrNameSpan), "The policy value, which wins.")]);
                }
            }
        }
    }

    private static bool Agree(ulong policy, ulong setting, bool onOff) => onOff ? (policy != 0) == (setting != 0) : policy == setting;
}

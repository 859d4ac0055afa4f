using HvLint.Core.Diagnostics;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0704: a Virtualization setting that a Hyper-V group policy value overrides.</summary>
public sealed class HV0704PolicyOverridesSetting : Rule
{
    private const string PolicyKey = @"hklm\software\policies\microsoft\windows\hyperv";
    private const string SettingKey = @"hklm\software\microsoft\windows nt\currentversion\virtualization";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0704",
        "PolicyOverridesSetting",
        "A Hyper-V setting disagrees with the group policy value that overrides it.",
        "vmms reads the device-assignment requirements both from the Hyper-V policy key (Policies\\Microsoft\\Windows\\HyperV) and from the Virtualization key. Policy wins, so a different value under the Virtualization key has no effect while the policy is set.",
        RuleCategory.Conflict);

    /// <inheritdoc />
    public override bool AnalyzesHost => true;

    /// <inheritdoc />
    public override void AnalyzeFile(FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var last = LastWrites.Of(context).Values.ToArray();
        foreach (var (policy, _) in last.Where(x => x.Write.Key.MatchKey == PolicyKey))
        {
            foreach (var (setting, _) in last.Where(x => x.Write.Key.MatchKey == SettingKey
                && string.Equals(x.Write.ValueName, policy.ValueName, StringComparison.OrdinalIgnoreCase)))
            {
                if (setting.Data!.SameAs(policy.Data!))
                {
                    continue;
                }

                var where = RuleContext.Place(policy, setting);
                context.Report(
                    setting.DataOrNameSpan,
                    $"'{setting.DisplayName}' = {Facts.Data(setting)} is overridden by the group policy value {policy.Data!.ToDisplayString()} set on {where}; while the policy is set, this value has no effect. Change the policy, or remove this write.",
                    setting,
                    [new RelatedLocation(context.At(policy, policy.DataOrNameSpan), "The policy value, which wins.")]);
            }
        }
    }
}

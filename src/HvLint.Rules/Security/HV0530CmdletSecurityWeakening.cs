using HvLint.Core.Diagnostics;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0530: a Hyper-V cmdlet parameter set to a value that weakens security.</summary>
public sealed class HV0530CmdletSecurityWeakening : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0530",
        "CmdletSecurityWeakening",
        "A Hyper-V cmdlet parameter set to a value that weakens security.",
        "Some Hyper-V settings switch a protection off for a VM or the host: MAC address spoofing on, DHCP or router guard off, Secure Boot off, CredSSP for live migration. They are often copied from a lab guide into production builds.",
        RuleCategory.Security,
        securitySeverity: 5.0);

    /// <inheritdoc />
    public override void AnalyzeHyperVSettingWrite(HyperVSettingWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var write = context.Write;
        if (write.WmiClass is not null || context.Entry is not { Security: { } security } entry || HyperVValues.Known(write) is not { } text
            || HyperVValues.Enum(entry, text) is not { } selected)
        {
            return;
        }

        if (!security.InsecureValues.Any(v => v.Number is { } n ? selected.Value.Number == n : string.Equals(v.Text, selected.Value.Text, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        context.Report(
            write.ValueOrParameterSpan,
            $"{HyperVValues.Parameter(write)} {selected.Name ?? text} on {write.TargetDisplay} weakens security: {Facts.Clause(security.Loss)}. Remove it unless the risk is accepted for this target, and record why.",
            write,
            securitySeverity: security.Severity);
    }
}

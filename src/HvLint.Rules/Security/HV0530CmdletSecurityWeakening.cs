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
        if (context.Entry is not { Security: { } security } entry || HyperVValues.Known(write) is not { } text)
        {
            return;
        }

        // A WMI property write carries the property's value (AuthenticationType 0, AllowMacSpoofing
        // $true): the catalog's wmiValues.map names the cmdlet word it stands for.
        var selected = write.WmiClass is null ? HyperVValues.Enum(entry, text) : HyperVValues.WmiEnum(entry, text, out _, out _);
        if (selected is null
            || !security.InsecureValues.Any(v => v.Number is { } n ? selected.Value.Number == n : string.Equals(v.Text, selected.Value.Text, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        // DHCP guard and router guard (the catalog's tenantOnly) protect the other machines on a
        // VM's network from that VM. On an adapter of the management OS (-ManagementOS) the host
        // itself sends: the guard does not stand between a tenant and its neighbours, so no finding.
        if (security.TenantOnly && write.ManagementOS)
        {
            return;
        }

        var shown = write.WmiClass is null ? selected.Name ?? text : $"{text.Trim()} ({selected.Name})";
        context.Report(
            write.ValueOrParameterSpan,
            $"{HyperVValues.Parameter(write)} {shown} on {write.TargetDisplay} weakens security: {Facts.Clause(security.Loss)}. Remove it unless the risk is accepted for this target, and record why.",
            write,
            securitySeverity: security.Severity);
    }
}

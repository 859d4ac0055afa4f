using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
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
    public override void AnalyzeFile(FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var writes = context.Writes.OfType<HyperVSettingWrite>().ToList();
        var nested = NestedVms(writes);
        foreach (var write in writes)
        {
            var entry = write.Parameter is null ? null
                : write.WmiClass is { } wmiClass ? context.Catalog.FindHyperVProperty(wmiClass, write.Parameter)
                : context.Catalog.FindHyperVSetting(write.Cmdlet, write.Parameter);
            Analyze(context, write, entry, nested);
        }
    }

    private static void Analyze(FileContext context, HyperVSettingWrite write, CatalogEntry? entry, HashSet<string>? nested)
    {
        if (entry is not { Security: { } security } || HyperVValues.Known(write) is not { } text)
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

        // Nested virtualization needs MAC address spoofing on the nested host's adapters for its
        // own VMs to reach the network (Microsoft's nested virtualization page). In a script that
        // turns nesting on, spoofing on the same VM, or on VMs it cannot name, is that requirement.
        if (nested is not null && write.Cmdlet == "Set-VMNetworkAdapter" && write.Parameter == "MacAddressSpoofing" && !write.ManagementOS
            && (AdapterSwitches.Addressed(write).Owner is not { } vm || nested.Contains(Host(write) + "|" + vm) || nested.Contains(Host(write) + "|*")))
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

    /// <summary>
    /// The VMs (host|name) the file sets up for nested virtualization
    /// (Set-VMProcessor -ExposeVirtualizationExtensions $true, on any path); an unnamed VM counts
    /// as every VM ("*"). Null when the file turns nesting on for none.
    /// </summary>
    private static HashSet<string>? NestedVms(List<HyperVSettingWrite> writes)
    {
        HashSet<string>? nested = null;
        foreach (var w in writes)
        {
            if (w is { Fails: false, WmiClass: null, Cmdlet: "Set-VMProcessor", Parameter: "ExposeVirtualizationExtensions" }
                && HyperVValues.Known(w) is { } text && AdapterSwitches.IsTrue(text))
            {
                nested ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                nested.Add(Host(w) + "|" + (w.TargetParameter is "VMName" or "Name" or "Get-VM" && AdapterSwitches.Literal(w) is { } vm ? vm : "*"));
            }
        }

        return nested;
    }

    private static string Host(HyperVSettingWrite w) => w.ComputerName ?? ".";

}

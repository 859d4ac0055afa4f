using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules.Relations;

/// <summary>HV0820: a write to registry state that Hyper-V maintains itself.</summary>
public sealed class HV0820ManagedByHyperV : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0820",
        "ManagedByHyperV",
        "A write to registry state that Hyper-V maintains itself.",
        "Hyper-V mirrors much of its configuration into the registry: switch ports, per-NIC state, the MAC address cursor, per-VM keys, RDP endpoints. It rewrites these values from its own configuration, so a script's change is overwritten or, worse, leaves the two out of step. The supported way to change them is the Hyper-V cmdlet that owns them.",
        RuleCategory.Placement);

    /// <inheritdoc />
    public override void AnalyzeRegistryWrite(RegistryWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var write = context.Write;
        if (write.Operation is not (RegistryOperation.SetValue or RegistryOperation.CreateKey) || write.KeyCertainty == Certainty.Unresolved)
        {
            return;
        }

        var entry = write.Operation == RegistryOperation.SetValue
            ? context.Entry
            : context.Key.Entries.FirstOrDefault(e => e.KeyOnly);
        // Deprecated entries (the 2008 R2 layout) are HV0401's finding.
        if (entry is null || !entry.HasTag("managed-by-hyperv") || entry.Deprecated is not null)
        {
            return;
        }

        var what = write.Operation == RegistryOperation.SetValue ? $"'{write.DisplayName}'" : $"The key '{write.Key.Name}'";
        var how = entry.ManagedBy is { Length: > 0 } m ? $"Use {m} instead." : "Change it through Hyper-V, not the registry.";
        context.Report(
            write.Operation == RegistryOperation.SetValue ? write.NameOrStatementSpan : write.KeySpan,
            $"{what} is state that Hyper-V maintains itself; it rewrites it from its own configuration, so this write is overwritten or leaves Hyper-V out of step. {how}",
            write);
    }
}

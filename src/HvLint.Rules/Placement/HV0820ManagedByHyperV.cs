using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

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

        // Deprecated entries (the 2008 R2 layout) are HV0401's finding.
        if (write.Operation == RegistryOperation.SetValue && write.KeyCertainty != Certainty.Unresolved
            && context.Entry is { } entry && entry.HasTag(CatalogTag.ManagedByHyperV) && entry.Deprecated is null)
        {
            context.Report(write.NameOrStatementSpan, Message($"'{write.DisplayName}'", entry), write);
        }
    }

    /// <inheritdoc />
    public override void AnalyzeFile(FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // A key Hyper-V maintains, whose values the catalog does not list one by one (a switch
        // port, a port feature); a catalogued value in it has its own finding above.
        foreach (var (write, entry) in KeyWrites.FirstPerKey(context, (w, key) => MaintainedKey(context.Catalog, w, key)))
        {
            context.Report(write.KeySpan, Message($"The key '{write.Key.Name}'", entry), write);
        }
    }

    private static CatalogEntry? MaintainedKey(SettingsCatalog catalog, RegistryWrite write, KeyMatch key)
    {
        if (write.Operation == RegistryOperation.SetValue
            && (write.NameCertainty == Certainty.Unresolved || catalog.FindValue(key, write.ValueName!) is not null))
        {
            return null;
        }

        return key.Entries.FirstOrDefault(e => e.KeyOnly) is { } entry && entry.HasTag(CatalogTag.ManagedByHyperV) && entry.Deprecated is null ? entry : null;
    }

    private static string Message(string what, CatalogEntry entry)
    {
        var how = entry.ManagedBy is { Length: > 0 } m ? $"Use {m} instead." : "Change it through Hyper-V, not the registry.";
        return $"{what} is state that Hyper-V maintains itself; it rewrites it from its own configuration, so this write is overwritten or leaves Hyper-V out of step. {how}";
    }
}

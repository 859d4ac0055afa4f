using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0402: a setting or location that the target Windows Server release does not read yet.</summary>
public sealed class HV0402SettingNotYetRead : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0402",
        "SettingNotYetRead",
        "A setting or registry location that the hosts' Windows Server release does not read yet.",
        "Some settings and locations appeared in a later release: VLANs became port features stored under the switch port's Properties key with Windows Server 2012, and the hypervisor scheduler type can be chosen from Windows Server 2016. On an older host (--target or the configuration's \"target\") such a write is stored and never read.",
        RuleCategory.Deprecated);

    /// <inheritdoc />
    public override void AnalyzeRegistryWrite(RegistryWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var write = context.Write;
        if (write.Operation == RegistryOperation.SetValue && context.Entry is { KeyOnly: false } entry && NotYet(entry, context.Target) is { } from)
        {
            context.Report(write.NameOrStatementSpan, Message($"'{write.DisplayName}'", from, context.Target, entry), write);
        }
    }

    /// <inheritdoc />
    public override void AnalyzeFile(FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // A location that appeared later, reported once per key.
        foreach (var (write, keyEntry) in KeyWrites.FirstPerKey(context, (_, key) => key.Entries.FirstOrDefault(e => e.KeyOnly && NotYet(e, context.Target) is not null)))
        {
            context.Report(write.KeySpan, Message($"The key '{write.Key.Name}'", NotYet(keyEntry, context.Target)!.Value, context.Target, keyEntry), write);
        }
    }

    /// <inheritdoc />
    public override void AnalyzeBcdWrite(BcdWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Write.Operation == BcdOperation.Set && context.Entry is { } entry && NotYet(entry, context.Target) is { } from)
        {
            context.Report(context.Write.ElementSpan, Message(entry.Name!, from, context.Target, entry), context.Write);
        }
    }

    private static WindowsTarget? NotYet(CatalogEntry entry, WindowsTarget target) =>
        target < entry.WindowsFrom ? entry.WindowsFrom : null;

    private static string Message(string subject, WindowsTarget from, WindowsTarget target, CatalogEntry entry)
    {
        var instead = entry.Deprecated?.Replacement is null && entry.ManagedBy is { Length: > 0 } owner ? $" On {Facts.Release(from)} and later it is set with {owner}." : string.Empty;
        return $"{subject} is read from {Facts.Release(from)} on; the hosts run {Facts.Release(target)} (the configured target), which stores it and never reads it.{instead} Write it only for hosts that read it, or correct the target.";
    }
}

using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Fixes;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0401: a setting or location that current Windows no longer reads.</summary>
public sealed class HV0401DeprecatedSetting : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0401",
        "DeprecatedSetting",
        "A setting or registry location that current Windows no longer reads.",
        "Hyper-V moved or dropped some settings between releases; the Windows Server 2008 R2 VLAN values under the switch port keys are the best-known case. Scripts copied from old guides still write them, and the host silently ignores them.",
        RuleCategory.Deprecated)
    {
        Fix = new FixInfo(FixApplicability.Unsafe, "Renames a legacy value to the value that replaces it, when the replacement is a value of the same key that takes the data's type. Unsafe: the host starts reading the data under the new name."),
    };

    /// <inheritdoc />
    public override void AnalyzeRegistryWrite(RegistryWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var write = context.Write;
        if (write.Operation is RegistryOperation.DeleteKey or RegistryOperation.DeleteValue or RegistryOperation.DeleteAllValues)
        {
            // Removing an obsolete setting is the fix, not the mistake.
            return;
        }

        if (write.Operation == RegistryOperation.SetValue && context.Entry is { Deprecated: { } dep } entry && !StillRead(dep, context.Target))
        {
            context.Report(write.NameOrStatementSpan, Message($"'{write.DisplayName}'", entry, dep), write, fix: Rename(context, dep));
        }
        else if (write.Operation == RegistryOperation.CreateKey
            && context.Key.Entries.FirstOrDefault(e => e.KeyOnly && e.Deprecated is not null) is { Deprecated: { } keyDep } keyEntry
            && !StillRead(keyDep, context.Target))
        {
            context.Report(write.KeySpan, Message($"The key '{write.Key.Name}'", keyEntry, keyDep), write);
        }
    }

    // --target (or the configuration's target) names the release the hosts run: a value that
    // release still reads is not deprecated there (the 2008 R2 VLAN values on a 2008 R2 host).
    private static bool StillRead(DeprecationInfo dep, WindowsTarget target) => target <= dep.LastTarget;

    // A replacement that is a value of the same key, read with the type written: write it under that name.
    private static RenameValueChange? Rename(RegistryWriteContext context, DeprecationInfo dep)
    {
        var write = context.Write;
        if (dep.Replacement is not { Length: > 0 } name || !FixPolicy.CanEdit(write) || write.Data is not { } data
            || context.Catalog.FindValue(context.Key, name) is not { Name: { } replacement } modern
            || modern.Types.Count > 0 && !modern.Types.Contains(data.Type))
        {
            return null;
        }

        return new RenameValueChange(write, replacement, $"Rename it to '{replacement}'", FixApplicability.Unsafe);
    }

    private static string Message(string subject, CatalogEntry entry, DeprecationInfo dep)
    {
        var when = dep.LastTarget is { } last
            ? $"is only read up to {Facts.Release(last)}; later releases ignore it"
            : "is a legacy setting";
        var instead = dep.Replacement is { Length: > 0 } r ? $" Use {r} instead." : string.Empty;
        return $"{subject} {when}. {dep.Note.Trim().TrimEnd('.')}.{instead}";
    }
}

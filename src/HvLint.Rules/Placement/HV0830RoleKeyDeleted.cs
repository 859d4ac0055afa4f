using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0830: a key that the Hyper-V role creates is deleted, or emptied of all its values.</summary>
public sealed class HV0830RoleKeyDeleted : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0830",
        "RoleKeyDeleted",
        "A key that the Hyper-V role creates is deleted or emptied.",
        "Installing Hyper-V creates the registration of each of its services and drivers under Services, and the host's configuration key under Virtualization. Deleting such a key, or every value in it, unregisters the service (it cannot start again until the role is repaired) or throws away every host setting at once, including state Hyper-V wrote itself. Scripts that mean to reset one setting sometimes delete the whole key.",
        RuleCategory.Placement,
        Severity.Error);

    /// <inheritdoc />
    public override void AnalyzeRegistryWrite(RegistryWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var write = context.Write;
        if (write.Operation is not (RegistryOperation.DeleteKey or RegistryOperation.DeleteAllValues) || write.KeyCertainty == Certainty.Unresolved
            || context.Key.Entries.FirstOrDefault(e => e.KeyOnly && e.HasTag(CatalogTag.RoleKey)) is not { } entry)
        {
            return;
        }

        var what = write.Operation == RegistryOperation.DeleteKey ? $"deletes '{write.Key.Name}' with everything below it" : $"deletes every value of '{write.Key.Name}'";
        var loss = entry.HasTag(CatalogTag.ServiceControl)
            ? $"the registration of the '{write.Key.Name}' service or driver (ImagePath, Start, Type), so it cannot start again until the Hyper-V role is repaired"
            : "every Hyper-V host setting stored there, including state Hyper-V wrote itself";
        context.Report(
            write.KeySpan,
            $"This {what}: that removes {loss}. To return a setting to its default, delete only that value.",
            write);
    }
}

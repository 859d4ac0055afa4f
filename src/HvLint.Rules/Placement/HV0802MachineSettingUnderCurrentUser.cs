using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0802: a machine-wide Hyper-V setting written under HKEY_CURRENT_USER.</summary>
public sealed class HV0802MachineSettingUnderCurrentUser : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0802",
        "MachineSettingUnderCurrentUser",
        "A machine-wide Hyper-V setting written under HKEY_CURRENT_USER.",
        "Hyper-V's services run as system accounts and read HKEY_LOCAL_MACHINE. The same path under HKEY_CURRENT_USER only changes the profile of whoever ran the script.",
        RuleCategory.Placement);

    /// <inheritdoc />
    public override void AnalyzeFile(FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var seen = new HashSet<RegistryKeyPath>();
        foreach (var write in context.Writes.OfType<RegistryWrite>())
        {
            if (write.Key.Hive != RegistryHive.CurrentUser || write.KeyCertainty == Certainty.Unresolved
                || write.Operation is RegistryOperation.DeleteKey or RegistryOperation.DeleteValue or RegistryOperation.DeleteAllValues
                || !seen.Add(write.Key))
            {
                continue;
            }

            var key = context.KeyOf(write);
            var machineWide = key.Entries.Any(e => e.KeyPattern?.Hive == RegistryHive.LocalMachine)
                || key.Owner?.Key.Hive == RegistryHive.LocalMachine;
            if (!machineWide)
            {
                continue;
            }

            var machinePath = RegistryKeyPath.Create(RegistryHive.LocalMachine, string.Join('\\', write.Key.Segments));
            context.Report(
                write.KeySpan,
                $"Hyper-V reads this key under HKEY_LOCAL_MACHINE, not HKEY_CURRENT_USER; the writes below it change only the current user's profile. Write to '{WriteAdvice.KeyPath(write, RegistryHive.LocalMachine, machinePath.Segments)}'.",
                write);
        }
    }
}

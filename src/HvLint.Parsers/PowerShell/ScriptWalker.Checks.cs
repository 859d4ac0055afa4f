using HvLint.Core.Model;

namespace HvLint.Parsers.PowerShell;

/// <summary>Checks that compare writes: New-Item -Force before writes into the same Hyper-V key (docs/formats.md §4.1).</summary>
internal sealed partial class ScriptWalker
{
    // Keys that exist on every Hyper-V host (created by the role and its drivers), so New-Item
    // -Force on them, or on a key above them, deletes settings the script does not rewrite.
    private static readonly RegistryKeyPath[] s_hyperVKeys =
    [
        RegistryKeyPath.Create(RegistryHive.LocalMachine, @"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization"),
        .. new[]
        {
            "vmms", "vmcompute", "vid", "vmbus", "vmbusr", "VMSMP", "vhdmp", "storvsp", "hvservice", "winhvr", "hvsocket", "hvcrash",
            "vpci", "Vmgid", "vkrnlintvsp", "passthruparser", "vhdparser", "vmbkmclr", "VmHostAgent",
        }.Select(s => RegistryKeyPath.Create(RegistryHive.LocalMachine, @"SYSTEM\CurrentControlSet\Services\" + s)),
    ];

    private void CheckRecreatedKeys()
    {
        var forcedKeys = _forcedKeys.Where(f => !f.Guarded && s_hyperVKeys.Any(k => f.Key.IsAtOrBelow(k) || k.IsAtOrBelow(f.Key))).ToArray();
        if (forcedKeys.Length == 0)
        {
            return;
        }

        // Value writes grouped by key (each group in write order), so each forced key is compared
        // with the distinct keys (a few dozen) rather than with every write of a large script.
        var byKey = _context.Writes.OfType<RegistryWrite>().Where(w => w.IsValueWrite).GroupBy(w => w.Key).Select(g => g.ToArray()).ToArray();
        foreach (var forced in forcedKeys)
        {
            // New-Item -Value sets the new key's default value in the same command: that is
            // the content the author asked for, not a write the recreation destroys.
            var count = 0;
            var firstNames = new List<(int Order, string Name)>();
            foreach (var group in byKey.Where(g => g[0].Key.IsAtOrBelow(forced.Key)))
            {
                var later = group.Where(w => w.Order > forced.Order && w.Span != forced.CommandSpan).ToArray();
                count += later.Length;

                // The first three names overall are among each group's first three names.
                firstNames.AddRange(later.DistinctBy(w => w.DisplayName).Take(3).Select(w => (w.Order, w.DisplayName)));
            }

            if (count == 0)
            {
                continue;
            }

            var names = string.Join(", ", firstNames.OrderBy(x => x.Order).Select(x => $"'{x.Name}'").Distinct().Take(3)) + (count > 3 ? ", ..." : string.Empty);
            Report(PowerShellDiagnostics.NewItemForceRecreatesKey, forced.ForceSpan, $"New-Item -Force deletes '{forced.Key.Text}' with every value and subkey below it when the key exists, and creates it empty; after the script writes {names}, those are the only values left there. Create the key only when it is missing: if (-not (Test-Path <path>)) {{ New-Item <path> }}, or leave out -Force.");
        }
    }
}

using HvLint.Core.Model;

namespace HvLint.Parsers.PowerShell;

/// <summary>Checks that compare writes: New-Item -Force before writes into the same Hyper-V key (spec §4.1).</summary>
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
        foreach (var forced in _forcedKeys.Where(f => !f.Guarded))
        {
            if (!s_hyperVKeys.Any(k => forced.Key.IsAtOrBelow(k) || k.IsAtOrBelow(forced.Key)))
            {
                continue;
            }

            // New-Item -Value sets the new key's default value in the same command: that is
            // the content the author asked for, not a write the recreation destroys.
            var after = _context.Writes.OfType<RegistryWrite>()
                .Where(w => w.Order > forced.Order && w.Span != forced.CommandSpan && w.IsValueWrite && w.Key.IsAtOrBelow(forced.Key))
                .ToArray();
            if (after.Length == 0)
            {
                continue;
            }

            var names = string.Join(", ", after.Select(w => $"'{w.DisplayName}'").Distinct().Take(3)) + (after.Length > 3 ? ", ..." : string.Empty);
            Report(PowerShellDiagnostics.NewItemForceRecreatesKey, forced.ForceSpan, $"New-Item -Force deletes '{forced.Key.Text}' with every value and subkey below it when the key exists, and creates it empty; after the script writes {names}, those are the only values left there. Create the key only when it is missing: if (-not (Test-Path <path>)) {{ New-Item <path> }}, or leave out -Force.");
        }
    }
}

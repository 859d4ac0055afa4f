// Provisioning agent for the Hyper-V cluster nodes: applies the live-migration tuning of the
// old runbook (the same settings as examples/reg/live-migration-tuning.reg, with the same
// mistakes) and turns the hypervisor on at the next boot.
using System;
using System.Diagnostics;
using Microsoft.Win32;

namespace Contoso.HostProvisioning;

internal static class Program
{
    private const string Virtualization = @"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization";
    private const string MigrationKey = @"HKEY_LOCAL_MACHINE\" + Virtualization + @"\Migration";

    // Names shared with the health check.
    private const string CompressionValue = "EnableCompresion";
    private const int Transfers = 2000;

    private static int Main(string[] args)
    {
        Registry.SetValue(MigrationKey, "EnableVirtualSystemMigration", 1);
        Registry.SetValue(MigrationKey, "MaximumActiveVmMigrationCount", 4);
        Registry.SetValue(MigrationKey, "MaximumActiveStorageMigrationCount", "4");
        Registry.SetValue(MigrationKey, "MaximumActiveTransfers", Transfers, RegistryValueKind.DWord);
        Registry.SetValue(MigrationKey, CompressionValue, 1);

        // One memory walker per processor: known only on the host.
        Registry.SetValue(MigrationKey, "MemoryWalkerCount", Environment.ProcessorCount);

        using (var worker = Registry.LocalMachine.CreateSubKey($@"{Virtualization}\Worker"))
        {
            worker.SetValue("RamOpConcurrencyMin", 4, RegistryValueKind.DWord);
            worker.SetValue("RamOpConcurrencyMax", 16, RegistryValueKind.DWord);
            worker.SetValue("MaxNestedTlbSize", 16, RegistryValueKind.DWord);
        }

        // The agent is built for x86, so it asks for the 32-bit view "to be safe".
        using var hklm = RegistryKey.OpenBaseKey(RegistryHive.LocalMachine, RegistryView.Registry32);
        using var vid = hklm.OpenSubKey(@"SYSTEM\CurrentControlSet\Services\vid\Parameters", writable: true);
        vid?.SetValue("PageBackingSize", 1, RegistryValueKind.DWord);

        // The count the operator asked for on the command line.
        if (args.Length > 0)
        {
            Registry.SetValue(MigrationKey, "MaximumActiveVmMigrationCount", int.Parse(args[0]), RegistryValueKind.DWord);
        }

        using var boot = Process.Start("bcdedit.exe", "/set {current} hypervisorlaunchtype on");
        boot?.WaitForExit();
        return boot?.ExitCode ?? 1;
    }
}

<#
    Host tuning through a small C# helper compiled with Add-Type: the same settings as
    examples/reg/live-migration-tuning.reg, with the same mistakes, written in the C# here-string.
#>
#Requires -RunAsAdministrator

Add-Type -TypeDefinition @'
using System;
using Microsoft.Win32;

public static class HostTuning
{
    private const string Migration = @"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";

    public static void Apply(int walkers)
    {
        Registry.SetValue(Migration, "MaximumActiveVmMigrationCount", 4);
        Registry.SetValue(Migration, "MaximumActiveStorageMigrationCount", "4");
        Registry.SetValue(Migration, "MaximumActiveTransfers", 2000);
        Registry.SetValue(Migration, "EnableCompresion", 1);
        Registry.SetValue(Migration, "MemoryWalkerCount", walkers);

        using (var worker = Registry.LocalMachine.CreateSubKey(@"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Worker"))
        {
            worker.SetValue("MaxNestedTlbSize", 16, RegistryValueKind.DWord);
        }
    }
}
'@

Add-Type -Name Boot -Namespace Contoso -MemberDefinition '
    public static void EnableHypervisor()
    {
        System.Diagnostics.Process.Start("bcdedit", "/set {current} hypervisorlaunchtype on");
    }
'

[HostTuning]::Apply([Environment]::ProcessorCount)
[Contoso.Boot]::EnableHypervisor()

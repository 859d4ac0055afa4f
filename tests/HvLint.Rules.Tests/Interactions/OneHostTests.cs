using System.Text;
using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>
/// Files applied to one host: with --as-one-host every input in order, and without it a file
/// with the files it imports or dot-sources. Conflicts between files are reported once, in the
/// file of the write to change, with the other file's write as related location. These tests
/// are about the host pass with every rule; a conflict rule's own cross-file cases are in its
/// test class (RuleVerifier.VerifyFiles&lt;TRule&gt;).
/// </summary>
public sealed class OneHostTests : IDisposable
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string WorkerKey = @"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Worker";
    private const string WorkerReg = "[" + WorkerKey + "]\r\n";
    private const string WorkerPs = @"HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Worker";
    private const string WorkerCmd = @"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Worker";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("hvlint-host");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void As_one_host_a_write_that_fails_in_one_file_is_not_overridden_by_another()
    {
        // a.ps1's bcdedit fails (PowerShell passes the unquoted {current} as a script block),
        // so b.cmd's value is not "the last one" over anything.
        Write("a.ps1", "bcdedit /set {current} hypervisorlaunchtype off\r\n");
        Write("b.cmd", "bcdedit /set {current} hypervisorlaunchtype auto\r\n");

        var all = All(Lint(asOneHost: true, "a.ps1", "b.cmd")).ToArray();
        Assert.Contains(all, d => d.Rule.Id == "HV0952");
        Assert.DoesNotContain(all, d => d.Rule.Category == RuleCategory.Conflict);

        // Control: with the identifier quoted, the two writes conflict.
        Write("a.ps1", "bcdedit /set '{current}' hypervisorlaunchtype off\r\n");
        Assert.Single(All(Lint(asOneHost: true, "a.ps1", "b.cmd")), d => d.Rule.Id == "HV0712");
    }

    [Fact]
    public void Without_the_flag_separate_inputs_are_separate_hosts()
    {
        Write("a.reg", Header + WorkerReg + "\"RamOpConcurrencyMin\"=dword:00000020\r\n");
        Write("b.ps1", $"Set-ItemProperty -Path '{WorkerPs}' -Name RamOpConcurrencyMax -Value 16\r\n");

        Assert.Empty(All(Lint(asOneHost: false, "a.reg", "b.ps1")));
    }

    [Fact]
    public void The_order_given_decides_which_duplicate_write_is_overridden()
    {
        Write("a.reg", Header + WorkerReg + "\"RamOpConcurrencyMax\"=dword:00000010\r\n");
        Write("b.cmd", $"reg add \"{WorkerCmd}\" /v RamOpConcurrencyMax /t REG_DWORD /d 8 /f\r\n");

        var forward = Assert.Single(All(Lint(asOneHost: true, "a.reg", "b.cmd")));
        Assert.Equal(("HV0701", "b.cmd", "8"), (forward.Rule.Id, forward.Location.Path, Text(forward.Location)));
        Assert.Equal("a.reg", Assert.Single(forward.Related).Location.Path);

        var backward = Assert.Single(All(Lint(asOneHost: true, "b.cmd", "a.reg")));
        Assert.Equal(("HV0701", "a.reg", "dword:00000010"), (backward.Rule.Id, backward.Location.Path, Text(backward.Location)));
        Assert.Equal("b.cmd", Assert.Single(backward.Related).Location.Path);
    }

    [Fact]
    public void A_conflict_within_one_file_is_reported_once_not_again_for_the_host()
    {
        Write("a.reg", Header + WorkerReg + "\"RamOpConcurrencyMin\"=dword:00000020\r\n\"RamOpConcurrencyMax\"=dword:00000010\r\n");
        Write("b.reg", Header + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization]\r\n\"MinimumMacAddress\"=hex:00,15,5d,42,00,00\r\n");

        var d = Assert.Single(All(Lint(asOneHost: true, "a.reg", "b.reg")));
        Assert.Equal(("HV0702", "a.reg"), (d.Rule.Id, Assert.Single(d.Related).Location.Path));
    }

    [Fact]
    public void An_imported_file_is_checked_where_the_script_imports_it()
    {
        Write("base.reg", Header + WorkerReg + "\"RamOpConcurrencyMax\"=dword:00000010\r\n");
        Write("apply.cmd", $"@echo off\r\nreg import base.reg\r\nreg add \"{WorkerCmd}\" /v RamOpConcurrencyMax /t REG_DWORD /d 8 /f\r\n");

        var results = Lint(asOneHost: false, "apply.cmd");

        Assert.Equal(["apply.cmd", "base.reg"], results.Select(r => r.Path));
        var d = Assert.Single(All(results));
        Assert.Equal(("HV0701", "apply.cmd", 3), (d.Rule.Id, d.Location.Path, d.Location.Start.Line));
        Assert.Equal(("base.reg", 4), (Assert.Single(d.Related).Location.Path, d.Related[0].Location.Start.Line));
    }

    [Fact]
    public void Writes_before_an_import_are_overridden_by_the_imported_file()
    {
        Write("base.reg", Header + WorkerReg + "\"RamOpConcurrencyMax\"=dword:00000010\r\n");
        Write("apply.cmd", $"reg add \"{WorkerCmd}\" /v RamOpConcurrencyMax /t REG_DWORD /d 8 /f\r\nreg import base.reg\r\n");

        var d = Assert.Single(All(Lint(asOneHost: false, "apply.cmd")));
        Assert.Equal(("HV0701", "base.reg"), (d.Rule.Id, d.Location.Path));
        Assert.Equal("apply.cmd", Assert.Single(d.Related).Location.Path);
    }

    [Fact]
    public void An_import_that_runs_only_on_some_paths_does_not_conflict()
    {
        Write("base.reg", Header + WorkerReg + "\"RamOpConcurrencyMax\"=dword:00000010\r\n");
        Write("apply.cmd", $"@echo off\r\nif exist C:\\Lab\\marker.txt reg import base.reg\r\nreg add \"{WorkerCmd}\" /v RamOpConcurrencyMax /t REG_DWORD /d 8 /f\r\n");

        Assert.Empty(All(Lint(asOneHost: false, "apply.cmd")));
    }

    [Fact]
    public void A_dot_sourced_script_is_checked_with_the_script_that_sources_it()
    {
        Write("common.ps1", $"Set-ItemProperty -Path '{WorkerPs}' -Name RamOpConcurrencyMin -Value 32\r\n");
        Write("main.ps1", $". \"$PSScriptRoot\\common.ps1\"\r\nSet-ItemProperty -Path '{WorkerPs}' -Name RamOpConcurrencyMax -Value 16\r\n");

        var d = Assert.Single(All(Lint(asOneHost: false, "main.ps1")));
        Assert.Equal(("HV0702", "common.ps1", "32"), (d.Rule.Id, d.Location.Path, Text(d.Location)));
        Assert.Equal(("main.ps1", 2), (Assert.Single(d.Related).Location.Path, d.Related[0].Location.Start.Line));
    }

    [Fact]
    public void An_input_that_another_input_imports_is_applied_once_where_it_is_imported()
    {
        Write("base.reg", Header + WorkerReg + "\"RamOpConcurrencyMax\"=dword:00000010\r\n");
        Write("apply.cmd", $"reg delete \"{WorkerCmd}\" /v RamOpConcurrencyMax /f\r\nreg import base.reg\r\n");

        // Applied once, base.reg follows the delete: a reset, not "set, then deleted".
        Assert.Empty(All(Lint(asOneHost: true, "base.reg", "apply.cmd")));
    }

    [Fact]
    public void Files_that_import_each_other_are_checked_without_looping()
    {
        Write("a.cmd", $"reg add \"{WorkerCmd}\" /v RamOpConcurrencyMax /t REG_DWORD /d 8 /f\r\ncall b.cmd\r\nreg import c.reg\r\n");
        Write("c.reg", Header + WorkerReg + "\"RamOpConcurrencyMax\"=dword:00000010\r\n");
        Write("d.ps1", ". \"$PSScriptRoot\\e.ps1\"\r\n");
        Write("e.ps1", ". \"$PSScriptRoot\\d.ps1\"\r\n");

        var results = Lint(asOneHost: true, "a.cmd", "d.ps1", "e.ps1");

        Assert.Equal("HV0701", Assert.Single(All(results)).Rule.Id);
    }

    [Fact]
    public void A_script_that_imports_the_gate_is_not_reported_but_the_imported_file_keeps_its_own_findings()
    {
        const string StorVsp = @"HKLM\SYSTEM\CurrentControlSet\Services\storvsp";
        Write("spread.reg", Header + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\storvsp]\r\n\"SpreadWork\"=dword:00000001\r\n" + WorkerReg + "\"RamOpConcurrencyMin\"=dword:00000020\r\n\"RamOpConcurrencyMax\"=dword:00000010\r\n");
        Write("pin.cmd", $"reg import spread.reg\r\nreg add \"{StorVsp}\" /v AffinitizeThreads /t REG_DWORD /d 1 /f\r\n");

        var d = Assert.Single(All(Lint(asOneHost: false, "pin.cmd")));
        Assert.Equal(("HV0702", "spread.reg"), (d.Rule.Id, d.Location.Path));
    }

    [Fact]
    public void Findings_that_are_not_about_two_writes_stay_with_each_file_of_the_host()
    {
        // Writing a switch port's VLAN feature is each file's own mistake (HV0820, once per key
        // and file): the host does not merge the two files' findings into one.
        const string Port = @"SYSTEM\CurrentControlSet\Services\VMSMP\Parameters\SwitchList\FDDD2A3C-85E3-4807-9E28-7A40C8D494A7\6FAC595A-2507-4690-A840-5746B09D81A1\Properties\{952c5004-4465-451c-8cb8-fa9ab382b773}";
        Write("a.reg", Header + "[HKEY_LOCAL_MACHINE\\" + Port + "]\r\n\"{0B4B8A82-0FE1-4E0C-8B8D-5B4A2D5E5F3A}\"=hex:01,00\r\n");
        Write("b.cmd", "reg add \"HKLM\\" + Port + "\" /v {0B4B8A82-0FE1-4E0C-8B8D-5B4A2D5E5F3A} /t REG_BINARY /d 0200 /f\r\n");

        var results = Lint(asOneHost: true, "a.reg", "b.cmd");

        Assert.Equal(["a.reg", "b.cmd"], results.Select(r => Assert.Single(r.Diagnostics, d => d.Rule.Id == "HV0820").Location.Path));
    }

    private static IEnumerable<Diagnostic> All(IReadOnlyList<FileResult> results)
    {
        Assert.All(results, r => Assert.Empty(r.Notifications));
        return results.SelectMany(r => r.Diagnostics);
    }

    private static string Text(Location location) => location.Source.Text.Substring(location.Span.Start, location.Span.Length);

    private void Write(string name, string text) =>
        File.WriteAllBytes(Path.Combine(_dir.FullName, name), name.EndsWith(".reg", StringComparison.Ordinal) ? Encoding.Latin1.GetBytes(text) : Encoding.UTF8.GetBytes(text));

    private IReadOnlyList<FileResult> Lint(bool asOneHost, params string[] names) => [.. RuleVerifier.Engine.Lint(new LintRequest([.. names.Select(n => new LintDocument(Path.Combine(_dir.FullName, n), n))])
    {
        AsOneHost = asOneHost,
        Links = LinkPolicy.Follow,
        DisplayPathOf = full => Path.GetRelativePath(_dir.FullName, full),
    })];
}

using System.Text;
using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.Rules;
using HvLint.TestKit;

namespace HvLint.Cli.Tests;

/// <summary>
/// The engine reads every document through the request's workspace: an editor's unsaved buffer
/// and the buffers it imports are linted as they are shown, with no file on disk, and give the
/// findings the same files give on disk; a buffer wins over the file it edits.
/// </summary>
public sealed class DocumentWorkspaceTests : IDisposable
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string WorkerKey = @"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Worker";
    private const string BaseReg = Header + "[HKEY_LOCAL_MACHINE\\" + WorkerKey + "]\r\n\"RamOpConcurrencyMax\"=dword:00000010\r\n\"RamOpConcurencyMin\"=dword:00000002\r\n";
    private const string ApplyCmd = "@echo off\r\nreg import base.reg\r\nreg add \"HKLM\\" + WorkerKey + "\" /v RamOpConcurrencyMax /t REG_DWORD /d 8 /f\r\n";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("hvlint-workspace");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void An_unsaved_script_and_the_buffer_it_imports_are_linted_without_a_file_on_disk()
    {
        var nowhere = Path.Combine(_dir.FullName, "not-on-disk");
        var buffers = new InMemoryWorkspace();
        buffers.Set(Path.Combine(nowhere, "apply.cmd"), Encoding.UTF8.GetBytes(ApplyCmd));
        buffers.Set(Path.Combine(nowhere, "base.reg"), Encoding.Latin1.GetBytes(BaseReg));

        var inMemory = Lint(nowhere, buffers, "apply.cmd");

        Assert.False(Directory.Exists(nowhere));
        Assert.Equal(["apply.cmd", "base.reg"], inMemory.Select(r => r.Path));
        var conflict = Assert.Single(inMemory[0].Diagnostics, d => d.Rule.Id == "HV0701");
        Assert.Equal(("base.reg", 4), (Assert.Single(conflict.Related).Location.Path, conflict.Related[0].Location.Start.Line));

        // The imported buffer's own finding (a misspelt value name) is there, as for files on disk.
        Assert.Contains(inMemory[1].Diagnostics, d => d.Location.Start.Line == 5);
        File.WriteAllText(Path.Combine(_dir.FullName, "apply.cmd"), ApplyCmd);
        File.WriteAllBytes(Path.Combine(_dir.FullName, "base.reg"), Encoding.Latin1.GetBytes(BaseReg));
        Assert.Equal(Findings(Lint(_dir.FullName, DiskWorkspace.Instance, "apply.cmd")), Findings(inMemory));
    }

    [Fact]
    public void A_buffer_is_read_instead_of_the_file_it_edits()
    {
        File.WriteAllText(Path.Combine(_dir.FullName, "apply.cmd"), ApplyCmd);
        File.WriteAllBytes(Path.Combine(_dir.FullName, "base.reg"), Encoding.Latin1.GetBytes(BaseReg));
        Assert.Contains(Lint(_dir.FullName, DiskWorkspace.Instance, "apply.cmd")[0].Diagnostics, d => d.Rule.Id == "HV0701");

        // The editor has removed the conflicting value from base.reg but not saved it.
        var buffers = new InMemoryWorkspace(DiskWorkspace.Instance);
        buffers.Set(Path.Combine(_dir.FullName, "base.reg"), Encoding.Latin1.GetBytes(Header + "[HKEY_LOCAL_MACHINE\\" + WorkerKey + "]\r\n"));
        var edited = Lint(_dir.FullName, buffers, "apply.cmd");

        Assert.Equal(["apply.cmd", "base.reg"], edited.Select(r => r.Path));
        Assert.DoesNotContain(edited.SelectMany(r => r.Diagnostics), d => d.Rule.Id == "HV0701");

        // Closed without saving: the disk copy again.
        Assert.True(buffers.Remove(Path.Combine(_dir.FullName, "base.reg")));
        Assert.Contains(Lint(_dir.FullName, buffers, "apply.cmd")[0].Diagnostics, d => d.Rule.Id == "HV0701");
    }

    [Fact]
    public void A_reg_file_on_disk_is_streamed_through_the_workspace_and_a_script_read_whole()
    {
        File.WriteAllText(Path.Combine(_dir.FullName, "apply.cmd"), ApplyCmd);
        File.WriteAllBytes(Path.Combine(_dir.FullName, "base.reg"), Encoding.Latin1.GetBytes(BaseReg));
        var recording = new RecordingWorkspace();

        Lint(_dir.FullName, recording, "apply.cmd");

        Assert.Equal(["bytes apply.cmd", "exists base.reg", "stream base.reg"], recording.Calls.OrderBy(c => c, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("b.ps1")]
    [InlineData("b.ps1,c.ps1")]
    [InlineData("a.ps1,b.ps1,c.ps1")]
    public void A_script_keeps_its_own_conflict_when_another_input_dot_sources_it(string names)
    {
        // b.ps1 dot-sources c.ps1 and sets one value twice; a.ps1 dot-sources b.ps1.
        const string Worker = @"HKLM:\" + WorkerKey;
        var nowhere = Path.Combine(_dir.FullName, "not-on-disk");
        var buffers = new InMemoryWorkspace();
        buffers.Set(Path.Combine(nowhere, "a.ps1"), Encoding.UTF8.GetBytes(". \"$PSScriptRoot\\b.ps1\"\r\n"));
        buffers.Set(Path.Combine(nowhere, "b.ps1"), Encoding.UTF8.GetBytes($". \"$PSScriptRoot\\c.ps1\"\r\nSet-ItemProperty -Path '{Worker}' -Name RamOpConcurrencyMax -Value 16\r\nSet-ItemProperty -Path '{Worker}' -Name RamOpConcurrencyMax -Value 8\r\n"));
        buffers.Set(Path.Combine(nowhere, "c.ps1"), Encoding.UTF8.GetBytes($"Set-ItemProperty -Path '{Worker}' -Name RamOpConcurrencyMin -Value 2\r\n"));

        var results = RuleVerifier.Engine.Lint(new LintRequest([.. names.Split(',').Select(n => new LintDocument(Path.Combine(nowhere, n), n))])
        {
            Workspace = buffers,
            DisplayPathOf = full => Path.GetRelativePath(nowhere, full),
        }).ToArray();

        var d = Assert.Single(results.SelectMany(r => r.Diagnostics));
        Assert.Equal(("HV0701", "b.ps1", 3), (d.Rule.Id, d.Location.Path, d.Location.Start.Line));
    }

    [Fact]
    public void Exactly_the_rules_that_relate_writes_to_each_other_also_analyze_a_host()
    {
        // A per-write rule over a host would report an unknown key once per file and once more per host.
        Assert.All(RuleSet.All, r => Assert.True(r.AnalyzesHost == (r.Descriptor.Category == RuleCategory.Conflict), r.Descriptor.Id));
    }

    private static FileResult[] Lint(string folder, IDocumentWorkspace workspace, string name) =>
        [.. RuleVerifier.Engine.Lint(new LintRequest(Path.Combine(folder, name), name)
        {
            Workspace = workspace,
            Links = LinkPolicy.Follow,
            LinkScope = null,
            DisplayPathOf = full => Path.GetRelativePath(folder, full),
        })];

    private static string[] Findings(FileResult[] results) =>
        [.. results.SelectMany(r => r.Diagnostics).Select(d => $"{d.Location.Path}:{d.Location.Start.Line}:{d.Location.Start.Column} {d.Rule.Id} {d.Message} [{string.Join(", ", d.Related.Select(x => $"{x.Location.Path}:{x.Location.Start.Line}"))}]")];

    /// <summary>The disk, recording which document was asked for and how.</summary>
    private sealed class RecordingWorkspace : IDocumentWorkspace
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Calls { get; } = new();

        public bool Exists(string fullPath)
        {
            Calls.Enqueue("exists " + Path.GetFileName(fullPath));
            return DiskWorkspace.Instance.Exists(fullPath);
        }

        public byte[] ReadAllBytes(string fullPath)
        {
            Calls.Enqueue("bytes " + Path.GetFileName(fullPath));
            return DiskWorkspace.Instance.ReadAllBytes(fullPath);
        }

        public Stream OpenRead(string fullPath)
        {
            Calls.Enqueue("stream " + Path.GetFileName(fullPath));
            return DiskWorkspace.Instance.OpenRead(fullPath);
        }
    }
}

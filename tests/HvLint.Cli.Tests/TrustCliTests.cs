using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace HvLint.Cli.Tests;

/// <summary>
/// What keeps a run trustworthy on real repositories: a crash is never a clean result, binary
/// files are one finding, terminal control characters from a file are shown escaped, and paths
/// are shown as given.
/// </summary>
public sealed class TrustCliTests(ITestOutputHelper output) : IDisposable
{
    private const string RegHeader = "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]\r\n";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_front_end_failure_is_never_reported_as_no_problems_and_the_other_files_are_linted()
    {
        _dir.Write("a.hvt", "CRASH-FRONT-END\n");
        _dir.Write("b.hvt", "set A=bad\n");

        var text = CliRunner.RunFake(_dir.Path, "check");
        Assert.True(text.ExitCode == 3, text.ToString());
        Assert.Contains("b.hvt:1:7: error HV0391", text.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("1 error in 1 file.\n1 file could not be linted: internal error.\n", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("hvlint: internal error: a.hvt: The hvt front end failed: InvalidOperationException: front end boom (hvt)", text.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text.Stderr, StringComparison.Ordinal);
        Assert.Contains("HVLINT_DEBUG=1", text.Stderr, StringComparison.Ordinal);

        File.Delete(Path.Combine(_dir.Path, "b.hvt"));
        var alone = CliRunner.RunFake(_dir.Path, "check");
        Assert.True(alone.ExitCode == 3, alone.ToString());
        Assert.DoesNotContain("No problems found", alone.Stdout, StringComparison.Ordinal);
        Assert.Equal("1 file could not be linted: internal error.\n", alone.Stdout);

        var json = CliRunner.RunFake(_dir.Path, "check", "--format", "json");
        Assert.Equal(3, json.ExitCode);
        using var doc = JsonDocument.Parse(json.Stdout);
        var n = Assert.Single(doc.RootElement.GetProperty("notifications").EnumerateArray());
        Assert.Equal("a.hvt", n.GetProperty("path").GetString());
        Assert.Contains("front end boom", n.GetProperty("message").GetString(), StringComparison.Ordinal);

        var sarifPath = Path.Combine(_dir.Path, "out.sarif");
        var sarif = CliRunner.RunFake(_dir.Path, "check", "--format", "sarif", "--output", sarifPath);
        Assert.Equal(3, sarif.ExitCode);
        var invocation = Sarif.Run(Sarif.Parse(File.ReadAllText(sarifPath)))["invocations"]![0]!;
        Assert.False(invocation["executionSuccessful"]!.GetValue<bool>());
        Assert.Contains("front end boom", Sarif.Str(Assert.Single(invocation["toolExecutionNotifications"]!.AsArray())!["message"]!["text"]), StringComparison.Ordinal);
    }

    [Fact]
    public void The_stack_trace_of_an_internal_error_is_shown_with_HVLINT_DEBUG()
    {
        _dir.Write("a.hvt", "CRASH-FRONT-END\n");
        var r = CliRunner.Run(_dir.Path, FakeRules.Engine(), ["check"], environment: new Dictionary<string, string> { ["HVLINT_DEBUG"] = "1" });

        Assert.Equal(3, r.ExitCode);
        Assert.Contains("System.InvalidOperationException: front end boom", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("   at HvLint.Cli.Tests.FakeExtractor.Extract", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_powershell_script_with_non_ascii_only_in_comments_is_linted()
    {
        // UTF-8 without BOM; once an internal error (a token offset past the end of the text).
        File.WriteAllBytes(Path.Combine(_dir.Path, "x.ps1"), Encoding.UTF8.GetBytes("# © 2024\n"));
        File.WriteAllBytes(Path.Combine(_dir.Path, "y.ps1"), [(byte)'#', 0xEF, 0xBB, 0xBF, (byte)'\n']);
        File.WriteAllBytes(Path.Combine(_dir.Path, "z.ps1"), [(byte)'<', (byte)'#', 0xEF, 0xBB, 0xBF, (byte)' ', (byte)'#', (byte)'>', (byte)'\n']);

        var r = CliRunner.Run(_dir.Path, "check");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("No problems found in 3 files.\n", r.Stdout);
        Assert.Equal(string.Empty, r.Stderr);
    }

    public static TheoryData<string, byte[]> BinaryFiles()
    {
        var random = new byte[4096];
        new Random(11).NextBytes(random);
        var elf = new byte[8192];
        new Random(7).NextBytes(elf);
        for (var i = 0; i < elf.Length; i += 3)
        {
            elf[i] = 0;
        }

        byte[] elfHeader = [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        elfHeader.CopyTo(elf, 0);
        return new TheoryData<string, byte[]>
        {
            { "x.reg", elf },
            { "x.cmd", random },
            { "x.ps1", random },
            { "x.bat", [.. Encoding.ASCII.GetBytes("reg add HKLM\\SOFTWARE\\x /v A /d 1 /f\r\n"), .. elf] },
        };
    }

    [Theory]
    [MemberData(nameof(BinaryFiles))]
    public void A_binary_file_with_a_lintable_extension_is_one_error_and_nothing_else(string name, byte[] content)
    {
        File.WriteAllBytes(Path.Combine(_dir.Path, name), content);

        var r = CliRunner.Run(_dir.Path, "check", "--format", "json");
        Assert.True(r.ExitCode == 1, r.ToString());
        using var doc = JsonDocument.Parse(r.Stdout);
        var d = Assert.Single(doc.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(("HV0099", "error", name, 1, 1), (d.GetProperty("ruleId").GetString(), d.GetProperty("severity").GetString(), d.GetProperty("path").GetString(), d.GetProperty("startLine").GetInt32(), d.GetProperty("startColumn").GetInt32()));
        Assert.Contains("is not text", d.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_in_every_encoding_with_control_characters_is_still_linted()
    {
        // ANSI (Windows-1252) with accents, an ESC colour code in a batch echo, UTF-16 and UTF-32 PowerShell.
        File.WriteAllBytes(Path.Combine(_dir.Path, "ansi.reg"), Encoding.Latin1.GetBytes(RegHeader + "\"MaximumActiveTransfers\"=dword:00000008\r\n; Réglages Hyper-V ©\r\n"));
        File.WriteAllBytes(Path.Combine(_dir.Path, "colour.cmd"), Encoding.ASCII.GetBytes("@echo off\r\necho \u001b[32mdone\u001b[0m\r\n"));
        File.WriteAllBytes(Path.Combine(_dir.Path, "u16.ps1"), [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Write-Host 'Réseau'\n")]);
        File.WriteAllBytes(Path.Combine(_dir.Path, "u32.ps1"), [0xFF, 0xFE, 0x00, 0x00, .. new UTF32Encoding(false, false).GetBytes("Write-Host 'Réseau → ok'\n")]);

        var r = CliRunner.Run(_dir.Path, "check");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("No problems found in 4 files.\n", r.Stdout);
    }

    [Fact]
    public void Control_characters_from_the_file_are_escaped_in_text_output_and_kept_in_json()
    {
        const string name = "Maximum\u001b]0;pwned\u0007\u001b[2JTransfers";
        File.WriteAllBytes(Path.Combine(_dir.Path, "e.reg"), Encoding.Latin1.GetBytes(RegHeader + "\t\"" + name + "\"=dword:00000008\r\n"));

        var text = CliRunner.Run(_dir.Path, "check", "--no-color");
        Assert.DoesNotContain('\u001b', text.Stdout);
        Assert.DoesNotContain('\u0007', text.Stdout);
        Assert.Contains("'Maximum\\x1b]0;pwned\\x07\\x1b[2JTransfers'", text.Stdout, StringComparison.Ordinal);

        // The source line keeps its tab; the underline still sits under the escaped name.
        var lines = text.Stdout.Split('\n');
        var source = Array.FindIndex(lines, l => l.StartsWith("\t\"Maximum\\x1b", StringComparison.Ordinal));
        Assert.True(source > 0, text.Stdout);
        Assert.Equal("\t^" + new string('~', "\"Maximum\\x1b]0;pwned\\x07\\x1b[2JTransfers\"".Length - 1), lines[source + 1]);

        var writes = CliRunner.Run(_dir.Path, "writes", "e.reg");
        Assert.DoesNotContain('\u001b', writes.Stdout);
        Assert.Contains("Maximum\\x1b]0;pwned\\x07\\x1b[2JTransfers", writes.Stdout, StringComparison.Ordinal);

        var json = CliRunner.Run(_dir.Path, "check", "--format", "json");
        using var doc = JsonDocument.Parse(json.Stdout);
        Assert.Contains(name, doc.RootElement.GetProperty("diagnostics")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_cannot_be_listed_is_reported_and_fails_the_run()
    {
        _dir.Write("hosts/a.hvt", "set Fine=1\n");
        _dir.Write("hosts/locked/b.hvt", "set Fine=1\n");
        var locked = Path.Combine(_dir.Path, "hosts", "locked");
        (IEnumerable<string>, IEnumerable<string>) List(string folder) => folder == locked
            ? throw new UnauthorizedAccessException($"Access to the path '{folder}' is denied.")
            : FileCollector.ListFolder(folder);

        var r = CliRunner.Run(_dir.Path, FakeRules.Engine(), ["check", "hosts"], listFolder: List);
        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.StartsWith("hosts/locked:1:1: error HV0001: Cannot read the folder 'hosts/locked': Access to the path", r.Stdout, StringComparison.Ordinal);

        var only = CliRunner.Run(_dir.Path, FakeRules.Engine(), ["check", "hosts/locked", "--format", "json"], listFolder: List);
        Assert.True(only.ExitCode == 1, only.ToString());
        using var doc = JsonDocument.Parse(only.Stdout);
        Assert.Equal("HV0001", doc.RootElement.GetProperty("diagnostics")[0].GetProperty("ruleId").GetString());

        var writes = CliRunner.Run(_dir.Path, FakeRules.Engine(), ["writes", "hosts"], listFolder: List);
        Assert.True(writes.ExitCode == 1 && writes.Stderr.Contains("cannot read the folder 'hosts/locked'", StringComparison.Ordinal), writes.ToString());
    }

    [Fact]
    public void Absolute_paths_stay_absolute_and_sarif_keeps_repository_relative_uris()
    {
        _dir.Write("hosts/a.hvt", "set A=bad\n");
        _dir.Write("../" + Path.GetFileName(_dir.Path) + "-outside/b.hvt", "set B=bad\n");
        var outside = Path.Combine(Path.GetDirectoryName(_dir.Path)!, Path.GetFileName(_dir.Path) + "-outside");
        try
        {
            var absolute = Path.Combine(_dir.Path, "hosts", "a.hvt");
            var text = CliRunner.RunFake(_dir.Path, "check", absolute, "../" + Path.GetFileName(outside));
            Assert.Contains(absolute + ":1:7: error HV0391", text.Stdout, StringComparison.Ordinal);
            Assert.Contains("../" + Path.GetFileName(outside) + "/b.hvt:1:7: error HV0391", text.Stdout, StringComparison.Ordinal);

            var sarif = Path.Combine(_dir.Path, "out.sarif");
            var r = CliRunner.RunFake(_dir.Path, "check", absolute, Path.Combine(outside, "b.hvt"), "--format", "sarif", "--output", sarif);
            Assert.Equal(1, r.ExitCode);
            var uris = Sarif.Results(Sarif.Parse(File.ReadAllText(sarif))).Select(x => Sarif.Str(x!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"])).ToArray();
            Assert.Equal([new Uri(Path.Combine(outside, "b.hvt")).AbsoluteUri, "hosts/a.hvt"], uris);
            foreach (var x in Multitool.AssertNoErrors(sarif))
            {
                output.WriteLine(x.ToString());
            }
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }
}

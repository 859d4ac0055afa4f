using System.Text;
using System.Text.Json;

namespace HvLint.Cli.Tests;

/// <summary>hvlint check - (and writes -): a buffer piped from an editor or a hook, named by --stdin-filename.</summary>
public sealed class StdinTests : IDisposable
{
    private const string AbbreviatedReg = "Windows Registry Editor Version 5.00\r\n\r\n[HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]\r\n\"MaximumActiveTransfers\"=dword:00000008\r\n";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private CliResult Fake(string text, params string[] args) => CliRunner.Run(_dir.Path, FakeRules.Engine(), args, stdin: Utf8(text));

    [Fact]
    public void The_buffer_is_linted_under_the_name_given()
    {
        // The file need not exist: an editor's unsaved buffer.
        var r = Fake("set OldA=1\n", "check", "-", "--stdin-filename", "hosts/a.hvt");
        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.StartsWith("hosts/a.hvt:1:5: warning HV0491:", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("in 1 file.", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_buffer_wins_over_the_file_on_disk()
    {
        _dir.Write("a.hvt", "set A=bad\n");
        var r = Fake("set A=1\n", "check", "-", "--stdin-filename", "a.hvt");
        Assert.True(r.ExitCode == 0, r.ToString());
    }

    [Fact]
    public void Stdin_filename_alone_reads_standard_input()
    {
        var r = Fake("set OldA=1\n", "check", "--stdin-filename", "a.hvt", "--format", "json");
        Assert.Equal(["a.hvt"], CliJson.Paths(r));
    }

    [Fact]
    public void The_name_chooses_the_configuration()
    {
        _dir.Write("hosts/hvlint.json", """{ "rules": { "HV0491": "off" } }""");
        Directory.CreateDirectory(Path.Combine(_dir.Path, "other"));
        Assert.Equal(0, Fake("set OldA=1\n", "check", "-", "--stdin-filename", "hosts/a.hvt").ExitCode);
        Assert.Equal(1, Fake("set OldA=1\n", "check", "-", "--stdin-filename", "other/a.hvt").ExitCode);
    }

    [Fact]
    public void A_reg_file_is_recognised_without_a_name_in_utf16_as_regedit_writes_it()
    {
        byte[] utf16 = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(AbbreviatedReg)];
        var r = CliRunner.Run(_dir.Path, engine: null, ["check", "-"], stdin: utf16);
        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.StartsWith("<stdin>.reg:3:", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("error HV0005", r.Stdout, StringComparison.Ordinal);

        // The same text in UTF-8 reads the same.
        var utf8 = CliRunner.Run(_dir.Path, engine: null, ["check", "-", "--format", "json"], stdin: Utf8(AbbreviatedReg));
        Assert.Equal(["<stdin>.reg"], CliJson.Paths(utf8));
    }

    [Fact]
    public void Without_a_name_a_script_is_refused()
    {
        var r = Fake("set OldA=1\n", "check", "-");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("cannot tell what kind of file standard input is; name it with --stdin-filename", r.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, r.Stdout);
    }

    [Theory]
    [InlineData("tool.ps1", new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00 })]
    [InlineData("a.reg", new byte[] { 0xFF, 0xFE, 0x57, 0x00, 0x69, 0x00, 0x0A, 0x00, 0x00, 0xD8 })]
    public void Binary_or_broken_input_is_reported_as_the_same_file_on_disk_would_be(string name, byte[] content)
    {
        File.WriteAllBytes(Path.Combine(_dir.Path, name), content);
        var onDisk = CliJson.RuleIds(CliRunner.Run(_dir.Path, "check", name, "--format", "json"));
        Assert.NotEmpty(onDisk);
        File.Delete(Path.Combine(_dir.Path, name));
        var r = CliRunner.Run(_dir.Path, engine: null, ["check", "-", "--stdin-filename", name, "--format", "json"], stdin: content);
        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Equal(onDisk, CliJson.RuleIds(r));
    }

    [Theory]
    [InlineData(new[] { "check", "-", "--stdin-filename", "notes.txt" }, "--stdin-filename 'notes.txt' is not a file HvLint reads")]
    [InlineData(new[] { "check", "-", "a.hvt" }, "'-' (standard input) cannot be combined with other paths")]
    [InlineData(new[] { "check", "a.hvt", "--stdin-filename", "b.hvt" }, "--stdin-filename names the text read from standard input")]
    [InlineData(new[] { "check", "-", "--stdin-filename", "a.hvt", "--fix" }, "--fix and --diff work on files on disk, not on standard input")]
    [InlineData(new[] { "check", "-", "--stdin-filename", "a.hvt", "--diff" }, "--fix and --diff work on files on disk, not on standard input")]
    public void Mistakes_with_standard_input_are_usage_errors(string[] args, string expected)
    {
        _dir.Write("a.hvt", "set A=1\n");
        var r = Fake("set OldA=1\n", args);
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains(expected, r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_records_the_name_given()
    {
        Assert.Equal(0, Fake("set OldA=1\n", "check", "-", "--stdin-filename", "hosts/a.hvt", "--write-baseline", "baseline.json").ExitCode);
        using (var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir.Path, "baseline.json"))))
        {
            var finding = Assert.Single(doc.RootElement.GetProperty("findings").EnumerateArray());
            Assert.Equal("hosts/a.hvt", finding.GetProperty("path").GetString());
        }

        Assert.Equal(0, Fake("set OldA=1\n", "check", "-", "--stdin-filename", "hosts/a.hvt", "--baseline", "baseline.json").ExitCode);
        Assert.Equal(1, Fake("set OldA=1\n", "check", "-", "--stdin-filename", "other/a.hvt", "--baseline", "baseline.json").ExitCode);
    }

    [Fact]
    public void Writes_reads_standard_input_too()
    {
        var r = Fake("set MaxThings=7\n", "writes", "-", "--stdin-filename", "a.hvt", "--format", "json");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("MaxThings", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("a.hvt", r.Stdout, StringComparison.Ordinal);
    }
}

using System.Text;
using System.Text.Json.Nodes;
using HvLint.Core.Engine;

namespace HvLint.Cli.Tests;

/// <summary>
/// hvlint check --fix, --unsafe-fixes and --diff, with the test-only fixes of
/// <see cref="FixFakes"/>: what is changed, what is left, how files are written, exit codes.
/// </summary>
public sealed class FixCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Fix_applies_the_safe_fix_and_then_reports_what_is_left()
    {
        var file = _dir.Write("a.hvt", "set OldA=1\nset B=1\nset B=2\n");

        var r = Run("check", "--fix", "a.hvt");

        Assert.Equal("set A=1\nset B=1\nset B=2\n", File.ReadAllText(file));
        Assert.Contains("applied 1 fix in 1 file", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("HV0493", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("HV0793", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("0 fixable with --fix (1 more with --unsafe-fixes).", r.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, r.ExitCode);
    }

    [Fact]
    public void Unsafe_fixes_are_applied_only_when_asked_for()
    {
        var file = _dir.Write("a.hvt", "set B=1\nset B=2\n");

        Assert.Equal(1, Run("check", "--fix", "a.hvt").ExitCode);
        Assert.Equal("set B=1\nset B=2\n", File.ReadAllText(file));

        var r = Run("check", "--fix", "--unsafe-fixes", "a.hvt");
        Assert.Equal("set B=2\n", File.ReadAllText(file));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("No problems found", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Unsafe_fixes_alone_is_a_usage_error()
    {
        _dir.Write("a.hvt", "set OldA=1\n");

        var r = Run("check", "--unsafe-fixes", "a.hvt");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--unsafe-fixes needs --fix or --diff", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixes_that_make_new_findings_are_applied_in_rounds()
    {
        var file = _dir.Write("a.hvt", "set OldOldOldA=1\n");

        var r = Run("check", "--fix", "a.hvt");

        Assert.Equal("set A=1\n", File.ReadAllText(file));
        Assert.Equal(0, r.ExitCode);
        Assert.DoesNotContain("rounds", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Rounds_stop_at_the_bound_and_say_so()
    {
        var prefix = string.Concat(Enumerable.Repeat("Old", 12));
        var file = _dir.Write("a.hvt", $"set {prefix}A=1\n");

        var r = Run("check", "--fix", "a.hvt");

        Assert.Equal("set OldOldA=1\n", File.ReadAllText(file));
        Assert.Contains("after 10 rounds", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("HV0493", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_prints_a_unified_diff_changes_nothing_and_exits_1()
    {
        var file = _dir.Write("sub/a.hvt", "set X=1\nset OldA=1\nset Y=1\n");
        var crlf = _dir.Write("sub/b.cmd", "reg add HKLM\\SOFTWARE\\Contoso /v OldB /d 1 /f\r\nrem done\r\n");

        var r = Run("check", "--diff", "sub");

        Assert.Equal(1, r.ExitCode);
        Assert.Equal("set X=1\nset OldA=1\nset Y=1\n", File.ReadAllText(file));
        Assert.Equal("reg add HKLM\\SOFTWARE\\Contoso /v OldB /d 1 /f\r\nrem done\r\n", File.ReadAllText(crlf));
        Assert.Contains("--- a/sub/b.cmd\n+++ b/sub/b.cmd\n@@ -1,2 +1,2 @@\n-reg add HKLM\\SOFTWARE\\Contoso /v OldB /d 1 /f\n+reg add HKLM\\SOFTWARE\\Contoso /v B /d 1 /f\n rem done\n", r.Stdout, StringComparison.Ordinal);
        var lines = r.Stdout.Split('\n');
        Assert.True(lines.Length > 3, r.ToString());
        Assert.Equal("--- a/sub/a.hvt", lines[0]);
        Assert.Equal("+++ b/sub/a.hvt", lines[1]);
        Assert.True(lines[2].StartsWith("@@ -1,3 +1,3 @@", StringComparison.Ordinal), r.ToString());
        Assert.Contains("-set OldA=1", lines);
        Assert.Contains("+set A=1", lines);
        Assert.Contains(" set X=1", lines);
        Assert.DoesNotContain("HV0493", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_with_nothing_to_fix_prints_nothing_and_exits_0()
    {
        _dir.Write("a.hvt", "set B=1\nset B=2\n");

        var r = Run("check", "--diff", "a.hvt");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(string.Empty, r.Stdout);
        Assert.Contains("nothing to fix", r.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, Run("check", "--diff", "--unsafe-fixes", "a.hvt").ExitCode);
    }

    [Fact]
    public void Text_output_marks_findings_with_a_safe_fix_and_counts_them()
    {
        _dir.Write("a.hvt", "set OldA=1\nset B=1\nset B=2\n");

        var r = Run("check", "a.hvt");

        Assert.Contains("warning HV0493 [*]: 'OldA' has an old prefix.", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("HV0793: 'B' is written twice.", r.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("1 fixable with --fix (1 more with --unsafe-fixes).\n", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_lists_each_fix_with_its_edits()
    {
        _dir.Write("a.hvt", "set B=1\nset OldA=1\n");

        var r = Run("check", "--format", "json", "a.hvt");

        var diagnostics = JsonNode.Parse(r.Stdout)!["diagnostics"]!.AsArray();
        var d = diagnostics.Single(x => (string?)x!["ruleId"] == "HV0493")!;
        var fix = d["fixes"]!.AsArray().Single()!;
        Assert.Equal("Rename to 'A'", (string?)fix["title"]);
        Assert.Equal("safe", (string?)fix["applicability"]);
        var edit = fix["edits"]!.AsArray().Single()!;
        Assert.Equal(2, (int)edit["startLine"]!);
        Assert.Equal(5, (int)edit["startColumn"]!);
        Assert.Equal(9, (int)edit["endColumn"]!);
        Assert.Equal(12, (int)edit["startOffset"]!);
        Assert.Equal(16, (int)edit["endOffset"]!);
        Assert.Equal("A", (string?)edit["newText"]);
    }

    [Fact]
    public void Json_output_of_a_finding_without_fixes_has_no_fixes_field()
    {
        _dir.Write("a.hvt", "set Trace=1\n");

        var r = CliRunner.RunFake(_dir.Path, "check", "--format", "json", "a.hvt");

        Assert.DoesNotContain("\"fixes\"", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_changed_on_disk_since_it_was_read_is_not_written()
    {
        var file = _dir.Write("a.hvt", "set OldA=1\n");

        var r = Run(["check", "--fix", "a.hvt"], beforeWrite: path => File.WriteAllText(path, "set OldA=2\n"));

        Assert.Equal("set OldA=2\n", File.ReadAllText(file));
        Assert.Contains("warning: 'a.hvt' was not fixed: it changed on disk since HvLint read it", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("HV0493", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixed_files_are_replaced_whole_and_files_without_fixes_are_not_touched()
    {
        var fixedFile = _dir.Write("a.hvt", "set OldA=1\n");
        var clean = _dir.Write("b.hvt", "set B=1\n");
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(clean, old);

        Run("check", "--fix", ".");

        Assert.Equal("set A=1\n", File.ReadAllText(fixedFile));
        Assert.Equal(old, File.GetLastWriteTimeUtc(clean));
        Assert.Empty(Directory.GetFiles(_dir.Path, "*.hvlint-tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_utf16le_reg_file_keeps_its_bom_its_crlf_and_every_other_byte()
    {
        var text = "Windows Registry Editor Version 5.00\r\n\r\n; caf\u00e9\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso]\r\n\"OldLimit\"=dword:00000001\r\n\"Other\"=\"x\"\r\n";
        var path = Path.Combine(_dir.Path, "host.reg");
        File.WriteAllBytes(path, [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)]);

        var r = Run("check", "--fix", "host.reg");

        byte[] expected = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text.Replace("\"OldLimit\"", "\"Limit\"", StringComparison.Ordinal))];
        Assert.True(expected.AsSpan().SequenceEqual(File.ReadAllBytes(path)), r.ToString());
    }

    [Fact]
    public void A_crlf_batch_script_in_ansi_keeps_its_line_endings_and_bytes()
    {
        // Windows-1252: 0xE9 is é; the file is not UTF-8.
        var before = "@echo off\r\nrem caf\u00e9\r\nreg add HKLM\\SOFTWARE\\Contoso /v OldLimit /t REG_DWORD /d 1 /f\r\n";
        var ansi = Encoding.Latin1;
        var path = Path.Combine(_dir.Path, "tune.cmd");
        File.WriteAllBytes(path, ansi.GetBytes(before));

        var r = Run("check", "--fix", "tune.cmd");

        Assert.Equal(ansi.GetBytes(before.Replace("/v OldLimit", "/v Limit", StringComparison.Ordinal)), File.ReadAllBytes(path));
        Assert.Contains("applied 1 fix", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_crlf_powershell_script_with_a_utf8_bom_keeps_both()
    {
        var before = "# tuning\r\nSet-ItemProperty -Path 'HKLM:\\SOFTWARE\\Contoso' -Name OldLimit -Value 1\r\n";
        var path = Path.Combine(_dir.Path, "tune.ps1");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(before)]);

        Run("check", "--fix", "tune.ps1");

        byte[] expected = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(before.Replace("-Name OldLimit", "-Name Limit", StringComparison.Ordinal))];
        Assert.Equal(expected, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_file_whose_bytes_do_not_round_trip_is_not_fixed_and_named()
    {
        // A byte that is not UTF-8 in a file read as UTF-8: decoded as U+FFFD, it would be
        // written back as three other bytes.
        var path = Path.Combine(_dir.Path, "bad.hvt");
        byte[] bytes = [.. "# caf"u8, 0xE9, .. "\nset OldA=1\n"u8];
        File.WriteAllBytes(path, bytes);

        var r = Run("check", "--fix", "bad.hvt");

        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.True(r.Stderr.Contains("note: 'bad.hvt' was not fixed: its bytes do not survive being decoded as UTF-8", StringComparison.Ordinal), r.ToString());
        Assert.Contains("HV0493", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_says_whether_and_how_a_rule_fixes()
    {
        var safe = CliRunner.Run(_dir.Path, FixFakes.Engine(), ["explain", "HV0493"], readRuleDoc: _ => null);
        var none = CliRunner.Run(_dir.Path, FakeRules.Engine(), ["explain", "HV0391"], readRuleDoc: _ => null);
        var unsafeFix = CliRunner.Run(_dir.Path, FixFakes.Engine(), ["explain", "HV0793"], readRuleDoc: _ => null);

        Assert.EndsWith("Fix: Renames the value without its 'Old' prefix (safe: hvlint check --fix applies it).\n", safe.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("Fix: none; this rule has no automatic fix.\n", none.Stdout, StringComparison.Ordinal);
        Assert.Contains("(unsafe: applied with hvlint check --fix --unsafe-fixes)", unsafeFix.Stdout, StringComparison.Ordinal);
    }

    private CliResult Run(params string[] args) => Run(args, null);

    private CliResult Run(string[] args, Action<string>? beforeWrite)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var engine = FixFakes.Engine();
        var host = new CliHost
        {
            Stdout = stdout,
            Stderr = stderr,
            WorkingDirectory = _dir.Path,
            GetEnvironmentVariable = _ => null,
            CreateEngine = () => engine,
            ReadRuleDoc = _ => null,
            Workspace = DiskWorkspace.Instance,
            BeforeWritingFix = beforeWrite,
        };
        var code = Program.Run(args, host);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}

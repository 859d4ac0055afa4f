using System.Text.RegularExpressions;

namespace HvLint.Cli.Tests;

/// <summary>The compiler-style text output.</summary>
public sealed class TextOutputTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string[] Lines(CliResult r) => r.Stdout.Split('\n');

    [Fact]
    public void A_finding_is_a_header_the_source_line_and_an_underline_under_its_span()
    {
        const string line = "  set Limit=bad";
        _dir.Write("hosts/a.hvt", "# comment\n" + line + "\n");
        var r = CliRunner.RunFake(_dir.Path, "check");
        var lines = Lines(r);
        var column = line.IndexOf("bad", StringComparison.Ordinal) + 1;
        Assert.Equal($"hosts/a.hvt:2:{column}: error HV0391: 'Limit' = bad is not a number; the reader rejects it. Use a number", lines[0]);
        Assert.Equal(line, lines[1]);
        Assert.Equal(new string(' ', column - 1) + "^~~", lines[2]);
    }

    [Fact]
    public void A_very_long_line_is_shown_as_a_window_around_the_span()
    {
        // A generated one-liner must not turn one finding into pages of text.
        var line = new string(' ', 5000) + "set Limit=bad" + new string(' ', 5000);
        _dir.Write("a.hvt", line + "\n");
        var r = CliRunner.RunFake(_dir.Path, "check");
        var lines = Lines(r);
        var column = line.IndexOf("bad", StringComparison.Ordinal) + 1;
        Assert.StartsWith($"a.hvt:1:{column}: error HV0391", lines[0], StringComparison.Ordinal);
        Assert.True(lines[1].Length <= 242, $"the source line is {lines[1].Length} characters long");
        Assert.StartsWith("…   ", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("   …", lines[1], StringComparison.Ordinal);
        var caret = lines[2].IndexOf('^', StringComparison.Ordinal);
        Assert.Equal("bad", lines[1].Substring(caret, 3));
        Assert.Equal("^~~", lines[2].Trim());
    }

    [Fact]
    public void Tabs_are_kept_so_the_underline_aligns()
    {
        const string line = "\tset\tOldName=1";
        _dir.Write("a.hvt", line + "\n");
        var r = CliRunner.RunFake(_dir.Path, "check");
        var lines = Lines(r);
        Assert.StartsWith("a.hvt:1:6: warning HV0491: 'OldName' is no longer read.", lines[0], StringComparison.Ordinal);
        Assert.Equal(line, lines[1]);
        Assert.Equal("\t   \t^~~~~~~", lines[2]);
    }

    [Fact]
    public void Columns_count_utf16_code_units_and_the_underline_counts_characters()
    {
        // U+1F600 is two UTF-16 code units but one character on screen.
        const string line = "set \U0001F600=bad";
        _dir.Write("a.hvt", line + "\n");
        var r = CliRunner.RunFake(_dir.Path, "check");
        var lines = Lines(r);
        Assert.StartsWith("a.hvt:1:8: error HV0391", lines[0], StringComparison.Ordinal);
        Assert.Equal(line, lines[1]);
        Assert.Equal(new string(' ', 6) + "^~~", lines[2]);
    }

    [Fact]
    public void A_zero_length_span_gets_a_single_caret()
    {
        _dir.Write("a.hvt", "set Empty=\n");
        var r = CliRunner.RunFake(_dir.Path, "check");
        var lines = Lines(r);
        Assert.StartsWith("a.hvt:1:11: error HV0392: 'Empty' has no data.", lines[0], StringComparison.Ordinal);
        Assert.Equal("set Empty=", lines[1]);
        Assert.Equal(new string(' ', 10) + "^", lines[2]);
    }

    [Fact]
    public void Related_locations_are_indented_notes()
    {
        _dir.Write("a.hvt", "set Twice=1\nset Other=2\nset Twice=3\n");
        var r = CliRunner.RunFake(_dir.Path, "check");
        var lines = Lines(r);
        Assert.Equal("a.hvt:3:5: warning HV0791: 'Twice' is written twice; this write wins.", lines[0]);
        Assert.Equal("set Twice=3", lines[1]);
        Assert.Equal("    ^~~~~", lines[2]);
        Assert.Equal("  note: a.hvt:1:5: first written here", lines[3]);
    }

    [Fact]
    public void Findings_are_ordered_by_file_then_position_and_summarised()
    {
        _dir.Write("b.hvt", "set A=bad\nset OldB=1\nset Trace=1\n");
        _dir.Write("a.hvt", "set OldA=1\n");
        _dir.Write("c.hvt", "set Fine=1\n");
        var r = CliRunner.RunFake(_dir.Path, "check");
        var headers = Lines(r).Select(l => Regex.Match(l, @"^\S+:\d+:\d+: \w+ HV\d{4}")).Where(m => m.Success).Select(m => m.Value);
        Assert.Equal(["a.hvt:1:5: warning HV0491", "b.hvt:1:7: error HV0391", "b.hvt:2:5: warning HV0491", "b.hvt:3:5: note HV0691"], headers);
        Assert.Equal("1 error, 2 warnings, 1 note in 2 of 3 files.", Lines(r)[^2]);
        Assert.Equal(string.Empty, Lines(r)[^1]);
    }

    [Theory]
    [InlineData(new[] { "set OldA=1\n" }, "1 warning in 1 file.")]
    [InlineData(new[] { "set A=bad\nset B=bad\n", "set C=bad\n" }, "3 errors in 2 files.")]
    [InlineData(new[] { "set A=1\n", "set B=2\n" }, "No problems found in 2 files.")]
    [InlineData(new[] { "set A=1\n" }, "No problems found in 1 file.")]
    public void The_summary_counts_findings_and_files(string[] files, string summary)
    {
        for (var i = 0; i < files.Length; i++)
        {
            _dir.Write($"f{i}.hvt", files[i]);
        }

        var r = CliRunner.RunFake(_dir.Path, "check");
        Assert.Equal(summary, Lines(r)[^2]);
    }

    [Fact]
    public void Colour_is_used_only_on_a_terminal_without_no_color_or_NO_COLOR()
    {
        _dir.Write("a.hvt", "set A=bad\n");
        var engine = FakeRules.Engine();
        var plain = CliRunner.Run(_dir.Path, engine, ["check"], terminal: false);
        var coloured = CliRunner.Run(_dir.Path, engine, ["check"], terminal: true);
        var flag = CliRunner.Run(_dir.Path, engine, ["check", "--no-color"], terminal: true);
        var env = CliRunner.Run(_dir.Path, engine, ["check"], terminal: true, environment: new Dictionary<string, string> { ["NO_COLOR"] = "1" });
        Assert.DoesNotContain("\u001b[", plain.Stdout, StringComparison.Ordinal);
        Assert.Contains("\u001b[", coloured.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", flag.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", env.Stdout, StringComparison.Ordinal);

        // Without the escape codes the coloured text is the plain text.
        Assert.Equal(plain.Stdout, Regex.Replace(coloured.Stdout, "\u001b\\[[0-9;]*m", string.Empty));
    }
}

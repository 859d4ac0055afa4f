using HvLint.Core.Model;
using static HvLint.Parsers.Tests.Reg.RegTestHelpers;

namespace HvLint.Parsers.Tests.Reg;

/// <summary>docs/formats.md §1.5: quoted string data (REG_SZ).</summary>
public class RegStringDataTests
{
    [Theory]
    [InlineData("\"Use \\\\ to escape a backslash\"", "Use \\ to escape a backslash")]
    [InlineData("\"Use \\\" to escape a quote\"", "Use \" to escape a quote")]
    [InlineData("\"\\\\0\"", "\\0")]
    [InlineData("\"; not a comment # either\"", "; not a comment # either")]
    [InlineData("\"%SystemRoot%\\\\vmms.exe\"", "%SystemRoot%\\vmms.exe")]
    [InlineData("\"\"", "")]
    public void Escapes_and_literal_characters(string data, string expected)
    {
        var write = InKey("\"ConfigurationStorePath\"=" + data + "\r\n").SingleValue();

        Assert.Equal(RegistryValueType.String, write.Data!.Type);
        Assert.Equal(expected, write.Data.Text);
    }

    [Theory]
    [InlineData("\"x\"=\"v\" ;comment")]
    [InlineData("\"x\"=\"v\";comment")]
    [InlineData("\"x\"=\"v\"\t \t")]
    public void Comment_or_blanks_after_the_closing_quote_are_fine(string line)
    {
        Assert.Equal("v", InKey(line + "\r\n").SingleValue().Data!.Text);
    }

    [Fact]
    public void Backslash_n_and_r_become_line_breaks_with_a_note()
    {
        var result = InKey("\"Comment\"=\"one\\ntwo\\rthree\"\r\n");

        result.AssertFindings(("HV0030", 4, 15, 2), ("HV0030", 4, 20, 2));
        Assert.Equal("one\ntwo\rthree", result.ValueWrites().Single().Data!.Text);
    }

    [Fact]
    public void Unknown_escape_drops_the_backslash_with_a_warning()
    {
        var result = InKey("\"UefiCrashDumpPath\"=\"D:\\Hyper-V\\Dumps\"\r\n");

        result.AssertFindings(("HV0017", 4, 24, 2), ("HV0017", 4, 32, 2));
        Assert.Equal("D:Hyper-VDumps", result.ValueWrites().Single().Data!.Text);
        Assert.Contains("'D:Hyper-VDumps'", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nul_escape_rejects_the_value()
    {
        var result = InKey("\"Wine33a\"=\"\\0\"\r\n");

        result.AssertFindings(("HV0012", 4, 12, 2));
        Assert.Empty(result.ValueWrites());
    }

    [Fact]
    public void Path_ending_in_a_backslash_escapes_the_closing_quote()
    {
        var result = InKey("\"UefiCrashDumpPath\"=\"D:\\\\Dumps\\\"\r\n");

        result.AssertFindings(("HV0012", 4, 31, 2));
        Assert.Contains("\"D:\\\\Dumps\\\\\"", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Empty(result.ValueWrites());
    }

    [Fact]
    public void Unterminated_string_is_skipped()
    {
        var result = InKey("\"Mode\"=\"Local\r\n");

        result.AssertFindings(("HV0012", 4, 8, 6));
    }

    [Theory]
    [InlineData("\"Test15a\"=\"foo\"bar\"", 16, 4)]
    [InlineData("\"Test15b\"=\"foo\"\"bar\"", 16, 5)]
    [InlineData("\"Wine\"=\"v\" junk", 12, 4)]
    public void Text_after_the_closing_quote_rejects_the_value(string line, int column, int length)
    {
        var result = InKey(line + "\r\n");

        result.AssertFindings(("HV0012", 4, column, length));
        Assert.Empty(result.ValueWrites());
    }

    [Theory]
    [InlineData("\"Wine3\"=\"Value\" #comment", 17, 8)]
    [InlineData("\"Wine5\"=\"Value\"#comment", 16, 8)]
    public void Hash_comment_after_a_string_rejects_the_value(string line, int column, int length)
    {
        var result = InKey(line + "\r\n");

        result.AssertFindings(("HV0018", 4, column, length));
        Assert.Empty(result.ValueWrites());
    }

    [Fact]
    public void String_ending_with_a_backslash_does_not_continue()
    {
        var result = InKey("\"Test18b\"=\"Test \\\r\nValue\"\r\n\"Next\"=\"ok\"\r\n");

        result.AssertFindings(("HV0016", 4, 17, 1));
        Assert.Equal(["Next"], result.ValueWrites().Select(w => w.ValueName));
    }
}

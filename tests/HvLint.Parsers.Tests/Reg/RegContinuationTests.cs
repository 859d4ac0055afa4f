using HvLint.Core.Model;
using static HvLint.Parsers.Tests.Reg.RegTestHelpers;

namespace HvLint.Parsers.Tests.Reg;

/// <summary>docs/formats.md §1.8: continuation lines, comments and blank lines.</summary>
public class RegContinuationTests
{
    [Fact]
    public void Export_style_continuation_joins_the_bytes_and_spans_all_lines()
    {
        var result = Utf16(Header + "[" + Migration + "]\r\n\"FallbackService\"=hex(7):68,00,74,00,\\\r\n  74,00,70,00,\\\r\n  00,00,00,00\r\n\"Next\"=dword:1\r\n");

        result.AssertNoFindings();
        var writes = result.ValueWrites();
        Assert.Equal(["http"], writes[0].Data!.Strings!);
        Assert.Equal("hex(7):68,00,74,00,\\\r\n  74,00,70,00,\\\r\n  00,00,00,00", result.Text(writes[0].DataSpan));
        Assert.Equal("\"FallbackService\"=" + result.Text(writes[0].DataSpan), result.Text(writes[0].Span));
        Assert.Equal("Next", writes[1].ValueName);
    }

    [Fact]
    public void Whitespace_and_a_comment_after_the_backslash_are_allowed()
    {
        var result = InKey("\"Wine14a\"=hex:4c,69,6e,65,20,  \\   ;comment\r\n  63,6f,6e,63\r\n");

        Assert.Equal(9, result.SingleValue().Data!.Bytes!.Count);
    }

    [Fact]
    public void Blank_and_semicolon_lines_inside_a_continuation_are_skipped()
    {
        var result = InKey("\"Wine10a\"=hex:01,\\\r\n\r\n  ;comment\r\n\t\r\n  02\r\n");

        Assert.Equal(new byte[] { 1, 2 }, result.SingleValue().Data!.Bytes);
    }

    [Theory]
    [InlineData("hex:4c,69,6e,65,20\\\r\n,63,6f")]
    [InlineData("hex:4c,69,6e,65,20\\\r\n63,6f")]
    [InlineData("hex:4c,69,6e,65,20,7\\\r\n5")]
    public void Comma_must_come_before_the_backslash(string data)
    {
        var result = InKey("\"Multi-Line1\"=" + data + "\r\n\"After\"=dword:1\r\n");

        Assert.Equal("HV0011", Assert.Single(result.Diagnostics).Rule.Id);
        Assert.Equal(["After"], result.ValueWrites().Select(w => w.ValueName));
    }

    [Fact]
    public void Leading_comma_on_a_continuation_line_rejects_the_value()
    {
        var result = InKey("\"Multi-Line2\"=hex:4c,69,\\\r\n  ,63,6f\r\n");

        result.AssertFindings(("HV0011", 5, 3, 1));
        Assert.Empty(result.ValueWrites());
    }

    [Fact]
    public void Error_on_a_continuation_line_skips_the_rest_of_the_value_quietly()
    {
        var result = InKey("\"Bad\"=hex:01,\\\r\n  02,,03,\\\r\n  04,05,\\\r\n  06\r\n\"Good\"=dword:1\r\n");

        result.AssertFindings(("HV0011", 5, 6, 1));
        Assert.Equal(["Good"], result.ValueWrites().Select(w => w.ValueName));
    }

    [Fact]
    public void Text_after_the_backslash_rejects_the_value()
    {
        var result = InKey("\"x\"=hex:01,\\ 02\r\n");

        result.AssertFindings(("HV0011", 4, 14, 2));
    }

    [Fact]
    public void Dangling_backslash_swallows_the_next_value_line()
    {
        var result = InKey("\"Wine25a\"=hex:01,02,\\\r\n\"Wine25b\"=dword:1\r\n\"Wine25c\"=dword:2\r\n");

        result.AssertFindings(("HV0015", 4, 21, 1));
        var message = result.Diagnostics[0].Message;
        Assert.Contains("swallows line 5", message, StringComparison.Ordinal);
        Assert.Contains("not written either", message, StringComparison.Ordinal);
        Assert.Equal(["Wine25c"], result.ValueWrites().Select(w => w.ValueName));
    }

    [Fact]
    public void Dangling_backslash_before_a_blank_and_a_comment_still_swallows_the_value_line()
    {
        var result = InKey("\"Wine26a\"=hex:01,02,\\\r\n\r\n; comment\r\n@=\"x\"\r\n");

        result.AssertFindings(("HV0015", 4, 21, 1));
        Assert.Empty(result.ValueWrites());
    }

    [Fact]
    public void Dangling_backslash_swallowing_a_key_line_sends_the_values_below_to_the_previous_key()
    {
        var result = InKey("\"A\"=hex:01,\\\r\n[" + VmsMp + "]\r\n\"VmsVmqMode\"=dword:1\r\n");

        result.AssertFindings(("HV0015", 4, 12, 1));
        Assert.Contains("previous key", result.Diagnostics[0].Message, StringComparison.Ordinal);
        var write = Assert.Single(result.ValueWrites());
        Assert.Equal("VmsVmqMode", write.ValueName);
        Assert.Equal(Migration, write.Key.Text);
        Assert.Single(result.Writes(), w => w.Operation == RegistryOperation.CreateKey);
    }

    [Fact]
    public void Hash_line_inside_a_continuation_loses_the_value_but_not_the_next_line()
    {
        var result = InKey("\"Wine25e\"=hex:01,\\\r\n#comment\r\n  02\r\n\"Wine25f\"=dword:1\r\n");

        result.AssertFindings(("HV0022", 5, 1, 8));
        Assert.Equal(["Wine25f"], result.ValueWrites().Select(w => w.ValueName));
    }

    [Fact]
    public void Continuation_at_the_end_of_the_file_writes_what_was_read()
    {
        var result = InKey("\"x\"=hex:01,02,\\");

        Assert.Equal(new byte[] { 1, 2 }, result.SingleValue().Data!.Bytes);
    }

    [Fact]
    public void Hex_line_without_a_backslash_before_it_is_a_missing_continuation()
    {
        var result = InKey("\"CurrentMacAddress\"=hex:00,15,5d,\r\n  01,02,03\r\n  04,05\r\n\"Next\"=dword:1\r\n");

        result.AssertFindings(("HV0023", 5, 3, 8));
        Assert.Contains("only its first 3 byte(s)", result.Diagnostics[0].Message, StringComparison.Ordinal);
        var writes = result.ValueWrites();
        Assert.Equal(new byte[] { 0x00, 0x15, 0x5D }, writes[0].Data!.Bytes);
        Assert.Equal("Next", writes[1].ValueName);
    }

    [Fact]
    public void Semicolon_comments_at_top_level_and_after_values_are_fine()
    {
        var result = Ansi(Header + "; Hyper-V live migration\r\n  ;indented\r\n[" + Migration + "] ;key\r\n\"MaximumActiveTransfers\"=dword:8 ; eight\r\n#hash comment line\r\n");

        result.AssertNoFindings();
        Assert.Equal(2, result.Writes.Count);
    }

    [Fact]
    public void A_comment_ending_in_a_backslash_on_a_valid_line_does_not_hide_the_next_line()
    {
        var result = InKey("\"UefiCrashDumpPath\"=\"D:\\\\Dumps\" ; under D:\\\r\nMaximumActiveTransfers=dword:8\r\n");

        result.AssertFindings(("HV0009", 5, 1, 22));
        Assert.Single(result.ValueWrites());
    }
}

using HvLint.Core.Model;
using static HvLint.Parsers.Tests.Reg.RegTestHelpers;

namespace HvLint.Parsers.Tests.Reg;

/// <summary>docs/formats.md §1.6: dword: data, 1 to 8 hex digits.</summary>
public class RegDwordDataTests
{
    [Theory]
    [InlineData("dword:1", 0x1u)]
    [InlineData("dword:4444", 0x4444u)]
    [InlineData("dword:00000008", 8u)]
    [InlineData("dword:FFFFFFFF", 0xFFFFFFFFu)]
    [InlineData("dword:  00000008", 8u)]
    [InlineData("dword:\t\t00000008", 8u)]
    [InlineData("dword:00000008 ;comment", 8u)]
    [InlineData("dword:00000008;comment", 8u)]
    [InlineData("dword:0000abcd\t ", 0xABCDu)]
    public void Valid_dword_data(string data, uint expected)
    {
        var write = InKey("\"MaximumActiveTransfers\"=" + data + "\r\n").SingleValue();

        Assert.Equal(RegistryValueType.DWord, write.Data!.Type);
        Assert.Equal(expected, write.Data.Number);
    }

    [Fact]
    public void Data_span_excludes_the_comment()
    {
        var result = InKey("\"MaximumActiveTransfers\"=dword:8 ; eight\r\n");

        Assert.Equal("dword:8", result.Text(result.SingleValue().DataSpan));
    }

    [Theory]
    [InlineData("dword:123456789", 32, 9)]
    [InlineData("dword:012345678", 32, 9)]
    [InlineData("dword:000000001", 32, 9)]
    [InlineData("dword:12345678abc", 32, 11)]
    [InlineData("dword:", 26, 6)]
    [InlineData("dword:hello", 32, 5)]
    [InlineData("dword:0x123", 32, 5)]
    [InlineData("dword:-1", 32, 2)]
    [InlineData("dword:12345678 abc", 41, 3)]
    [InlineData("dword:123 456", 36, 3)]
    [InlineData("dword:1234g", 32, 5)]
    public void Invalid_dword_data_is_skipped(string data, int column, int length)
    {
        var result = InKey("\"MaximumActiveTransfers\"=" + data + "\r\n");

        result.AssertFindings(("HV0010", 4, column, length));
        Assert.Empty(result.ValueWrites());
    }

    [Theory]
    [InlineData("dword:000000001", "Write dword:00000001")]
    [InlineData("dword:0x10", "Write dword:00000010")]
    [InlineData("dword:123456789", "hex(b):89,67,45,23,01,00,00,00")]
    [InlineData("dword:-1", "ffffffff")]
    public void Invalid_dword_messages_say_what_to_write(string data, string advice)
    {
        var message = InKey("\"MaximumActiveTransfers\"=" + data + "\r\n").Diagnostics[0].Message;

        Assert.Contains(advice, message, StringComparison.Ordinal);
        Assert.Contains("skips", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hash_comment_after_dword_rejects_the_value()
    {
        var result = InKey("\"Wine23\"=dword:00000008 #comment\r\n");

        result.AssertFindings(("HV0018", 4, 25, 8));
        Assert.Empty(result.ValueWrites());
    }

    [Fact]
    public void Dword_ending_with_a_backslash_does_not_continue()
    {
        var result = InKey("\"Test18a\"=dword:1234\\\r\n5678\r\n");

        result.AssertFindings(("HV0016", 4, 21, 1));
        Assert.Empty(result.ValueWrites());
    }
}

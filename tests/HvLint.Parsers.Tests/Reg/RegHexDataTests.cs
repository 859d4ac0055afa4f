using HvLint.Core.Model;
using static HvLint.Parsers.Tests.Reg.RegTestHelpers;

namespace HvLint.Parsers.Tests.Reg;

/// <summary>docs/formats.md §1.7: hex: and hex(N): data.</summary>
public class RegHexDataTests
{
    [Fact]
    public void Hex_is_reg_binary()
    {
        var result = InKey("\"NicCurrentMacAddress\"=hex:00,15,5d,01,02,03\r\n", VmsMp + "\\Nics\\0");

        var write = result.SingleValue();
        Assert.Equal(RegistryValueType.Binary, write.Data!.Type);
        Assert.Equal(new byte[] { 0x00, 0x15, 0x5D, 0x01, 0x02, 0x03 }, write.Data.Bytes);
        Assert.Equal("hex:00,15,5d,01,02,03", result.Text(write.DataSpan));
    }

    [Theory]
    [InlineData("hex(0):56,78", 0u)]
    [InlineData("hex(3):56,78", 3u)]
    [InlineData("hex(10):56,78", 0x10u)]
    [InlineData("hex(100):56,78", 0x100u)]
    [InlineData("hex(7fffffff):56,78", 0x7FFFFFFFu)]
    [InlineData("hex(ffffffff):56,78", 0xFFFFFFFFu)]
    [InlineData("hex(000000002):56,78,00", 2u)]
    public void Hex_type_numbers_are_any_32_bit_hex_number(string data, uint type)
    {
        Assert.Equal(type, InKey("\"x\"=" + data + "\r\n").SingleValue().Data!.RawType);
    }

    [Theory]
    [InlineData("hex(100000000):56,78", 15)]
    [InlineData("hex(0x2):56,78", 9)]
    [InlineData("hex(0X2):56,78", 9)]
    [InlineData("hex(x2):56,78", 8)]
    [InlineData("hex():56,78", 6)]
    [InlineData("hex(2)56,78", 11)]
    public void Invalid_hex_type_numbers_are_skipped(string data, int length)
    {
        var result = InKey("\"x\"=" + data + "\r\n");

        result.AssertFindings(("HV0021", 4, 5, length));
        Assert.Empty(result.ValueWrites());
    }

    [Theory]
    [InlineData("hex:", RegistryValueType.Binary)]
    [InlineData("hex(2):", RegistryValueType.ExpandString)]
    [InlineData("hex(7):", RegistryValueType.MultiString)]
    [InlineData("hex(4):", RegistryValueType.DWord)]
    [InlineData("hex(b):", RegistryValueType.QWord)]
    public void Empty_hex_data_is_a_zero_length_value_of_that_type(string data, RegistryValueType type)
    {
        var write = InKey("\"Wine22\"=" + data + "\r\n").SingleValue();

        Assert.Equal(type, write.Data!.Type);
        Assert.Equal([], write.Data.Bytes!);
        Assert.Null(write.Data.Number);
    }

    [Fact]
    public void Hex4_with_four_bytes_is_a_dword_number()
    {
        var write = InKey("\"MaximumActiveTransfers\"=hex(4):08,00,00,00\r\n").SingleValue();

        Assert.Equal(RegistryValueType.DWord, write.Data!.Type);
        Assert.Equal(8UL, write.Data.Number);
    }

    [Fact]
    public void Hex4_with_eight_bytes_stays_raw_bytes()
    {
        var write = InKey("\"Wine3d\"=hex(4):80,70,60,50,40,30,20,10\r\n").SingleValue();

        Assert.Equal(RegistryValueType.DWord, write.Data!.Type);
        Assert.Null(write.Data.Number);
        Assert.Equal(8, write.Data.Bytes!.Count);
    }

    [Fact]
    public void Hexb_with_eight_bytes_is_a_qword_number()
    {
        var write = InKey("\"TraceLevel\"=hex(b):80,70,60,50,40,30,20,10\r\n").SingleValue();

        Assert.Equal(RegistryValueType.QWord, write.Data!.Type);
        Assert.Equal(0x1020304050607080UL, write.Data.Number);
    }

    [Theory]
    [InlineData("hex:1,2,3", new byte[] { 1, 2, 3 })]
    [InlineData("hex:01,02,", new byte[] { 1, 2 })]
    [InlineData("hex:01, 02,\t03", new byte[] { 1, 2, 3 })]
    [InlineData("hex:01,02 ;comment", new byte[] { 1, 2 })]
    [InlineData("hex:01,02,;comment", new byte[] { 1, 2 })]
    [InlineData("hex:FF,aB", new byte[] { 0xFF, 0xAB })]
    public void Byte_lists(string data, byte[] expected)
    {
        Assert.Equal(expected, InKey("\"x\"=" + data + "\r\n").SingleValue().Data!.Bytes);
    }

    [Theory]
    [InlineData("hex:01,100", 12, 3)]
    [InlineData("hex:1a4", 9, 3)]
    [InlineData("hex:63,,6f", 12, 1)]
    [InlineData("hex:,63", 9, 1)]
    [InlineData("hex:01 02", 9, 5)]
    [InlineData("hex:01 ,02", 11, 1)]
    [InlineData("hex:0x01", 9, 4)]
    [InlineData("hex:01,zz", 12, 2)]
    public void Invalid_byte_lists_are_skipped(string data, int column, int length)
    {
        var result = InKey("\"x\"=" + data + "\r\n");

        result.AssertFindings(("HV0011", 4, column, length));
        Assert.Empty(result.ValueWrites());
    }

    [Fact]
    public void Hash_comment_after_hex_data_rejects_the_value()
    {
        var result = InKey("\"Wine26c\"=hex:01,02 #comment\r\n");

        result.AssertFindings(("HV0018", 4, 21, 8));
        Assert.Empty(result.ValueWrites());
    }

    [Fact]
    public void Hex2_in_an_ansi_file_is_ansi_text()
    {
        var write = InKey("\"ImagePath\"=hex(2):25,50,41,54,48,25,00\r\n").SingleValue();

        Assert.Equal(RegistryValueType.ExpandString, write.Data!.Type);
        Assert.Equal("%PATH%", write.Data.Text);
    }

    [Fact]
    public void Hex2_in_an_ansi_file_without_terminator_gets_one()
    {
        Assert.Equal("%PATH%", InKey("\"ImagePath\"=hex(2):25,50,41,54,48,25\r\n").SingleValue().Data!.Text);
    }

    [Fact]
    public void Hex2_in_a_utf16_file_is_utf16_text()
    {
        var result = Utf16(Header + "[" + Migration + "]\r\n\"ImagePath\"=hex(2):25,00,50,00,41,00,54,00,48,00,25,00,00,00\r\n");

        var write = result.SingleValue();
        Assert.Equal("%PATH%", write.Data!.Text);
    }

    [Fact]
    public void Utf16_bytes_in_an_ansi_file_are_a_mismatch()
    {
        var result = InKey("\"ImagePath\"=hex(2):25,00,50,00,41,00,54,00,48,00,25,00,00,00\r\n");

        result.AssertFindings(("HV0031", 4, 13, 48));
        Assert.Contains("'%PATH%'", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("%\0P\0", result.ValueWrites().Single().Data!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ansi_bytes_in_a_utf16_file_are_a_mismatch()
    {
        var result = Utf16(Header + "[" + Migration + "]\r\n\"ImagePath\"=hex(2):25,50,41,54,48,25,00\r\n");

        result.AssertFindings(("HV0031", 4, 13, 27));
        Assert.Contains("25,00,50,00,41,00,54,00,48,00,25,00,00,00", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hex7_without_terminator_gets_one_nul_and_a_warning()
    {
        var result = InKey("\"Wine21a\"=hex(7):4c,69,6e,65\r\n");

        result.AssertFindings(("HV0032", 4, 11, 18));
        Assert.Equal(["Line"], result.ValueWrites().Single().Data!.Strings!);
    }

    [Fact]
    public void Hex7_with_double_nul_in_an_ansi_file_is_a_list()
    {
        var write = InKey("\"ExcludedWriters\"=hex(7):4c,69,6e,65,00,54,77,6f,00,00\r\n", @"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Virtualization\ExcludedVssWriters").SingleValue();

        Assert.Equal(["Line", "Two"], write.Data!.Strings!);
    }

    [Fact]
    public void Hex7_in_a_utf16_file_is_a_list()
    {
        var result = Utf16(Header + "[" + Migration + "]\r\n\"Tags\"=hex(7):41,00,00,00,42,00,00,00,00,00\r\n");

        Assert.Equal(["A", "B"], result.SingleValue().Data!.Strings!);
    }

    [Fact]
    public void Hex1_in_an_ansi_file_is_a_string()
    {
        var write = InKey("\"Mode\"=hex(1):4c,6f,63,61,6c,00\r\n").SingleValue();

        Assert.Equal(RegistryValueType.String, write.Data!.Type);
        Assert.Equal("Local", write.Data.Text);
    }
}

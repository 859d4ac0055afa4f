using System.Text;
using HvLint.Core.Model;
using static HvLint.Parsers.Tests.Batch.BatchTestHelpers;

namespace HvLint.Parsers.Tests.Commands;

/// <summary>/t types and /d parsing (docs/formats.md §2.3, Wine test_reg_*).</summary>
public class RegDataTests
{
    private static RegistryWrite Add(string type, string data) =>
        RegCommand($@"reg add HKLM\SOFTWARE\T /v X /t {type} /d {data} /f").SingleRegistryWrite();

    private static string Rejected(string type, string data)
    {
        var result = RegCommand($@"reg add HKLM\SOFTWARE\T /v X /t {type} /d {data} /f");
        Assert.Empty(result.Writes);
        return result.AssertFinding("HV0902", data);
    }

    [Theory]
    [InlineData("12345678", 12345678UL)]
    [InlineData("0123", 123UL)]
    [InlineData("010", 10UL)]
    [InlineData("0x123", 0x123UL)]
    [InlineData("0X123", 0x123UL)]
    [InlineData("0xdeadbeef", 0xdeadbeefUL)]
    [InlineData("0xffffffff", 0xffffffffUL)]
    [InlineData("4294967295", 0xffffffffUL)]
    [InlineData("0", 0UL)]
    public void Dword_data_is_decimal_unless_it_starts_with_0x(string data, ulong expected)
    {
        var w = Add("REG_DWORD", data);

        Assert.Equal(RegistryValueType.DWord, w.Data!.Type);
        Assert.Equal(expected, w.Data.Number);
    }

    [Theory]
    [InlineData("zzz")]
    [InlineData("deadbeef")]
    [InlineData("123xyz")]
    [InlineData("0xabcdefg")]
    [InlineData("00x123")]
    [InlineData("-1")]
    [InlineData("-0x1")]
    [InlineData("4294967296")]
    [InlineData("0x01ffffffff")]
    [InlineData("0x")]
    [InlineData("1.5")]
    public void Dword_data_reg_exe_rejects_is_reported_on_the_data(string data)
    {
        Rejected("REG_DWORD", data);
    }

    [Theory]
    [InlineData("deadbeef", "0x prefix")]
    [InlineData("-1", "0xffffffff")]
    [InlineData("4294967296", "does not fit")]
    public void Rejected_dword_data_comes_with_a_hint(string data, string hint)
    {
        Assert.Contains(hint, Rejected("REG_DWORD", data), StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_dword_data_is_rejected()
    {
        var result = RegCommand(@"reg add HKLM\SOFTWARE\T /v X /t REG_DWORD /d """" /f");

        result.AssertFinding("HV0902", @"""""");
    }

    [Fact]
    public void Dword_without_d_is_rejected()
    {
        // Wine test_reg_dword "dword1": exit 1 on Vista and later.
        var result = RegCommand(@"reg add HKLM\SOFTWARE\T /v dword1 /t REG_DWORD /f");

        result.AssertFinding("HV0902", "REG_DWORD");
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void Dword_little_endian_is_a_dword()
    {
        var w = Add("REG_DWORD_LITTLE_ENDIAN", "456");

        Assert.Equal(RegistryValueType.DWord, w.Data!.Type);
        Assert.Equal(456UL, w.Data.Number);
    }

    [Fact]
    public void Dword_big_endian_is_stored_little_endian_with_its_own_type()
    {
        // Wine test_reg_dword_big_endian: "broken in every version of Windows".
        var w = Add("REG_DWORD_BIG_ENDIAN", "0x456");

        Assert.Equal(RegistryValueType.DWordBigEndian, w.Data!.Type);
        Assert.Equal(new byte[] { 0x56, 0x04, 0, 0 }, w.Data.Bytes);
    }

    [Theory]
    [InlineData("0x123456789abcdef", 0x123456789abcdefUL)]
    [InlineData("12345678", 12345678UL)]
    [InlineData("0123", 123UL)]
    [InlineData("-1", ulong.MaxValue)]
    [InlineData("18446744073709551615", ulong.MaxValue)]
    public void Qword_data_is_a_64_bit_number(string data, ulong expected)
    {
        var w = Add("REG_QWORD", data);

        Assert.Equal(RegistryValueType.QWord, w.Data!.Type);
        Assert.Equal(expected, w.Data.Number);
    }

    [Theory]
    [InlineData("zzz")]
    [InlineData("deadbeef")]
    [InlineData("123xyz")]
    [InlineData("-0x1")]
    [InlineData("18446744073709551616")]
    public void Qword_data_reg_exe_rejects_is_reported(string data)
    {
        Rejected("REG_QWORD", data);
    }

    [Fact]
    public void Qword_without_d_is_zero()
    {
        Assert.Equal(0UL, RegCommand(@"reg add HKLM\SOFTWARE\T /v qword1 /t REG_QWORD /f").SingleRegistryWrite().Data!.Number);
    }

    [Theory]
    [InlineData("fe340ead", new byte[] { 0xfe, 0x34, 0x0e, 0xad })]
    [InlineData("DeAdBeEf0DD", new byte[] { 0x0d, 0xea, 0xdb, 0xee, 0xf0, 0xdd })]
    [InlineData("1", new byte[] { 0x01 })]
    [InlineData(@"""""", new byte[0])]
    public void Binary_data_is_bare_hex_digits_an_odd_count_making_the_first_nibble_a_byte(string data, byte[] expected)
    {
        var w = Add("REG_BINARY", data);

        Assert.Equal(RegistryValueType.Binary, w.Data!.Type);
        Assert.Equal(expected, w.Data.Bytes);
    }

    [Theory]
    [InlineData("0xDeAdBeEf", "Leave out the 0x prefix")]
    [InlineData("x01", "hexadecimal digits")]
    [InlineData("01x", "hexadecimal digits")]
    [InlineData("0a,1b", "without separators: /d 0a1b")]
    public void Binary_data_reg_exe_rejects_is_reported_with_a_hint(string data, string hint)
    {
        Assert.Contains(hint, Rejected("REG_BINARY", data), StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_without_d_is_empty()
    {
        Assert.Equal(Array.Empty<byte>(), RegCommand(@"reg add HKLM\SOFTWARE\T /v X /t REG_BINARY /f").SingleRegistryWrite().Data!.Bytes);
    }

    [Theory]
    [InlineData(@"fax\0mail\0", new[] { "fax", "mail" })]
    [InlineData(@"fax\0mail", new[] { "fax", "mail" })]
    [InlineData(@"a\0", new[] { "a" })]
    [InlineData(@"\0", new[] { "" })]
    [InlineData(@"one", new[] { "one" })]
    [InlineData(@"""""", new string[0])]
    public void Multi_string_items_are_separated_by_backslash_zero(string data, string[] expected)
    {
        var w = Add("REG_MULTI_SZ", data);

        Assert.Equal(RegistryValueType.MultiString, w.Data!.Type);
        Assert.Equal(expected, w.Data.Strings);
    }

    [Theory]
    [InlineData(@"two\0\0strings", "empty item")]
    [InlineData(@"\0a", "starts with the separator")]
    [InlineData(@"a\0\0", "empty item")]
    public void Multi_string_data_with_an_empty_item_or_a_leading_separator_is_rejected(string data, string why)
    {
        Assert.Contains(why, Rejected("REG_MULTI_SZ", data), StringComparison.Ordinal);
    }

    [Fact]
    public void S_sets_another_separator_and_backslash_zero_is_then_text()
    {
        var w = RegCommand(@"reg add HKLM\SOFTWARE\T /v X /t REG_MULTI_SZ /s # /d a#b\0c# /f").SingleRegistryWrite();

        Assert.Equal(new[] { "a", @"b\0c" }, w.Data!.Strings);
    }

    [Theory]
    [InlineData("#a")]
    [InlineData("##")]
    [InlineData("a##b")]
    public void With_a_custom_separator_empty_items_are_rejected(string data)
    {
        var result = RegCommand($@"reg add HKLM\SOFTWARE\T /v X /t REG_MULTI_SZ /s # /d {data} /f");

        result.AssertFinding("HV0902", data);
    }

    [Fact]
    public void String_data_is_stored_literally_including_backslash_zero()
    {
        // Wine test_reg_sz "string5".
        var result = RegCommand(@"reg add HKLM\SOFTWARE\T /v X /t REG_SZ /d ""foo\0bar"" /f");

        var w = result.SingleRegistryWrite();
        Assert.Equal(@"foo\0bar", w.Data!.Text);
        Assert.Equal(@"""foo\0bar""", result.Text(w.DataSpan));
    }

    [Fact]
    public void Expand_string_data_is_stored_literally()
    {
        var w = Add("REG_EXPAND_SZ", @"%SystemRoot%\System32");

        Assert.Equal(RegistryValueType.ExpandString, w.Data!.Type);
        Assert.Equal(@"%SystemRoot%\System32", w.Data.Text);
    }

    [Fact]
    public void None_data_is_the_string_with_its_terminator()
    {
        // Wine test_reg_none "none0".
        var w = Add("REG_NONE", "deadbeef");

        Assert.Equal(RegistryValueType.None, w.Data!.Type);
        Assert.Equal([.. Encoding.Unicode.GetBytes("deadbeef"), 0, 0], w.Data.Bytes!);
    }

    [Theory]
    [InlineData("REG_LINK")]
    [InlineData("REG_FULL_RESOURCE_DESCRIPTOR")]
    public void Documented_types_whose_encoding_is_unknown_are_written_with_unresolved_data(string type)
    {
        var w = Add(type, "x");

        Assert.Null(w.Data);
        Assert.Equal(Certainty.Unresolved, w.DataCertainty);
    }

    [Fact]
    public void A_backslash_before_a_closing_quote_escapes_it_as_the_c_runtime_does()
    {
        // "C:\path\" ends in \" : the quote is literal and the rest of the line joins the data.
        var result = RegCommand(@"reg add HKLM\SOFTWARE\T /v Path /d ""C:\VMs\"" /f");

        var w = Assert.Single(result.RegistryWrites());
        Assert.Equal(@"C:\VMs"" /f", w.Data!.Text);
        result.AssertFinding("HV0900", "reg add");
    }
}

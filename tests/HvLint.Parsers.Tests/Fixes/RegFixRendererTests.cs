using HvLint.Core.Model;
using static HvLint.Parsers.Tests.Fixes.FixTestHelpers;

namespace HvLint.Parsers.Tests.Fixes;

/// <summary>Write changes rendered in a .reg file: the rest of the file stays byte for byte, and regedit's reading of the result is the intended write.</summary>
public class RegFixRendererTests
{
    [Fact]
    public void A_rename_quotes_the_new_name_and_escapes_backslashes_and_quotes()
    {
        var result = Extract(RegHeader + "\"Old\"=dword:00000001 ; keep\r\n\"Next\"=\"x\"\r\n", ".reg");

        var text = Apply(result, Rename(Named(result, "Old"), "A\\B\"C"));

        Assert.Equal(RegHeader + "\"A\\\\B\\\"C\"=dword:00000001 ; keep\r\n\"Next\"=\"x\"\r\n", text);
        Assert.Equal("A\\B\"C", Named(Extract(text, ".reg"), "A\\B\"C").ValueName);
    }

    [Fact]
    public void Renaming_to_the_default_value_writes_an_at_sign()
    {
        var result = Extract(RegHeader + "\"Old\"=\"x\"\r\n", ".reg");

        Assert.Equal(RegHeader + "@=\"x\"\r\n", Apply(result, Rename(Value(result), string.Empty)));
    }

    [Fact]
    public void A_string_one_becomes_a_dword()
    {
        var result = Extract(RegHeader + "\"V\"=\"1\"\r\n", ".reg");

        var text = Apply(result, Replace(Value(result), RegistryData.DWord(1)));

        Assert.Equal(RegHeader + "\"V\"=dword:00000001\r\n", text);
        var fixedWrite = Value(Extract(text, ".reg"));
        Assert.Equal(RegistryValueType.DWord, fixedWrite.Data!.Type);
        Assert.Equal(1UL, fixedWrite.Data.Number);
    }

    [Fact]
    public void Hex_data_over_continuation_lines_is_replaced_on_one_line()
    {
        var result = Extract(RegHeader + "\"V\"=hex:01,\\\r\n  02\r\n\"W\"=-\r\n", ".reg");

        var text = Apply(result, Replace(Named(result, "V"), RegistryData.DWord(10)));

        Assert.Equal(RegHeader + "\"V\"=dword:0000000a\r\n\"W\"=-\r\n", text);
    }

    [Fact]
    public void Strings_with_backslashes_are_escaped()
    {
        var result = Extract(RegHeader + "\"V\"=dword:00000001\r\n", ".reg");

        var text = Apply(result, Replace(Value(result), RegistryData.FromString(RegistryValueType.String, "D:\\Hyper-V \"VMs\"")));

        Assert.Equal(RegHeader + "\"V\"=\"D:\\\\Hyper-V \\\"VMs\\\"\"\r\n", text);
        Assert.Equal("D:\\Hyper-V \"VMs\"", Value(Extract(text, ".reg")).Data!.Text);
    }

    [Fact]
    public void A_qword_is_written_as_little_endian_hex_b()
    {
        var result = Extract(RegHeader + "\"V\"=dword:00000001\r\n", ".reg");

        var text = Apply(result, Replace(Value(result), RegistryData.QWord(0x0102030405060708)));

        Assert.Equal(RegHeader + "\"V\"=hex(b):08,07,06,05,04,03,02,01\r\n", text);
        var data = Value(Extract(text, ".reg")).Data!;
        Assert.Equal((RegistryValueType.QWord, 0x0102030405060708UL), (data.Type, data.Number!.Value));
    }

    [Fact]
    public void String_lists_and_expandable_strings_use_the_files_encoding()
    {
        var utf16 = Extract(RegHeader + "\"V\"=dword:00000001\r\n", ".reg", utf16: true);
        var multi = Apply(utf16, Replace(Value(utf16), RegistryData.MultiString(["a", "b"])));
        Assert.Equal(RegHeader + "\"V\"=hex(7):61,00,00,00,62,00,00,00,00,00\r\n", multi);
        Assert.Equal(["a", "b"], Value(Extract(multi, ".reg", utf16: true)).Data!.Strings!);

        var ansi = Extract(RegHeader + "\"V\"=dword:00000001\r\n", ".reg");
        var expand = Apply(ansi, Replace(Value(ansi), RegistryData.FromString(RegistryValueType.ExpandString, "%SystemRoot%")));
        Assert.Equal(RegHeader + "\"V\"=hex(2):25,53,79,73,74,65,6d,52,6f,6f,74,25,00\r\n", expand);
        var data = Value(Extract(expand, ".reg")).Data!;
        Assert.Equal((RegistryValueType.ExpandString, "%SystemRoot%"), (data.Type, data.Text));
    }

    [Fact]
    public void An_ansi_file_declines_a_string_it_cannot_encode_for_sure()
    {
        var result = Extract(RegHeader + "\"V\"=dword:00000001\r\n", ".reg");

        Assert.Null(Render(result, Replace(Value(result), RegistryData.FromString(RegistryValueType.ExpandString, "Überall"))));
    }

    [Fact]
    public void Removing_a_value_takes_its_continuation_lines_and_line_ending()
    {
        var result = Extract(RegHeader + "\"A\"=dword:00000001\r\n  \"V\"=hex:01,\\\r\n  02\r\n\"B\"=dword:00000002\r\n", ".reg");

        var text = Apply(result, Remove(Named(result, "V")));

        Assert.Equal(RegHeader + "\"A\"=dword:00000001\r\n\"B\"=dword:00000002\r\n", text);
    }

    [Fact]
    public void Removing_the_last_line_without_a_line_ending_works()
    {
        var result = Extract(RegHeader + "\"A\"=dword:00000001\r\n\"V\"=-", ".reg");

        Assert.Equal(RegHeader + "\"A\"=dword:00000001\r\n", Apply(result, Remove(Named(result, "V"))));
    }

    [Fact]
    public void Key_lines_are_not_removed_because_their_values_would_move_to_the_previous_key()
    {
        var result = Extract(RegHeader + "\"A\"=dword:00000001\r\n", ".reg");
        var key = Assert.Single(result.Writes.OfType<RegistryWrite>(), w => w.Operation == RegistryOperation.CreateKey);

        Assert.Null(Render(result, Remove(key)));
    }

    [Fact]
    public void Data_that_cannot_be_written_on_one_line_is_declined()
    {
        var result = Extract(RegHeader + "\"V\"=dword:00000001\r\n", ".reg");

        Assert.Null(Render(result, Replace(Value(result), RegistryData.FromString(RegistryValueType.String, "two\r\nlines"))));
    }

    private static RegistryWrite Named(HvLint.Core.Engine.ExtractionResult result, string name) =>
        Assert.Single(result.Writes.OfType<RegistryWrite>(), w => w.IsValueWrite && w.ValueName == name);
}

using HvLint.Core.Model;
using static HvLint.Parsers.Tests.Reg.RegTestHelpers;

namespace HvLint.Parsers.Tests.Reg;

/// <summary>docs/formats.md §1.4: value lines, default values, deletes, names and sections.</summary>
public class RegValueLineTests
{
    [Fact]
    public void Set_value_write_has_name_data_and_statement_spans()
    {
        var result = InKey("\"MaximumActiveTransfers\"=dword:00000008\r\n");

        var write = result.SingleValue();
        Assert.Equal(RegistryOperation.SetValue, write.Operation);
        Assert.Equal(Migration, write.Key.Text);
        Assert.Equal(Migration, result.Text(write.KeySpan));
        Assert.Equal("MaximumActiveTransfers", write.ValueName);
        Assert.Equal("\"MaximumActiveTransfers\"", result.Text(write.NameSpan));
        Assert.Equal("dword:00000008", result.Text(write.DataSpan));
        Assert.Equal("\"MaximumActiveTransfers\"=dword:00000008", result.Text(write.Span));
        Assert.Equal(RegistryValueType.DWord, write.Data!.Type);
        Assert.Equal(8UL, write.Data.Number);
        Assert.Equal(1, write.Order);
    }

    [Theory]
    [InlineData("@=\"Default registry value\"", "@")]
    [InlineData("\"\"=\"Default registry value\"", "\"\"")]
    [InlineData("@  =  \"Default registry value\"", "@")]
    public void At_sign_and_empty_name_are_the_default_value(string line, string nameText)
    {
        var result = InKey(line + "\r\n");

        var write = result.SingleValue();
        Assert.Equal(string.Empty, write.ValueName);
        Assert.Equal("(Default)", write.DisplayName);
        Assert.Equal(nameText, result.Text(write.NameSpan));
        Assert.Equal("Default registry value", write.Data!.Text);
    }

    [Theory]
    [InlineData("\"EnableCompression\"=-", "EnableCompression")]
    [InlineData("\"EnableCompression\" = - ;no longer needed", "EnableCompression")]
    [InlineData("@=-", "")]
    public void Minus_deletes_the_value(string line, string name)
    {
        var result = InKey(line + "\r\n");

        var write = result.SingleValue();
        Assert.Equal(RegistryOperation.DeleteValue, write.Operation);
        Assert.Equal(name, write.ValueName);
        Assert.Null(write.Data);
        Assert.EndsWith("-", result.Text(write.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Minus_followed_by_text_is_not_a_delete()
    {
        var result = InKey("\"EnableCompression\"=-1\r\n");

        result.AssertFindings(("HV0013", 4, 21, 2));
        Assert.Empty(result.ValueWrites());
    }

    [Fact]
    public void Whitespace_around_name_equals_and_data_is_allowed()
    {
        var result = InKey("  \"Wine5d\"    \t    =    \t    \"More whitespace\"  \t\r\n\t@\t=\tdword:\t00000008\t\r\n");

        result.AssertNoFindings();
        var writes = result.ValueWrites();
        Assert.Equal("More whitespace", writes[0].Data!.Text);
        Assert.Equal("\"More whitespace\"", result.Text(writes[0].DataSpan));
        Assert.Equal(8UL, writes[1].Data!.Number);
    }

    [Fact]
    public void Whitespace_inside_quotes_is_part_of_the_name()
    {
        Assert.Equal("  Wine6a", InKey("\"  Wine6a\"=\"x\"\r\n").SingleValue().ValueName);
    }

    [Theory]
    [InlineData("\"double\\\"quote\"=\"x\"", "double\"quote")]
    [InlineData("\"Wine\\\\31\"=\"x\"", "Wine\\31")]
    [InlineData("\"With=Equals\"=\"x\"", "With=Equals")]
    [InlineData("\"Subkey/2\"=\"x\"", "Subkey/2")]
    public void Value_names_unescape_backslash_and_quote(string line, string name)
    {
        Assert.Equal(name, InKey(line + "\r\n").SingleValue().ValueName);
    }

    [Fact]
    public void Unquoted_value_name_is_skipped()
    {
        var result = InKey("MaximumActiveTransfers=dword:00000008\r\n");

        result.AssertFindings(("HV0009", 4, 1, 22));
        Assert.Contains("\"MaximumActiveTransfers\"=dword:00000008", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Empty(result.ValueWrites());
    }

    [Fact]
    public void Unterminated_value_name_is_skipped()
    {
        var result = InKey("\"MaximumActiveTransfers=dword:00000008\r\n");

        result.AssertFindings(("HV0009", 4, 1, 38));
        Assert.Empty(result.ValueWrites());
    }

    [Fact]
    public void Name_without_equals_is_skipped()
    {
        var result = InKey("\"MaximumActiveTransfers\" dword:00000008\r\n");

        result.AssertFindings(("HV0009", 4, 26, 14));
        Assert.Empty(result.ValueWrites());
    }

    [Fact]
    public void Name_alone_is_skipped()
    {
        var result = InKey("\"MaximumActiveTransfers\"\r\n");

        result.AssertFindings(("HV0009", 4, 1, 24));
    }

    [Fact]
    public void Unbalanced_quotes_in_a_name_are_reported_at_the_stray_text()
    {
        var result = InKey("\"foo\"bar\"=\"x\"\r\n");

        result.AssertFindings(("HV0009", 4, 6, 4));
        Assert.Contains("unbalanced", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nul_escape_in_a_name_is_skipped()
    {
        var result = InKey("\"Wine\\0a\"=\"x\"\r\n");

        result.AssertFindings(("HV0009", 4, 6, 2));
        Assert.Empty(result.ValueWrites());
    }

    [Fact]
    public void Nothing_after_equals_is_missing_data()
    {
        var result = InKey("\"MaximumActiveTransfers\"=  \r\n");

        result.AssertFindings(("HV0024", 4, 1, 25));
        Assert.Empty(result.ValueWrites());
    }

    [Theory]
    [InlineData("\"x\"=;dword:1", 5, 8)]
    [InlineData("\"x\"=#\"Comment\"", 5, 10)]
    [InlineData("\"x\"=Asdffdsa", 5, 8)]
    [InlineData("\"x\"=qword:10", 5, 6)]
    [InlineData("\"x\"=DWORD:1", 5, 6)]
    [InlineData("\"x\"=Hex:01", 5, 4)]
    [InlineData("\"x\"=str:\"text\"", 5, 4)]
    [InlineData("\"x\"=dword :1", 5, 5)]
    [InlineData("\"x\"=8", 5, 1)]
    public void Unknown_data_types_are_skipped(string line, int column, int length)
    {
        var result = InKey(line + "\r\n");

        result.AssertFindings(("HV0013", 4, column, length));
        Assert.Empty(result.ValueWrites());
    }

    [Theory]
    [InlineData("\"x\"=qword:10", "hex(b):10,00,00,00,00,00,00,00")]
    [InlineData("\"x\"=DWORD:1", "write dword:")]
    [InlineData("\"x\"=dword :1", "Remove the space before the ':'")]
    public void Unknown_data_type_messages_say_what_to_write(string line, string advice)
    {
        Assert.Contains(advice, InKey(line + "\r\n").Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_before_the_first_key_are_reported_once_with_a_count()
    {
        var result = Ansi(Header + "\"A\"=dword:1\r\n\"B\"=dword:2\r\n\r\n\"C\"=\"x\"\r\n[" + Migration + "]\r\n\"D\"=dword:3\r\n");

        result.AssertFindings(("HV0014", 3, 1, 11));
        Assert.Contains("2 other value line", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(["D"], result.ValueWrites().Select(w => w.ValueName));
    }

    [Fact]
    public void Blank_lines_and_comments_inside_a_section_do_not_close_the_key()
    {
        var result = InKey("\"Line1\"=dword:1\r\n\r\n\r\n; comment\r\n# comment\r\n\"Line2\"=dword:2\r\n");

        result.AssertNoFindings();
        Assert.All(result.ValueWrites(), w => Assert.Equal(Migration, w.Key.Text));
        Assert.Equal(2, result.ValueWrites().Length);
    }

    [Fact]
    public void Duplicate_values_are_both_written_in_file_order()
    {
        var result = InKey("\"MaximumActiveTransfers\"=dword:2\r\n\"MaximumActiveTransfers\"=dword:8\r\n");

        result.AssertNoFindings();
        var writes = result.ValueWrites();
        Assert.Equal([2UL, 8UL], writes.Select(w => w.Data!.Number!.Value));
        Assert.True(writes[0].Order < writes[1].Order);
    }

    [Fact]
    public void Writes_are_numbered_in_file_order_across_sections()
    {
        var result = Ansi(Header + "[" + Migration + "]\r\n\"A\"=dword:1\r\n[-" + VmsMp + "\\Old]\r\n[" + VmsMp + "]\r\n\"B\"=hex:01,\\\r\n  02\r\n@=-\r\n");

        result.AssertNoFindings();
        Assert.Equal([0, 1, 2, 3, 4, 5], result.Writes.Select(w => w.Order));
        Assert.Equal(
            [RegistryOperation.CreateKey, RegistryOperation.SetValue, RegistryOperation.DeleteKey, RegistryOperation.CreateKey, RegistryOperation.SetValue, RegistryOperation.DeleteValue],
            result.Writes().Select(w => w.Operation));
    }

    [Fact]
    public void Unrecognized_line_is_a_warning_and_changes_nothing()
    {
        var result = InKey("// tuned for 10 GbE\r\n\"MaximumActiveTransfers\"=dword:8\r\n");

        result.AssertFindings(("HV0029", 4, 1, 19));
        Assert.Single(result.ValueWrites());
    }
}

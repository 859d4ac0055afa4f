using System.Text;
using HvLint.Core.Text;
using static HvLint.Parsers.Tests.Reg.RegTestHelpers;

namespace HvLint.Parsers.Tests.Reg;

/// <summary>docs/formats.md §1.2: regedit looks at the first two bytes only; FF FE is UTF-16LE, anything else ANSI.</summary>
public class RegEncodingTests
{
    private const string Body = Header + "[" + Migration + "]\r\n\"MaximumActiveTransfers\"=dword:00000008\r\n";

    [Fact]
    public void Utf16_with_bom_is_decoded_without_the_bom_and_imported()
    {
        var result = Utf16(Body);

        result.AssertNoFindings();
        Assert.Equal(SourceEncoding.Utf16LeBom, result.Source.Encoding);
        Assert.StartsWith("Windows Registry", result.Source.Text, StringComparison.Ordinal);
        var write = Assert.Single(result.ValueWrites());
        Assert.Equal(8UL, write.Data!.Number);
    }

    [Fact]
    public void Ansi_file_is_decoded_as_windows_1252()
    {
        // 0x80 is the euro sign in Windows-1252 (and a control character in Latin-1).
        var bytes = Encoding.Latin1.GetBytes(Header + "[" + Migration + "]\r\n\"Note\"=\"? 5\"\r\n");
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0x80;

        var result = Extract(bytes);

        result.AssertNoFindings();
        Assert.Equal(SourceEncoding.Ansi, result.Source.Encoding);
        Assert.Equal("\u20AC 5", result.SingleValue().Data!.Text);
    }

    [Fact]
    public void Utf8_bom_is_a_warning_and_the_file_is_still_read()
    {
        var result = Extract([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Body)]);

        result.AssertFindings(("HV0003", 1, 1, 36));
        Assert.Equal(SourceEncoding.Utf8Bom, result.Source.Encoding);
        Assert.Equal(2, result.Writes.Count);
    }

    [Fact]
    public void Utf16_big_endian_is_not_a_registry_script()
    {
        var result = Extract([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Body)]);

        result.AssertFindings(("HV0004", 1, 1, 36));
        Assert.Empty(result.Writes);
        Assert.Contains("not a registry script", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("Windows Registry", result.Source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_little_endian_without_bom_is_not_a_registry_script()
    {
        var result = Extract(Encoding.Unicode.GetBytes(Body));

        result.AssertFindings(("HV0004", 1, 1, 36));
        Assert.Empty(result.Writes);
        Assert.Contains("without a byte-order mark", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_without_bom_with_non_ascii_text_warns_about_the_garbled_characters()
    {
        var text = Header + "[" + VmsMp + "\\Nics\\0]\r\n\"FriendlyName\"=\"Réseau\"\r\n";
        var result = Extract(Encoding.UTF8.GetBytes(text));

        var finding = result.Finding("HV0033");
        Assert.Equal(new TextSpan(text.IndexOf('é', StringComparison.Ordinal), 2), finding.Location.Span);
        Assert.Contains("'é' is stored as 'Ã©'", finding.Message, StringComparison.Ordinal);
        Assert.Equal("RÃ©seau", result.ValueWrites().Single().Data!.Text);
    }

    [Fact]
    public void Ansi_text_that_is_not_valid_utf8_gets_no_utf8_warning()
    {
        var result = Ansi(Header + "[" + VmsMp + "\\Nics\\0]\r\n\"FriendlyName\"=\"Réseau\"\r\n");

        result.AssertNoFindings();
        Assert.Equal("Réseau", result.SingleValue().Data!.Text);
    }

    [Fact]
    public void A_nul_byte_cuts_the_line_short()
    {
        var text = Header + "[" + Migration + "]\r\n\"MaximumActiveTransfers\"=dword:00000008\r\n\"EnableCompression\"=dword:0\0\01\r\n";
        var result = Ansi(text);

        result.AssertFindings(("HV0004", 5, 28, 1));
        var writes = result.ValueWrites();
        Assert.Equal(2, writes.Length);
        Assert.Equal(0UL, writes[1].Data!.Number);
    }

    [Fact]
    public void An_empty_file_has_no_header()
    {
        var result = Extract([]);

        result.AssertFindings(("HV0002", 1, 1, 0));
        Assert.Empty(result.Writes);
    }
}

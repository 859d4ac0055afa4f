using System.Text;
using HvLint.Core.Text;
using static HvLint.Parsers.Tests.Batch.BatchTestHelpers;

namespace HvLint.Parsers.Tests.Batch;

/// <summary>Decoding: UTF-8 with or without a byte-order mark, else Windows-1252, with exact offsets.</summary>
public class BatchEncodingTests
{
    private const string Line = "reg add \"HKLM\\SOFTWARE\\Café\" /v Größe /d 1 /f\r\n";

    [Fact]
    public void Utf8_without_bom()
    {
        var result = Extract(Encoding.UTF8.GetBytes(Line));

        Assert.Equal(SourceEncoding.Utf8, result.Source.Encoding);
        var w = result.SingleRegistryWrite();
        Assert.Equal("Größe", w.ValueName);
        Assert.Equal("Größe", result.Text(w.NameSpan));
    }

    [Fact]
    public void Utf8_with_bom_drops_the_bom_and_keeps_offsets_in_the_text()
    {
        var result = Extract([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Line)]);

        Assert.Equal(SourceEncoding.Utf8Bom, result.Source.Encoding);
        var w = result.SingleRegistryWrite();
        Assert.Equal(0, w.Span.Start);
        Assert.Equal(@"HKEY_LOCAL_MACHINE\SOFTWARE\Café", w.Key.Text);
        Assert.Equal(new LinePosition(1, 9), result.Source.GetPosition(w.KeySpan.Start));
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_read_as_windows_1252()
    {
        var result = Extract(Encoding.Latin1.GetBytes(Line));

        Assert.Equal(SourceEncoding.Ansi, result.Source.Encoding);
        var w = result.SingleRegistryWrite();
        Assert.Equal("Größe", w.ValueName);
        Assert.Equal("Größe", result.Text(w.NameSpan));
    }

    [Fact]
    public void Windows_1252_punctuation_decodes_to_its_characters()
    {
        var result = Extract([.. Encoding.ASCII.GetBytes("reg add HKLM\\SOFTWARE\\T /v A /d \""), 0x93, 0x80, 0x94, .. Encoding.ASCII.GetBytes("\" /f\r\n")]);

        Assert.Equal("\u201c\u20ac\u201d", result.SingleRegistryWrite().Data!.Text);
    }

    [Fact]
    public void An_empty_file_has_no_writes_and_no_findings()
    {
        var result = Extract([]);

        Assert.Empty(result.Writes);
        result.AssertNoFindings();
    }
}

using System.Text;
using HvLint.Core.Fixes;
using HvLint.Core.Text;

namespace HvLint.Core.Tests.Fixes;

/// <summary>
/// A fixed file is written back in the encoding it was read in, with its byte-order mark and
/// line endings, and every byte outside the edits as it was; a file whose bytes do not come
/// back from its text is never fixed.
/// </summary>
public sealed class SourceEncoderTests
{
    public static TheoryData<SourceEncoding, byte[]> Encoded => new()
    {
        { SourceEncoding.Utf16LeBom, [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("a\r\nb\u00e9\n")] },
        { SourceEncoding.Utf16BeBom, [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("a\r\nb\u00e9\n")] },
        { SourceEncoding.Utf8Bom, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("a\r\nb\u00e9\n")] },
        { SourceEncoding.Utf8, Encoding.UTF8.GetBytes("a\r\nb\u00e9\n") },
        { SourceEncoding.Ansi, [(byte)'a', 0x0D, 0x0A, (byte)'b', 0xE9, 0x80, 0x0A] },
        { SourceEncoding.Utf32LeBom, [0xFF, 0xFE, 0x00, 0x00, .. new UTF32Encoding(false, false).GetBytes("a\r\nb\u00e9\n")] },
        { SourceEncoding.Utf32BeBom, [0x00, 0x00, 0xFE, 0xFF, .. new UTF32Encoding(true, false).GetBytes("a\r\nb\u00e9\n")] },
    };

    [Theory]
    [MemberData(nameof(Encoded))]
    public void Every_encoding_round_trips_with_its_bom_and_line_endings(SourceEncoding encoding, byte[] bytes)
    {
        var text = encoding == SourceEncoding.Ansi ? "a\r\nb\u00e9\u20ac\n" : "a\r\nb\u00e9\n";

        Assert.Equal(bytes, SourceEncoder.TryEncode(text, encoding));
        Assert.True(SourceEncoder.RoundTrips(bytes, new SourceText("f", text, encoding)));
    }

    [Fact]
    public void A_fix_changes_only_the_bytes_of_its_edit_in_a_utf16_file_with_crlf()
    {
        var text = "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\T]\r\n\"OldName\"=dword:00000001\r\n";
        byte[] original = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)];
        var file = FixedFile.TryStart(original, new SourceText("a.reg", text, SourceEncoding.Utf16LeBom), out _)!;
        var at = text.IndexOf("Old", StringComparison.Ordinal);

        Assert.True(file.Apply([new CodeFix("Rename", FixApplicability.Safe, [new TextEdit(new TextSpan(at, 3), string.Empty)])], out _));

        byte[] expected = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text.Remove(at, 3))];
        Assert.Equal(expected, file.Bytes);
        Assert.True(file.Changed);
        Assert.Equal(original[..(2 + 2 * at)], file.Bytes[..(2 + 2 * at)]);
        Assert.Equal(original[(2 + 2 * (at + 3))..], file.Bytes[(2 + 2 * at)..]);
    }

    [Fact]
    public void A_file_read_with_repairs_is_not_fixed()
    {
        // Invalid UTF-8 decodes to U+FFFD, which encodes to other bytes.
        byte[] original = [(byte)'a', 0xC3, (byte)'\n'];
        var source = new SourceText("a.ps1", Encoding.UTF8.GetString(original), SourceEncoding.Utf8);

        Assert.Null(FixedFile.TryStart(original, source, out var why));
        Assert.Contains("UTF-8", why, StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf16_file_without_its_bom_is_not_fixed_rather_than_given_one()
    {
        var original = Encoding.Unicode.GetBytes("REGEDIT4\r\n");

        Assert.False(SourceEncoder.RoundTrips(original, new SourceText("a.reg", "REGEDIT4\r\n", SourceEncoding.Utf16LeBom)));
    }

    [Fact]
    public void A_fix_that_ansi_cannot_hold_is_refused_and_the_file_left_as_it_was()
    {
        var original = "set x=1\r\n"u8.ToArray();
        var file = FixedFile.TryStart(original, new SourceText("a.cmd", "set x=1\r\n", SourceEncoding.Ansi), out _)!;

        Assert.False(file.Apply([new CodeFix("t", FixApplicability.Safe, [new TextEdit(new TextSpan(6, 1), "\u4e00")])], out var why));
        Assert.Contains("ANSI", why, StringComparison.Ordinal);
        Assert.False(file.Changed);
        Assert.Equal("set x=1\r\n", file.Text);
    }
}

using System.Text;
using HvLint.Core.Text;

namespace HvLint.Core.Fixes;

/// <summary>
/// Turns a file's text back into bytes in the encoding it was read in
/// (<see cref="SourceText.Encoding"/>): the same byte-order mark, the same code units, nothing
/// normalised (line endings are characters of the text and stay as they are). A fixed file is
/// written with it, so a UTF-16LE .reg file stays UTF-16LE with its BOM and an ANSI script stays
/// Windows-1252.
/// </summary>
public static class SourceEncoder
{
    private static readonly Lazy<Encoding> s_ansi = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>
    /// The text as bytes in <paramref name="encoding"/>, with its byte-order mark; null when the
    /// encoding cannot hold a character of the text (a character outside Windows-1252 in an
    /// ANSI file, a lone surrogate).
    /// </summary>
    public static byte[]? TryEncode(string text, SourceEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (enc, bom) = Of(encoding);
        try
        {
            var body = enc.GetBytes(text);
            if (bom.Length == 0)
            {
                return body;
            }

            var bytes = new byte[bom.Length + body.Length];
            bom.CopyTo(bytes, 0);
            body.CopyTo(bytes, bom.Length);
            return bytes;
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether the file's bytes come back unchanged when its decoded text is encoded again: only
    /// then may a fix be written, since every byte outside the edits must stay as it was. A file
    /// read with repairs (invalid UTF-8, UTF-16 without its BOM, an odd trailing byte) does not.
    /// </summary>
    public static bool RoundTrips(ReadOnlySpan<byte> original, SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return TryEncode(source.Text, source.Encoding) is { } again && original.SequenceEqual(again);
    }

    /// <summary>The name of an encoding for people: "UTF-16LE with BOM", "ANSI (Windows-1252)".</summary>
    public static string Describe(SourceEncoding encoding) => encoding switch
    {
        SourceEncoding.Utf16LeBom => "UTF-16LE with BOM",
        SourceEncoding.Utf16BeBom => "UTF-16BE with BOM",
        SourceEncoding.Utf8Bom => "UTF-8 with BOM",
        SourceEncoding.Utf8 => "UTF-8",
        SourceEncoding.Ansi => "ANSI (Windows-1252)",
        SourceEncoding.Utf32LeBom => "UTF-32LE with BOM",
        SourceEncoding.Utf32BeBom => "UTF-32BE with BOM",
        _ => encoding.ToString(),
    };

    // Strict encoders: a character the encoding cannot hold is an error, never a '?'.
    private static (Encoding Encoding, byte[] Bom) Of(SourceEncoding encoding) => encoding switch
    {
        SourceEncoding.Utf16LeBom => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), [0xFF, 0xFE]),
        SourceEncoding.Utf16BeBom => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), [0xFE, 0xFF]),
        SourceEncoding.Utf8Bom => (new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), [0xEF, 0xBB, 0xBF]),
        SourceEncoding.Utf8 => (new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), []),
        SourceEncoding.Ansi => (s_ansi.Value, []),
        SourceEncoding.Utf32LeBom => (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), [0xFF, 0xFE, 0x00, 0x00]),
        SourceEncoding.Utf32BeBom => (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), [0x00, 0x00, 0xFE, 0xFF]),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Unknown encoding."),
    };
}

using System.Text;
using HvLint.Core.Text;
using HvLint.Parsers.Reg;

namespace HvLint.Parsers.Batch;

/// <summary>
/// Decodes a batch file: UTF-8 (the byte-order mark removed) when the bytes are valid UTF-8,
/// else Windows-1252 (one byte per character). Every character of the text is one UTF-16
/// code unit of the decoded file, so spans are exact offsets into what an editor shows.
/// </summary>
internal static class BatchDecoder
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string Text, SourceEncoding Encoding) Decode(byte[] bytes)
    {
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var offset = bom ? 3 : 0;
        try
        {
            var text = s_strictUtf8.GetString(bytes, offset, bytes.Length - offset);
            return (text, bom ? SourceEncoding.Utf8Bom : SourceEncoding.Utf8);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: an ANSI file, as Notepad saved batch files for decades.
            return (RegDecoder.Ansi.GetString(bytes, offset, bytes.Length - offset), SourceEncoding.Ansi);
        }
    }
}

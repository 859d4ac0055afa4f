using System.Text;
using CsCheck;
using HvLint.Core.Engine;
using HvLint.Core.Model;
using HvLint.Parsers.Reg;

namespace HvLint.Parsers.Tests.Reg;

/// <summary>
/// The .reg front end read from a stream (a UTF-16LE export straight into its text, an ANSI file
/// chunk by chunk) gives exactly what it gives for the file's bytes, whatever the chunk edges cut
/// (a surrogate pair, a UTF-8 sequence, a CR LF, a continuation line); and the lines of a file
/// mean the same whichever line breaks (CR LF, LF, CR) end them.
/// </summary>
public class RegStreamingTests
{
    // A fixed seed, as the other property tests use, so that CI runs the same inputs every time.
    private const string Seed = "0N2vLq5mYd3a";

    private static readonly RegFileExtractor Extractor = new();

    // Statements that exercise every path of the parser, good and bad, with the characters that
    // matter at chunk edges: surrogate pairs, non-ASCII letters, Windows-1252's 80-9F, NUL.
    private static readonly string[] Statements =
    [
        @"[HKEY_LOCAL_MACHINE\SOFTWARE\Contoso\Product1\Settings]",
        @"[HKEY_LOCAL_MACHINE\SYSTEM\ControlSet001\Services\VmsMp\Parameters]",
        @"[HKEY_LOCAL_MACHINE\SOFTWARE\Wow6432Node\Fabrikam]",
        @"[-HKEY_CURRENT_USER\Software\Old]",
        @"[HKLM\SOFTWARE\Short]",
        @"[HKEY_LOCAL_MACHINE\SOFTWARE\Caf" + "\u00e9" + @"\" + "\ud83d\ude00" + "]",
        "\"Name\"=\"text with \u00e9 and \ud83d\ude00 and \u20ac\"",
        "\"Name\"=dword:00000001",
        "\"Other\"=dword:0x10",
        "@=\"default\"",
        "\"Bin\"=hex:01,02,03,\\",
        "  04,05,06,\\",
        "  07",
        "\"Exp\"=hex(2):25,00,50,00,41,00,00,00",
        "\"Multi\"=hex(7):61,00,00,00,62,00,00,00,00,00",
        "\"Q\"=hex(b):01,00,00,00,00,00,00,00",
        "\"Broken\"=hex:01 02",
        "\"Gone\"=-",
        "; a comment",
        "# not a comment",
        "\"Unclosed=\"x\"",
        "orphan=1",
        "  0a,0b",
        "",
        "Windows Registry Editor Version 5.00",
        "\"Pad\"=\"" + new string('p', 3000) + "\"",
    ];

    private static readonly string[] LineBreaks = ["\r\n", "\n", "\r"];

    private static readonly Gen<string[]> Lines = Gen.Int[0, Statements.Length - 1].Array[0, 40].Select(ix => ix.Select(i => Statements[i]).ToArray());

    private static Gen<string> Files(bool header) =>
        Gen.Select(Lines, Gen.Int[0, LineBreaks.Length - 1].Array[41], (lines, breaks) =>
            (header ? "Windows Registry Editor Version 5.00\r\n" : string.Empty) + Join(lines, breaks));

    // Lines with the given breaks; a CR before an empty line that ends in LF would make one CR LF
    // of two breaks, so there the CR becomes CR LF.
    private static string Join(string[] lines, int[] breaks)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            var lineBreak = LineBreaks[breaks[i]];
            if (lineBreak == "\r" && i + 1 < lines.Length && lines[i + 1].Length == 0 && LineBreaks[breaks[i + 1]] != "\r")
            {
                lineBreak = "\r\n";
            }

            sb.Append(lines[i]).Append(lineBreak);
        }

        return sb.ToString();
    }

    [Fact]
    public void A_stream_gives_what_the_bytes_give_in_every_encoding_and_chunk_size()
    {
        var gen = Gen.Select(Files(header: true), Gen.Int[0, 4], Gen.Int[1, 9000], Gen.Bool);
        gen.Sample(
            (text, encoding, chunk, oddByte) =>
            {
                var bytes = Encode(text, encoding);
                if (oddByte)
                {
                    bytes = [.. bytes, 0x41];
                }

                var expected = Render(Extractor.Extract("a.reg", bytes));
                return Render(Extractor.Extract("a.reg", new ChunkedStream(bytes, chunk))) == expected
                    && Render(Extractor.Extract("a.reg", new MemoryStream(bytes))) == expected;
            },
            iter: 400,
            threads: 1,
            seed: Seed);
    }

    [Fact]
    public void A_file_larger_than_the_first_read_is_read_whole_across_chunk_edges()
    {
        // Long enough to cross the 4 KiB sniffing read and several 64 KiB chunks, with a surrogate
        // pair and a UTF-8 sequence placed on either side of each edge.
        var body = new StringBuilder("Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso]\r\n");
        for (var i = 0; body.Length < 300_000; i++)
        {
            body.Append("\"V").Append(i).Append("\"=\"\ud83d\ude00").Append(new string('x', i % 37)).Append("\"\r\n");
        }

        var text = body.ToString();
        foreach (var encoding in new[] { 0, 1, 2 })
        {
            var bytes = Encode(text, encoding);
            var expected = Render(Extractor.Extract("a.reg", bytes));
            foreach (var chunk in new[] { 1, 3, 4095, 4096, 4097, 65535, 65536 })
            {
                Assert.Equal(expected, Render(Extractor.Extract("a.reg", new ChunkedStream(bytes, chunk))));
            }

            // A pipe has no length to size the text by; it is read whole first.
            Assert.Equal(expected, Render(Extractor.Extract("a.reg", new ChunkedStream(bytes, 4097, seekable: false))));
        }
    }

    [Fact]
    public void A_utf8_sequence_split_between_two_chunks_is_still_reported_with_what_it_meant()
    {
        // "é" as UTF-8 (C3 A9) at the very end of the 4 KiB first read: its second byte comes in the next chunk.
        var prefix = "REGEDIT4\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso]\r\n\"Long\"=\"";
        var pad = new string('a', 4095 - prefix.Length);
        var bytes = Encoding.UTF8.GetBytes(prefix + pad + "\u00e9\"\r\n");
        Assert.Equal(0xC3, bytes[4095]);

        var fromStream = Extractor.Extract("a.reg", new ChunkedStream(bytes, 4096));

        Assert.Equal(Render(Extractor.Extract("a.reg", bytes)), Render(fromStream));
        var finding = Assert.Single(fromStream.Diagnostics, d => d.Rule.Id == RegDiagnostics.Utf8WithoutBom.Id);
        Assert.Equal(4095, finding.Location.Span.Start);
        Assert.Contains("'\u00e9'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_breaks_do_not_change_what_a_file_means()
    {
        Gen.Select(Lines, Gen.Int[0, LineBreaks.Length - 1].Array[41]).Sample(
            (lines, breaks) =>
            {
                var header = "Windows Registry Editor Version 5.00";
                var crlf = Extractor.Extract("a.reg", Encoding.Latin1.GetBytes(string.Concat(lines.Prepend(header).Select(l => l + "\r\n"))));
                var mixed = Extractor.Extract("a.reg", Encoding.Latin1.GetBytes(header + "\n" + Join(lines, breaks)));
                return RenderByLine(crlf) == RenderByLine(mixed);
            },
            iter: 400,
            threads: 1,
            seed: Seed);
    }

    [Fact]
    public void The_values_of_a_key_share_its_path()
    {
        var result = RegTestHelpers.Utf16(RegTestHelpers.Header + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso]\r\n" + string.Concat(Enumerable.Range(0, 8).Select(i => $"\"V{i % 2}\"=dword:0000000{i}\r\n")));

        var values = result.ValueWrites();

        Assert.Equal(8, values.Length);
        Assert.All(values, v => Assert.Same(values[0].Key, v.Key));
        Assert.Same(values[0].ValueName, values[2].ValueName);
    }

    // 0 UTF-16LE with BOM, 1 ANSI (Windows-1252, with bytes 80-9F), 2 UTF-8 without BOM, 3 UTF-8 with BOM, 4 UTF-16BE with BOM.
    private static byte[] Encode(string text, int encoding) => encoding switch
    {
        0 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        1 => RegDecoder.Ansi.GetBytes(text),
        2 => Encoding.UTF8.GetBytes(text),
        3 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        _ => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
    };

    private static string Render(ExtractionResult result)
    {
        var sb = new StringBuilder();
        sb.Append(result.Source.Encoding).Append(' ').Append(result.Source.Text.Length).Append(' ').Append(result.Source.Text.GetHashCode(StringComparison.Ordinal)).AppendLine();
        foreach (var w in result.Writes.Cast<RegistryWrite>())
        {
            sb.AppendLine($"{w.Order} {w.Operation} {w.Span} {w.Key.Text} {w.Key.MatchKey} {w.KeySpan} {w.ValueName} {w.NameSpan} {w.Data?.RawType}:{w.Data?.ToDisplayString()} {w.DataSpan}");
        }

        foreach (var d in result.Diagnostics)
        {
            sb.AppendLine($"{d.Rule.Id} {d.Location.Span} {d.Message}");
        }

        return sb.ToString();
    }

    // Positions as line and column, which do not depend on the length of the line breaks (a hex
    // value's span covers its continuation lines, breaks included).
    private static string RenderByLine(ExtractionResult result)
    {
        string At(Core.Text.TextSpan? span) => span is { } s ? $"{result.Source.GetPosition(s.Start)}-{result.Source.GetPosition(s.End)}" : "-";
        var sb = new StringBuilder();
        foreach (var w in result.Writes.Cast<RegistryWrite>())
        {
            sb.AppendLine($"{w.Order} {w.Operation} {At(w.Span)} {w.Key.Text} {At(w.KeySpan)} {w.ValueName} {At(w.NameSpan)} {w.Data?.RawType}:{w.Data?.ToDisplayString()} {At(w.DataSpan)}");
        }

        foreach (var d in result.Diagnostics)
        {
            sb.AppendLine($"{d.Rule.Id} {At(d.Location.Span)} {d.Message}");
        }

        return sb.ToString();
    }

    /// <summary>A stream that hands out at most <c>chunk</c> bytes per read.</summary>
    private sealed class ChunkedStream(byte[] data, int chunk, bool seekable = true) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => seekable;

        public override bool CanWrite => false;

        public override long Length => seekable ? data.Length : throw new NotSupportedException();

        public override long Position { get => _position; set => _position = (int)value; }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, chunk), data.Length - _position);
            Array.Copy(data, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

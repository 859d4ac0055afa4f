using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using HvLint.Core.Text;

namespace HvLint.Parsers.Reg;

/// <summary>What the bytes of a .reg file look like to regedit.</summary>
internal enum RegByteKind
{
    /// <summary>FF FE: regedit reads UTF-16LE.</summary>
    Utf16Le,
    /// <summary>EF BB BF: uncertain on Windows (docs/formats.md §1.2); read as UTF-8.</summary>
    Utf8Bom,
    /// <summary>Anything else: regedit reads ANSI bytes.</summary>
    Ansi,
    /// <summary>FE FF: regedit says "not a registry script".</summary>
    Utf16BeBom,
    /// <summary>UTF-16 (either byte order) without a BOM: regedit says "not a registry script".</summary>
    Utf16NoBom,
}

/// <summary>A decoded .reg file: the text without its BOM, how it was decoded, and what regedit makes of the bytes.</summary>
internal sealed record RegDecoded(string Text, SourceEncoding Encoding, RegByteKind Kind, string? Utf16ByteOrder)
{
    /// <summary>In an ANSI file whose non-ASCII bytes are valid UTF-8: where the first multi-byte sequence is, and what it meant.</summary>
    public (int Offset, int Length, string Meant)? Utf8Sequence { get; init; }
}

/// <summary>
/// Decodes .reg bytes the way regedit picks an encoding: it looks only at the first two bytes
/// (FF FE means UTF-16LE, anything else is ANSI), per Wine's import_registry_file (docs/formats.md §1.2).
/// </summary>
internal static class RegDecoder
{
    private static readonly Lazy<Encoding> s_windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    /// <summary>The ANSI code page HvLint assumes (regedit uses the system's; 1252 on most hosts).</summary>
    public static Encoding Ansi => s_windows1252.Value;

    public static RegDecoded Decode(byte[] bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return new(DecodeUtf16(bytes.AsSpan(2), bigEndian: false), SourceEncoding.Utf16LeBom, RegByteKind.Utf16Le, null);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return new(DecodeUtf16(bytes.AsSpan(2), bigEndian: true), SourceEncoding.Utf16BeBom, RegByteKind.Utf16BeBom, "big-endian");
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
            return new(utf8.GetString(bytes, 3, bytes.Length - 3), SourceEncoding.Utf8Bom, RegByteKind.Utf8Bom, null);
        }

        if (LooksLikeUtf16WithoutBom(bytes, out var bigEndian))
        {
            // SourceEncoding has no member for BOM-less UTF-16; the text is decoded only so that
            // editors show something readable next to the finding.
            return new(DecodeUtf16(bytes, bigEndian), bigEndian ? SourceEncoding.Utf16BeBom : SourceEncoding.Utf16LeBom, RegByteKind.Utf16NoBom, bigEndian ? "big-endian" : "little-endian");
        }

        // One byte is one character in Windows-1252, so offsets in the text equal byte offsets.
        return new(DecodeAnsi(bytes), SourceEncoding.Ansi, RegByteKind.Ansi, null)
        {
            Utf8Sequence = FindUtf8Sequence(bytes, out var offset, out var length) ? (offset, length, Encoding.UTF8.GetString(bytes, offset, length)) : null,
        };
    }

    /// <summary>
    /// Decodes a .reg file from a stream as <see cref="Decode(byte[])"/> decodes its bytes, without
    /// holding all of them: a UTF-16LE file (what regedit exports) is read straight into the
    /// characters of its text, an ANSI file chunk by chunk. Other encodings are rare and small,
    /// and are read whole.
    /// </summary>
    public static RegDecoded Decode(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var head = new byte[4096];
        var headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var known = stream.CanSeek ? stream.Length - stream.Position + headLength : -1;
        if (headLength >= 2 && head[0] == 0xFF && head[1] == 0xFE && known is >= 0 and <= int.MaxValue)
        {
            var text = string.Create((int)((known - 2) / 2), (Head: head, HeadLength: headLength, Stream: stream), static (chars, state) =>
            {
                var target = MemoryMarshal.AsBytes(chars);
                var fromHead = Math.Min(state.HeadLength - 2, target.Length);
                state.Head.AsSpan(2, fromHead).CopyTo(target);
                var read = fromHead + state.Stream.ReadAtLeast(target[fromHead..], target.Length - fromHead, throwOnEndOfStream: false);

                // A file that shrank while it was read keeps what was there, as a short read would.
                target[read..].Clear();
            });
            return new(text, SourceEncoding.Utf16LeBom, RegByteKind.Utf16Le, null);
        }

        var isAnsi = headLength > 0 && !(headLength >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
            && !(headLength >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
            && !LooksLikeUtf16WithoutBom(head.AsSpan(0, headLength), out _);
        if (isAnsi && known is >= 0 and <= int.MaxValue)
        {
            return DecodeAnsi(head, headLength, stream, (int)known);
        }

        var all = new MemoryStream();
        all.Write(head, 0, headLength);
        stream.CopyTo(all);
        return Decode(all.ToArray());
    }

    // An ANSI file in chunks, decoded straight into the characters of its text: each byte is one
    // character whatever comes before it, so chunks decode on their own; the UTF-8 check carries
    // an unfinished sequence from chunk to chunk.
    private static RegDecoded DecodeAnsi(byte[] head, int headLength, Stream stream, int length)
    {
        var scan = new Utf8Scan();
        var read = 0;
        var text = string.Create(length, (Head: head, HeadLength: headLength, Stream: stream, Scan: scan), (chars, state) =>
        {
            var chunk = ArrayPool<byte>.Shared.Rent(1 << 16);
            try
            {
                var bytes = state.Head.AsSpan(0, state.HeadLength);
                while (true)
                {
                    bytes = bytes[..Math.Min(bytes.Length, chars.Length - read)];
                    if (bytes.IsEmpty)
                    {
                        break;
                    }

                    state.Scan.Add(bytes, read);
                    read += DecodeAnsi(bytes, chars[read..]);
                    bytes = chunk.AsSpan(0, state.Stream.Read(chunk, 0, chunk.Length));
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }
        });

        // A file that shrank while it was read keeps what was there, as its bytes would.
        return new(read == length ? text : text[..read], SourceEncoding.Ansi, RegByteKind.Ansi, null) { Utf8Sequence = scan.Result() };
    }

    private static int DecodeAnsi(ReadOnlySpan<byte> bytes, Span<char> chars) =>
        bytes.IndexOfAnyInRange((byte)0x80, (byte)0x9F) < 0 ? Encoding.Latin1.GetChars(bytes, chars) : Ansi.GetChars(bytes, chars);

    /// <summary>
    /// Whether non-ASCII bytes of an ANSI-read file form valid UTF-8 (a file saved as UTF-8
    /// without BOM); returns the offset and length of the first multi-byte sequence.
    /// </summary>
    public static bool FindUtf8Sequence(byte[] bytes, out int offset, out int length)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        offset = -1;
        length = 0;
        var sawMultiByte = false;
        for (var i = 0; i < bytes.Length;)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            var n = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (n == 0 || i + n > bytes.Length)
            {
                return false;
            }

            for (var k = 1; k < n; k++)
            {
                if ((bytes[i + k] & 0xC0) != 0x80)
                {
                    return false;
                }
            }

            if (!sawMultiByte)
            {
                sawMultiByte = true;
                offset = i;
                length = n;
            }

            i += n;
        }

        return sawMultiByte;
    }

    // Windows-1252 agrees with Latin-1 except at 80-9F; Latin-1 decoding is a vectorised widening,
    // many times faster than the code-page decoder, so files without those bytes take it.
    private static string DecodeAnsi(byte[] bytes) =>
        bytes.AsSpan().IndexOfAnyInRange((byte)0x80, (byte)0x9F) < 0 ? Encoding.Latin1.GetString(bytes) : Ansi.GetString(bytes);

    // Exact code units (lone surrogates kept), so that spans match what an editor shows.
    private static string DecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var even = bytes[..(bytes.Length & ~1)];
        if (bigEndian == BitConverter.IsLittleEndian)
        {
            var chars = new char[even.Length / 2];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = bigEndian ? (char)(even[2 * i] << 8 | even[2 * i + 1]) : (char)(even[2 * i] | even[2 * i + 1] << 8);
            }

            return new string(chars);
        }

        return new string(MemoryMarshal.Cast<byte, char>(even));
    }

    // ANSI text has no NUL bytes; UTF-16 of ASCII text has one in every other byte. Looking at
    // the start of the file is enough to tell them apart.
    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var n = Math.Min(bytes.Length, 4096) & ~1;
        if (n < 4)
        {
            return false;
        }

        int zeroEven = 0, zeroOdd = 0;
        for (var i = 0; i < n; i += 2)
        {
            if (bytes[i] == 0)
            {
                zeroEven++;
            }

            if (bytes[i + 1] == 0)
            {
                zeroOdd++;
            }
        }

        var pairs = n / 2;
        if (zeroOdd * 10 >= pairs * 4 && zeroEven * 10 < pairs)
        {
            return true;
        }

        if (zeroEven * 10 >= pairs * 4 && zeroOdd * 10 < pairs)
        {
            bigEndian = true;
            return true;
        }

        return false;
    }

    /// <summary>
    /// <see cref="FindUtf8Sequence"/> over a file that arrives in chunks: the same answer, with a
    /// multi-byte sequence allowed to straddle two chunks.
    /// </summary>
    private sealed class Utf8Scan
    {
        private readonly byte[] _first = new byte[4];
        private int _firstLength;
        private int _offset = -1;
        private int _need;
        private bool _failed;
        private bool _collecting;

        public void Add(ReadOnlySpan<byte> bytes, int baseOffset)
        {
            var i = 0;
            while (!_failed && i < bytes.Length)
            {
                var b = bytes[i];
                if (_need > 0)
                {
                    if ((b & 0xC0) != 0x80)
                    {
                        _failed = true;
                        return;
                    }

                    if (_collecting)
                    {
                        _first[_firstLength++] = b;
                    }

                    _collecting &= --_need > 0;
                    i++;
                    continue;
                }

                var next = bytes[i..].IndexOfAnyInRange((byte)0x80, (byte)0xFF);
                if (next < 0)
                {
                    return;
                }

                i += next;
                b = bytes[i];
                var n = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
                if (n == 0)
                {
                    _failed = true;
                    return;
                }

                if (_offset < 0)
                {
                    _offset = baseOffset + i;
                    _first[0] = b;
                    _firstLength = 1;
                    _collecting = true;
                }

                _need = n - 1;
                i++;
            }
        }

        /// <summary>The first multi-byte sequence, when every non-ASCII byte of the file was valid UTF-8.</summary>
        public (int Offset, int Length, string Meant)? Result() =>
            _failed || _need > 0 || _offset < 0 ? null : (_offset, _firstLength, Encoding.UTF8.GetString(_first, 0, _firstLength));
    }
}

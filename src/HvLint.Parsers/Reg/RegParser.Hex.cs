using System.Globalization;
using System.Text;
using HvLint.Core.Model;
using HvLint.Core.Text;

namespace HvLint.Parsers.Reg;

/// <summary>hex: and hex(N): data, including continuation lines (docs/formats.md §1.7, §1.8).</summary>
internal sealed partial class RegParser
{
    // The bytes of the hex value being read, reused from value to value.
    private readonly List<byte> _hexBytes = [];

    private enum SegmentEnd
    {
        Done,
        Continue,
        Error,
    }

    private ParsedData? ParseHexValue(int ds, int de, ValueDisplay display, int index, out int last)
    {
        last = index;
        uint rawType;
        int dataStart;
        if (StartsWith(ds, de, "hex:"))
        {
            rawType = (uint)RegistryValueType.Binary;
            dataStart = ds + 4;
        }
        else if (ParseHexType(ds, de, display) is { } parsedType)
        {
            (rawType, dataStart) = parsedType;
        }
        else
        {
            return null;
        }

        var bytes = _hexBytes;
        bytes.Clear();
        var lastByteEnd = dataStart;
        var lineIndex = index;
        var pos = dataStart;
        var end = de;
        while (true)
        {
            var (kind, backslash) = ParseHexSegment(pos, end, lineIndex != index, bytes, ref lastByteEnd, display);
            if (kind == SegmentEnd.Error)
            {
                last = lineIndex;
                _inOrphanHexBlock = true;
                return null;
            }

            if (kind == SegmentEnd.Done)
            {
                last = lineIndex;
                break;
            }

            // Wine's hex_multiline_state: blank lines and ';' lines are skipped; a line starting
            // with a hex digit continues the data; any other line ends (and loses) the value
            // and is itself consumed (S1 "Wine25a/b", "Wine26a-d", "Wine29c/d").
            var j = lineIndex + 1;
            var f = 0;
            for (; j < _lines.Length; j++)
            {
                f = SkipBlanks(_lines[j].Start, _lines[j].End);
                if (f < _lines[j].End && _text[f] != ';')
                {
                    break;
                }
            }

            if (j >= _lines.Length)
            {
                // At the end of the file regedit writes what it has read.
                last = _lines.Length - 1;
                break;
            }

            if (char.IsAsciiHexDigit(_text[f]))
            {
                lineIndex = j;
                pos = f;
                end = TrimEnd(f, _lines[j].End);
                continue;
            }

            last = j;
            _inOrphanHexBlock = true;
            ReportSwallowedLine(j, f, backslash, display);
            return null;
        }

        return BuildHexData(rawType, bytes.ToArray(), TextSpan.FromBounds(ds, lastByteEnd), dataStart == de, display, last);
    }

    private (uint Type, int DataStart)? ParseHexType(int ds, int de, ValueDisplay display)
    {
        // parse_data_type: "hex(" + hexadecimal number + "):"; the number may be any 32-bit value
        // but takes no 0x prefix (S1 "Wine13a-l").
        var t = ds + 4;
        var d = ScanHexDigits(t, de);
        var tokenEnd = ds;
        while (tokenEnd < de && _text[tokenEnd] is not (' ' or '\t' or ';'))
        {
            if (_text[tokenEnd++] == ':')
            {
                break;
            }
        }

        var span = TextSpan.FromBounds(ds, tokenEnd);
        var token = _text.AsSpan(ds, tokenEnd - ds);
        if (d == t + 1 && _text[t] == '0' && d < de && _text[d] is 'x' or 'X')
        {
            var digits = _text.AsSpan(d + 1, ScanHexDigits(d + 1, de) - d - 1);
            Report(RegDiagnostics.InvalidHexType, span, $"The type number in {Q(token)} takes no '0x' prefix (it is always hexadecimal), so regedit skips {display}. Write hex({Clip(digits).ToLowerInvariant()}):.");
            return null;
        }

        if (d == t)
        {
            Report(RegDiagnostics.InvalidHexType, span, $"{Q(token)} has no type number, so regedit skips {display}. Write the type in hexadecimal, e.g. hex(2): for REG_EXPAND_SZ, hex(7): for REG_MULTI_SZ or hex(b): for REG_QWORD.");
            return null;
        }

        if (d + 1 >= de || _text[d] != ')' || _text[d + 1] != ':')
        {
            Report(RegDiagnostics.InvalidHexType, span, $"{Q(token)} does not end its type number with '):', so regedit skips {display}. Write hex({Clip(_text.AsSpan(t, d - t))}):<bytes>.");
            return null;
        }

        var value = HexValue(t, d);
        if (value > uint.MaxValue)
        {
            Report(RegDiagnostics.InvalidHexType, span, $"The type number in {Q(token)} is larger than ffffffff, so regedit skips {display}. Registry types are 32-bit numbers such as hex(2), hex(7) or hex(b).");
            return null;
        }

        return ((uint)value, d + 2);
    }

    /// <summary>
    /// Reads one line's worth of bytes as Wine's convert_hex_csv_to_hex does: blanks may come
    /// before a byte, a comma must follow it directly, a trailing comma is fine, and '\' after the
    /// last comma continues the data on the next line.
    /// </summary>
    private (SegmentEnd End, int Backslash) ParseHexSegment(int pos, int end, bool continuationLine, List<byte> bytes, ref int lastByteEnd, ValueDisplay display)
    {
        var s = pos;
        while (s < end)
        {
            // The common case, as regedit exports it: two digits and a comma (or the end). The
            // general path below reads the same bytes; this one only skips its scanning.
            if (s + 1 < end && char.IsAsciiHexDigit(_text[s]) && char.IsAsciiHexDigit(_text[s + 1]) && (s + 2 == end || _text[s + 2] == ','))
            {
                bytes.Add((byte)((HexDigit(_text[s]) << 4) | HexDigit(_text[s + 1])));
                lastByteEnd = s + 2;
                if (s + 2 == end)
                {
                    return (SegmentEnd.Done, -1);
                }

                s += 3;
                continue;
            }

            var t = SkipBlanks(s, end);
            var d = ScanHexDigits(t, end);
            if (d == t)
            {
                if (t == end)
                {
                    return (SegmentEnd.Done, -1);
                }

                switch (_text[t])
                {
                    case '\\':
                        var u = SkipBlanks(t + 1, end);
                        if (u < end && _text[u] != ';')
                        {
                            Report(RegDiagnostics.InvalidHexData, TextSpan.FromBounds(u, end), $"{Q(_text.AsSpan(u, end - u))} follows the line-continuation '\\' in the hex data of {display}, so regedit skips the value. Only blanks or a ';' comment may follow the '\\'.");
                            return (SegmentEnd.Error, -1);
                        }

                        return (SegmentEnd.Continue, t);
                    case ';':
                        return (SegmentEnd.Done, -1);
                    case '#':
                        ReportHashComment(t, end, display);
                        return (SegmentEnd.Error, -1);
                    case ',':
                        var what = t == pos && continuationLine
                            ? "starts its continuation line with a comma; regedit reads that as an empty byte and skips the value. Put the comma at the end of the line before, before the '\\'"
                            : t == pos
                                ? "starts with a comma; regedit reads that as an empty byte and skips the value. Remove the comma"
                                : "has two commas in a row (an empty byte), so regedit skips the value. Remove one comma";
                        Report(RegDiagnostics.InvalidHexData, new TextSpan(t, 1), $"The hex data of {display} {what}.");
                        return (SegmentEnd.Error, -1);
                    default:
                        var tokenEnd = Math.Max(t + 1, TokenEnd(t, end));
                        Report(RegDiagnostics.InvalidHexData, TextSpan.FromBounds(t, tokenEnd), $"{Q(_text.AsSpan(t, tokenEnd - t))} in the hex data of {display} is not a hexadecimal byte, so regedit skips the value. Write bytes as hex digits separated by commas, e.g. 01,00,00,00.");
                        return (SegmentEnd.Error, -1);
                }
            }

            if (d == t + 1 && _text[t] == '0' && d < end && _text[d] is 'x' or 'X')
            {
                var tokenEnd = TokenEnd(t, end);
                Report(RegDiagnostics.InvalidHexData, TextSpan.FromBounds(t, tokenEnd), $"{Q(_text.AsSpan(t, tokenEnd - t))} in the hex data of {display} has a '0x' prefix, so regedit skips the value. Write the byte alone: {Clip(_text.AsSpan(d + 1, tokenEnd - d - 1))}.");
                return (SegmentEnd.Error, -1);
            }

            var value = HexValue(t, d);
            if (value > 0xFF)
            {
                Report(RegDiagnostics.InvalidHexData, TextSpan.FromBounds(t, d), $"{Q(_text.AsSpan(t, d - t))} in the hex data of {display} is more than one byte (ff), so regedit skips the value. Write one byte per element, least significant first: 0x1a4 is a4,01.");
                return (SegmentEnd.Error, -1);
            }

            bytes.Add((byte)value);
            lastByteEnd = d;
            if (d == end)
            {
                return (SegmentEnd.Done, -1);
            }

            if (_text[d] == ',')
            {
                s = d + 1;
                continue;
            }

            var next = SkipBlanks(d, end);
            if (next == end || _text[next] == ';')
            {
                return (SegmentEnd.Done, -1);
            }

            var digits = _text.AsSpan(t, d - t);
            switch (_text[next])
            {
                case '#':
                    ReportHashComment(next, end, display);
                    break;
                case '\\':
                    Report(RegDiagnostics.InvalidHexData, TextSpan.FromBounds(t, next + 1), $"The '\\' after byte {Q(digits)} of {display} has no comma before it, so regedit skips the value. Write '{Clip(digits)},\\' to continue the data on the next line.");
                    break;
                case ',':
                    Report(RegDiagnostics.InvalidHexData, TextSpan.FromBounds(d, next), $"A blank between byte {Q(digits)} and its comma makes regedit skip {display}. Write the comma directly after the byte.");
                    break;
                default:
                    var tokenEnd = Math.Max(next + 1, TokenEnd(next, end));
                    var missingComma = char.IsAsciiHexDigit(_text[next]);
                    var from = missingComma ? t : next;
                    var found = Q(_text.AsSpan(from, tokenEnd - from));
                    var message = missingComma
                        ? $"The bytes {found} in the hex data of {display} have no comma between them, so regedit skips the value. Write '{Clip(digits)},{Clip(_text.AsSpan(next, tokenEnd - next))}'."
                        : $"{found} in the hex data of {display} is not a hexadecimal byte, so regedit skips the value. Separate bytes with commas only (00,15,5d), not with dashes, colons or blanks.";
                    Report(RegDiagnostics.InvalidHexData, TextSpan.FromBounds(from, tokenEnd), message);
                    break;
            }

            return (SegmentEnd.Error, -1);
        }

        return (SegmentEnd.Done, -1);
    }

    private void ReportSwallowedLine(int j, int f, int backslash, ValueDisplay display)
    {
        var lineNo = j + 1;
        var end = TrimEnd(f, _lines[j].End);
        var content = _text.AsSpan(f, end - f);
        switch (_text[f])
        {
            case '#':
                Report(RegDiagnostics.HashLineInHexContinuation, TextSpan.FromBounds(f, end), $"regedit reads line {lineNo} as part of the hex data of {display}, because the line before ends with '\\'; '#' is not a comment character, so the value is lost. Start the comment with ';'.");
                return;
            case ',':
                Report(RegDiagnostics.InvalidHexData, new TextSpan(f, 1), $"Line {lineNo} continues the hex data of {display} with a comma: regedit reads that as an empty byte and skips the value. Put the comma at the end of the line before, before the '\\'.");
                return;
        }

        var lost = _text[f] switch
        {
            '"' or '@' => ", so that value is not written either",
            '[' => $", so that key line is not read and {WhereValuesGo()}",
            _ => string.Empty,
        };
        Report(RegDiagnostics.DanglingContinuation, new TextSpan(backslash, 1), $"The hex data of {display} ends with '\\', so regedit reads line {lineNo} {Q(content)} as more hex data: it drops {display} and swallows line {lineNo}{lost}. Remove the '\\' after the last byte.");
    }

    private ParsedData BuildHexData(uint rawType, byte[] raw, TextSpan dataSpan, bool nothingAfterColon, ValueDisplay display, int lastLine)
    {
        var isString = rawType is (uint)RegistryValueType.String or (uint)RegistryValueType.ExpandString or (uint)RegistryValueType.MultiString;
        var stored = raw;
        // Wine's hex_data_state skips prepare_hex_string_data when nothing follows the colon, so
        // an empty hex(2): is a zero-length value (S1 "Wine22a-i").
        if (isString && !nothingAfterColon && raw.Length > 0)
        {
            CheckHexStringEncoding(rawType, raw, dataSpan, display);
            stored = _hexStringsAreUtf16 ? TerminateUtf16(raw) : AnsiToUtf16(raw);
            if (rawType == (uint)RegistryValueType.MultiString && !EndsWithDoubleNul(stored))
            {
                _soft.Add((RegDiagnostics.MultiStringNotDoubleTerminated, dataSpan, $"The REG_MULTI_SZ data of {display} does not end with an empty string: regedit adds only one NUL, so the list has no double-NUL terminator. End the data with {(_hexStringsAreUtf16 ? "00,00,00,00" : "00,00")}."));
            }
        }

        if (!EndsWithBackslash(_lines[lastLine]))
        {
            _lastHex = new HexValueInfo(display, lastLine, raw.Length);
        }

        // A zero-length string type has no terminator at all: keep it as the bytes Windows stores
        // rather than as an empty string (which would be one NUL).
        var data = isString && stored.Length == 0 ? RegistryData.Raw(rawType, stored) : RegistryData.FromBytes(rawType, stored);
        return new ParsedData(data, dataSpan);
    }

    // prepare_hex_string_data, UTF-16 file: the bytes are UTF-16LE; a missing final NUL is added.
    private static byte[] TerminateUtf16(byte[] raw)
    {
        var units = raw.Length / 2;
        if (units > 0 && (raw[(units * 2) - 2] | raw[(units * 2) - 1]) == 0)
        {
            return raw;
        }

        var stored = new byte[(units * 2) + 2];
        Array.Copy(raw, stored, units * 2);
        return stored;
    }

    // prepare_hex_string_data, ANSI file: the bytes are ANSI characters, NUL-terminated and then
    // converted to UTF-16 (S1 "hex(2):25,50,41,54,48,25,00" is REG_EXPAND_SZ "%PATH%").
    private static byte[] AnsiToUtf16(byte[] raw)
    {
        var text = RegDecoder.Ansi.GetString(raw);
        if (raw[^1] != 0)
        {
            text += "\0";
        }

        return Encoding.Unicode.GetBytes(text);
    }

    private static bool EndsWithDoubleNul(byte[] stored) =>
        stored.Length <= 2 || (stored.Length >= 4 && stored[^1] == 0 && stored[^2] == 0 && stored[^3] == 0 && stored[^4] == 0);

    private void CheckHexStringEncoding(uint rawType, byte[] raw, TextSpan dataSpan, ValueDisplay display)
    {
        var used = raw.Length;
        while (used > 0 && raw[used - 1] == 0)
        {
            used--;
        }

        if (used < 2)
        {
            return;
        }

        var type = RegistryValueTypes.Name(rawType);
        if (_hexStringsAreUtf16)
        {
            // Single-byte text (no 00 bytes between the characters) in a UTF-16 file.
            for (var i = 0; i < used; i++)
            {
                if (raw[i] is < 0x20 or > 0x7E)
                {
                    return;
                }
            }

            var ascii = Encoding.ASCII.GetString(raw, 0, used);
            var garbled = Encoding.Unicode.GetString(raw, 0, used & ~1);
            var suggestion = string.Join(',', Encoding.Unicode.GetBytes(ascii + "\0").Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
            var fix = suggestion.Length <= 120 ? $" Write two bytes per character: {suggestion}." : " Write two bytes per character (each followed by 00).";
            _soft.Add((RegDiagnostics.HexStringEncodingMismatch, dataSpan, $"The {type} bytes of {display} look like single-byte text {Q(ascii)}, but this file is UTF-16, so regedit stores them as UTF-16LE and the string reads {Q(garbled)}.{fix}"));
            return;
        }

        // UTF-16LE text (a 00 after every character) in an ANSI file, typically copied from a
        // regedit export: every byte becomes a character, so the string ends after one character.
        var nonZeroEven = 0;
        for (var i = 0; i < used; i++)
        {
            if (i % 2 == 1 && raw[i] != 0)
            {
                return;
            }

            if (i % 2 == 0 && raw[i] != 0)
            {
                nonZeroEven++;
            }
        }

        if (nonZeroEven * 2 < (used + 1) / 2)
        {
            return;
        }

        var intended = Encoding.Unicode.GetString(raw, 0, used & ~1) + (used % 2 == 1 ? ((char)raw[used - 1]).ToString() : string.Empty);
        _soft.Add((RegDiagnostics.HexStringEncodingMismatch, dataSpan, $"The {type} bytes of {display} look like UTF-16LE text {Q(intended)}, but this file is ANSI, so regedit converts every byte to a character and programs read the string only up to the first 00 byte ({Q(RegDecoder.Ansi.GetString(raw, 0, 1))}). Save the file as UTF-16LE (as regedit exports), or write one byte per character."));
    }

    // The value of a run of hex digits, saturating above 32 bits so that long runs cannot overflow.
    private ulong HexValue(int start, int end)
    {
        ulong value = 0;
        for (var i = start; i < end; i++)
        {
            value = (value << 4) | (uint)HexDigit(_text[i]);
            if (value > uint.MaxValue)
            {
                return ulong.MaxValue;
            }
        }

        return value;
    }

    private static int HexDigit(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

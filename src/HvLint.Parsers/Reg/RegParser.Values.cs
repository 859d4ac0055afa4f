using System.Buffers;
using System.Globalization;
using System.Text;
using HvLint.Core.Diagnostics;
using HvLint.Core.Fixes;
using HvLint.Core.Model;
using HvLint.Core.Text;

namespace HvLint.Parsers.Reg;

/// <summary>Value lines: "name"=data, @=data, "name"=- (docs/formats.md §1.4-§1.6).</summary>
internal sealed partial class RegParser
{
    // String data this short ("0", "1", "true", an empty string) repeats often enough to pool.
    private const int ShortData = 16;

    // Most dword: values in an export are flags and small counts; data is immutable, so they share one object each.
    private static readonly RegistryData[] s_smallDwords = [.. Enumerable.Range(0, 256).Select(i => RegistryData.DWord((uint)i))];

    private static readonly SearchValues<char> s_hexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    // Findings about a value that regedit still imports (escapes, odd hex strings); they are
    // reported only when the value line as a whole is imported, so a rejected line gets one finding.
    private readonly List<(RuleDescriptor Rule, TextSpan Span, string Message)> _soft = [];

    private enum QuoteEnd
    {
        Closed,
        Unterminated,
        NulEscape,
    }

    /// <summary>Parses a value line starting at <paramref name="p"/>; returns the index of the last line it used.</summary>
    private int ParseValueLine(int index, int p)
    {
        _soft.Clear();
        _lastHex = null;
        _inOrphanHexBlock = false;
        var e = _lines[index].End;

        string name;
        TextSpan nameSpan;
        if (_text[p] == '@')
        {
            name = string.Empty;
            nameSpan = new TextSpan(p, 1);
        }
        else
        {
            var quoted = ReadQuoted(p, e, int.MaxValue);
            switch (quoted.End)
            {
                case QuoteEnd.Unterminated:
                    var end = TrimEnd(p, e);
                    Report(RegDiagnostics.MalformedValueLine, TextSpan.FromBounds(p, end), $"The value name {Q(_text.AsSpan(p, end - p))} has no closing quote, so regedit skips this line and the value is not written. End the name with '\"' (write \\\" for a quote inside the name).");
                    return index;
                case QuoteEnd.NulEscape:
                    Report(RegDiagnostics.MalformedValueLine, quoted.Problem, "The value name contains '\\0', which regedit rejects: it skips this line. Remove the '\\0' from the name.");
                    return index;
            }

            name = quoted.Value;
            nameSpan = TextSpan.FromBounds(p, quoted.Close + 1);
            AddEscapeFindings(quoted, "value name");
        }

        var display = new ValueDisplay(name);
        var eq = SkipBlanks(nameSpan.End, e);
        if (eq >= e || _text[eq] != '=')
        {
            ReportMissingEquals(nameSpan, eq, e, display);
            return index;
        }

        var ds = SkipBlanks(eq + 1, e);
        var de = TrimEnd(ds, e);
        if (ds == de)
        {
            Report(RegDiagnostics.MissingValueData, TextSpan.FromBounds(nameSpan.Start, eq + 1), $"{Capital(display.ToString())} has nothing after '=', so regedit skips this line: the value is neither set nor deleted. Write the data (\"text\", dword:00000000, hex:...) or '-' to delete the value.");
            return index;
        }

        if (_text[ds] == '-')
        {
            ParseDeleteValue(name, nameSpan, ds, de, display);
            return index;
        }

        ParsedData? parsed;
        var last = index;
        if (_text[ds] == '"')
        {
            parsed = ParseStringData(ds, de, display, index);
        }
        else if (StartsWith(ds, de, "dword:"))
        {
            parsed = ParseDwordData(ds, de, display, index);
        }
        else if (StartsWith(ds, de, "hex:") || StartsWith(ds, de, "hex("))
        {
            parsed = ParseHexValue(ds, de, display, index, out last);
        }
        else
        {
            ReportUnknownDataType(ds, de, display);
            return index;
        }

        if (parsed is not { } data)
        {
            return last;
        }

        foreach (var (rule, span, message) in _soft)
        {
            Report(rule, span, message);
        }

        AddValueWrite(RegistryOperation.SetValue, name, nameSpan, data.Data, data.DataSpan, TextSpan.FromBounds(nameSpan.Start, data.DataSpan.End));
        return last;
    }

    private void ReportMissingEquals(TextSpan nameSpan, int at, int e, ValueDisplay display)
    {
        if (at >= e)
        {
            Report(RegDiagnostics.MalformedValueLine, nameSpan, $"{Capital(display.ToString())} has no '=' after its name, so regedit skips this line and the value is not written. Write {Clip(_text.AsSpan(nameSpan.Start, nameSpan.Length))}=<data>.");
            return;
        }

        var end = _text.IndexOf('=', at, e - at);
        end = end < 0 ? TrimEnd(at, e) : TrimEnd(at, end);
        var found = _text.AsSpan(at, Math.Max(1, end - at));
        var span = TextSpan.FromBounds(at, Math.Max(at + 1, end));
        var unbalanced = at == nameSpan.End && _text[nameSpan.Start] == '"';
        var message = unbalanced
            ? $"The value name {Q(_text.AsSpan(nameSpan.Start, nameSpan.Length))} is followed by {Q(found)} instead of '=': the quotes are unbalanced, so regedit skips this line. Write \\\" for a quote inside a name."
            : $"{Capital(display.ToString())} is followed by {Q(found)} instead of '=', so regedit skips this line and the value is not written. Write {Clip(_text.AsSpan(nameSpan.Start, nameSpan.Length))}=<data>.";
        Report(RegDiagnostics.MalformedValueLine, span, message);
    }

    private void ParseDeleteValue(string name, TextSpan nameSpan, int ds, int de, ValueDisplay display)
    {
        // Wine's delete_value_state: only blanks or a ';' comment may follow the '-'.
        var r = SkipBlanks(ds + 1, de);
        if (r < de && _text[r] != ';')
        {
            if (_text[r] == '#')
            {
                ReportHashComment(r, de, display, fixable: true);
            }
            else
            {
                var data = _text.AsSpan(ds, de - ds);
                Report(RegDiagnostics.UnknownDataType, TextSpan.FromBounds(ds, de), $"The data {Q(data)} of {display} is neither '-' (delete the value) nor a known type, so regedit skips this line. Write '-' alone to delete the value; a negative number is written in two's complement (-1 is dword:ffffffff).");
            }

            return;
        }

        foreach (var (rule, span, message) in _soft)
        {
            Report(rule, span, message);
        }

        AddValueWrite(RegistryOperation.DeleteValue, name, nameSpan, null, null, TextSpan.FromBounds(nameSpan.Start, ds + 1));
    }

    private ParsedData? ParseStringData(int ds, int de, ValueDisplay display, int index)
    {
        var quoted = ReadQuoted(ds, de, ShortData);
        switch (quoted.End)
        {
            case QuoteEnd.NulEscape:
                Report(RegDiagnostics.InvalidStringData, quoted.Problem, $"The string data of {display} contains '\\0', which regedit rejects: it skips the value. Remove the '\\0' (write '\\\\0' for a backslash followed by 0).");
                return null;
            case QuoteEnd.Unterminated when quoted.EndsWithBackslash:
                var more = index + 1 < _lines.Length ? $" and reads line {index + 2} on its own" : string.Empty;
                Report(RegDiagnostics.UnsupportedLineContinuation, new TextSpan(de - 1, 1), $"The string data of {display} ends with '\\': regedit does not continue strings on the next line, so it skips the value{more}. Close the string on this line (write \\\\ for a backslash).");
                return null;
            case QuoteEnd.Unterminated when quoted.EscapedLastQuote:
                Report(RegDiagnostics.InvalidStringData, new TextSpan(de - 2, 2), $"The '\\\"' at the end of the data of {display} escapes the closing quote, so the string never ends and regedit skips the value. A string ending in a backslash must end in \\\\\": {Clip(_text.AsSpan(ds, de - ds - 2))}\\\\\".");
                return null;
            case QuoteEnd.Unterminated:
                Report(RegDiagnostics.InvalidStringData, TextSpan.FromBounds(ds, de), $"The string data of {display} has no closing quote, so regedit skips the value. End the string with '\"'.");
                return null;
        }

        var after = SkipBlanks(quoted.Close + 1, de);
        if (after < de && _text[after] != ';')
        {
            if (_text[after] == '#')
            {
                ReportHashComment(after, de, display, fixable: true);
            }
            else
            {
                var extra = _text.AsSpan(after, de - after);
                var hint = extra.Contains('"') ? "Write \\\" for a quote inside the string." : "Remove it, or start a comment with ';'.";
                Report(RegDiagnostics.InvalidStringData, TextSpan.FromBounds(after, de), $"{Q(extra)} follows the closing quote of the data of {display}, so regedit skips the value. {hint}");
            }

            return null;
        }

        AddEscapeFindings(quoted, "string");
        return new ParsedData(RegistryData.FromString(RegistryValueType.String, quoted.Value), TextSpan.FromBounds(ds, quoted.Close + 1));
    }

    private ParsedData? ParseDwordData(int ds, int de, ValueDisplay display, int index)
    {
        // Wine's convert_hex_to_dword (docs/formats.md §1.6): blanks, 1-8 hex digits, blanks, ';' comment.
        var t = SkipBlanks(ds + 6, de);
        if (t == de)
        {
            Report(RegDiagnostics.InvalidDwordData, TextSpan.FromBounds(ds, de), $"dword: of {display} has no digits, so regedit skips the value. Write 1 to 8 hexadecimal digits, e.g. dword:00000001.");
            return null;
        }

        var d = ScanHexDigits(t, de);
        var tokenEnd = TokenEnd(t, de);
        var token = _text.AsSpan(t, tokenEnd - t);
        if (d - t == 1 && _text[t] == '0' && d < de && _text[d] is 'x' or 'X')
        {
            var digits = _text.AsSpan(d + 1, ScanHexDigits(d + 1, de) - d - 1);
            var fix = digits.Length is > 0 and <= 8 ? $" Write dword:{digits.ToString().PadLeft(8, '0').ToLowerInvariant()}." : string.Empty;
            Report(RegDiagnostics.InvalidDwordData, TextSpan.FromBounds(t, tokenEnd), $"dword: data of {display} is always hexadecimal and takes no '0x' prefix: regedit skips {Q(token)}.{fix}");
            return null;
        }

        if (d == t)
        {
            var why = _text[t] switch
            {
                '-' => "regedit has no negative numbers (write -1 as ffffffff)",
                ';' or '#' => "there are no digits before the comment",
                _ => "it is not hexadecimal",
            };
            Report(RegDiagnostics.InvalidDwordData, TextSpan.FromBounds(t, tokenEnd), $"regedit skips {display}: dword: data {Q(token)} is invalid because {why}. Write 1 to 8 hexadecimal digits, e.g. dword:00000001.");
            return null;
        }

        if (d - t > 8)
        {
            Report(RegDiagnostics.InvalidDwordData, TextSpan.FromBounds(t, d), $"dword: data {Q(_text.AsSpan(t, d - t))} of {display} has {d - t} digits; regedit accepts at most 8 (leading zeros count too), so it skips the value. {DwordOverflowFix(_text.AsSpan(t, d - t))}");
            return null;
        }

        var u = SkipBlanks(d, de);
        if (u < de && _text[u] != ';')
        {
            if (_text[u] == '#')
            {
                ReportHashComment(u, de, display, fixable: true);
            }
            else if (_text[u] == '\\' && u == de - 1)
            {
                var more = index + 1 < _lines.Length ? $" and reads line {index + 2} on its own" : string.Empty;
                Report(RegDiagnostics.UnsupportedLineContinuation, new TextSpan(u, 1), $"dword: data of {display} ends with '\\': regedit does not continue dword data on the next line, so it skips the value{more}. Write all digits on this line.");
            }
            else if (u == d)
            {
                Report(RegDiagnostics.InvalidDwordData, TextSpan.FromBounds(t, tokenEnd), $"regedit skips {display}: dword: data {Q(token)} is not hexadecimal. Write 1 to 8 hexadecimal digits (0-9, a-f).");
            }
            else
            {
                Report(RegDiagnostics.InvalidDwordData, TextSpan.FromBounds(u, de), $"{Q(_text.AsSpan(u, de - u))} follows the dword: digits of {display}, so regedit skips the value. Write one number of up to 8 hexadecimal digits; start a comment with ';'.");
            }

            return null;
        }

        var value = uint.Parse(_text.AsSpan(t, d - t), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        return new ParsedData(value < (uint)s_smallDwords.Length ? s_smallDwords[value] : RegistryData.DWord(value), TextSpan.FromBounds(ds, d));
    }

    private static string DwordOverflowFix(ReadOnlySpan<char> digits)
    {
        var significant = digits.TrimStart('0');
        if (significant.Length <= 8)
        {
            return $"Write dword:{significant.ToString().PadLeft(8, '0').ToLowerInvariant()}.";
        }

        if (significant.Length <= 16)
        {
            var value = ulong.Parse(significant, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            var bytes = BitConverter.GetBytes(value);
            return "For a 64-bit number use REG_QWORD: hex(b):" + string.Join(',', bytes.Select(b => b.ToString("x2", CultureInfo.InvariantCulture))) + ".";
        }

        return "The number does not fit in 32 bits.";
    }

    private void ReportUnknownDataType(int ds, int de, ValueDisplay display)
    {
        var tokenEnd = ds;
        while (tokenEnd < de && _text[tokenEnd] is not (' ' or '\t' or ':' or ';'))
        {
            tokenEnd++;
        }

        if (tokenEnd < de && _text[tokenEnd] == ':')
        {
            tokenEnd++;
        }

        var token = _text.AsSpan(ds, tokenEnd - ds);
        var lower = token.ToString().ToLowerInvariant();
        var rest = _text.AsSpan(ds, de - ds);
        string advice;
        if (lower is "dword:" or "hex:" || (lower.StartsWith("hex(", StringComparison.Ordinal) && token.ContainsAnyInRange('A', 'Z')))
        {
            advice = $"Type names are case-sensitive: write {Clip(lower)}";
        }
        else if (lower.StartsWith("qword:", StringComparison.Ordinal))
        {
            advice = "There is no qword: in .reg files; write a REG_QWORD as hex(b): followed by 8 little-endian bytes" + QwordSuggestion(_text.AsSpan(tokenEnd, de - tokenEnd).Trim(" \t"));
        }
        else if (lower.StartsWith("str", StringComparison.Ordinal) || lower.StartsWith("expand", StringComparison.Ordinal) || lower.StartsWith("multi", StringComparison.Ordinal) || lower.StartsWith("reg_", StringComparison.Ordinal))
        {
            advice = "regedit does not know this syntax (str: is Wine's registry format); write a string as \"text\", REG_EXPAND_SZ as hex(2): and REG_MULTI_SZ as hex(7):";
        }
        else if ((lower is "dword" or "hex" || lower.StartsWith("hex(", StringComparison.Ordinal)) && rest[token.Length..].TrimStart(" \t").StartsWith(":"))
        {
            advice = $"Remove the space before the ':': {lower}:";
        }
        else if (rest.Length <= 10 && !rest.ContainsAnyExceptInRange('0', '9') && ulong.Parse(rest, CultureInfo.InvariantCulture) <= uint.MaxValue)
        {
            advice = $"Write a number as dword: with hexadecimal digits: dword:{ulong.Parse(rest, CultureInfo.InvariantCulture):x8}";
        }
        else if (rest[0] is ';' or '#')
        {
            advice = "A comment cannot take the place of the data; write the data after '=' and the comment after it with ';'";
        }
        else
        {
            advice = "Quote strings (\"text\"), write numbers as dword:<hex> and bytes as hex:<bytes>";
        }

        var span = rest[0] is ';' or '#' ? TextSpan.FromBounds(ds, de) : new TextSpan(ds, Math.Max(1, token.Length));
        Report(RegDiagnostics.UnknownDataType, span, $"regedit does not know the data type of {Q(rest)}, so it skips {display}. {advice}.");
    }

    private static string QwordSuggestion(ReadOnlySpan<char> digits)
    {
        var text = digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? digits[2..] : digits;
        if (text.Length is 0 or > 16 || text.ContainsAnyExcept(s_hexDigits))
        {
            return string.Empty;
        }

        var bytes = BitConverter.GetBytes(ulong.Parse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
        return ": hex(b):" + string.Join(',', bytes.Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
    }

    // fixable: the data before the '#' is complete, so ';' makes the rest a comment and nothing else
    // (in hex data a '\' after the '#' would stop continuing the value).
    private void ReportHashComment(int at, int de, ValueDisplay display, bool fixable = false)
    {
        var span = TextSpan.FromBounds(at, de);
        var message = $"{Q(_text.AsSpan(at, de - at))} after the data of {display} is not a comment: regedit accepts only ';' comments after data, so it skips the value. Write ';' instead of '#'.";
        if (fixable)
        {
            Report(RegDiagnostics.HashCommentAfterData, span, message, new CodeFix("Write ';' instead of '#'", FixApplicability.Safe, [new TextEdit(new TextSpan(at, 1), ";")]));
        }
        else
        {
            Report(RegDiagnostics.HashCommentAfterData, span, message);
        }
    }

    /// <summary>
    /// Reads a quoted name or string from the quote at <paramref name="open"/>, unescaping as
    /// Wine's REGPROC_unescape_string does: \\ and \" are escapes, \n and \r become line breaks,
    /// \0 (or a backslash at the end) rejects the line, and any other \x keeps only x (docs/formats.md §1.5).
    /// </summary>
    /// <param name="open">The opening quote.</param>
    /// <param name="end">The end of the line's content.</param>
    /// <param name="poolUpTo">Texts up to this length come from the string pool (names repeat; most data does not).</param>
    private QuotedText ReadQuoted(int open, int end, int poolUpTo)
    {
        StringBuilder? sb = null;
        List<(int At, char Escaped)>? escapes = null;
        var runStart = open + 1;
        var lastEscapedQuote = -1;
        for (var i = open + 1; i < end; i++)
        {
            var c = _text[i];
            if (c == '"')
            {
                var value = sb is not null ? sb.Append(_text, runStart, i - runStart).ToString()
                    : i - runStart <= poolUpTo ? _pool.Get(_text.AsSpan(runStart, i - runStart))
                    : _text[runStart..i];
                return new QuotedText(QuoteEnd.Closed, value, i, default, false, false, escapes);
            }

            if (c != '\\')
            {
                continue;
            }

            if (i + 1 >= end)
            {
                return new QuotedText(QuoteEnd.Unterminated, string.Empty, -1, default, true, false, escapes);
            }

            sb ??= new StringBuilder(end - open);
            sb.Append(_text, runStart, i - runStart);
            var next = _text[i + 1];
            switch (next)
            {
                case '\\':
                case '"':
                    sb.Append(next);
                    lastEscapedQuote = next == '"' ? i + 1 : lastEscapedQuote;
                    break;
                case 'n':
                    sb.Append('\n');
                    (escapes ??= []).Add((i, next));
                    break;
                case 'r':
                    sb.Append('\r');
                    (escapes ??= []).Add((i, next));
                    break;
                case '0':
                    return new QuotedText(QuoteEnd.NulEscape, string.Empty, -1, new TextSpan(i, 2), false, false, escapes);
                default:
                    sb.Append(next);
                    (escapes ??= []).Add((i, next));
                    break;
            }

            i++;
            runStart = i + 1;
        }

        return new QuotedText(QuoteEnd.Unterminated, string.Empty, -1, default, false, lastEscapedQuote == end - 1, escapes);
    }

    private void AddEscapeFindings(QuotedText quoted, string what)
    {
        if (quoted.Escapes is null)
        {
            return;
        }

        foreach (var (at, escaped) in quoted.Escapes)
        {
            var span = new TextSpan(at, 2);
            if (escaped is 'n' or 'r')
            {
                var name = escaped == 'n' ? "line feed" : "carriage return";
                _soft.Add((RegDiagnostics.NewlineEscapeSequence, span, $"'\\{escaped}' in this {what} is a {name} for Wine's regedit, but Windows regedit is not known to read it that way and may store the letter '{escaped}'. Avoid line breaks in registry strings, or write REG_MULTI_SZ as hex(7): for a list."));
            }
            else
            {
                _soft.Add((RegDiagnostics.UnknownEscapeSequence, span, $"'\\{escaped}' is not an escape regedit knows: it drops the backslash and stores '{escaped}', so this {what} becomes {Q(quoted.Value)}. Write '\\\\{escaped}' for a backslash followed by '{escaped}'."));
            }
        }
    }

    private bool StartsWith(int at, int end, string prefix) =>
        end - at >= prefix.Length && _text.AsSpan(at, prefix.Length).SequenceEqual(prefix);

    private int ScanHexDigits(int p, int end)
    {
        while (p < end && char.IsAsciiHexDigit(_text[p]))
        {
            p++;
        }

        return p;
    }

    private int TokenEnd(int p, int end)
    {
        while (p < end && _text[p] is not (' ' or '\t' or ';' or ','))
        {
            p++;
        }

        return p;
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>A quoted name or string as regedit reads it.</summary>
    private readonly record struct QuotedText(QuoteEnd End, string Value, int Close, TextSpan Problem, bool EndsWithBackslash, bool EscapedLastQuote, List<(int At, char Escaped)>? Escapes);

    /// <summary>Data regedit accepts, with where it is written.</summary>
    private readonly record struct ParsedData(RegistryData Data, TextSpan DataSpan);
}

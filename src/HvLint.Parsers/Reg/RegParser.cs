using System.Globalization;
using System.Text;
using HvLint.Core.Diagnostics;
using HvLint.Core.Fixes;
using HvLint.Core.Model;
using HvLint.Core.Suppressions;
using HvLint.Core.Text;

namespace HvLint.Parsers.Reg;

/// <summary>
/// Reads decoded .reg text line by line the way regedit's import state machine does (Wine's
/// regproc.c, docs/formats.md §1): every line regedit would import becomes a write, every line it would
/// drop or change becomes a finding with the span of the offending text.
/// </summary>
internal sealed partial class RegParser
{
    private const string Header5 = "Windows Registry Editor Version 5.00";
    private const string Header4 = "REGEDIT4";
    private const string Header31 = "REGEDIT";

    private readonly SourceText _source;
    private readonly string _text;
    private readonly bool _hexStringsAreUtf16;
    private readonly LineTable _lines;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<RegistryWrite> _writes = [];
    private readonly RegStringPool _pool = new();

    // What regedit has open: the key of the last key line, or nothing (and why).
    private Section _section = new() { ClosedReason = "it comes before the first key line" };

    // Whether the previous statement was dropped and its line ended with '\': regedit then
    // ignores the next line too, and the cause is already reported on the previous line.
    private bool _previousLineContinues;

    // Whether the statement being parsed was imported (or at least read as a whole statement).
    private bool _statementOk;

    // The hex value completed on the previous statement line, for MissingLineContinuation.
    private HexValueInfo? _lastHex;
    private bool _inOrphanHexBlock;

    private RegParser(SourceText source, bool hexStringsAreUtf16, int nulOffset)
    {
        _source = source;
        _text = source.Text;
        _hexStringsAreUtf16 = hexStringsAreUtf16;
        _lines = new LineTable(source, nulOffset < 0 ? null : SplitLines(_text, nulOffset));
    }

    private enum HeaderKind
    {
        Regedit,
        Windows31,
        Fuzzy,
        Invalid,
    }

    /// <summary>Parses a decoded .reg file.</summary>
    /// <param name="source">The decoded text.</param>
    /// <param name="hexStringsAreUtf16">Whether hex(1)/hex(2)/hex(7) bytes are UTF-16LE (a UTF-16 file) rather than ANSI (docs/formats.md §1.2).</param>
    public static (IReadOnlyList<RegistryWrite> Writes, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<SourceComment> Comments) Parse(SourceText source, bool hexStringsAreUtf16)
    {
        // One search finds the first NUL and the first ';': a file without comments pays for
        // its comments nothing beyond the NUL search it always had.
        var text = source.Text;
        var first = text.AsSpan().IndexOfAny('\0', ';');
        var nul = first < 0 ? -1 : text[first] == '\0' ? first : text.IndexOf('\0', first + 1);
        var semicolon = first < 0 ? -1 : text[first] == ';' ? first : text.IndexOf(';', first + 1);
        var parser = new RegParser(source, hexStringsAreUtf16, nul);
        var imports = parser.Run(nul);
        return (imports ? parser._writes : [], parser._diagnostics, RegComments.Collect(source, semicolon));
    }

    private bool Run(int nulOffset)
    {
        if (nulOffset >= 0)
        {
            ReportNul(nulOffset);
        }

        var kind = ParseHeader();
        switch (kind)
        {
            case HeaderKind.Regedit:
            case HeaderKind.Fuzzy:
                ParseBody(1);
                break;
            case HeaderKind.Windows31:
                ParseWindows31Body();
                break;
            default:
                // Without a header regedit imports nothing, but the rest is still checked so
                // that the author sees every problem at once; a first line that is already a
                // statement (the header was forgotten) is checked too.
                var first = _lines[0];
                var p = SkipBlanks(first.Start, first.End);
                ParseBody(p < first.End && _text[p] is '[' or '"' or '@' ? 0 : 1);
                break;
        }

        FinishSection();
        return kind is HeaderKind.Regedit or HeaderKind.Windows31;
    }

    private void ReportNul(int offset)
    {
        var affected = 0;
        for (var i = 0; i < _lines.Length; i++)
        {
            if (_lines[i].HasNul)
            {
                affected++;
            }
        }

        var more = affected > 1 ? string.Create(CultureInfo.InvariantCulture, $" ({affected - 1} more line(s) contain NUL characters too)") : string.Empty;
        Report(
            RegDiagnostics.UnsupportedRegEncoding,
            new TextSpan(offset, 1),
            $"This line contains a NUL character{more}: regedit stops reading the line there, so the rest of it (and possibly more) is lost. This usually means UTF-16 text was appended to an ANSI file; save the whole file in one encoding.");
    }

    private HeaderKind ParseHeader()
    {
        var line = _lines[0];
        var t = SkipBlanks(line.Start, line.End);
        var content = _text.AsSpan(t, line.End - t);
        if (content.SequenceEqual(Header5) || content.SequenceEqual(Header4))
        {
            return HeaderKind.Regedit;
        }

        if (content.SequenceEqual(Header31))
        {
            return HeaderKind.Windows31;
        }

        if (content.StartsWith(Header31, StringComparison.Ordinal))
        {
            if (content.TrimEnd(" \t").SequenceEqual(Header4))
            {
                var blanks = TextSpan.FromBounds(t + Header4.Length, line.End);
                Report(RegDiagnostics.FuzzyRegHeader, blanks, "The header 'REGEDIT4' is followed by spaces or tabs: regedit then treats it as an unknown REGEDIT version, reports success and imports nothing. Remove the whitespace at the end of line 1.", HeaderFix("Remove the blanks after the header", blanks, string.Empty));
                return HeaderKind.Fuzzy;
            }

            Report(
                RegDiagnostics.FuzzyRegHeader,
                TextSpan.FromBounds(t, line.End),
                $"The header {Q(content)} starts with REGEDIT but is not REGEDIT4: regedit accepts the file, reports success and imports nothing from it. Write 'Windows Registry Editor Version 5.00' (or 'REGEDIT4') as the first line.");
            return HeaderKind.Fuzzy;
        }

        ReportInvalidHeader(line, t, content);
        return HeaderKind.Invalid;
    }

    private void ReportInvalidHeader(Line line, int t, ReadOnlySpan<char> content)
    {
        const string Consequence = "regedit rejects the file as 'not a registry script' and imports nothing";
        var trimmed = content.TrimEnd(" \t");
        if (_text.Length == 0)
        {
            Report(RegDiagnostics.InvalidRegHeader, new TextSpan(0, 0), $"The file is empty: {Consequence}. Start it with 'Windows Registry Editor Version 5.00'.");
            return;
        }

        if (trimmed.Length < content.Length && (trimmed.SequenceEqual(Header5) || trimmed.SequenceEqual(Header4)))
        {
            var blanks = TextSpan.FromBounds(t + trimmed.Length, line.End);
            Report(RegDiagnostics.InvalidRegHeader, blanks, $"The header {Q(trimmed)} is followed by spaces or tabs: regedit compares the line exactly, so {Consequence}. Remove the whitespace at the end of line 1.", HeaderFix("Remove the blanks after the header", blanks, string.Empty));
            return;
        }

        if (trimmed.Equals(Header5, StringComparison.OrdinalIgnoreCase) || trimmed.Equals(Header4, StringComparison.OrdinalIgnoreCase))
        {
            var expected = trimmed.Length == Header5.Length ? Header5 : Header4;
            var header = TextSpan.FromBounds(t, t + trimmed.Length);
            Report(RegDiagnostics.InvalidRegHeader, header, $"The header {Q(trimmed)} differs in case from '{expected}': regedit compares it case-sensitively, so {Consequence}. Write '{expected}'.", HeaderFix($"Write '{expected}'", header, expected));
            return;
        }

        if (content.IsEmpty)
        {
            for (var i = 1; i < _lines.Length; i++)
            {
                var l = _lines[i];
                var s = SkipBlanks(l.Start, l.End);
                var c = _text.AsSpan(s, l.End - s);
                if (s == l.End)
                {
                    continue;
                }

                if (c.SequenceEqual(Header5) || c.SequenceEqual(Header4))
                {
                    Report(RegDiagnostics.InvalidRegHeader, new TextSpan(line.Start, 0), $"The first line is blank: the header must be the very first line, so {Consequence}. Remove the blank line(s) above the header on line {i + 1}.", HeaderFix("Remove the blank lines above the header", TextSpan.FromBounds(line.Start, l.Start), string.Empty));
                    return;
                }

                break;
            }
        }

        if (content.StartsWith("Windows Registry Editor Version", StringComparison.OrdinalIgnoreCase))
        {
            Report(RegDiagnostics.InvalidRegHeader, TextSpan.FromBounds(t, line.End), $"The header {Q(content)} is not one regedit accepts (only '{Header5}' and '{Header4}'), so {Consequence}. Write '{Header5}'.");
            return;
        }

        Report(RegDiagnostics.InvalidRegHeader, TextSpan.FromBounds(line.Start, line.End), $"The file does not start with '{Header5}' or '{Header4}', so {Consequence}. Add '{Header5}' as the first line.");
    }

    private void ParseBody(int from)
    {
        for (var i = from; i < _lines.Length; i++)
        {
            var line = _lines[i];
            var p = SkipBlanks(line.Start, line.End);
            if (p == line.End)
            {
                // Blank lines do not close the key (docs/formats.md §1.8).
                continue;
            }

            var last = i;
            _statementOk = false;
            switch (_text[p])
            {
                case '[':
                    _lastHex = null;
                    _inOrphanHexBlock = false;
                    ParseKeyLine(line, p);
                    break;
                case '@':
                case '"':
                    last = ParseValueLine(i, p);
                    break;
                case ';':
                case '#':
                    // regedit ignores any line that does not start with '[', '@' or '"'
                    // (docs/formats.md §1.8); ';' and '#' lines are the intended comments.
                    continue;
                default:
                    ParseOtherLine(i, p);
                    break;
            }

            _previousLineContinues = !_statementOk && EndsWithBackslash(_lines[last]);
            i = last;
        }
    }

    private void ParseOtherLine(int index, int p)
    {
        var line = _lines[index];
        var end = TrimEnd(p, line.End);
        var looksHex = LooksLikeHexLine(p, end);
        if (_previousLineContinues)
        {
            _inOrphanHexBlock = looksHex && _inOrphanHexBlock;
            return;
        }

        if (looksHex)
        {
            if (_inOrphanHexBlock)
            {
                return;
            }

            if (_lastHex is { } hex)
            {
                _inOrphanHexBlock = true;
                _lastHex = null;
                var lineNo = index + 1;
                Report(
                    RegDiagnostics.MissingLineContinuation,
                    TextSpan.FromBounds(p, end),
                    $"Line {lineNo} looks like more bytes for {hex.Display}, but line {hex.LastLine + 1} does not end with '\\': regedit ignores line {lineNo} and writes {hex.Display} with only its first {hex.ByteCount} byte(s). End line {hex.LastLine + 1} with ',\\' to continue the data.");
                return;
            }
        }

        _lastHex = null;
        _inOrphanHexBlock = false;
        var content = _text.AsSpan(p, end - p);
        if (content.SequenceEqual(Header5) || content.SequenceEqual(Header4))
        {
            // A second header (concatenated exports) is ignored by regedit and harmless.
            return;
        }

        var root = RegRoots.Resolve(content);
        var eq = content.IndexOf('=');
        var keyLike = root.Kind is RootKind.Ok or RootKind.Abbreviated;
        if ((content[^1] == ']' && (keyLike || content.Contains('\\'))) || (eq < 0 && keyLike))
        {
            Report(RegDiagnostics.MalformedKeyLine, TextSpan.FromBounds(p, end), $"{Q(content)} looks like a key but has no opening '[': regedit ignores the line, so the key is not created and {WhereValuesGo()}. Write the key as [{ClipPath(content.TrimEnd(']'))}].");
            return;
        }

        if (eq > 0)
        {
            var name = content[..eq].TrimEnd(" \t");
            Report(RegDiagnostics.MalformedValueLine, new TextSpan(p, name.Length), $"The value name {Q(name)} is not in double quotes, so regedit skips this line and the value is not written. Write \"{Clip(name.Trim('\''))}\"={Clip(content[(eq + 1)..].TrimStart(" \t"))}.");
            return;
        }

        Report(RegDiagnostics.UnrecognizedLine, TextSpan.FromBounds(p, end), $"regedit ignores the line {Q(content)}: it is not a key line, a value line or a ';' comment. If it is a comment, start it with ';'.");
    }

    private void ParseWindows31Body()
    {
        // docs/formats.md §1.1: the Windows 3.1 format sets default values only, one
        // "HKEY_CLASSES_ROOT\path = value" per line (Wine's parse_win31_line_state).
        const string Root = "HKEY_CLASSES_ROOT";
        var ignored = 0;
        for (var i = 1; i < _lines.Length; i++)
        {
            var line = _lines[i];
            if (SkipBlanks(line.Start, line.End) == line.End)
            {
                continue;
            }

            var keyEnd = line.Start;
            while (keyEnd < line.End && !char.IsWhiteSpace(_text[keyEnd]))
            {
                keyEnd++;
            }

            var key = _text.AsSpan(line.Start, keyEnd - line.Start);
            if (!key.StartsWith(Root, StringComparison.Ordinal) || RegRoots.Resolve(key).Kind != RootKind.Ok)
            {
                ignored++;
                continue;
            }

            var v = SkipBlanks(keyEnd, line.End);
            if (v < line.End && _text[v] == '=')
            {
                v++;
            }

            if (v < line.End && _text[v] == ' ')
            {
                v++;
            }

            var subkey = key.Length > Root.Length ? key[(Root.Length + 1)..].ToString() : string.Empty;
            var path = RegistryKeyPath.Create(RegistryHive.ClassesRoot, subkey);
            _writes.Add(new RegistryWrite(
                _source,
                TextSpan.FromBounds(line.Start, line.End),
                _writes.Count,
                RegistryOperation.SetValue,
                path,
                new TextSpan(line.Start, key.Length),
                string.Empty,
                null,
                RegistryData.FromString(RegistryValueType.String, _text[v..line.End]),
                TextSpan.FromBounds(v, line.End)));
        }

        var header = _lines[0];
        var others = ignored == 0 ? "There are no other lines." : $"regedit ignores the {ignored} other line(s) of this file.";
        Report(
            RegDiagnostics.Windows31RegHeader,
            TextSpan.FromBounds(SkipBlanks(header.Start, header.End), header.End),
            $"'REGEDIT' is the Windows 3.1 header: regedit then imports only 'HKEY_CLASSES_ROOT\\... = value' lines. {others} Write 'Windows Registry Editor Version 5.00' to use key and value lines.");
    }

    private string WhereValuesGo() => _section.Key is not null
        ? $"the values below it go to the previous key [{ClipPath(_text.AsSpan(_section.KeySpan.Start, _section.KeySpan.Length))}]"
        : "the values below it are not imported (no key is open)";

    private void StartSection(Section section)
    {
        FinishSection();
        _section = section;
    }

    private void FinishSection()
    {
        var s = _section;
        if (s.OnFinish is { } finish)
        {
            var (rule, span, message) = finish(s.Dropped);
            if (s.Fix is { } fix)
            {
                Report(rule, span, message, fix);
            }
            else
            {
                Report(rule, span, message);
            }
        }
        else if (s.Key is null && s.Dropped > 0)
        {
            var others = s.Dropped > 1 ? $" and the {s.Dropped - 1} other value line(s) after it, up to the next key line" : string.Empty;
            Report(
                RegDiagnostics.ValueOutsideKey,
                s.FirstDropped,
                $"No key is open here because {s.ClosedReason}: regedit skips {s.FirstDroppedName}{others}. Put a key line such as [HKEY_LOCAL_MACHINE\\...] above the values.");
        }

        s.OnFinish = null;
        s.Dropped = 0;
    }

    private void AddValueWrite(RegistryOperation operation, string name, TextSpan nameSpan, RegistryData? data, TextSpan? dataSpan, TextSpan span)
    {
        _statementOk = true;
        if (_section.Key is { } key)
        {
            _writes.Add(new RegistryWrite(_source, span, _writes.Count, operation, key, _section.KeySpan, name, nameSpan, data, dataSpan) { Form = WriteForm.RegFile });
            return;
        }

        if (_section.Dropped++ == 0)
        {
            _section.FirstDropped = span;
            _section.FirstDroppedName = DisplayName(name);
        }
    }

    private void Report(RuleDescriptor rule, TextSpan span, string message) =>
        _diagnostics.Add(new Diagnostic(rule, rule.DefaultSeverity, message, new Location(_source, span)));

    private void Report(RuleDescriptor rule, TextSpan span, string message, CodeFix fix) =>
        _diagnostics.Add(new Diagnostic(rule, rule.DefaultSeverity, message, new Location(_source, span)) { Fixes = [fix] });

    // A header fix is safe: the header regedit needs is unambiguous, and nothing else changes.
    private static CodeFix HeaderFix(string title, TextSpan span, string text) => new(title, FixApplicability.Safe, [new TextEdit(span, text)]);

    private static Line[] SplitLines(string text, int firstNul)
    {
        // CR LF, lone CR and lone LF all end a line, as in SourceText and Wine's get_line (docs/formats.md §1.2).
        var span = text.AsSpan();
        var lines = new Line[span.Count('\n') + span.Count('\r') + 1];
        var count = 0;
        var start = 0;
        var nul = firstNul;
        while (true)
        {
            var found = span[start..].IndexOfAny('\r', '\n');
            var end = found < 0 ? text.Length : start + found;
            var contentEnd = end;
            var hasNul = false;
            if (nul >= 0 && nul < end)
            {
                // regedit reads lines as C strings: a NUL ends the line (see ReportNul).
                hasNul = true;
                contentEnd = nul;
                nul = text.IndexOf('\0', end);
            }

            lines[count++] = new Line(start, contentEnd, hasNul);
            if (found < 0)
            {
                break;
            }

            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }

        return count == lines.Length ? lines : lines[..count];
    }

    private int SkipBlanks(int p, int end)
    {
        while (p < end && _text[p] is ' ' or '\t')
        {
            p++;
        }

        return p;
    }

    private int TrimEnd(int start, int end)
    {
        while (end > start && _text[end - 1] is ' ' or '\t')
        {
            end--;
        }

        return end;
    }

    private bool EndsWithBackslash(Line line)
    {
        var end = TrimEnd(line.Start, line.End);
        return end > line.Start && _text[end - 1] == '\\';
    }

    // A line of hex bytes (what a continuation line looks like): hex digits, commas and blanks,
    // with at least one comma or a lone one- or two-digit byte, maybe a trailing '\' or ';' comment.
    private bool LooksLikeHexLine(int p, int end)
    {
        var digits = 0;
        var commas = 0;
        var run = 0;
        var maxRun = 0;
        for (var i = p; i < end; i++)
        {
            var c = _text[i];
            if (char.IsAsciiHexDigit(c))
            {
                digits++;
                run++;
                maxRun = Math.Max(maxRun, run);
                continue;
            }

            run = 0;
            if (c == ',')
            {
                commas++;
            }
            else if (c == ';' || (c == '\\' && i == end - 1))
            {
                break;
            }
            else if (c is not (' ' or '\t'))
            {
                return false;
            }
        }

        return digits > 0 && (commas > 0 || maxRun <= 2);
    }

    private static string DisplayName(string name) => name.Length == 0 ? "the default value (@)" : "'" + Clip(name) + "'";

    private static string Q(ReadOnlySpan<char> text) => "'" + Clip(text) + "'";

    // Long key paths keep their root and their last names, which say which key it is.
    private static string ClipPath(ReadOnlySpan<char> path)
    {
        const int Max = 160;
        var root = path.IndexOf('\\');
        if (path.Length <= Max || root <= 0 || root > Max / 2)
        {
            return Clip(path, Max);
        }

        var tail = path[^(Max / 2)..];
        var slash = tail.IndexOf('\\');
        return slash < 0 ? Clip(path, Max) : Clip(path[..root]) + "\\..." + Clip(tail[slash..]);
    }

    private static string Clip(ReadOnlySpan<char> text, int max = 80)
    {
        var s = text.Length > max ? string.Concat(text[..(max - 3)], "...") : text.ToString();
        if (s.AsSpan().IndexOfAny("\t\r\n\0") < 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length + 8);
        foreach (var c in s)
        {
            sb.Append(c switch { '\t' => "\\t", '\r' => "\\r", '\n' => "\\n", '\0' => "\\0", _ => c.ToString() });
        }

        return sb.ToString();
    }

    /// <summary>One line: where it starts and where its content ends (before the line break or a NUL).</summary>
    private readonly record struct Line(int Start, int End, bool HasNul);

    /// <summary>
    /// The lines of the file, read from the source's line starts rather than kept in an array of
    /// their own; only a file with NUL characters (where a NUL ends a line's content) has one.
    /// </summary>
    private readonly struct LineTable(SourceText source, Line[]? withNul)
    {
        public int Length => withNul?.Length ?? source.LineCount;

        public Line this[int index]
        {
            get
            {
                if (withNul is not null)
                {
                    return withNul[index];
                }

                var starts = source.LineStarts;
                var start = starts[index];
                if (index + 1 == starts.Length)
                {
                    return new Line(start, source.Text.Length, false);
                }

                var next = starts[index + 1];
                var text = source.Text;
                var end = next - 1;
                if (text[end] == '\n' && end > start && text[end - 1] == '\r')
                {
                    end--;
                }

                return new Line(start, end, false);
            }
        }
    }

    /// <summary>
    /// How a message names a value ("'Name'" or "the default value (@)"); built only when a
    /// message needs it, so that a value line that is fine allocates no text for it.
    /// </summary>
    private readonly struct ValueDisplay(string name)
    {
        public override string ToString() => DisplayName(name);
    }

    /// <summary>A hex value that ended on a line without '\', for MissingLineContinuation.</summary>
    private readonly record struct HexValueInfo(ValueDisplay Display, int LastLine, int ByteCount);

    /// <summary>The key regedit has open, or why none is.</summary>
    private sealed class Section
    {
        public RegistryKeyPath? Key { get; init; }

        public TextSpan KeySpan { get; init; }

        /// <summary>Why no key is open, completing "No key is open here because ...".</summary>
        public string ClosedReason { get; init; } = string.Empty;

        /// <summary>A finding on the key line that knows how many values the section dropped.</summary>
        public Func<int, (RuleDescriptor Rule, TextSpan Span, string Message)>? OnFinish { get; set; }

        /// <summary>The fix of the <see cref="OnFinish"/> finding, if it has one.</summary>
        public CodeFix? Fix { get; init; }

        public int Dropped { get; set; }

        public TextSpan FirstDropped { get; set; }

        public string FirstDroppedName { get; set; } = string.Empty;
    }
}

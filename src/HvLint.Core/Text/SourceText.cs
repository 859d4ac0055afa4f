namespace HvLint.Core.Text;

/// <summary>How the bytes of a source file were turned into text.</summary>
public enum SourceEncoding
{
    /// <summary>UTF-16 little-endian with a byte-order mark (what regedit exports).</summary>
    Utf16LeBom,
    /// <summary>UTF-16 big-endian with a byte-order mark.</summary>
    Utf16BeBom,
    /// <summary>UTF-8 with a byte-order mark.</summary>
    Utf8Bom,
    /// <summary>UTF-8 without a byte-order mark.</summary>
    Utf8,
    /// <summary>The system ANSI code page (Windows-1252 is assumed).</summary>
    Ansi,
    /// <summary>UTF-32 little-endian with a byte-order mark (PowerShell reads it; regedit and cmd.exe do not).</summary>
    Utf32LeBom,
    /// <summary>UTF-32 big-endian with a byte-order mark (PowerShell reads it; regedit and cmd.exe do not).</summary>
    Utf32BeBom,
}

/// <summary>
/// A decoded source file: its text, the path shown to users, and a line index. Offsets are
/// UTF-16 code units into <see cref="Text"/>; lines and columns are 1-based.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    /// <summary>Creates a source text.</summary>
    public SourceText(string path, string text, SourceEncoding encoding = SourceEncoding.Utf8)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        Path = path;
        Text = text;
        Encoding = encoding;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The path as shown to users (relative to the working directory where possible).</summary>
    public string Path { get; }

    /// <summary>The decoded text (without a byte-order mark).</summary>
    public string Text { get; }

    /// <summary>How the file was decoded.</summary>
    public SourceEncoding Encoding { get; }

    /// <summary>Where each line starts (offsets into <see cref="Text"/>, ascending; the first is 0).</summary>
    public ReadOnlySpan<int> LineStarts => _lineStarts;

    /// <summary>The number of lines.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The 1-based line and column of an offset.</summary>
    public LinePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new LinePosition(line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>The offset of the start of a 1-based line.</summary>
    public int GetLineStart(int line) => _lineStarts[Math.Clamp(line - 1, 0, _lineStarts.Length - 1)];

    /// <summary>The text of a 1-based line without its line break.</summary>
    public string GetLineText(int line)
    {
        var start = GetLineStart(line);
        var end = start;
        while (end < Text.Length && Text[end] != '\r' && Text[end] != '\n')
        {
            end++;
        }

        return Text[start..end];
    }

    /// <summary>The text a span covers.</summary>
    public string GetText(TextSpan span) => Text.Substring(Math.Clamp(span.Start, 0, Text.Length), Math.Clamp(span.Length, 0, Text.Length - Math.Clamp(span.Start, 0, Text.Length)));

    // CR LF, lone LF and lone CR all end a line: regedit accepts all three (docs/formats.md §1.2). The
    // array is counted first and filled once, so a file of millions of lines costs 4 bytes a line.
    private static int[] ComputeLineStarts(string text)
    {
        var span = text.AsSpan();
        var cr = span.Count('\r');
        var lf = span.Count('\n');
        var crlf = cr == 0 || lf == 0 ? 0 : span.Count("\r\n");
        var starts = new int[cr + lf - crlf + 1];
        var count = 1;
        var i = 0;
        while (true)
        {
            var found = span[i..].IndexOfAny('\r', '\n');
            if (found < 0)
            {
                break;
            }

            i += found;
            i += span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n' ? 2 : 1;
            starts[count++] = i;
        }

        return starts;
    }
}

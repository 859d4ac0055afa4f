using System.Text;

namespace HvLint.LanguageServer;

/// <summary>
/// An open document's text and the LSP positions in it: lines end at CR LF, LF or CR (as the
/// specification says), characters are UTF-16 code units, as .NET strings are.
/// </summary>
internal static class TextBuffer
{
    /// <summary>Applies one content change: a whole new text, or the text of a range replaced.</summary>
    public static string Apply(string text, TextDocumentContentChangeEvent change)
    {
        if (change.Range is null)
        {
            return change.Text;
        }

        var start = OffsetOf(text, change.Range.Start);
        var end = Math.Max(start, OffsetOf(text, change.Range.End));
        return new StringBuilder(text.Length - (end - start) + change.Text.Length)
            .Append(text, 0, start)
            .Append(change.Text)
            .Append(text, end, text.Length - end)
            .ToString();
    }

    /// <summary>
    /// The offset of a position; a line past the end is the end of the text, a character past
    /// the end of its line is the end of the line (the specification's rule for both).
    /// </summary>
    public static int OffsetOf(string text, Position position)
    {
        var offset = 0;
        for (var line = 0; line < position.Line; line++)
        {
            var next = text.AsSpan(offset).IndexOfAny('\r', '\n');
            if (next < 0)
            {
                return text.Length;
            }

            offset += next;
            offset += text[offset] == '\r' && offset + 1 < text.Length && text[offset + 1] == '\n' ? 2 : 1;
        }

        var lineEnd = text.AsSpan(offset).IndexOfAny('\r', '\n');
        var lineLength = lineEnd < 0 ? text.Length - offset : lineEnd;
        return offset + Math.Clamp(position.Character, 0, lineLength);
    }
}

using HvLint.Core.Suppressions;
using HvLint.Core.Text;

namespace HvLint.Parsers.Reg;

/// <summary>
/// The ';' comments of a .reg file, for inline suppressions: a ';' outside a quoted string
/// starts a comment that runs to the end of its line (docs/formats.md §1.8). Only lines with a
/// ';' are looked at, found from the first one by a vectorised search, so a regedit export
/// (which has none) pays nothing and a hand-written file pays for its comment lines only.
/// </summary>
internal static class RegComments
{
    /// <summary>The comments from the line of <paramref name="firstSemicolon"/> on (none when it is negative).</summary>
    public static IReadOnlyList<SourceComment> Collect(SourceText source, int firstSemicolon)
    {
        if (firstSemicolon < 0)
        {
            return [];
        }

        var text = source.Text;
        var starts = source.LineStarts;
        var comments = new List<SourceComment>();
        var at = firstSemicolon;
        while (at >= 0)
        {
            var line = starts.BinarySearch(at);
            line = line < 0 ? ~line - 1 : line;
            var end = LineEnd(text, starts, line);
            if (Comment(text, starts[line], end) is { } comment)
            {
                comments.Add(comment);
            }

            at = end < text.Length ? text.IndexOf(';', end) : -1;
        }

        return comments;
    }

    // A line's text ends before its line break (CR LF, CR or LF, as in SourceText).
    private static int LineEnd(string text, ReadOnlySpan<int> starts, int line)
    {
        var start = starts[line];
        var end = line + 1 < starts.Length ? starts[line + 1] : text.Length;
        if (end > start && text[end - 1] == '\n')
        {
            end--;
        }

        if (end > start && text[end - 1] == '\r')
        {
            end--;
        }

        return end;
    }

    // regedit: ';' starts a comment anywhere outside a quoted string, where '\' escapes.
    private static SourceComment? Comment(string text, int start, int end)
    {
        var inQuote = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (inQuote)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inQuote = false;
                }
            }
            else if (c == '"')
            {
                inQuote = true;
            }
            else if (c == ';')
            {
                return new SourceComment(TextSpan.FromBounds(i, end), TextSpan.FromBounds(i + 1, end));
            }
        }

        return null;
    }
}

using HvLint.Core.Text;

namespace HvLint.Core.Suppressions;

/// <summary>The comment syntax of an input language.</summary>
public enum CommentSyntax
{
    /// <summary>No comments HvLint knows: suppressions do not apply.</summary>
    None,
    /// <summary>.reg: ';' to the end of the line, outside quoted strings.</summary>
    Reg,
    /// <summary>PowerShell: '#' to the end of the line and '&lt;# ... #&gt;' blocks, outside strings.</summary>
    PowerShell,
    /// <summary>Batch: 'rem' and '::' lines, and '&amp; rem' after a command.</summary>
    Batch,
}

/// <summary>The comment syntax per file extension. Core knows it so that suppressions work for every front end without front-end changes.</summary>
public static class CommentSyntaxes
{
    private static readonly Dictionary<string, CommentSyntax> s_byExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".reg"] = CommentSyntax.Reg,
        [".ps1"] = CommentSyntax.PowerShell,
        [".psm1"] = CommentSyntax.PowerShell,
        [".cmd"] = CommentSyntax.Batch,
        [".bat"] = CommentSyntax.Batch,
    };

    /// <summary>The syntax of a file by its extension.</summary>
    public static CommentSyntax ForPath(string path) =>
        s_byExtension.GetValueOrDefault(Path.GetExtension(path), CommentSyntax.None);
}

/// <summary>The text of one comment on one line: a multi-line block comment gives one per line.</summary>
/// <param name="BodyStart">Where the text after the comment marker starts.</param>
/// <param name="End">Where the comment ends on its line (before the line break or '#&gt;').</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="IsTrailing">Whether code comes before it on its line.</param>
internal readonly record struct Comment(int BodyStart, int End, int Line, bool IsTrailing);

/// <summary>What the scanner finds in a file.</summary>
internal sealed class CommentScan
{
    public List<Comment> Comments { get; } = [];

    /// <summary>Per 1-based line (index 0 unused): whether anything other than comments and blanks is on it.</summary>
    public required bool[] LineHasCode { get; init; }

    /// <summary>PowerShell: positions of '[' in code (attribute candidates).</summary>
    public List<int> OpenBrackets { get; } = [];

    /// <summary>PowerShell: positions of '{' and '}' in code, in order.</summary>
    public List<int> Braces { get; } = [];
}

/// <summary>
/// Finds comments in a file's text, one pass, linear in its length. It knows just enough of
/// each language (quotes, here-strings, block comments) not to mistake a ';' or '#' in a
/// string for a comment; it is not a parser.
/// </summary>
internal static class CommentScanner
{
    public static CommentScan Scan(SourceText source, CommentSyntax syntax)
    {
        var scan = new CommentScan { LineHasCode = new bool[source.LineCount + 1] };
        switch (syntax)
        {
            case CommentSyntax.Reg:
                ScanLines(source, scan, ScanRegLine);
                break;
            case CommentSyntax.Batch:
                ScanLines(source, scan, ScanBatchLine);
                break;
            case CommentSyntax.PowerShell:
                ScanPowerShell(source, scan);
                break;
        }

        return scan;
    }

    private delegate void LineScanner(string text, int start, int end, int line, CommentScan scan);

    private static void ScanLines(SourceText source, CommentScan scan, LineScanner scanLine)
    {
        var text = source.Text;
        for (var line = 1; line <= source.LineCount; line++)
        {
            var start = source.GetLineStart(line);
            var end = start;
            while (end < text.Length && text[end] != '\r' && text[end] != '\n')
            {
                end++;
            }

            scanLine(text, start, end, line, scan);
        }
    }

    // regedit: ';' starts a comment anywhere outside a quoted string.
    private static void ScanRegLine(string text, int start, int end, int line, CommentScan scan)
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
                scan.LineHasCode[line] = true;
            }
            else if (c == ';')
            {
                scan.Comments.Add(new Comment(i + 1, end, line, scan.LineHasCode[line]));
                return;
            }
            else if (!char.IsWhiteSpace(c))
            {
                scan.LineHasCode[line] = true;
            }
        }
    }

    // cmd.exe: a line whose command is 'rem' or that starts with '::', and '& rem' after a command.
    private static void ScanBatchLine(string text, int start, int end, int line, CommentScan scan)
    {
        var i = SkipBlanksAndAt(text, start, end);
        if (i + 1 < end && text[i] == ':' && text[i + 1] == ':')
        {
            scan.Comments.Add(new Comment(i + 2, end, line, false));
            return;
        }

        if (IsRem(text, i, end))
        {
            scan.Comments.Add(new Comment(Math.Min(i + 4, end), end, line, false));
            return;
        }

        var inQuote = false;
        for (var p = i; p < end; p++)
        {
            var c = text[p];
            if (c == '"')
            {
                inQuote = !inQuote;
            }
            else if (c == '&' && !inQuote)
            {
                var next = p + 1 < end && text[p + 1] == '&' ? p + 2 : p + 1;
                var command = SkipBlanksAndAt(text, next, end);
                if (IsRem(text, command, end))
                {
                    scan.Comments.Add(new Comment(Math.Min(command + 4, end), end, line, true));
                    return;
                }
            }

            if (!char.IsWhiteSpace(c))
            {
                scan.LineHasCode[line] = true;
            }
        }
    }

    private static int SkipBlanksAndAt(string text, int i, int end)
    {
        while (i < end && (char.IsWhiteSpace(text[i]) || text[i] == '@'))
        {
            i++;
        }

        return i;
    }

    private static bool IsRem(string text, int i, int end) =>
        i + 3 <= end && string.Compare(text, i, "rem", 0, 3, StringComparison.OrdinalIgnoreCase) == 0
        && (i + 3 == end || char.IsWhiteSpace(text[i + 3]));

    private enum PsState
    {
        Code,
        Block,
        Single,
        Double,
        HereSingle,
        HereDouble,
    }

    private static void ScanPowerShell(SourceText source, CommentScan scan)
    {
        var text = source.Text;
        var state = PsState.Code;
        var line = 1;
        var blockStart = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n')
            {
                if (state == PsState.Block)
                {
                    scan.Comments.Add(new Comment(blockStart, i, line, false));
                }

                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                line++;
                blockStart = i + 1;
                if (state is PsState.HereSingle or PsState.HereDouble && HereStringEndsAt(text, i + 1, state))
                {
                    scan.LineHasCode[line] = true;
                    i += 2;
                    state = PsState.Code;
                }

                continue;
            }

            switch (state)
            {
                case PsState.Code:
                    if (c == '#' && (i == 0 || char.IsWhiteSpace(text[i - 1]) || ";(){}|&,=".Contains(text[i - 1], StringComparison.Ordinal)))
                    {
                        var end = i;
                        while (end < text.Length && text[end] != '\r' && text[end] != '\n')
                        {
                            end++;
                        }

                        scan.Comments.Add(new Comment(i + 1, end, line, scan.LineHasCode[line]));
                        i = end - 1;
                    }
                    else if (c == '<' && i + 1 < text.Length && text[i + 1] == '#')
                    {
                        state = PsState.Block;
                        i++;
                        blockStart = i + 1;
                    }
                    else if (c == '`')
                    {
                        // A backtick escapes the next character: `# is not a comment.
                        scan.LineHasCode[line] = true;
                        if (i + 1 < text.Length && text[i + 1] is not '\r' and not '\n')
                        {
                            i++;
                        }
                    }
                    else if (c == '@' && i + 1 < text.Length && IsQuote(text[i + 1], out var hereDouble) && RestIsBlank(text, i + 2))
                    {
                        scan.LineHasCode[line] = true;
                        state = hereDouble ? PsState.HereDouble : PsState.HereSingle;
                        i++;
                    }
                    else if (IsQuote(c, out var isDouble))
                    {
                        scan.LineHasCode[line] = true;
                        state = isDouble ? PsState.Double : PsState.Single;
                    }
                    else if (!char.IsWhiteSpace(c))
                    {
                        scan.LineHasCode[line] = true;
                        if (c == '[')
                        {
                            scan.OpenBrackets.Add(i);
                        }
                        else if (c is '{' or '}')
                        {
                            scan.Braces.Add(i);
                        }
                    }

                    break;
                case PsState.Block:
                    if (c == '#' && i + 1 < text.Length && text[i + 1] == '>')
                    {
                        scan.Comments.Add(new Comment(blockStart, i, line, scan.LineHasCode[line]));
                        state = PsState.Code;
                        i++;
                    }

                    break;
                case PsState.Single:
                    scan.LineHasCode[line] = true;
                    if (IsQuote(c, out var d1) && !d1)
                    {
                        // '' inside a single-quoted string is one quote.
                        if (i + 1 < text.Length && IsQuote(text[i + 1], out var d2) && !d2)
                        {
                            i++;
                        }
                        else
                        {
                            state = PsState.Code;
                        }
                    }

                    break;
                case PsState.Double:
                    scan.LineHasCode[line] = true;
                    if (c == '`')
                    {
                        i += i + 1 < text.Length && text[i + 1] is not '\r' and not '\n' ? 1 : 0;
                    }
                    else if (IsQuote(c, out var d3) && d3)
                    {
                        if (i + 1 < text.Length && IsQuote(text[i + 1], out var d4) && d4)
                        {
                            i++;
                        }
                        else
                        {
                            state = PsState.Code;
                        }
                    }

                    break;
                default:
                    if (!char.IsWhiteSpace(c))
                    {
                        scan.LineHasCode[line] = true;
                    }

                    break;
            }
        }

        if (state == PsState.Block && blockStart < text.Length)
        {
            scan.Comments.Add(new Comment(blockStart, text.Length, line, false));
        }
    }

    // PowerShell accepts the typographic quotes as well as the ASCII ones.
    private static bool IsQuote(char c, out bool isDouble)
    {
        isDouble = c is '"' or '\u201C' or '\u201D' or '\u201E';
        return isDouble || c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B';
    }

    private static bool RestIsBlank(string text, int i)
    {
        for (; i < text.Length && text[i] is not '\r' and not '\n'; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    // A here-string ends with '@ or "@ at the very start of a line.
    private static bool HereStringEndsAt(string text, int i, PsState state) =>
        i + 1 < text.Length && text[i + 1] == '@' && IsQuote(text[i], out var isDouble) && isDouble == (state == PsState.HereDouble);
}

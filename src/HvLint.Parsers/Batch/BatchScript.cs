using HvLint.Core.Suppressions;
using HvLint.Core.Text;

namespace HvLint.Parsers.Batch;

/// <summary>
/// A batch file split the way cmd.exe reads it: physical lines end at LF and carriage
/// returns are dropped (phase 0 of cmd's parser), and labels are found by scanning every line,
/// as goto does.
/// </summary>
internal sealed class BatchScript
{
    private readonly int[] _starts;
    private readonly int[] _ends;
    private readonly string?[] _labels;
    private readonly Dictionary<string, List<int>> _labelLines = new(StringComparer.OrdinalIgnoreCase);

    public BatchScript(SourceText source, string? scriptDirectory)
    {
        Source = source;
        ScriptDirectory = scriptDirectory;
        var text = source.Text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        // A final line break does not start another line.
        if (starts.Count > 1 && starts[^1] == text.Length)
        {
            starts.RemoveAt(starts.Count - 1);
        }

        _starts = [.. starts];
        _ends = new int[_starts.Length];
        _labels = new string?[_starts.Length];
        for (var l = 0; l < _starts.Length; l++)
        {
            // Each line ends just before its LF; the last one at the end of the text (before
            // a final LF).
            var end = l + 1 < _starts.Length ? _starts[l + 1] - 1 : text.Length;
            if (l + 1 == _starts.Length && end > _starts[l] && text[end - 1] == '\n')
            {
                end--;
            }

            _ends[l] = end;
            if (ReadComment(text, _starts[l], end) is { } comment)
            {
                Comments.Add(comment);
            }

            _labels[l] = ReadLabel(text, _starts[l], _ends[l]);
            if (_labels[l] is { Length: > 0 } name)
            {
                if (!_labelLines.TryGetValue(name, out var lines))
                {
                    _labelLines[name] = lines = [];
                }

                lines.Add(l);
            }
        }
    }

    public SourceText Source { get; }

    /// <summary>The comments of every line, in order, whether or not the line runs: 'rem' and '::' lines, and '&amp; rem' after a command.</summary>
    public List<SourceComment> Comments { get; } = [];

    public string? ScriptDirectory { get; }

    public int LineCount => _starts.Length;

    public IEnumerable<int> LabelLines => _labelLines.Values.SelectMany(l => l).Order();

    /// <summary>Whether the line is a label (or a :: comment), which cmd.exe skips when it runs the file.</summary>
    public bool IsLabelLine(int line) => _labels[line] is not null;

    public bool HasLabel(string name) => _labelLines.ContainsKey(name);

    /// <summary>
    /// The line of a label as goto and call find it: the first one after the current line,
    /// else the first one from the top of the file (cmd.exe wraps around).
    /// </summary>
    public int? FindLabel(string name, int fromLine)
    {
        if (!_labelLines.TryGetValue(name, out var lines))
        {
            return null;
        }

        // The lines are in ascending order: the first one after fromLine, else wrap around.
        var at = lines.BinarySearch(fromLine + 1);
        at = at < 0 ? ~at : at;
        return at < lines.Count ? lines[at] : lines[0];
    }

    /// <summary>The characters of a physical line as source characters, without carriage returns.</summary>
    public List<BChar> LineChars(int line)
    {
        var text = Source.Text;
        var chars = new List<BChar>(_ends[line] - _starts[line]);
        for (var i = _starts[line]; i < _ends[line]; i++)
        {
            if (text[i] != '\r')
            {
                chars.Add(new BChar(text[i], i, i + 1, null));
            }
        }

        return chars;
    }

    /// <summary>
    /// Whether any of the physical lines from <paramref name="first"/> to <paramref name="last"/>
    /// holds a '%': lines without one read the same whatever the variables are.
    /// </summary>
    public bool HasPercent(int first, int last) =>
        Source.Text.AsSpan(_starts[first], _ends[last] - _starts[first]).Contains('%');

    /// <summary>The span of a physical line without its line break.</summary>
    public TextSpan LineSpan(int line) => TextSpan.FromBounds(_starts[line], _ends[line]);

    public static bool IsDelimiter(char c) => c is ' ' or '\t' or ',' or ';' or '=' or '\v' or '\f';

    // A line whose command is 'rem' (then a blank or the end) or that starts with '::', both
    // maybe after blanks and '@'; or '& rem' / '&& rem' after a command, outside quotes.
    private static SourceComment? ReadComment(string text, int start, int end)
    {
        // A CR before the LF is not part of the comment.
        if (end > start && text[end - 1] == '\r')
        {
            end--;
        }

        var first = start;
        while (first < end && char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        var i = SkipBlanksAndAt(text, first, end);
        if (i + 1 < end && text[i] == ':' && text[i + 1] == ':')
        {
            return new SourceComment(TextSpan.FromBounds(first, end), TextSpan.FromBounds(i + 2, end));
        }

        if (IsRem(text, i, end))
        {
            return new SourceComment(TextSpan.FromBounds(first, end), TextSpan.FromBounds(Math.Min(i + 4, end), end));
        }

        var inQuote = false;
        for (var p = i; p < end; p++)
        {
            if (text[p] == '"')
            {
                inQuote = !inQuote;
            }
            else if (text[p] == '&' && !inQuote)
            {
                var command = SkipBlanksAndAt(text, p + 1 < end && text[p + 1] == '&' ? p + 2 : p + 1, end);
                if (IsRem(text, command, end))
                {
                    return new SourceComment(TextSpan.FromBounds(command, end), TextSpan.FromBounds(Math.Min(command + 4, end), end));
                }
            }
        }

        return null;
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

    // A label line starts (after spaces and delimiters) with ':'; the name runs to the first
    // space or delimiter. '::' is a label no goto can reach: a comment.
    private static string? ReadLabel(string text, int start, int end)
    {
        var i = start;
        while (i < end && (IsDelimiter(text[i]) || text[i] == '\r'))
        {
            i++;
        }

        if (i >= end || text[i] != ':')
        {
            return null;
        }

        var s = ++i;
        while (i < end && !IsDelimiter(text[i]) && text[i] is not ('\r' or '+' or ':' or '&' or '|' or '<' or '>' or '^'))
        {
            i++;
        }

        return text[s..i];
    }
}

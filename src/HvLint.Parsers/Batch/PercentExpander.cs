using System.Globalization;
using HvLint.Core.Text;

namespace HvLint.Parsers.Batch;

/// <summary>An argument of <c>call :label</c>: its text as the subroutine sees it in %1, and where it is written.</summary>
internal sealed record CallArgument(IReadOnlyList<BChar> Chars, TextSpan Span);

/// <summary>The arguments %1..%9 of the code being run: none at the top of the script (they are unknown), or those of a call.</summary>
internal sealed class CallFrame(List<CallArgument>? arguments, int depth)
{
    /// <summary>The call's arguments, or null at the top level, where the script's own arguments are unknown.</summary>
    public List<CallArgument>? Arguments { get; } = arguments;

    public int Depth { get; } = depth;

    /// <summary>How many times shift has run.</summary>
    public int Shift { get; set; }

    /// <summary>The setlocal depth when the call started: its endlocal cannot go below it, and returning ends its scopes.</summary>
    public int ScopeBase { get; init; }
}

/// <summary>
/// Phase 1 of cmd.exe's parser for batch files: %% becomes %, %0-%9 and %* are the batch (or
/// subroutine) arguments, %~1 drops the quotes, %NAME% the variable, with :~start,length and
/// :old=new. A variable the script never set is unknown: its reference text is kept, marked
/// unresolved. An unmatched % is removed, as cmd.exe does in batch files.
/// </summary>
internal sealed class PercentExpander(BatchScript script, BatchEnvironment? environment, CallFrame? frame)
{
    /// <summary>The longest command line cmd.exe runs, after expansion.</summary>
    internal const int MaxLineLength = 8191;

    /// <summary>The characters of a physical line after expansion; a line without '%' is its own expansion.</summary>
    public List<BChar> ExpandLine(int line) => script.HasPercent(line, line) ? Expand(script.LineChars(line)) : script.LineChars(line);

    public List<BChar> Expand(IReadOnlyList<BChar> input)
    {
        var output = new List<BChar>(input.Count);
        var n = input.Count;
        for (var i = 0; i < n; i++)
        {
            var c = input[i];
            if (!c.Is('%'))
            {
                output.Add(c);
                continue;
            }

            if (i + 1 >= n)
            {
                continue;
            }

            var next = input[i + 1];
            if (next.Is('%'))
            {
                output.Add(new BChar('%', c.Start, next.End, c.Tag));
                i++;
                continue;
            }

            if (next.Is('*'))
            {
                ExpandAllArguments(output, TextSpan.FromBounds(c.Start, next.End));
                i++;
                continue;
            }

            if (next.C is >= '0' and <= '9' && !next.IsOpaque)
            {
                ExpandArgument(output, next.C - '0', string.Empty, TextSpan.FromBounds(c.Start, next.End));
                i++;
                continue;
            }

            if (next.Is('~'))
            {
                var j = i + 2;
                while (j < n && !input[j].IsOpaque && "fdpnxsatzFDPNXSATZ".Contains(input[j].C, StringComparison.Ordinal))
                {
                    j++;
                }

                if (j < n && input[j].C is >= '0' and <= '9' && !input[j].IsOpaque)
                {
                    ExpandArgument(output, input[j].C - '0', "~" + BChar.Text(input, i + 2, j), TextSpan.FromBounds(c.Start, input[j].End));
                    i = j;
                    continue;
                }
            }

            var close = -1;
            for (var k = i + 1; k < n; k++)
            {
                if (input[k].Is('%'))
                {
                    close = k;
                    break;
                }
            }

            if (close < 0)
            {
                continue;
            }

            ExpandVariable(output, BChar.Text(input, i + 1, close), TextSpan.FromBounds(c.Start, input[close].End));
            i = close;
        }

        return output;
    }

    /// <summary>Expands a variable reference (also used for !NAME! in delayed expansion).</summary>
    public void ExpandVariable(List<BChar> output, string reference, TextSpan span)
    {
        var colon = reference.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? reference : reference[..colon];
        if (environment?.Get(name) is not { IsUnknown: false } value)
        {
            Placeholder(script, output, span);
            return;
        }

        IReadOnlyList<ValueChar> chars = value.Chars;
        if (colon >= 0)
        {
            var modifier = reference[(colon + 1)..];
            var modified = modifier.StartsWith('~') ? Substring(chars, modifier[1..]) : Replace(chars, modifier);
            if (modified is null)
            {
                Placeholder(script, output, span);
                return;
            }

            chars = modified;
        }

        // cmd.exe refuses a line longer than 8,191 characters after expansion ("The input line
        // is too long"); a value past that is unknown. Without this bound, set X=%X%a repeated
        // made each line longer than the last: quadratic time.
        if (output.Count + chars.Count > MaxLineLength)
        {
            Placeholder(script, output, span);
            return;
        }

        foreach (var ch in chars)
        {
            output.Add(new BChar(ch.C, span.Start, span.End, ExpansionTag.Derive(ch.Tag)));
        }
    }

    /// <summary>Text for a value HvLint cannot know: the reference as written, marked unresolved.</summary>
    public static void Placeholder(BatchScript script, List<BChar> output, TextSpan span)
    {
        var text = script.Source.GetText(span);
        foreach (var ch in text)
        {
            output.Add(new BChar(ch, span.Start, span.End, ExpansionTag.Unresolved));
        }
    }

    private void ExpandArgument(List<BChar> output, int digit, string modifiers, TextSpan span)
    {
        if (digit == 0)
        {
            // %~dp0 is the folder of the batch file (also inside a subroutine), with a trailing
            // backslash; the other forms of %0 depend on how the script was started.
            if (modifiers.Length == 3 && modifiers[1..].ToLowerInvariant() is "dp" or "pd" && script.ScriptDirectory is { } dir)
            {
                foreach (var ch in dir.TrimEnd('\\', '/') + "\\")
                {
                    output.Add(new BChar(ch, span.Start, span.End, ExpansionTag.Resolved));
                }

                return;
            }

            Placeholder(script, output, span);
            return;
        }

        if (frame?.Arguments is not { } args)
        {
            // The arguments the script itself is started with are unknown.
            Placeholder(script, output, span);
            return;
        }

        var index = digit - 1 + frame.Shift;
        if (index >= args.Count)
        {
            // The call passed no such argument: it expands to nothing.
            return;
        }

        var arg = args[index];
        var chars = arg.Chars;
        var start = 0;
        var end = chars.Count;
        if (modifiers == "~")
        {
            if (end > 0 && chars[0].Is('"'))
            {
                start = 1;
            }

            if (end > start && chars[end - 1].Is('"'))
            {
                end--;
            }
        }
        else if (modifiers.Length > 0)
        {
            // Path modifiers (%~f1, %~nx1, ...) ask the file system.
            Placeholder(script, output, span);
            return;
        }

        Emit(output, chars, start, end, arg.Span, span);
    }

    private void ExpandAllArguments(List<BChar> output, TextSpan span)
    {
        if (frame?.Arguments is not { } args)
        {
            Placeholder(script, output, span);
            return;
        }

        for (var a = 0; a < args.Count; a++)
        {
            if (a > 0)
            {
                output.Add(new BChar(' ', span.Start, span.End, ExpansionTag.Resolved));
            }

            Emit(output, args[a].Chars, 0, args[a].Chars.Count, args[a].Span, span);
        }
    }

    private static void Emit(List<BChar> output, IReadOnlyList<BChar> chars, int start, int end, TextSpan callArgument, TextSpan span)
    {
        ExpansionTag? lastSource = null;
        ExpansionTag? lastTag = null;
        var first = true;
        for (var i = start; i < end; i++)
        {
            var source = chars[i].Tag;
            if (first || !ReferenceEquals(source, lastSource))
            {
                lastTag = ExpansionTag.FromCall(source, callArgument);
                lastSource = source;
                first = false;
            }

            output.Add(new BChar(chars[i].C, span.Start, span.End, lastTag));
        }
    }

    // %NAME:~start,length%: negative start counts from the end, negative length leaves that
    // many characters off the end.
    private static ValueChar[]? Substring(IReadOnlyList<ValueChar> chars, string spec)
    {
        var comma = spec.IndexOf(',', StringComparison.Ordinal);
        if (!int.TryParse(comma < 0 ? spec : spec[..comma], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var start))
        {
            return null;
        }

        var n = chars.Count;
        start = start < 0 ? Math.Max(0, n + start) : Math.Min(start, n);
        var end = n;
        if (comma >= 0)
        {
            if (!int.TryParse(spec[(comma + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var length))
            {
                return null;
            }

            end = length < 0 ? Math.Max(start, n + length) : (int)Math.Min(n, (long)start + length);
        }

        return chars.Skip(start).Take(Math.Max(0, end - start)).ToArray();
    }

    // %NAME:old=new%, case-insensitive; *old replaces everything up to and including the first old.
    private static IReadOnlyList<ValueChar>? Replace(IReadOnlyList<ValueChar> chars, string spec)
    {
        var eq = spec.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
        {
            return null;
        }

        var old = spec[..eq];
        var replacement = spec[(eq + 1)..].Select(c => new ValueChar(c, ExpansionTag.Resolved)).ToArray();
        var text = new string(chars.Select(c => c.C).ToArray());
        var result = new List<ValueChar>();
        if (old.StartsWith('*'))
        {
            old = old[1..];
            var at = old.Length == 0 ? -1 : text.IndexOf(old, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return chars;
            }

            result.AddRange(replacement);
            result.AddRange(chars.Skip(at + old.Length));
            return result;
        }

        var i = 0;
        while (i < text.Length)
        {
            var at = text.IndexOf(old, i, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                break;
            }

            result.AddRange(chars.Skip(i).Take(at - i));
            result.AddRange(replacement);
            i = at + old.Length;
        }

        result.AddRange(chars.Skip(i));
        return result;
    }
}

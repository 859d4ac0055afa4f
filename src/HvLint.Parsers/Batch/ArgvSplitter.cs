using System.Text;
using HvLint.Core.Model;
using HvLint.Core.Text;
using HvLint.Parsers.Commands;

namespace HvLint.Parsers.Batch;

/// <summary>One argument of a program's command line, with the characters it was made of.</summary>
internal sealed class ArgvToken
{
    public required string Text { get; init; }

    /// <summary>For each character of <see cref="Text"/>, the span of the batch character it comes from.</summary>
    public required TextSpan[] CharacterSpans { get; init; }

    /// <summary>The index in <see cref="Text"/> of the last character of unknown value (see <see cref="BChar.IsOpaque"/>), or -1.</summary>
    public required int LastOpaque { get; init; }

    public required TextSpan Span { get; init; }

    public required Certainty Certainty { get; init; }

    public required IReadOnlyList<TextSpan> Origins { get; init; }

    public BcdObjectReference? BcdObject { get; init; }

    public CommandArgument ToArgument(TextSpan? editSpan = null) => new(Text, Span, Certainty)
    {
        EditSpan = editSpan,
        Origins = Origins,
        BcdObject = BcdObject,
        CharacterSpans = CharacterSpans,
    };
}

/// <summary>
/// Splits the command line cmd.exe hands to a program into arguments the way the Microsoft C
/// runtime does (reg.exe and bcdedit.exe use it): spaces and tabs separate arguments, double
/// quotes group and are removed, "" inside quotes is a quote, and backslashes are literal
/// except before a quote (2n backslashes + quote: n backslashes and a quote that toggles;
/// 2n+1: n backslashes and a literal quote).
/// </summary>
internal static class ArgvSplitter
{
    public static List<ArgvToken> Split(IReadOnlyList<BChar> chars, int start = 0)
    {
        var result = new List<ArgvToken>();
        var i = start;
        var n = chars.Count;

        // One buffer for every argument's text and character spans; each argument keeps a copy of its own size.
        var text = new StringBuilder(Math.Max(0, n - start));
        var spans = new List<TextSpan>(Math.Max(0, n - start));
        var lastOpaque = -1;

        // Appends a character of the argument, taken from a batch character.
        void Keep(char ch, BChar source)
        {
            lastOpaque = source.IsOpaque ? spans.Count : lastOpaque;
            text.Append(ch);
            spans.Add(source.Span);
        }

        while (true)
        {
            while (i < n && chars[i].C is ' ' or '\t' && !chars[i].IsOpaque)
            {
                i++;
            }

            if (i >= n)
            {
                break;
            }

            var first = i;
            text.Clear();
            spans.Clear();
            lastOpaque = -1;
            var quoted = false;
            while (i < n)
            {
                var c = chars[i];
                if (c.IsOpaque)
                {
                    Keep(c.C, c);
                    i++;
                    continue;
                }

                if (!quoted && c.C is ' ' or '\t')
                {
                    break;
                }

                if (c.C == '\\')
                {
                    var k = i;
                    while (k < n && chars[k].Is('\\'))
                    {
                        k++;
                    }

                    var count = k - i;
                    if (k < n && chars[k].Is('"'))
                    {
                        for (var b = 0; b < count / 2; b++)
                        {
                            Keep('\\', chars[i + b]);
                        }

                        if (count % 2 == 1)
                        {
                            Keep('"', chars[k]);
                            i = k + 1;
                        }
                        else
                        {
                            i = k;
                        }

                        continue;
                    }

                    for (var b = i; b < k; b++)
                    {
                        Keep('\\', chars[b]);
                    }

                    i = k;
                    continue;
                }

                if (c.C == '"')
                {
                    if (quoted && i + 1 < n && chars[i + 1].Is('"'))
                    {
                        Keep('"', chars[i + 1]);
                        i += 2;
                        continue;
                    }

                    quoted = !quoted;
                    i++;
                    continue;
                }

                Keep(c.C, c);
                i++;
            }

            var certainty = Certainty.Literal;
            List<TextSpan>? origins = null;
            BcdObjectReference? bcdObject = null;
            for (var j = first; j < i; j++)
            {
                var tag = chars[j].Tag;
                if (tag is null)
                {
                    continue;
                }

                certainty = (Certainty)Math.Max((int)certainty, (int)tag.Certainty);
                bcdObject ??= tag.BcdObject;
                foreach (var o in tag.Origins)
                {
                    origins ??= [];
                    if (!origins.Contains(o))
                    {
                        origins.Add(o);
                    }
                }
            }

            result.Add(new ArgvToken
            {
                Text = text.ToString(),
                CharacterSpans = [.. spans],
                LastOpaque = lastOpaque,
                Span = BChar.SpanOf(chars, first, i),
                Certainty = certainty,
                Origins = origins ?? [],
                BcdObject = bcdObject,
            });
        }

        return result;
    }
}

namespace HvLint.Parsers.Batch;

/// <summary>
/// The for variables (%%a ...) of the loops around a command, and their substitution, which
/// cmd.exe does when it runs each command of the body (phase 4 of its parser). The names are
/// case-sensitive.
/// </summary>
internal sealed class ForScope
{
    public static readonly ForScope Empty = new(new Dictionary<char, BatchValue>());

    private readonly Dictionary<char, BatchValue> _values;

    private ForScope(Dictionary<char, BatchValue> values) => _values = values;

    public ForScope With(IReadOnlyDictionary<char, BatchValue> values)
    {
        var merged = new Dictionary<char, BatchValue>(_values);
        foreach (var (k, v) in values)
        {
            merged[k] = v;
        }

        return new ForScope(merged);
    }

    /// <summary>Replaces %a and %~a (after %% became %) by the loop variable's value.</summary>
    public List<BChar> Substitute(List<BChar> chars, BatchScript script)
    {
        if (_values.Count == 0)
        {
            return chars;
        }

        List<BChar>? output = null;
        for (var i = 0; i < chars.Count; i++)
        {
            var c = chars[i];
            if (!c.Is('%') || !TryMatch(chars, i, out var varIndex, out var modifiers))
            {
                output?.Add(c);
                continue;
            }

            output ??= chars.GetRange(0, i);
            var span = Core.Text.TextSpan.FromBounds(c.Start, chars[varIndex].End);
            var value = _values[chars[varIndex].C];
            if (value.IsUnknown || modifiers.Length > 1 || (modifiers.Length == 1 && modifiers != "~"))
            {
                PercentExpander.Placeholder(script, output, span);
            }
            else
            {
                var v = value.Chars;
                var start = 0;
                var end = v.Count;
                if (modifiers == "~")
                {
                    if (end > 0 && v[0].C == '"')
                    {
                        start = 1;
                    }

                    if (end > start && v[end - 1].C == '"')
                    {
                        end--;
                    }
                }

                for (var k = start; k < end; k++)
                {
                    output.Add(new BChar(v[k].C, span.Start, span.End, ExpansionTag.Derive(v[k].Tag)));
                }
            }

            i = varIndex;
        }

        return output ?? chars;
    }

    // %a, or %~[modifiers]a: the variable is the last letter of the run that is a loop variable.
    private bool TryMatch(List<BChar> chars, int percent, out int varIndex, out string modifiers)
    {
        varIndex = -1;
        modifiers = string.Empty;
        var j = percent + 1;
        if (j >= chars.Count || chars[j].IsOpaque)
        {
            return false;
        }

        if (chars[j].C != '~')
        {
            if (_values.ContainsKey(chars[j].C))
            {
                varIndex = j;
                return true;
            }

            return false;
        }

        var k = j + 1;
        while (k < chars.Count && !chars[k].IsOpaque && char.IsAsciiLetter(chars[k].C) && k - j <= 12)
        {
            k++;
        }

        for (var last = k - 1; last > j; last--)
        {
            if (_values.ContainsKey(chars[last].C))
            {
                varIndex = last;
                modifiers = "~" + BChar.Text(chars, j + 1, last);
                return true;
            }
        }

        return false;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using HvLint.Core.Model;
using HvLint.Parsers.Commands;

namespace HvLint.Parsers.Batch;

/// <summary>for loops: literal lists run once per item, for /f over a string is split like cmd.exe splits it, and for /f over a bcdedit /copy command captures the new entry.</summary>
internal sealed partial class BatchInterpreter
{
    private const int MaxTotalForIterations = 10_000;
    private int _forIterations;

    private Outcome ExecuteFor(ForNode node, BatchEnvironment env, CallFrame frame, ForScope scope, FlowState flow, bool inputRedirected)
    {
        var set = scope.Substitute(node.Set, _script);
        if (env.DelayedExpansion && set.Exists(c => c.Is('!')))
        {
            set = DelayedExpand(set, env, frame);
        }

        var (iterations, once) = node.Kind switch
        {
            "/l" => Counted(node, set),
            "/f" => Lines(node, set, IsConditional(flow)),
            "/d" or "/r" => ([Single(node.Variable, BatchValue.Unknown)], false),
            _ => Items(node, set),
        };

        // Nested loops multiply (256 iterations each): past the file's budget a loop runs once
        // with its variable unknown, so its writes are unresolved and conditional.
        if (iterations.Count > 1 && (_forIterations += iterations.Count) > MaxTotalForIterations)
        {
            iterations = [Single(node.Variable, BatchValue.Unknown)];
        }

        // A loop over files or command output may run any number of times, also none.
        var known = iterations.All(values => values.Values.All(v => !v.IsUnknown));
        var before = env.Clone();
        _conditional += known ? 0 : 1;
        foreach (var values in iterations)
        {
            var o = Execute(node.Body, env, frame, scope.With(values), flow, inputRedirected);
            if (o.Kind != FlowKind.Next && RecordStop(o, env.Clone(), flow, flow.Weight / 2))
            {
                flow.Weight /= 2;
            }

            if (_terminated)
            {
                break;
            }
        }

        _conditional -= known ? 0 : 1;

        // A variable set in a loop that may run any number of times has no single value after it.
        if (!once)
        {
            env.ForgetChangesSince(before);
        }

        return Outcome.Next;
    }

    private static Dictionary<char, BatchValue> Single(char name, BatchValue value) => new() { [name] = value };

    // for %%v in (a b "c d"): one iteration per item; wildcards name files, which are unknown.
    private static (List<Dictionary<char, BatchValue>>, bool) Items(ForNode node, List<BChar> set)
    {
        var result = new List<Dictionary<char, BatchValue>>();
        var once = true;
        foreach (var (s, e) in SplitItems(set))
        {
            var text = BChar.Text(set, s, e);
            var unknown = text.IndexOfAny(['*', '?']) >= 0 || set.Skip(s).Take(e - s).Any(c => c.IsOpaque);
            once &= !unknown;
            result.Add(Single(node.Variable, unknown ? BatchValue.Unknown : BatchValue.From(set.Skip(s).Take(e - s))));
            if (result.Count >= MaxLoopIterations)
            {
                once = false;
                break;
            }
        }

        return (result, once && result.Count == 1);
    }

    // for /l %%i in (start,step,end)
    private static (List<Dictionary<char, BatchValue>>, bool) Counted(ForNode node, List<BChar> set)
    {
        var items = SplitItems(set).Select(r => BChar.Text(set, r.Start, r.End)).ToArray();
        var numbers = new long[3];
        if (items.Length != 3 || set.Any(c => c.IsOpaque) || !items.Select((t, k) => long.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out numbers[k])).All(ok => ok) || numbers[1] == 0)
        {
            return ([Single(node.Variable, BatchValue.Unknown)], false);
        }

        var result = new List<Dictionary<char, BatchValue>>();
        for (var v = numbers[0]; numbers[1] > 0 ? v <= numbers[2] : v >= numbers[2]; v += numbers[1])
        {
            if (result.Count >= MaxLoopIterations)
            {
                return (result, false);
            }

            result.Add(Single(node.Variable, BatchValue.Literal(v.ToString(CultureInfo.InvariantCulture), null)));
        }

        return (result, result.Count == 1);
    }

    // for /f: 'command' runs the command; "string" is split into tokens; anything else names files.
    private (List<Dictionary<char, BatchValue>>, bool) Lines(ForNode node, List<BChar> set, bool conditional)
    {
        var options = ForOptions.Parse(node.Options);
        var names = Enumerable.Range(0, options.VariableCount).Select(k => (char)(node.Variable + k)).ToArray();
        Dictionary<char, BatchValue> All(BatchValue value) => names.ToDictionary(n => n, _ => value);

        var s = 0;
        var e = set.Count;
        while (s < e && set[s].C is ' ' or '\t' && !set[s].IsOpaque)
        {
            s++;
        }

        while (e > s && set[e - 1].C is ' ' or '\t' && !set[e - 1].IsOpaque)
        {
            e--;
        }

        var commandQuote = options.UseBackQuotes ? '`' : '\'';
        var stringQuote = options.UseBackQuotes ? '\'' : '"';
        if (e - s >= 2 && set[s].Is(commandQuote) && set[e - 1].Is(commandQuote))
        {
            var (program, tokens) = RunProgram(set.GetRange(s + 1, e - s - 2), 0, inputRedirected: false, conditional);

            // The GUID bcdedit /copy prints ("The entry was successfully copied to {guid}.") is
            // what scripts capture; it names the new entry, known here as the copy of its source.
            // The variable's text is the copy's display name, such as copy-of:{current}.
            if (program == "bcdedit" && BcdEditInterpreter.TryGetCopyObject(tokens.Skip(1).Select(t => t.ToArgument()).ToArray(), out var copy))
            {
                return ([All(BatchValue.Literal(copy.ToString(), new ExpansionTag(Certainty.Resolved, [], copy)))], true);
            }

            return ([All(BatchValue.Unknown)], false);
        }

        if (e - s >= 2 && set[s].Is(stringQuote) && set[e - 1].Is(stringQuote) && !options.Unknown)
        {
            var inner = set.GetRange(s + 1, e - s - 2);
            if (inner.Exists(c => c.IsOpaque))
            {
                return ([All(BatchValue.Unknown)], false);
            }

            if (options.Skip > 0 || (inner.Count > 0 && options.EndOfLine is { } eol && inner[0].C == eol))
            {
                return ([], true);
            }

            var values = options.Split(inner);
            return ([names.Select((n, k) => (n, k)).ToDictionary(x => x.n, x => x.k < values.Count ? values[x.k] : BatchValue.Empty)], true);
        }

        return ([All(BatchValue.Unknown)], false);
    }

    // Items of a for set: spaces, tabs, commas, semicolons and equals signs separate them; quotes group.
    private static List<(int Start, int End)> SplitItems(List<BChar> set)
    {
        var result = new List<(int, int)>();
        var i = 0;
        while (true)
        {
            while (i < set.Count && !set[i].IsOpaque && BatchScript.IsDelimiter(set[i].C))
            {
                i++;
            }

            if (i >= set.Count)
            {
                return result;
            }

            var start = i;
            var quoted = false;
            while (i < set.Count && (quoted || set[i].IsOpaque || !BatchScript.IsDelimiter(set[i].C)))
            {
                if (set[i].Is('"'))
                {
                    quoted = !quoted;
                }

                i++;
            }

            result.Add((start, i));
        }
    }

    /// <summary>The options of for /f: "eol=c skip=n delims=xxx tokens=x,y,m-n[*] usebackq".</summary>
    private sealed partial class ForOptions
    {
        private List<int> _tokens = [1];
        private bool _rest;
        private string _delimiters = " \t";

        public bool UseBackQuotes { get; private set; }

        public int Skip { get; private set; }

        public char? EndOfLine { get; private set; } = ';';

        /// <summary>The options are computed at run time.</summary>
        public bool Unknown { get; private set; }

        public int VariableCount => Math.Clamp(_tokens.Count + (_rest ? 1 : 0), 1, 26);

        public static ForOptions Parse(List<BChar> written)
        {
            var options = new ForOptions { Unknown = written.Exists(c => c.IsOpaque) };
            var text = BChar.Text(written).Trim();
            if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
            {
                text = text[1..^1];
            }

            options.UseBackQuotes = text.Contains("usebackq", StringComparison.OrdinalIgnoreCase);
            if (SkipRegex().Match(text) is { Success: true } skip && int.TryParse(skip.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                options.Skip = n;
            }

            if (EolRegex().Match(text) is { Success: true } eol)
            {
                options.EndOfLine = eol.Groups[1].Value[0];
            }

            var d = text.IndexOf("delims=", StringComparison.OrdinalIgnoreCase);
            if (d >= 0)
            {
                var value = text[(d + "delims=".Length)..];
                var next = NextOptionRegex().Match(value);
                options._delimiters = next.Success ? value[..next.Index] : value;
            }

            if (TokensRegex().Match(text) is { Success: true } tokens)
            {
                var spec = tokens.Groups[1].Value;
                options._rest = spec.EndsWith('*');
                options._tokens = [];
                foreach (var part in spec.TrimEnd('*').Split(',', StringSplitOptions.RemoveEmptyEntries))
                {
                    var range = part.Split('-');
                    if (range.Length == 2 && int.TryParse(range[0], CultureInfo.InvariantCulture, out var from) && int.TryParse(range[1], CultureInfo.InvariantCulture, out var to))
                    {
                        for (var t = from; t <= to && options._tokens.Count < 26; t++)
                        {
                            options._tokens.Add(t);
                        }
                    }
                    else if (int.TryParse(part, CultureInfo.InvariantCulture, out var single))
                    {
                        options._tokens.Add(single);
                    }
                }

                options._tokens = options._tokens.Where(t => t > 0).Distinct().Order().Take(26).ToList();
            }

            return options;
        }

        /// <summary>The values of the loop variables for one line, in order.</summary>
        public List<BatchValue> Split(List<BChar> line)
        {
            var segments = new List<(int Start, int End)>();
            var i = 0;
            while (i < line.Count)
            {
                while (i < line.Count && _delimiters.Contains(line[i].C, StringComparison.Ordinal))
                {
                    i++;
                }

                if (i >= line.Count)
                {
                    break;
                }

                var s = i;
                while (i < line.Count && !_delimiters.Contains(line[i].C, StringComparison.Ordinal))
                {
                    i++;
                }

                segments.Add((s, i));
            }

            var values = new List<BatchValue>();
            foreach (var t in _tokens)
            {
                values.Add(t <= segments.Count ? BatchValue.From(line.Skip(segments[t - 1].Start).Take(segments[t - 1].End - segments[t - 1].Start)) : BatchValue.Empty);
            }

            if (_rest)
            {
                var last = _tokens.Count == 0 ? 0 : _tokens[^1];
                values.Add(last < segments.Count ? BatchValue.From(line.Skip(segments[last].Start)) : BatchValue.Empty);
            }

            return values;
        }

        [GeneratedRegex(@"skip=(\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
        private static partial Regex SkipRegex();

        [GeneratedRegex(@"eol=(.)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
        private static partial Regex EolRegex();

        [GeneratedRegex(@"tokens=([0-9,\-*]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
        private static partial Regex TokensRegex();

        [GeneratedRegex(@" (?=eol=|skip=|tokens=|usebackq)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
        private static partial Regex NextOptionRegex();
    }
}

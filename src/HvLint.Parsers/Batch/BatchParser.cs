using HvLint.Core.Diagnostics;
using HvLint.Core.Text;

namespace HvLint.Parsers.Batch;

/// <summary>
/// Phase 2 of cmd.exe's parser: groups the characters of a statement into commands, blocks,
/// if and for, the way cmd.exe does (quotes, ^ escapes and line continuation, &amp;, &amp;&amp;,
/// ||, |, redirections, REM). It reads more physical lines when a block or a caret
/// continuation needs them, so one call parses exactly one statement. It never throws; in the
/// first (static) pass it reports what cmd.exe reads differently from how it looks.
/// </summary>
internal sealed partial class BatchParser
{
    // Deeper nesting than this is not written by people; it is cut off so that the recursive
    // descent cannot exhaust the stack on hostile input.
    private const int MaxNesting = 64;

    private static readonly string[] s_conditionKeywords = ["errorlevel", "exist", "defined", "cmdextversion"];
    private static readonly string[] s_comparisons = ["equ", "neq", "lss", "leq", "gtr", "geq"];

    private readonly BatchScript _script;
    private readonly Func<int, List<BChar>> _readLine;
    private readonly List<Diagnostic>? _findings;
    private List<BChar> _buffer;
    private int _pos;
    private int _line;
    private int _depth;
    private int _nesting;
    private bool _incomplete;

    private BatchParser(BatchScript script, int line, Func<int, List<BChar>> readLine, List<Diagnostic>? findings)
    {
        _script = script;
        _readLine = readLine;
        _findings = findings;
        _line = line;
        _buffer = readLine(line);
    }

    private bool AtEnd => _pos >= _buffer.Count;

    private BChar Current => _buffer[_pos];

    /// <summary>
    /// Parses the statement that starts on a line. Returns null for a statement cmd.exe
    /// discards (a block still open at the end of the file), and the line after the statement.
    /// </summary>
    public static (BatchNode? Node, int NextLine) Parse(BatchScript script, int line, Func<int, List<BChar>> readLine, List<Diagnostic>? findings)
    {
        var parser = new BatchParser(script, line, readLine, findings);
        var node = parser.ParseChain();
        return (parser._incomplete ? null : node, parser._line + 1);
    }

    private BatchNode ParseChain()
    {
        var parts = new List<BatchNode> { ParseCommand() };
        var operators = new List<ChainOperator>();
        while (!_incomplete && !AtEnd)
        {
            var c = Current;
            if (c.Is(')') && _depth > 0)
            {
                break;
            }

            ChainOperator op;
            if (c.Is('&'))
            {
                _pos++;
                op = Accept('&') ? ChainOperator.And : ChainOperator.Then;
            }
            else if (c.Is('|'))
            {
                _pos++;
                op = Accept('|') ? ChainOperator.Or : ChainOperator.Pipe;
            }
            else
            {
                // Text right after a block or an if: cmd.exe runs it as the next command.
                op = ChainOperator.Then;
            }

            operators.Add(op);
            parts.Add(ParseCommand());
        }

        if (parts.Count == 1)
        {
            return parts[0];
        }

        return new ChainNode(parts[0].Span.Union(parts[^1].Span), parts, operators);
    }

    private BatchNode ParseCommand()
    {
        if (++_nesting > MaxNesting)
        {
            _nesting--;
            return SkipRest();
        }

        try
        {
            while (!AtEnd && !Current.IsOpaque && (BatchScript.IsDelimiter(Current.C) || Current.C == '@'))
            {
                _pos++;
            }

            if (AtEnd)
            {
                return Empty();
            }

            var c = Current;
            if (c.Is('('))
            {
                return ParseBlock();
            }

            if (c.Is(')'))
            {
                if (_depth == 0)
                {
                    // Outside a block, a command starting with ')' is ignored with the rest of the line.
                    Report(BatchDiagnostics.UnmatchedCloseParenthesis, c.Span, "This ')' closes no block: cmd.exe ignores it and the rest of the line, so the commands after it are not run. Remove it, or open the block with '(' on the line of its if, for or else.");
                    return SkipRest();
                }

                return Empty();
            }

            if (c.Is(':'))
            {
                // A label or a :: comment where a command goes (inside a block, after &).
                return SkipRest();
            }

            if (AtWord("rem", "/"))
            {
                return SkipRest();
            }

            if (AtWord("if", "/"))
            {
                return ParseIf();
            }

            if (AtWord("for", "/"))
            {
                return ParseFor();
            }

            return ParseSimple();
        }
        finally
        {
            _nesting--;
        }
    }

    private CommandNode ParseSimple()
    {
        // Most commands are their characters as read: they are copied only when a caret or a
        // redirection changes them, and a command that is a whole line keeps the line's list.
        List<BChar>? chars = null;
        var first = _pos;
        var inQuote = false;
        var quote = default(BChar);
        var input = false;
        var start = Current.Start;
        while (!AtEnd)
        {
            var c = Current;
            if (c.IsOpaque)
            {
                chars?.Add(c);
                _pos++;
                continue;
            }

            if (inQuote)
            {
                chars?.Add(c);
                _pos++;
                inQuote = c.C != '"';
                continue;
            }

            if (c.C == '"')
            {
                inQuote = true;
                quote = c;
                chars?.Add(c);
                _pos++;
            }
            else if (c.C == '^')
            {
                // ^ takes the next character literally; at the end of a line it joins the
                // next line, whose first character is then taken literally.
                chars ??= Copy(first);
                if (_pos + 1 < _buffer.Count)
                {
                    chars.Add(_buffer[_pos + 1]);
                    _pos += 2;
                }
                else if (ContinueLine())
                {
                    if (!AtEnd)
                    {
                        chars.Add(Current);
                        _pos++;
                    }
                }
                else
                {
                    _pos++;
                }
            }
            else if (c.C is '&' or '|' || (c.C == ')' && _depth > 0))
            {
                break;
            }
            else if (c.C is '<' or '>')
            {
                chars ??= Copy(first);
                input |= ParseRedirection(chars);
            }
            else
            {
                chars?.Add(c);
                _pos++;
            }
        }

        // The parser never changes a line's list once it is past its end (ContinueLine removes
        // the caret before the end), so a whole line can be the command's characters.
        chars ??= first == 0 && AtEnd ? _buffer : Copy(first);

        // Only where it changes a command HvLint reads (a reg or bcdedit command, or one that the
        // quote swallows after & or |): an unclosed quote on an echo line of ASCII art or in a
        // message changes nothing in the registry or the boot store.
        if (inQuote && (IsRegOrBcdEdit(chars) || SwallowedCommand().IsMatch(BChar.Text(chars))))
        {
            Report(BatchDiagnostics.UnterminatedQuote, TextSpan.FromBounds(quote.Start, chars[^1].End), "This double quote is not closed on its line: cmd.exe quotes everything up to the end of the line, so '&', '|', '>' and ')' there are plain text and the program gets it all as one argument. Add the closing quote.");
        }

        var span = chars.Count > 0 ? BChar.SpanOf(chars, 0, chars.Count) : new TextSpan(start, 0);
        return new CommandNode(span, chars, input);
    }

    // The characters read so far from position first of the current line, with room for the rest of it.
    private List<BChar> Copy(int first)
    {
        var chars = new List<BChar>(_buffer.Count - first);
        for (var i = first; i < _pos; i++)
        {
            chars.Add(_buffer[i]);
        }

        return chars;
    }

    /// <summary>
    /// Whether the command runs reg.exe or bcdedit, by its first word: 'reg', 'REG.EXE',
    /// '%SystemRoot%\System32\reg.exe', '"C:\Windows\System32\bcdedit.exe"'.
    /// </summary>
    private static bool IsRegOrBcdEdit(List<BChar> chars)
    {
        var i = 0;
        while (i < chars.Count && chars[i].C is ' ' or '\t' or '@' or ',' or ';' or '=')
        {
            i++;
        }

        var word = new System.Text.StringBuilder();
        var quoted = false;
        for (; i < chars.Count; i++)
        {
            var c = chars[i].C;
            if (c == '"')
            {
                quoted = !quoted;
                continue;
            }

            if (!quoted && c is ' ' or '\t' or '/' or ',' or ';' or '=')
            {
                break;
            }

            word.Append(c);
        }

        var name = word.ToString();
        name = name[(name.LastIndexOfAny(['\\', '/']) + 1)..];
        if (name.EndsWith(".exe", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^4];
        }

        return name.Equals("reg", StringComparison.OrdinalIgnoreCase) || name.Equals("bcdedit", StringComparison.OrdinalIgnoreCase);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[&|][\s@]*(""?[^\s""&|]*[\\/])?(reg|bcdedit)(\.exe)?""?(\s|$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SwallowedCommand();

    // <file, >file, >>file, 2>file, 2>&1: taken out of the command. Returns whether it is input.
    private bool ParseRedirection(List<BChar> chars)
    {
        var isInput = Current.C == '<';
        if (!isInput && chars.Count > 0 && chars[^1].C is >= '0' and <= '9' && !chars[^1].IsOpaque && (chars.Count == 1 || chars[^2].C is ' ' or '\t'))
        {
            // A single digit before '>' is the handle being redirected (2>nul).
            chars.RemoveAt(chars.Count - 1);
        }

        _pos++;
        if (!isInput)
        {
            Accept('>');
        }

        if (Accept('&'))
        {
            if (!AtEnd && char.IsAsciiDigit(Current.C))
            {
                _pos++;
            }

            return isInput;
        }

        while (!AtEnd && Current.C is ' ' or '\t')
        {
            _pos++;
        }

        var quoted = false;
        while (!AtEnd)
        {
            var t = Current;
            if (!t.IsOpaque)
            {
                if (t.C == '"')
                {
                    quoted = !quoted;
                }
                else if (!quoted && (t.C is ' ' or '\t' or '&' or '|' or '<' or '>' || (t.C == ')' && _depth > 0)))
                {
                    break;
                }
                else if (!quoted && t.C == '^')
                {
                    _pos++;
                }
            }

            _pos++;
        }

        return isInput;
    }

    private BatchNode ParseBlock()
    {
        var open = Current;
        _pos++;
        _depth++;
        var items = new List<BatchNode>();
        try
        {
            while (true)
            {
                while (!AtEnd && !Current.IsOpaque && BatchScript.IsDelimiter(Current.C))
                {
                    _pos++;
                }

                if (AtEnd)
                {
                    if (!NextLine())
                    {
                        Unclosed(open);
                        return Empty();
                    }

                    continue;
                }

                if (Current.Is(')'))
                {
                    var close = Current;
                    _pos++;
                    return new BlockNode(open.Span.Union(close.Span), items);
                }

                var before = (_line, _pos);
                items.Add(ParseChain());
                if (_incomplete)
                {
                    return Empty();
                }

                if ((_line, _pos) == before)
                {
                    _pos++;
                }
            }
        }
        finally
        {
            _depth--;
        }
    }

    private BatchNode ParseIf()
    {
        var start = Current.Start;
        _pos += 2;
        SkipDelimiters();
        if (AtWord("/i", string.Empty))
        {
            _pos += 2;
            SkipDelimiters();
        }

        if (AtWord("not", string.Empty))
        {
            _pos += 3;
            SkipDelimiters();
        }

        var keyword = s_conditionKeywords.FirstOrDefault(k => AtWord(k, string.Empty));
        if (keyword is not null)
        {
            _pos += keyword.Length;
            SkipDelimiters();
            ReadOperand();
        }
        else
        {
            ReadOperand();
            SkipBlanks();
            if (Peek('=', 0) && Peek('=', 1))
            {
                _pos += 2;
                SkipDelimiters();
                ReadOperand();
            }
            else if (s_comparisons.Any(k => AtWord(k, string.Empty)))
            {
                _pos += 3;
                SkipDelimiters();
                ReadOperand();
            }
            else
            {
                // cmd.exe: "... was unexpected at this time."
                return SkipRest();
            }
        }

        SkipDelimiters();
        if (AtEnd || _incomplete)
        {
            return Empty();
        }

        BatchNode then;
        BatchNode? otherwise = null;
        if (Current.Is('('))
        {
            then = ParseBlock();
            if (_incomplete)
            {
                return Empty();
            }

            // else counts only on the line of the ')' that closes the block.
            var save = _pos;
            SkipDelimiters();
            if (AtWord("else", "("))
            {
                _pos += 4;
                SkipDelimiters();
                otherwise = AtEnd ? Empty() : Current.Is('(') ? ParseBlock() : ParseChain();
            }
            else
            {
                _pos = save;
            }
        }
        else
        {
            then = ParseChain();
            CheckElseArgument(then);
        }

        var end = otherwise?.Span.End ?? then.Span.End;
        return new IfNode(TextSpan.FromBounds(start, Math.Max(start, end)), then, otherwise);
    }

    // 'if cond command else other': else is just an argument of command.
    private void CheckElseArgument(BatchNode then)
    {
        var first = then is ChainNode chain ? chain.Parts[0] : then;
        if (_findings is null || first is not CommandNode { Chars: var chars })
        {
            return;
        }

        var quoted = false;
        var wordStart = -1;
        var firstWord = string.Empty;
        for (var i = 0; i <= chars.Count; i++)
        {
            var end = i == chars.Count || (!quoted && chars[i].C is ' ' or '\t');
            if (i < chars.Count && chars[i].Is('"'))
            {
                quoted = !quoted;
            }

            if (end)
            {
                if (wordStart >= 0)
                {
                    var word = BChar.Text(chars, wordStart, i);
                    if (firstWord.Length == 0)
                    {
                        firstWord = word;
                    }
                    else if (word.Equals("else", StringComparison.OrdinalIgnoreCase))
                    {
                        Report(BatchDiagnostics.ElseWithoutParentheses, BChar.SpanOf(chars, wordStart, i), $"This 'else' is not after a ')' that closes the if block, so cmd.exe passes it and the rest of the line to '{firstWord}' as arguments and never runs an else branch. Write: if ... ({firstWord} ...) else (...).");
                        return;
                    }
                }

                wordStart = -1;
            }
            else if (wordStart < 0)
            {
                wordStart = i;
            }
        }
    }

    private BatchNode ParseFor()
    {
        var start = Current.Start;
        _pos += 3;
        SkipDelimiters();
        var kind = string.Empty;
        var options = new List<BChar>();
        while (Peek('/', 0) && _pos + 1 < _buffer.Count && char.ToLowerInvariant(_buffer[_pos + 1].C) is 'd' or 'r' or 'l' or 'f')
        {
            var letter = char.ToLowerInvariant(_buffer[_pos + 1].C);
            kind = "/" + letter;
            _pos += 2;
            SkipDelimiters();
            if (letter == 'f' && Peek('"', 0))
            {
                var s = _pos;
                ReadOperand();
                options = _buffer.GetRange(s, _pos - s);
                SkipDelimiters();
            }
            else if (letter == 'r' && !Peek('%', 0))
            {
                ReadOperand();
                SkipDelimiters();
            }
        }

        if (!Peek('%', 0) || _pos + 1 >= _buffer.Count)
        {
            return SkipRest();
        }

        var variable = _buffer[_pos + 1].C;
        _pos += 2;
        SkipDelimiters();
        if (!AtWord("in", "("))
        {
            return SkipRest();
        }

        _pos += 2;
        SkipDelimiters();
        if (!Peek('(', 0))
        {
            return SkipRest();
        }

        var open = Current;
        _pos++;
        var set = new List<BChar>();
        var quoted = false;
        while (true)
        {
            if (AtEnd)
            {
                if (!NextLine())
                {
                    Unclosed(open);
                    return Empty();
                }

                // A line break inside the set separates items like a space.
                set.Add(new BChar(' ', _buffer.Count > 0 ? _buffer[0].Start : 0, _buffer.Count > 0 ? _buffer[0].Start : 0, null));
                continue;
            }

            var c = Current;
            if (!c.IsOpaque)
            {
                if (c.C == '"')
                {
                    quoted = !quoted;
                }
                else if (!quoted && c.C == '^')
                {
                    _pos++;
                    if (!AtEnd)
                    {
                        set.Add(Current);
                        _pos++;
                    }

                    continue;
                }
                else if (!quoted && c.C == ')')
                {
                    _pos++;
                    break;
                }
            }

            set.Add(c);
            _pos++;
        }

        SkipDelimiters();
        if (!AtWord("do", "("))
        {
            return SkipRest();
        }

        _pos += 2;
        SkipDelimiters();
        if (AtEnd)
        {
            return Empty();
        }

        var body = Current.Is('(') ? ParseBlock() : ParseChain();
        if (_incomplete)
        {
            return Empty();
        }

        return new ForNode(TextSpan.FromBounds(start, Math.Max(start, body.Span.End)), kind, options, variable, set, body);
    }

    // An if operand or for option: one word, quotes keep spaces in it.
    private void ReadOperand()
    {
        var quoted = false;
        while (!AtEnd)
        {
            var c = Current;
            if (!c.IsOpaque)
            {
                if (c.C == '"')
                {
                    quoted = !quoted;
                }
                else if (!quoted && (BatchScript.IsDelimiter(c.C) || c.C is '&' or '|' or '<' or '>' or '(' || (c.C == ')' && _depth > 0)))
                {
                    break;
                }
                else if (!quoted && c.C == '^')
                {
                    _pos++;
                }
            }

            _pos++;
        }
    }

    private void Unclosed(BChar open)
    {
        _incomplete = true;
        var line = _script.Source.GetPosition(open.Start).Line;
        Report(BatchDiagnostics.UnclosedParenthesis, open.Span, $"The '(' on line {line} is never closed: cmd.exe reads to the end of the file looking for ')' and then runs none of the statement, so every command in it is skipped. Add the missing ')' (a ')' inside quotes or after ^ does not count).");
    }

    private bool NextLine()
    {
        if (_line + 1 >= _script.LineCount)
        {
            return false;
        }

        _line++;
        _buffer = _readLine(_line);
        _pos = 0;
        return true;
    }

    private bool ContinueLine()
    {
        if (_line + 1 >= _script.LineCount)
        {
            return false;
        }

        _line++;
        _buffer.RemoveAt(_pos);
        _buffer.AddRange(_readLine(_line));
        return true;
    }

    private EmptyNode SkipRest()
    {
        var start = AtEnd ? (_buffer.Count > 0 ? _buffer[^1].End : 0) : Current.Start;
        _pos = _buffer.Count;
        return new EmptyNode(new TextSpan(start, 0));
    }

    private EmptyNode Empty() => new(new TextSpan(AtEnd ? (_buffer.Count > 0 ? _buffer[^1].End : 0) : Current.Start, 0));

    private void SkipDelimiters()
    {
        while (!AtEnd && !Current.IsOpaque && BatchScript.IsDelimiter(Current.C))
        {
            _pos++;
        }
    }

    private void SkipBlanks()
    {
        while (!AtEnd && Current.C is ' ' or '\t' && !Current.IsOpaque)
        {
            _pos++;
        }
    }

    private bool Peek(char c, int ahead) => _pos + ahead < _buffer.Count && _buffer[_pos + ahead].Is(c);

    private bool Accept(char c)
    {
        if (Peek(c, 0))
        {
            _pos++;
            return true;
        }

        return false;
    }

    // The keyword at the current position, followed by the end, a delimiter or one of `after`.
    private bool AtWord(string word, string after)
    {
        if (_pos + word.Length > _buffer.Count)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var c = _buffer[_pos + i];
            if (c.IsOpaque || char.ToLowerInvariant(c.C) != word[i])
            {
                return false;
            }
        }

        if (_pos + word.Length == _buffer.Count)
        {
            return true;
        }

        var next = _buffer[_pos + word.Length];
        return !next.IsOpaque && (BatchScript.IsDelimiter(next.C) || after.Contains(next.C, StringComparison.Ordinal));
    }

    private void Report(RuleDescriptor rule, TextSpan span, string message) =>
        _findings?.Add(new Diagnostic(rule, rule.DefaultSeverity, message, new Location(_script.Source, span)));
}

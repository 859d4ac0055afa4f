using System.Globalization;
using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Text;
using HvLint.Parsers.Commands;

namespace HvLint.Parsers.Batch;

/// <summary>
/// Runs a batch file in the abstract: it follows the paths cmd.exe could take (both branches
/// of an if, gotos, calls of subroutines with their arguments, loops), keeps the variables the
/// script sets, and hands every reg.exe and bcdedit command to the shared interpreters. It
/// never runs anything and never evaluates conditions: where paths join, a variable keeps its
/// value only if every path agrees.
/// </summary>
internal sealed partial class BatchInterpreter
{
    private const int MaxCallDepth = 12;
    private const int MaxLoopIterations = 256;
    private const int MaxDynamicTargets = 64;

    // Statements and commands run in all; a guard against scripts that call themselves into
    // exponential work. Real scripts stay far below it.
    private const int Budget = 200_000;

    private static readonly string[] s_builtins = ["set", "setlocal", "endlocal", "call", "goto", "exit", "shift"];

    private readonly BatchScript _script;
    private readonly CommandContext _context;
    private readonly List<Diagnostic> _parseFindings = [];
    private int _budget;
    private bool _terminated;

    // How many enclosing constructs run their commands only on some paths (if branches,
    // commands after && or ||, loops that may not run, calls made on such a path).
    private int _conditional;

    public BatchInterpreter(BatchScript script, CommandContext context)
    {
        _script = script;
        _context = context;
        _budget = Math.Max(Budget, 8 * script.LineCount);
    }

    /// <summary>What running a statement did to the path it ran on.</summary>
    private enum FlowKind
    {
        /// <summary>Go on with the next statement.</summary>
        Next,
        /// <summary>goto a label.</summary>
        Jump,
        /// <summary>goto a label computed at run time: any label may be next.</summary>
        DynamicJump,
        /// <summary>goto :eof or exit /b: the flow (script or subroutine) ends here.</summary>
        Exit,
        /// <summary>The path ended and was recorded already (both branches of an if left).</summary>
        End,
        /// <summary>exit without /b, or goto to a missing label: the whole script ends.</summary>
        Terminate,
    }

    /// <summary>The parse findings of the static pass over the whole file.</summary>
    public IReadOnlyList<Diagnostic> ParseFindings => _parseFindings;

    public void Run()
    {
        StaticPass();
        RunFlow(0, new BatchEnvironment(), new CallFrame(null, 0));
    }

    /// <summary>
    /// Parses every statement once, whether it runs or not, for the parse findings and for
    /// goto and call targets that do not exist. Variables are unknown here.
    /// </summary>
    private void StaticPass()
    {
        var expander = new PercentExpander(_script, null, null);
        var line = 0;
        while (line < _script.LineCount)
        {
            if (_script.IsLabelLine(line))
            {
                line++;
                continue;
            }

            var (node, next) = BatchParser.Parse(_script, line, expander.ExpandLine, _parseFindings);
            if (node is not null)
            {
                CheckLabels(node);
            }

            line = Math.Max(next, line + 1);
        }
    }

    private void CheckLabels(BatchNode node)
    {
        switch (node)
        {
            case CommandNode command:
                CheckLabel(command.Chars);
                break;
            case BlockNode block:
                block.Items.ForEach(CheckLabels);
                break;
            case ChainNode chain:
                chain.Parts.ForEach(CheckLabels);
                break;
            case IfNode ifNode:
                CheckLabels(ifNode.Then);
                if (ifNode.Else is { } e)
                {
                    CheckLabels(e);
                }

                break;
            case ForNode forNode:
                CheckLabels(forNode.Body);
                break;
        }
    }

    private void CheckLabel(List<BChar> chars)
    {
        var word = Builtin(chars, out var after);
        if (word is not ("goto" or "call"))
        {
            return;
        }

        var i = SkipDelimiters(chars, after);
        var colon = i < chars.Count && chars[i].Is(':');
        if (word == "call" && !colon)
        {
            return;
        }

        var start = colon ? i + 1 : i;
        var end = LabelEnd(chars, start);
        if (end == start)
        {
            return;
        }

        var name = BChar.Text(chars, start, end);
        if (name.IndexOfAny(['%', '!']) >= 0 || chars.Skip(start).Take(end - start).Any(c => c.Tag is not null) || _script.HasLabel(name))
        {
            return;
        }

        if (colon && name.Equals("eof", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var span = BChar.SpanOf(chars, colon ? start - 1 : start, end);
        var labels = _script.LabelLines.Select(l => _script.Source.GetText(_script.LineSpan(l)).Trim().TrimStart(':').Split(' ', '\t')[0]).Where(l => l.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase);
        var best = name.Length <= 64 ? NameSuggester.Suggest(name, labels, 1) : [];
        var hint = best.Count > 0 ? $" Did you mean :{best[0]}?" : name.Equals("eof", StringComparison.OrdinalIgnoreCase) ? " To end the script or subroutine write 'goto :eof' with the colon." : " Add the label or fix the name.";
        var message = word == "goto"
            ? $"There is no label ':{name}' in this file: goto stops the whole script here with 'The system cannot find the batch label specified', so nothing after it runs.{hint}"
            : $"There is no label ':{name}' in this file: call fails with 'The system cannot find the batch label specified' and the subroutine does not run.{hint}";
        _parseFindings.Add(new Diagnostic(BatchDiagnostics.UndefinedLabel, BatchDiagnostics.UndefinedLabel.DefaultSeverity, message, new Location(_script.Source, span)));
    }

    /// <summary>
    /// Runs a flow (the script, or one call of a subroutine) from a line. Every open path is a
    /// line and the variables on the way there; the path furthest up the file runs first, so
    /// that paths a conditional goto opened meet the others at their label and are merged
    /// there. Returns the variables when the flow ends (end of file, goto :eof, exit /b),
    /// merged over the paths that get there.
    /// </summary>
    private BatchEnvironment RunFlow(int start, BatchEnvironment env, CallFrame frame)
    {
        var flow = new FlowState();
        flow.Add(start, env, 1);
        var last = env;
        while (!_terminated && flow.Paths.Count > 0)
        {
            var (line, current, weight) = flow.TakeFirst();
            last = current;
            flow.Weight = weight;
            if (line >= _script.LineCount)
            {
                flow.Exits.Add(current);
                continue;
            }

            if (_script.IsLabelLine(line))
            {
                flow.Add(line + 1, current, weight);
                continue;
            }

            // A statement runs once per flow: a goto back to it is a loop, whose effect on
            // variables is already covered by the first pass through it.
            if (!flow.Visited.Add(line) || --_budget < 0)
            {
                continue;
            }

            var expander = new PercentExpander(_script, current, frame);
            var (node, next) = BatchParser.Parse(_script, line, expander.ExpandLine, null);
            if (node is null)
            {
                flow.Add(next, current, weight);
                continue;
            }

            flow.Line = line;
            var outcome = Execute(node, current, frame, ForScope.Empty, flow, inputRedirected: false);
            switch (outcome.Kind)
            {
                case FlowKind.Next:
                    flow.Add(next, current, flow.Weight);
                    break;
                case FlowKind.Jump:
                    if (_script.FindLabel(outcome.Label!, line) is { } target)
                    {
                        flow.Add(target, current, flow.Weight);
                    }
                    else
                    {
                        // goto to a missing label ends the batch file (reported by the static pass).
                        _terminated = true;
                    }

                    break;
                case FlowKind.DynamicJump:
                    AddAllTargets(flow, current, flow.Weight);
                    break;
                case FlowKind.Exit:
                    flow.Exits.Add(current);
                    break;
                case FlowKind.Terminate:
                    _terminated = true;
                    break;
            }
        }

        return flow.Exits.Count == 0 ? last : flow.Exits.Aggregate(BatchEnvironment.Merge);
    }

    private Outcome Execute(BatchNode node, BatchEnvironment env, CallFrame frame, ForScope scope, FlowState flow, bool inputRedirected)
    {
        if (_terminated)
        {
            return new(FlowKind.Terminate);
        }

        switch (node)
        {
            case CommandNode command:
                return ExecuteCommand(command.Chars, env, frame, scope, flow, inputRedirected || command.InputRedirected, expanded: false);
            case BlockNode block:
                foreach (var item in block.Items)
                {
                    var o = Execute(item, env, frame, scope, flow, inputRedirected);
                    if (o.Kind != FlowKind.Next)
                    {
                        return o;
                    }
                }

                return Outcome.Next;
            case ChainNode chain:
                return ExecuteChain(chain, env, frame, scope, flow, inputRedirected);
            case IfNode ifNode:
                return ExecuteIf(ifNode, env, frame, scope, flow, inputRedirected);
            case ForNode forNode:
                return ExecuteFor(forNode, env, frame, scope, flow, inputRedirected);
            default:
                return Outcome.Next;
        }
    }

    private Outcome ExecuteChain(ChainNode chain, BatchEnvironment env, CallFrame frame, ForScope scope, FlowState flow, bool inputRedirected)
    {
        var parts = chain.Parts;
        var operators = chain.Operators;
        var conditional = false;
        var i = 0;
        while (i < parts.Count)
        {
            var j = i;
            while (j < operators.Count && operators[j] == ChainOperator.Pipe)
            {
                j++;
            }

            if (i > 0)
            {
                conditional = operators[i - 1] switch
                {
                    ChainOperator.Then => false,
                    ChainOperator.And or ChainOperator.Or => true,
                    _ => conditional,
                };
            }

            if (j > i)
            {
                // Each side of a pipe runs in its own cmd.exe: what it sets is lost, and every
                // side but the first reads its input from the pipe (echo y| reg add ...).
                for (var k = i; k <= j; k++)
                {
                    Execute(parts[k], env.Clone(), frame, scope, flow, inputRedirected || k > i);
                }
            }
            else if (conditional)
            {
                // After && or || the command may or may not run.
                var branch = env.Clone();
                _conditional++;
                var o = Execute(parts[i], branch, frame, scope, flow, inputRedirected);
                _conditional--;
                if (o.Kind == FlowKind.Next)
                {
                    env.CopyFrom(BatchEnvironment.Merge(env, branch));
                }
                else if (RecordStop(o, branch, flow, flow.Weight / 2))
                {
                    flow.Weight /= 2;
                }
            }
            else
            {
                var o = Execute(parts[i], env, frame, scope, flow, inputRedirected);
                if (o.Kind != FlowKind.Next)
                {
                    return o;
                }
            }

            i = j + 1;
        }

        return Outcome.Next;
    }

    private Outcome ExecuteIf(IfNode node, BatchEnvironment env, CallFrame frame, ForScope scope, FlowState flow, bool inputRedirected)
    {
        // The condition is not evaluated: both branches may run.
        var thenEnv = env.Clone();
        var elseEnv = env.Clone();
        _conditional++;
        var o1 = Execute(node.Then, thenEnv, frame, scope, flow, inputRedirected);
        var o2 = node.Else is { } otherwise ? Execute(otherwise, elseEnv, frame, scope, flow, inputRedirected) : Outcome.Next;
        _conditional--;
        var stop1 = o1.Kind != FlowKind.Next;
        var stop2 = o2.Kind != FlowKind.Next;
        if (stop1 && stop2)
        {
            var half = flow.Weight / 2;
            RecordStop(o1, thenEnv, flow, half);
            RecordStop(o2, elseEnv, flow, half);
            return new(FlowKind.End);
        }

        if ((stop1 && RecordStop(o1, thenEnv, flow, flow.Weight / 2)) || (stop2 && RecordStop(o2, elseEnv, flow, flow.Weight / 2)))
        {
            flow.Weight /= 2;
        }

        env.CopyFrom(stop1 ? elseEnv : stop2 ? thenEnv : BatchEnvironment.Merge(thenEnv, elseEnv));
        return Outcome.Next;
    }

    /// <summary>
    /// A branch that left the flow: a goto continues later at its label (with the given share
    /// of the path), an exit ends the flow. Returns whether the path was split: a branch that
    /// continues elsewhere makes both sides conditional, one that ends (if errorlevel 1 exit
    /// /b) does not.
    /// </summary>
    private bool RecordStop(Outcome outcome, BatchEnvironment env, FlowState flow, double share)
    {
        switch (outcome.Kind)
        {
            case FlowKind.Jump when _script.FindLabel(outcome.Label!, flow.Line) is { } target:
                flow.Add(target, env, share);
                return true;
            case FlowKind.DynamicJump:
                AddAllTargets(flow, env, share);
                return true;
            case FlowKind.Exit:
                flow.Exits.Add(env);
                return false;
            default:
                return false;
        }
    }

    // goto %target%: any label may be next.
    private void AddAllTargets(FlowState flow, BatchEnvironment env, double weight)
    {
        var targets = _script.LabelLines.Take(MaxDynamicTargets).ToArray();
        foreach (var l in targets)
        {
            flow.Add(l, env.Clone(), weight / targets.Length);
        }
    }

    /// <summary>Whether a command run now runs only on some paths through the script.</summary>
    private bool IsConditional(FlowState flow) => _conditional > 0 || flow.Weight < 1 - 1e-9;

    private Outcome ExecuteCommand(List<BChar> chars, BatchEnvironment env, CallFrame frame, ForScope scope, FlowState flow, bool inputRedirected, bool expanded)
    {
        if (--_budget < 0)
        {
            _terminated = true;
            return new(FlowKind.Terminate);
        }

        if (!expanded)
        {
            chars = scope.Substitute(chars, _script);
            if (env.DelayedExpansion && chars.Exists(c => c.Is('!')))
            {
                chars = DelayedExpand(chars, env, frame);
            }
        }

        var word = Builtin(chars, out var after);
        switch (word)
        {
            case "set":
                Set(chars, after, env);
                return Outcome.Next;
            case "setlocal":
                env.PushScope();
                var options = BChar.Text(chars, after).ToLowerInvariant();
                if (options.Contains("enabledelayedexpansion", StringComparison.Ordinal))
                {
                    env.DelayedExpansion = true;
                }
                else if (options.Contains("disabledelayedexpansion", StringComparison.Ordinal))
                {
                    env.DelayedExpansion = false;
                }

                return Outcome.Next;
            case "endlocal":
                env.PopScope(Math.Max(frame.ScopeBase, env.ScopeDepth - 1));
                return Outcome.Next;
            case "shift":
                frame.Shift++;
                return Outcome.Next;
            case "exit":
                return BChar.Text(chars, after).TrimStart(' ', '\t').StartsWith("/b", StringComparison.OrdinalIgnoreCase)
                    ? new(FlowKind.Exit)
                    : new(FlowKind.Terminate);
            case "goto":
                return Goto(chars, after);
            case "call":
                return Call(chars, after, env, frame, scope, flow, inputRedirected);
            default:
                RunProgram(chars, 0, inputRedirected, IsConditional(flow));
                return Outcome.Next;
        }
    }

    private static Outcome Goto(List<BChar> chars, int after)
    {
        var i = SkipDelimiters(chars, after);
        var colon = i < chars.Count && chars[i].Is(':');
        var start = colon ? i + 1 : i;
        var end = LabelEnd(chars, start);
        if (end == start)
        {
            return new(FlowKind.End);
        }

        if (chars.Skip(start).Take(end - start).Any(c => c.IsOpaque))
        {
            return new(FlowKind.DynamicJump);
        }

        var name = BChar.Text(chars, start, end);
        return colon && name.Equals("eof", StringComparison.OrdinalIgnoreCase) ? new(FlowKind.Exit) : new(FlowKind.Jump, name);
    }

    private Outcome Call(List<BChar> chars, int after, BatchEnvironment env, CallFrame frame, ForScope scope, FlowState flow, bool inputRedirected)
    {
        // call expands %-references once more before it runs the rest of the line.
        var rest = new PercentExpander(_script, env, frame).Expand(chars.GetRange(after, chars.Count - after));
        var i = SkipDelimiters(rest, 0);
        if (i >= rest.Count)
        {
            return Outcome.Next;
        }

        if (!rest[i].Is(':'))
        {
            // call of a program or another batch file: the program runs like a command.
            return ExecuteCommand(rest.GetRange(i, rest.Count - i), env, frame, scope, flow, inputRedirected, expanded: true);
        }

        var end = LabelEnd(rest, i + 1);
        var name = BChar.Text(rest, i + 1, end);
        if (name.Length == 0 || rest.Skip(i + 1).Take(end - i - 1).Any(c => c.IsOpaque) || frame.Depth >= MaxCallDepth
            || _script.FindLabel(name, flow.Line) is not { } target)
        {
            return Outcome.Next;
        }

        var callee = new CallFrame(SplitCallArguments(rest, end), frame.Depth + 1) { ScopeBase = env.ScopeDepth };
        var conditional = IsConditional(flow);
        _conditional += conditional ? 1 : 0;
        var result = RunFlow(target + 1, env.Clone(), callee);
        _conditional -= conditional ? 1 : 0;
        result.PopScope(callee.ScopeBase);
        env.CopyFrom(result);
        return _terminated ? new(FlowKind.Terminate) : Outcome.Next;
    }

    // The arguments of call :label, split as cmd.exe splits batch arguments: spaces, tabs,
    // commas, semicolons and equals signs separate them; quotes group and are kept.
    private static List<CallArgument> SplitCallArguments(List<BChar> chars, int start)
    {
        var args = new List<CallArgument>();
        var i = start;
        while (true)
        {
            while (i < chars.Count && !chars[i].IsOpaque && BatchScript.IsDelimiter(chars[i].C))
            {
                i++;
            }

            if (i >= chars.Count)
            {
                return args;
            }

            var s = i;
            var quoted = false;
            while (i < chars.Count && (quoted || chars[i].IsOpaque || !BatchScript.IsDelimiter(chars[i].C)))
            {
                if (chars[i].Is('"'))
                {
                    quoted = !quoted;
                }

                i++;
            }

            args.Add(new CallArgument(chars.GetRange(s, i - s), BChar.SpanOf(chars, s, i)));
        }
    }

    /// <summary>Hands a reg.exe or bcdedit command to its interpreter; returns the arguments it saw.</summary>
    private (string? Program, List<ArgvToken> Tokens) RunProgram(List<BChar> chars, int start, bool inputRedirected, bool conditional)
    {
        var tokens = ArgvSplitter.Split(chars, start);
        if (tokens.Count == 0)
        {
            return (null, tokens);
        }

        var program = ProgramName(tokens[0]);
        var span = tokens[0].Span.Union(tokens[^1].Span);
        var args = tokens.Skip(1).Select(t => t.ToArgument(EditSpan(t))).ToArray();
        _context.Conditional = conditional;
        switch (program)
        {
            case "reg":
                _context.InputRedirected = inputRedirected;
                RegExeInterpreter.Interpret(_context, span, tokens[0].ToArgument(), args, _script.ScriptDirectory);
                _context.InputRedirected = false;
                break;
            case "bcdedit":
                _context.InputRedirected = inputRedirected;
                BcdEditInterpreter.Interpret(_context, span, tokens[0].ToArgument(), args);
                _context.InputRedirected = false;
                break;
        }

        return (program, tokens);
    }

    // Where the user edits an argument that a call passed in whole (%1 for "Foo", or a word of
    // the command in "%~1"): the place in the outermost call argument that holds exactly this
    // text once. Null when the text is not all from there (then the subroutine's span stays).
    private TextSpan? EditSpan(ArgvToken token)
    {
        if (token.Origins.Count == 0 || token.Certainty == Certainty.Unresolved || token.Text.Length == 0)
        {
            return null;
        }

        for (var i = token.Origins.Count - 1; i >= 0; i--)
        {
            var origin = token.Origins[i];
            var text = _script.Source.GetText(origin);
            var at = text.IndexOf(token.Text, StringComparison.Ordinal);
            if (at >= 0 && text.LastIndexOf(token.Text, StringComparison.Ordinal) == at)
            {
                return new TextSpan(origin.Start + at, token.Text.Length);
            }
        }

        return null;
    }

    // reg, reg.exe, bcdedit, bcdedit.exe, also with a path (%windir%\system32\reg.exe,
    // %windir%\sysnative\bcdedit.exe): the file name must be known, the folder need not be.
    private static string? ProgramName(ArgvToken token)
    {
        var text = token.Text;
        var slash = text.LastIndexOfAny(['\\', '/']);
        if (token.LastOpaque > slash)
        {
            return null;
        }

        var name = text[(slash + 1)..].ToLowerInvariant();
        return name switch
        {
            "reg" or "reg.exe" => "reg",
            "bcdedit" or "bcdedit.exe" => "bcdedit",
            _ => null,
        };
    }

    // set NAME=value, set "NAME=value" (the value ends at the last quote), set /a, set /p.
    private static void Set(List<BChar> chars, int after, BatchEnvironment env)
    {
        var i = after;
        while (i < chars.Count && chars[i].C is ' ' or '\t' && !chars[i].IsOpaque)
        {
            i++;
        }

        if (i + 1 < chars.Count && chars[i].Is('/') && char.ToLowerInvariant(chars[i + 1].C) is 'a' or 'p')
        {
            var arithmetic = char.ToLowerInvariant(chars[i + 1].C) == 'a';
            SetSwitch(chars, i + 2, env, arithmetic);
            return;
        }

        var start = i;
        var end = chars.Count;
        if (i < chars.Count && chars[i].Is('"'))
        {
            start = i + 1;
            var last = chars.FindLastIndex(c => c.Is('"'));
            end = last > i ? last : chars.Count;
        }

        var eq = -1;
        for (var k = start; k < end; k++)
        {
            if (chars[k].C == '=')
            {
                eq = k;
                break;
            }
        }

        if (eq <= start)
        {
            // `set` or `set NAME` lists variables; `set =x` is an error.
            return;
        }

        var name = BChar.Text(chars, start, eq);
        var value = chars.GetRange(eq + 1, end - eq - 1);
        env.Set(name, value.Count == 0 ? BatchValue.Empty : BatchValue.From(value));
    }

    // set /p NAME=prompt reads the console; set /a NAME=expression computes. Only a plain
    // number is followed; anything else is unknown.
    private static void SetSwitch(List<BChar> chars, int start, BatchEnvironment env, bool arithmetic)
    {
        var text = BChar.Text(chars, start).Trim();
        var unresolved = chars.Skip(start).Any(c => c.IsOpaque);
        if (text.StartsWith('"') && text.EndsWith('"') && text.Length >= 2)
        {
            text = text[1..^1];
        }

        foreach (var assignment in arithmetic ? text.Split(',') : [text])
        {
            var m = AssignmentRegex().Match(assignment);
            if (!m.Success)
            {
                continue;
            }

            var name = m.Groups["name"].Value;
            if (arithmetic && !unresolved && !m.Groups["op"].Success && TryParseInteger(m.Groups["value"].Value.Trim(), out var number))
            {
                env.Set(name, BatchValue.Literal(number.ToString(CultureInfo.InvariantCulture), null));
            }
            else
            {
                env.Set(name, BatchValue.Unknown);
            }
        }
    }

    // set /a numbers: decimal, 0x hexadecimal, leading 0 octal.
    private static bool TryParseInteger(string text, out long value)
    {
        value = 0;
        var negative = text.StartsWith('-');
        var body = negative || text.StartsWith('+') ? text[1..] : text;
        bool ok;
        if (body.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            ok = long.TryParse(body[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
        }
        else if (body.Length > 1 && body[0] == '0')
        {
            ok = body.All(c => c is >= '0' and <= '7');
            if (ok)
            {
                try
                {
                    value = Convert.ToInt64(body, 8);
                }
                catch (OverflowException)
                {
                    ok = false;
                }
            }
        }
        else
        {
            ok = body.Length > 0 && body.All(char.IsAsciiDigit) && long.TryParse(body, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        value = negative ? -value : value;
        return ok;
    }

    // !NAME! when delayed expansion is on; carets escape (and are removed) on such a line.
    private List<BChar> DelayedExpand(List<BChar> chars, BatchEnvironment env, CallFrame frame)
    {
        var expander = new PercentExpander(_script, env, frame);
        var output = new List<BChar>(chars.Count);
        for (var i = 0; i < chars.Count; i++)
        {
            var c = chars[i];
            if (c.IsOpaque)
            {
                output.Add(c);
            }
            else if (c.C == '^')
            {
                if (i + 1 < chars.Count)
                {
                    output.Add(chars[++i]);
                }
            }
            else if (c.C == '!')
            {
                var close = chars.FindIndex(i + 1, x => x.Is('!'));
                if (close < 0)
                {
                    continue;
                }

                expander.ExpandVariable(output, BChar.Text(chars, i + 1, close), TextSpan.FromBounds(c.Start, chars[close].End));
                i = close;
            }
            else
            {
                output.Add(c);
            }
        }

        return output;
    }

    /// <summary>The built-in command a command starts with (lower case), or null for a program.</summary>
    private static string? Builtin(List<BChar> chars, out int after)
    {
        var i = 0;
        while (i < chars.Count && !chars[i].IsOpaque && (BatchScript.IsDelimiter(chars[i].C) || chars[i].C == '@'))
        {
            i++;
        }

        var s = i;
        while (i < chars.Count && !chars[i].IsOpaque && char.IsAsciiLetter(chars[i].C))
        {
            i++;
        }

        after = i;
        if (i == s || (i < chars.Count && (chars[i].IsOpaque || char.IsAsciiLetterOrDigit(chars[i].C) || chars[i].C is '.' or '\\' or '_' or '-')))
        {
            return null;
        }

        var word = BChar.Text(chars, s, i).ToLowerInvariant();
        return s_builtins.Contains(word, StringComparer.Ordinal) ? word : null;
    }

    private static int SkipDelimiters(List<BChar> chars, int i)
    {
        while (i < chars.Count && !chars[i].IsOpaque && BatchScript.IsDelimiter(chars[i].C))
        {
            i++;
        }

        return i;
    }

    private static int LabelEnd(List<BChar> chars, int start)
    {
        var i = start;
        while (i < chars.Count && (chars[i].IsOpaque || !(BatchScript.IsDelimiter(chars[i].C) || chars[i].C is '+' or ':')))
        {
            i++;
        }

        return i;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?<name>[^=\s+\-*/%&|^<>!]+)\s*(?<op>[-+*/%&|^]|<<|>>)?=(?<value>.*)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex AssignmentRegex();

    /// <summary>What running a statement did to the flow.</summary>
    private readonly record struct Outcome(FlowKind Kind, string? Label = null)
    {
        public static readonly Outcome Next = new(FlowKind.Next);
    }

    /// <summary>One flow (the script, or one call of a subroutine): open paths, visited statements, exits.</summary>
    private sealed class FlowState
    {
        /// <summary>
        /// Open paths by line, with the share of the ways through the flow each stands for
        /// (1 for the path every run takes); two paths that reach the same line are merged.
        /// </summary>
        public SortedDictionary<int, (BatchEnvironment Env, double Weight)> Paths { get; } = [];

        public HashSet<int> Visited { get; } = [];

        public List<BatchEnvironment> Exits { get; } = [];

        /// <summary>The line of the statement being run, where goto starts its search.</summary>
        public int Line { get; set; }

        /// <summary>The share of the path being run; below 1 its commands are conditional.</summary>
        public double Weight { get; set; } = 1;

        public void Add(int line, BatchEnvironment env, double weight) =>
            Paths[line] = Paths.TryGetValue(line, out var other)
                ? (BatchEnvironment.Merge(other.Env, env), Math.Min(1, other.Weight + weight))
                : (env, weight);

        public (int Line, BatchEnvironment Env, double Weight) TakeFirst()
        {
            var first = Paths.First();
            Paths.Remove(first.Key);
            return (first.Key, first.Value.Env, first.Value.Weight);
        }
    }
}

using System.Text;
using System.Text.RegularExpressions;
using HvLint.Core.Text;

namespace HvLint.Core.Suppressions;

/// <summary>
/// Recognises PowerShell's own suppression convention in the text, without PowerShell's
/// parser (Core does not reference it):
/// <c>[Diagnostics.CodeAnalysis.SuppressMessageAttribute('HvLint', 'HV0101', Justification = '...')]</c>.
/// Only attributes whose first argument is 'HvLint' count (the others are PSScriptAnalyzer's).
/// The scope is the innermost { } block around the attribute, found by brace matching over
/// code (strings and comments skipped): the function or script block whose param block it
/// decorates, or the whole script when it is outside any block. An attribute written just
/// before 'function Name {' covers that function. Scope and Target arguments are ignored.
/// </summary>
internal static partial class SuppressMessageAttributes
{
    public static List<SuppressionDirective> Find(SourceText source, CommentScan scan, List<DirectiveProblem> problems)
    {
        var text = source.Text;
        var found = new List<(SuppressionDirective Directive, int At)>();
        foreach (var at in scan.OpenBrackets)
        {
            var head = AttributeHead().Match(text, at);
            if (!head.Success || head.Index != at)
            {
                continue;
            }

            var args = Arguments(text, head.Index + head.Length, out var close);
            if (args is null || args.Positional.Count == 0 || !string.Equals(args.Positional[0].Value, "HvLint", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var end = close;
            while (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            end = end < text.Length && text[end] == ']' ? end + 1 : close;
            var span = TextSpan.FromBounds(at, end);
            var line = source.GetPosition(at).Line;
            if (args.Positional.Count < 2)
            {
                problems.Add(new DirectiveProblem(span, "The SuppressMessageAttribute names no rule, so it suppresses nothing; give the rule ID or name as the second argument, e.g. ('HvLint', 'HV0101', Justification = '...')."));
                continue;
            }

            var ruleArg = args.Positional[1];
            var rules = DirectiveParser.RuleList(text, ruleArg.Start, ruleArg.Start + ruleArg.Length);
            if (ruleArg.Value != text.Substring(ruleArg.Start, ruleArg.Length))
            {
                // An escaped quote changed the text; spans then cover the whole argument.
                rules = [.. DirectiveParser.RuleList(ruleArg.Value, 0, ruleArg.Value.Length).Select(r => r with { Span = new TextSpan(ruleArg.Start, ruleArg.Length) })];
            }

            string? reason = null;
            DateOnly? until = null;
            if (args.Justification is { } justification)
            {
                var (r, u, problem) = DirectiveParser.Reason(justification.Value, new TextSpan(justification.Start, justification.Length));
                if (problem is { } p)
                {
                    problems.Add(p);
                    continue;
                }

                (reason, until) = (r, u);
            }

            found.Add((new SuppressionDirective { Kind = SuppressionKind.Attribute, Span = span, Line = line, Rules = rules, Reason = reason, Until = until }, end));
        }

        return found.Count == 0 ? [] : WithScopes(text, scan, found);
    }

    // One pass over the braces with a stack: each attribute's scope is the block open when it
    // is reached, or the function that follows it when it stands before 'function Name {'.
    private static List<SuppressionDirective> WithScopes(string text, CommentScan scan, List<(SuppressionDirective Directive, int End)> found)
    {
        var closeOf = new Dictionary<int, int>();
        var stack = new Stack<int>();
        foreach (var b in scan.Braces)
        {
            if (text[b] == '{')
            {
                stack.Push(b);
            }
            else if (stack.Count > 0)
            {
                closeOf[stack.Pop()] = b;
            }
        }

        var opens = scan.Braces.Where(b => text[b] == '{').ToArray();
        var result = new List<SuppressionDirective>();
        foreach (var (directive, end) in found)
        {
            int? open = null;
            var following = FunctionHead().Match(text, end);
            if (following.Success && following.Index == end)
            {
                open = following.Index + following.Length - 1;
            }
            else
            {
                // The innermost block that opens before the attribute and closes after it.
                for (var k = Array.BinarySearch(opens, directive.Span.Start) is var idx && idx < 0 ? ~idx - 1 : idx; k >= 0; k--)
                {
                    if (closeOf.GetValueOrDefault(opens[k], text.Length) >= directive.Span.Start)
                    {
                        open = opens[k];
                        break;
                    }
                }
            }

            var scope = open is { } o ? TextSpan.FromBounds(o, closeOf.GetValueOrDefault(o, text.Length - 1) + 1) : new TextSpan(0, text.Length);
            result.Add(new SuppressionDirective { Kind = directive.Kind, Span = directive.Span, Line = directive.Line, Rules = directive.Rules, Reason = directive.Reason, Until = directive.Until, Scope = scope });
        }

        return result;
    }

    private sealed record Argument(string Value, int Start, int Length);

    private sealed record AttributeArguments(List<Argument> Positional, Argument? Justification);

    /// <summary>Reads ('a', "b", Name = 'c') from just after '('; null when it is not that shape.</summary>
    private static AttributeArguments? Arguments(string text, int i, out int close)
    {
        close = i;
        var positional = new List<Argument>();
        Argument? justification = null;
        while (true)
        {
            i = SkipBlank(text, i);
            if (i >= text.Length)
            {
                return null;
            }

            if (text[i] == ')')
            {
                close = i + 1;
                return new AttributeArguments(positional, justification);
            }

            var name = NamedArgument().Match(text, i);
            string? argName = null;
            if (name.Success && name.Index == i)
            {
                argName = name.Groups["name"].Value;
                i += name.Length;
            }

            var value = StringLiteral(text, i);
            if (value is null)
            {
                return null;
            }

            if (argName is null)
            {
                positional.Add(value.Value.Argument);
            }
            else if (argName.Equals("Justification", StringComparison.OrdinalIgnoreCase))
            {
                justification = value.Value.Argument;
            }

            i = SkipBlank(text, value.Value.End);
            if (i < text.Length && text[i] == ',')
            {
                i++;
            }
        }
    }

    private static int SkipBlank(string text, int i)
    {
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '`'))
        {
            i++;
        }

        return i;
    }

    /// <summary>A '...' or "..." literal at i: its value (quotes unescaped), the content's span and the end.</summary>
    private static (Argument Argument, int End)? StringLiteral(string text, int i)
    {
        if (i >= text.Length || (text[i] != '\'' && text[i] != '"'))
        {
            return null;
        }

        var quote = text[i];
        var sb = new StringBuilder();
        for (var p = i + 1; p < text.Length; p++)
        {
            if (text[p] == quote)
            {
                if (p + 1 < text.Length && text[p + 1] == quote)
                {
                    sb.Append(quote);
                    p++;
                    continue;
                }

                return (new Argument(sb.ToString(), i + 1, p - i - 1), p + 1);
            }

            if (quote == '"' && text[p] == '`' && p + 1 < text.Length)
            {
                p++;
            }

            sb.Append(text[p]);
        }

        return null;
    }

    [GeneratedRegex(@"\G\[\s*(?:System\.)?Diagnostics\.CodeAnalysis\.SuppressMessage(?:Attribute)?\s*\(", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttributeHead();

    [GeneratedRegex(@"\G(?<name>[A-Za-z]+)\s*=\s*", RegexOptions.CultureInvariant)]
    private static partial Regex NamedArgument();

    [GeneratedRegex(@"\G\s*(?:function|filter)\s+[^\s{(]+\s*(?:\([^)]*\)\s*)?\{", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FunctionHead();
}

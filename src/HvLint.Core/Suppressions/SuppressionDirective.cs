using System.Globalization;
using System.Text.RegularExpressions;
using HvLint.Core.Text;

namespace HvLint.Core.Suppressions;

/// <summary>What a suppression directive does.</summary>
public enum SuppressionKind
{
    /// <summary>hvlint-disable-next-line: the next line with code on it.</summary>
    DisableNextLine,
    /// <summary>hvlint-disable-line: the line the comment is on.</summary>
    DisableLine,
    /// <summary>hvlint-disable: from here to a matching hvlint-enable, or the end of the file.</summary>
    Disable,
    /// <summary>hvlint-enable: ends hvlint-disable ranges.</summary>
    Enable,
    /// <summary>hvlint-disable-file: the whole file.</summary>
    DisableFile,
    /// <summary>PowerShell's SuppressMessageAttribute: the script, or the function or script block whose param block it decorates.</summary>
    Attribute,
}

/// <summary>A rule as a suppression names it, and where.</summary>
public readonly record struct RuleReference(string Text, TextSpan Span);

/// <summary>One suppression directive as written.</summary>
internal sealed class SuppressionDirective
{
    public required SuppressionKind Kind { get; init; }

    /// <summary>The directive (from 'hvlint-' to the end of the comment, or the whole attribute).</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The 1-based line the directive is on.</summary>
    public required int Line { get; init; }

    public required IReadOnlyList<RuleReference> Rules { get; init; }

    /// <summary>The reason after '--' (or the attribute's Justification) without the 'until' part; null when none.</summary>
    public string? Reason { get; init; }

    public DateOnly? Until { get; init; }

    /// <summary>For attributes: the text the attribute covers.</summary>
    public TextSpan? Scope { get; init; }
}

/// <summary>A comment that starts like a directive but cannot be read as one.</summary>
internal readonly record struct DirectiveProblem(TextSpan Span, string Message);

/// <summary>
/// Reads directive comments: <c>hvlint-disable-next-line HV0101, UnknownKey -- until
/// 2027-03-31: reason</c>. Rules are separated by commas or spaces; '--' starts the reason.
/// </summary>
internal static partial class DirectiveParser
{
    private const string Prefix = "hvlint-";

    private static readonly Dictionary<string, SuppressionKind> s_kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hvlint-disable-next-line"] = SuppressionKind.DisableNextLine,
        ["hvlint-disable-line"] = SuppressionKind.DisableLine,
        ["hvlint-disable"] = SuppressionKind.Disable,
        ["hvlint-enable"] = SuppressionKind.Enable,
        ["hvlint-disable-file"] = SuppressionKind.DisableFile,
    };

    /// <summary>Reads the comment text [start, end); null when it is not a directive at all.</summary>
    public static (SuppressionDirective? Directive, DirectiveProblem? Problem)? Parse(string text, int start, int end, int line)
    {
        var i = start;
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        // A directive is the first thing in its comment, so prose that mentions one is not one.
        if (end - i < Prefix.Length || string.Compare(text, i, Prefix, 0, Prefix.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return null;
        }

        var wordEnd = i;
        while (wordEnd < end && (char.IsAsciiLetter(text[wordEnd]) || text[wordEnd] == '-'))
        {
            wordEnd++;
        }

        var word = text[i..wordEnd];
        var trimmedEnd = end;
        while (trimmedEnd > i && char.IsWhiteSpace(text[trimmedEnd - 1]))
        {
            trimmedEnd--;
        }

        var span = TextSpan.FromBounds(i, trimmedEnd);
        if (!s_kinds.TryGetValue(word, out var kind) || (wordEnd < end && !char.IsWhiteSpace(text[wordEnd])))
        {
            var tokenEnd = wordEnd;
            while (tokenEnd < end && !char.IsWhiteSpace(text[tokenEnd]))
            {
                tokenEnd++;
            }

            var suggestion = NameSuggester.Suggest(word, s_kinds.Keys, 1) is [var best] ? $" Did you mean '{best}'?" : string.Empty;
            return (null, new DirectiveProblem(span, $"'{text[i..tokenEnd]}' is not an HvLint directive, so it does nothing; use hvlint-disable-next-line, hvlint-disable-line, hvlint-disable, hvlint-enable or hvlint-disable-file.{suggestion}"));
        }

        var reasonAt = text.IndexOf("--", wordEnd, end - wordEnd, StringComparison.Ordinal);
        var rulesEnd = reasonAt < 0 ? end : reasonAt;
        var rules = RuleList(text, wordEnd, rulesEnd);
        if (rules.Count == 0 && kind != SuppressionKind.Enable)
        {
            return (null, new DirectiveProblem(span, $"'{word}' names no rule, so it suppresses nothing; write the rule IDs or names after it, e.g. '{word} HV0101 -- reason'."));
        }

        var (reason, until, problem) = reasonAt < 0 ? (null, null, null) : Reason(text[(reasonAt + 2)..end], TextSpan.FromBounds(reasonAt, trimmedEnd));
        if (problem is not null)
        {
            return (null, problem);
        }

        return (new SuppressionDirective { Kind = kind, Span = span, Line = line, Rules = rules, Reason = reason, Until = until }, null);
    }

    /// <summary>Rule references separated by commas or blanks in [start, end).</summary>
    public static List<RuleReference> RuleList(string text, int start, int end)
    {
        var rules = new List<RuleReference>();
        var i = start;
        while (i < end)
        {
            while (i < end && (char.IsWhiteSpace(text[i]) || text[i] == ','))
            {
                i++;
            }

            var tokenStart = i;
            while (i < end && !char.IsWhiteSpace(text[i]) && text[i] != ',')
            {
                i++;
            }

            if (i > tokenStart)
            {
                rules.Add(new RuleReference(text[tokenStart..i], TextSpan.FromBounds(tokenStart, i)));
            }
        }

        return rules;
    }

    /// <summary>Splits "until 2027-03-31: reason" into its date and reason; a bad date is a problem.</summary>
    public static (string? Reason, DateOnly? Until, DirectiveProblem? Problem) Reason(string raw, TextSpan span)
    {
        var text = raw.Trim();
        var m = UntilPattern().Match(text);
        if (!m.Success)
        {
            return (text.Length == 0 ? null : text, null, null);
        }

        if (!DateOnly.TryParseExact(m.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (null, null, new DirectiveProblem(span, $"'{m.Groups["date"].Value}' is not a date, so the suppression is ignored; write 'until YYYY-MM-DD: reason', e.g. 'until 2027-03-31: waiting for the vendor fix'."));
        }

        var reason = m.Groups["reason"].Value.Trim();
        return (reason.Length == 0 ? null : reason, date, null);
    }

    [GeneratedRegex(@"^until\s+(?<date>\S+?)\s*(?::\s*(?<reason>.*))?$", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex UntilPattern();
}

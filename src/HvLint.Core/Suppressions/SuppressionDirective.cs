using System.Globalization;
using Sprache;
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
/// 2027-03-31: reason</c>. Rules are separated by commas or blanks; '--' starts the reason.
/// The grammar is written with Sprache; what a directive that does not fit it means (a
/// misspelt word, no rule, a bad date) is decided here, with the message users see.
/// </summary>
internal static class DirectiveParser
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

    private static readonly Parser<char> Blank = Parse.Char(char.IsWhiteSpace, "blank");

    private static readonly Parser<char> NotBlank = Parse.Char(c => !char.IsWhiteSpace(c), "text");

    // Rules are separated by commas and blanks.
    private static readonly Parser<char> Separator = Parse.Char(c => char.IsWhiteSpace(c) || c == ',', "separator");

    private static readonly Parser<char> RuleChar = Parse.Char(c => !char.IsWhiteSpace(c) && c != ',', "rule");

    // '--' starts the reason anywhere, even inside a word ("HV0101--reason").
    private static readonly Parser<IEnumerable<char>> ReasonMarker = Parse.String("--");

    // rules := (separator* rule)* separator*
    private static Parser<List<ITextSpan<string>>> Rules(Parser<char> ruleChar) =>
        (from separators in Separator.Many()
         from rule in ruleChar.AtLeastOnce().Text().Span()
         select rule).Many().Select(r => r.ToList()).Then(r => Separator.Many().Return(r));

    private static readonly Parser<List<ITextSpan<string>>> DirectiveRules = Rules(RuleChar.Except(ReasonMarker));

    private static readonly Parser<List<ITextSpan<string>>> AttributeRules = Rules(RuleChar).End();

    // directive := blank* word glued rules ('--' reason)?
    // word := 'hvlint-' (letter | '-')*; glued: text stuck to the word, which makes it no directive.
    private static readonly Parser<RawDirective> Directive =
        from lead in Blank.Many()
        from word in Parse.IgnoreCase(Prefix).Concat(Parse.Char(c => char.IsAsciiLetter(c) || c == '-', "letter").Many()).Text().Span()
        from glued in NotBlank.Many().Text()
        from rules in DirectiveRules
        from reason in (from marker in ReasonMarker.Span()
                        from text in Parse.AnyChar.Many().Text()
                        select (At: marker.Start.Pos, Text: text)).Optional()
        from end in Parse.AnyChar.Many().End()
        select new RawDirective(word, glued, rules, reason.IsDefined ? reason.Get() : null);

    // until := 'until' blank+ date blank* (':' blank* reason)? end, where the date runs to the
    // first blank, or to a ':' after its first character.
    private static readonly Parser<(string Date, string? Reason)> Until =
        (from keyword in Parse.IgnoreCase("until")
         from gap in Blank.AtLeastOnce()
         from first in NotBlank
         from rest in Parse.Char(c => !char.IsWhiteSpace(c) && c != ':', "date").Many().Text()
         from reason in (from blanks in Blank.Many()
                         from colon in Parse.Char(':')
                         from text in Parse.AnyChar.Many().Text()
                         select text).Optional()
         select (first + rest, reason.GetOrDefault())).End();

    /// <summary>Reads the comment text [start, end); null when it is not a directive at all.</summary>
    public static (SuppressionDirective? Directive, DirectiveProblem? Problem)? Read(string text, int start, int end, int line)
    {
        // A directive is the first thing in its comment, so prose that mentions one is not one.
        var body = text.AsSpan(start, end - start);
        if (!body.TrimStart().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var raw = Directive.Parse(body.ToString());
        var i = start + raw.Word.Start.Pos;
        var trimmedEnd = end;
        while (trimmedEnd > i && char.IsWhiteSpace(text[trimmedEnd - 1]))
        {
            trimmedEnd--;
        }

        var span = TextSpan.FromBounds(i, trimmedEnd);
        var word = raw.Word.Value;
        if (!s_kinds.TryGetValue(word, out var kind) || raw.Glued.Length > 0)
        {
            var suggestion = NameSuggester.Suggest(word, s_kinds.Keys, 1) is [var best] ? $" Did you mean '{best}'?" : string.Empty;
            return (null, new DirectiveProblem(span, $"'{word + raw.Glued}' is not an HvLint directive, so it does nothing; use hvlint-disable-next-line, hvlint-disable-line, hvlint-disable, hvlint-enable or hvlint-disable-file.{suggestion}"));
        }

        var rules = raw.Rules.Select(r => new RuleReference(r.Value, new TextSpan(start + r.Start.Pos, r.Length))).ToList();
        if (rules.Count == 0 && kind != SuppressionKind.Enable)
        {
            return (null, new DirectiveProblem(span, $"'{word}' names no rule, so it suppresses nothing; write the rule IDs or names after it, e.g. '{word} HV0101 -- reason'."));
        }

        var (reason, until, problem) = raw.Reason is var (at, reasonText)
            ? Reason(reasonText, TextSpan.FromBounds(start + at, trimmedEnd))
            : (null, null, null);
        if (problem is not null)
        {
            return (null, problem);
        }

        return (new SuppressionDirective { Kind = kind, Span = span, Line = line, Rules = rules, Reason = reason, Until = until }, null);
    }

    /// <summary>Rule references separated by commas or blanks in [start, end).</summary>
    public static List<RuleReference> RuleList(string text, int start, int end) =>
        [.. AttributeRules.Parse(text[start..end]).Select(r => new RuleReference(r.Value, new TextSpan(start + r.Start.Pos, r.Length)))];

    /// <summary>Splits "until 2027-03-31: reason" into its date and reason; a bad date is a problem.</summary>
    public static (string? Reason, DateOnly? Until, DirectiveProblem? Problem) Reason(string raw, TextSpan span)
    {
        var text = raw.Trim();
        var until = Until.TryParse(text);
        if (!until.WasSuccessful)
        {
            return (text.Length == 0 ? null : text, null, null);
        }

        var (dateText, reasonText) = until.Value;
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (null, null, new DirectiveProblem(span, $"'{dateText}' is not a date, so the suppression is ignored; write 'until YYYY-MM-DD: reason', e.g. 'until 2027-03-31: waiting for the vendor fix'."));
        }

        var reason = reasonText?.Trim() ?? string.Empty;
        return (reason.Length == 0 ? null : reason, date, null);
    }

    /// <summary>A directive as the grammar reads it, before its meaning is checked.</summary>
    private sealed record RawDirective(ITextSpan<string> Word, string Glued, List<ITextSpan<string>> Rules, (int At, string Text)? Reason);
}

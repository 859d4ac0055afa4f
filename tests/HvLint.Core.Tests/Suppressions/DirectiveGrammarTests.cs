using HvLint.Core.Suppressions;

namespace HvLint.Core.Tests.Suppressions;

/// <summary>The directive grammar on its own: what it accepts, what it rejects, and where it points.</summary>
public sealed class DirectiveGrammarTests
{
    private static (SuppressionDirective? Directive, DirectiveProblem? Problem)? Read(string comment) =>
        DirectiveParser.Read(comment, 0, comment.Length, 1);

    [Theory]
    [InlineData(" just a remark")]
    [InlineData(" see hvlint-disable-line HV0101")]
    [InlineData("")]
    public void A_comment_that_does_not_start_with_the_prefix_is_no_directive(string comment)
    {
        Assert.Null(Read(comment));
    }

    [Fact]
    public void Rules_are_separated_by_commas_or_blanks_and_keep_their_spans()
    {
        var comment = "  HVLINT-Disable-Line hv0101,UnknownValueName  HV0301 -- the reason  ";
        var (directive, problem) = Read(comment)!.Value;
        Assert.Null(problem);
        Assert.Equal(SuppressionKind.DisableLine, directive!.Kind);
        Assert.Equal(["hv0101", "UnknownValueName", "HV0301"], directive.Rules.Select(r => r.Text));
        Assert.All(directive.Rules, r => Assert.Equal(r.Text, comment.Substring(r.Span.Start, r.Span.Length)));
        Assert.Equal("the reason", directive.Reason);
        Assert.Equal((2, comment.TrimEnd().Length), (directive.Span.Start, directive.Span.End));
    }

    [Fact]
    public void The_reason_starts_at_the_first_double_dash_even_inside_a_word()
    {
        var (directive, _) = Read("hvlint-disable HV0101--Contoso -- block")!.Value;
        Assert.Equal(["HV0101"], directive!.Rules.Select(r => r.Text));
        Assert.Equal("Contoso -- block", directive.Reason);
    }

    [Fact]
    public void Enable_needs_no_rule()
    {
        var (directive, problem) = Read("hvlint-enable")!.Value;
        Assert.Null(problem);
        Assert.Equal(SuppressionKind.Enable, directive!.Kind);
        Assert.Empty(directive.Rules);
    }

    [Theory]
    [InlineData("hvlint-disable-next-line HV0101 -- until 2027-03-31: agent", "2027-03-31", "agent")]
    [InlineData("hvlint-disable-next-line HV0101 -- UNTIL 2027-03-31:agent: v2", "2027-03-31", "agent: v2")]
    [InlineData("hvlint-disable-next-line HV0101 -- until   2027-03-31  :  agent  ", "2027-03-31", "agent")]
    [InlineData("hvlint-disable-next-line HV0101 -- until 2027-03-31", "2027-03-31", null)]
    [InlineData("hvlint-disable-next-line HV0101 -- until 2027-03-31 :", "2027-03-31", null)]
    public void Until_takes_a_date_and_an_optional_reason_after_a_colon(string comment, string date, string? reason)
    {
        var (directive, problem) = Read(comment)!.Value;
        Assert.Null(problem);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), directive!.Until);
        Assert.Equal(reason, directive.Reason);
    }

    [Theory]
    [InlineData("hvlint-disable-line HV0101 -- until 2027-03-31 the agent")]
    [InlineData("hvlint-disable-line HV0101 -- until: the agent")]
    [InlineData("hvlint-disable-line HV0101 -- untilnow")]
    public void Text_that_only_starts_with_until_is_a_plain_reason(string comment)
    {
        var (directive, problem) = Read(comment)!.Value;
        Assert.Null(problem);
        Assert.Null(directive!.Until);
        Assert.Equal(comment[(comment.IndexOf("--", StringComparison.Ordinal) + 3)..], directive.Reason);
    }

    [Theory]
    [InlineData("hvlint-disable-line HV0101 -- until 2027-13-01: x", "'2027-13-01' is not a date")]
    [InlineData("hvlint-disable-line HV0101 -- until soon: x", "'soon' is not a date")]
    [InlineData("hvlint-disable-line HV0101 -- until 31.03.2027", "'31.03.2027' is not a date")]
    public void A_bad_date_is_a_problem_pointing_at_the_reason(string comment, string expected)
    {
        var (directive, problem) = Read(comment)!.Value;
        Assert.Null(directive);
        Assert.Contains(expected, problem!.Value.Message, StringComparison.Ordinal);
        Assert.Equal(comment.IndexOf("--", StringComparison.Ordinal), problem.Value.Span.Start);
        Assert.Equal(comment.Length, problem.Value.Span.End);
    }

    [Theory]
    [InlineData("hvlint-disable-next-lineHV0101 -- x", "'hvlint-disable-next-lineHV0101' is not an HvLint directive", "Did you mean 'hvlint-disable-next-line'?")]
    [InlineData("hvlint-disable-nextline HV0101", "'hvlint-disable-nextline' is not an HvLint directive", "Did you mean 'hvlint-disable-next-line'?")]
    [InlineData("hvlint-disable:HV0101", "'hvlint-disable:HV0101' is not an HvLint directive", "use hvlint-disable-next-line, hvlint-disable-line")]
    [InlineData("hvlint-disable-file -- reason", "'hvlint-disable-file' names no rule", "e.g. 'hvlint-disable-file HV0101 -- reason'")]
    public void Misspelt_words_and_missing_rules_are_problems_over_the_whole_directive(string comment, string expected, string hint)
    {
        var (directive, problem) = Read(" " + comment)!.Value;
        Assert.Null(directive);
        Assert.Contains(expected, problem!.Value.Message, StringComparison.Ordinal);
        Assert.Contains(hint, problem.Value.Message, StringComparison.Ordinal);
        Assert.Equal((1, comment.Length), (problem.Value.Span.Start, problem.Value.Span.Length));
    }

    [Fact]
    public void Attribute_rule_lists_do_not_stop_at_a_double_dash()
    {
        var text = "x'HV0101--a, HV0102'";
        Assert.Equal(["HV0101--a", "HV0102"], DirectiveParser.RuleList(text, 2, text.Length - 1).Select(r => r.Text));
        Assert.Equal(2, DirectiveParser.RuleList(text, 2, text.Length - 1)[0].Span.Start);
    }
}

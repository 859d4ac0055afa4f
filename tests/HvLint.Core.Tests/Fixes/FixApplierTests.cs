using HvLint.Core.Diagnostics;
using HvLint.Core.Fixes;
using HvLint.Core.Text;

namespace HvLint.Core.Tests.Fixes;

public sealed class FixApplierTests
{
    private static readonly SourceText s_source = new("t.reg", new string('x', 100));
    private static readonly RuleDescriptor s_rule = new("HV0101", "UnknownValueName", "t", "d", RuleCategory.UnknownName);

    private static Diagnostic Finding(int at, params (int Start, int Length, FixApplicability How)[] edits) =>
        new(s_rule, Severity.Warning, "m", new Location(s_source, new TextSpan(at, 1)))
        {
            Fixes = [.. edits.Select(e => new CodeFix($"fix at {e.Start}", e.How, [new TextEdit(new TextSpan(e.Start, e.Length), "y")]))],
        };

    [Fact]
    public void A_round_takes_fixes_in_finding_order_and_leaves_one_that_overlaps_for_the_next()
    {
        var chosen = FixApplier.Choose(
            [
                Finding(50, (50, 5, FixApplicability.Safe)),
                Finding(10, (10, 5, FixApplicability.Safe)),
                Finding(12, (12, 2, FixApplicability.Safe)),   // inside the edit at 10
                Finding(52, (55, 0, FixApplicability.Safe)),   // an insertion right after 50..55 touches nothing
                Finding(14, (15, 3, FixApplicability.Safe)),   // starts where 10..15 ends
                Finding(60, (49, 2, FixApplicability.Safe)),   // overlaps 50..55 from before
            ],
            unsafeFixes: false);

        Assert.Equal(["fix at 10", "fix at 15", "fix at 50", "fix at 55"], chosen.Select(f => f.Title));
    }

    [Fact]
    public void Two_insertions_at_one_place_and_an_insertion_inside_an_edit_wait_for_the_next_round()
    {
        var chosen = FixApplier.Choose(
            [
                Finding(20, (20, 0, FixApplicability.Safe)),
                Finding(21, (20, 0, FixApplicability.Safe)),
                Finding(30, (30, 6, FixApplicability.Safe)),
                Finding(31, (33, 0, FixApplicability.Safe)),
            ],
            unsafeFixes: false);

        Assert.Equal(["fix at 20", "fix at 30"], chosen.Select(f => f.Title));
    }

    [Fact]
    public void Unsafe_fixes_are_chosen_only_when_asked_for()
    {
        Diagnostic[] findings = [Finding(5, (5, 1, FixApplicability.Unsafe)), Finding(8, (8, 1, FixApplicability.Safe))];

        Assert.Equal(["fix at 8"], FixApplier.Choose(findings, unsafeFixes: false).Select(f => f.Title));
        Assert.Equal(["fix at 5", "fix at 8"], FixApplier.Choose(findings, unsafeFixes: true).Select(f => f.Title));
    }

    [Fact]
    public void Apply_replaces_each_span_and_keeps_every_other_character()
    {
        Assert.Equal("aXcdYYf", FixApplier.Apply("abcdef", [new TextEdit(new TextSpan(4, 1), "YY"), new TextEdit(new TextSpan(1, 1), "X")]));
        Assert.Equal("abZcdef", FixApplier.Apply("abcdef", [new TextEdit(new TextSpan(2, 0), "Z")]));
        Assert.Throws<ArgumentException>(() => FixApplier.Apply("abcdef", [new TextEdit(new TextSpan(1, 2), "X"), new TextEdit(new TextSpan(2, 2), "Y")]));
    }
}

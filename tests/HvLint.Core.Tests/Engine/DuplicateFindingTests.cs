using System.Text;
using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.Core.Model;
using HvLint.Core.Rules;
using HvLint.Core.Text;

namespace HvLint.Core.Tests.Engine;

/// <summary>
/// The engine reports one finding per place, rule and message, whatever produced it several
/// times (a batch subroutine reached from many calls), with the related places of all of them;
/// and a finding a rule lowers keeps its severity unless the configuration names the rule.
/// </summary>
public sealed class DuplicateFindingTests
{
    private static readonly RuleDescriptor s_rule = new("HV0101", "UnknownValueName", "t", "d", RuleCategory.UnknownName);

    [Fact]
    public void Identical_findings_become_one_with_the_related_places_of_all()
    {
        // Three writes of the same statement, as a subroutine called three times produces them;
        // each call is a different related place, two of them the same.
        var result = Engine(new RepeatingRule()).LintBytes("t.x", Encoding.UTF8.GetBytes("line one\nline two\n"));

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal([5, 9], d.Related.Select(r => r.Location.Span.Start));
    }

    [Fact]
    public void Findings_that_differ_in_message_or_place_are_kept()
    {
        var result = Engine(new VaryingRule()).LintBytes("t.x", Encoding.UTF8.GetBytes("line one\nline two\n"));

        Assert.Equal(3, result.Diagnostics.Count);
    }

    [Fact]
    public void A_finding_a_rule_lowers_keeps_its_severity_unless_the_configuration_names_the_rule()
    {
        var engine = Engine(new LoweringRule());
        var bytes = Encoding.UTF8.GetBytes("line\n");

        Assert.Equal(Severity.Note, Assert.Single(engine.LintBytes("t.x", bytes).Diagnostics).Severity);
        var configured = new LintOptions { RuleSeverities = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase) { ["HV0101"] = Severity.Error } };
        Assert.Equal(Severity.Error, Assert.Single(engine.LintBytes("t.x", bytes, configured).Diagnostics).Severity);
    }

    private static LintEngine Engine(Rule rule) => new(CatalogLoader.BuiltIn, [new ThreeWrites()], [rule]);

    private sealed class ThreeWrites : IWriteExtractor
    {
        public string Language => "test";

        public IReadOnlyList<string> FileExtensions => [".x"];

        public IReadOnlyList<RuleDescriptor> Diagnostics => [];

        public ExtractionResult Extract(string path, byte[] content)
        {
            var source = new SourceText(path, Encoding.UTF8.GetString(content));
            var key = RegistryKeyPath.TryParse(@"HKEY_LOCAL_MACHINE\SOFTWARE\T")!;
            Write At(int order, int related) => new RegistryWrite(source, new TextSpan(0, 4), order, RegistryOperation.SetValue, key, new TextSpan(0, 4), "A", new TextSpan(0, 4), RegistryData.DWord(1), new TextSpan(0, 4))
            {
                RelatedSpans = [new TextSpan(related, 3)],
            };
            return new ExtractionResult(source, [At(0, 5), At(1, 9), At(2, 5)], []);
        }
    }

    private sealed class RepeatingRule : Rule
    {
        public override RuleDescriptor Descriptor => s_rule;

        public override void AnalyzeRegistryWrite(RegistryWriteContext context) =>
            context.Report(context.Write.NameOrStatementSpan, "same message", context.Write);
    }

    private sealed class VaryingRule : Rule
    {
        public override RuleDescriptor Descriptor => s_rule;

        public override void AnalyzeRegistryWrite(RegistryWriteContext context)
        {
            // Order 0 and 2 share the place and differ in message; order 1 is elsewhere.
            var span = context.Write.Order == 1 ? new TextSpan(9, 4) : context.Write.Span;
            context.Report(span, "message " + context.Write.Order.ToString(System.Globalization.CultureInfo.InvariantCulture), context.Write);
        }
    }

    private sealed class LoweringRule : Rule
    {
        public override RuleDescriptor Descriptor => s_rule;

        public override void AnalyzeRegistryWrite(RegistryWriteContext context)
        {
            if (context.Write.Order == 0)
            {
                context.Report(context.Write.Span, "lowered", context.Write, severity: Severity.Note);
            }
        }
    }
}

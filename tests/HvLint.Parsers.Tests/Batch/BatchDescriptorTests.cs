using HvLint.Core.Diagnostics;
using HvLint.Parsers.Batch;
using HvLint.Parsers.Commands;
using HvLint.TestKit;
using static HvLint.Parsers.Tests.Batch.BatchTestHelpers;

namespace HvLint.Parsers.Tests.Batch;

/// <summary>The batch parse findings and the interpreters' script findings: IDs in range, listed once, and a rule page each whose examples behave.</summary>
public sealed class BatchDescriptorTests
{
    public static TheoryData<string> Ids => [.. BatchDiagnostics.All.Concat(CommandDiagnostics.All).Select(d => d.Id)];

    [Fact]
    public void Extractor_lists_its_parse_findings_and_the_interpreters_findings()
    {
        var extractor = new BatchFileExtractor();

        Assert.Equal(BatchDiagnostics.All.Concat(CommandDiagnostics.All), extractor.Diagnostics);
        Assert.Equal("batch", extractor.Language);
        Assert.Equal([".cmd", ".bat"], extractor.FileExtensions);
        Assert.Contains(FrontEnds.All, e => e is BatchFileExtractor);
    }

    [Fact]
    public void Every_public_descriptor_field_is_listed()
    {
        foreach (var (type, all) in new[] { (typeof(BatchDiagnostics), BatchDiagnostics.All), (typeof(CommandDiagnostics), CommandDiagnostics.All) })
        {
            var fields = type.GetFields().Where(f => f.FieldType == typeof(RuleDescriptor)).Select(f => (RuleDescriptor)f.GetValue(null)!);
            Assert.Equal(fields.OrderBy(d => d.Id, StringComparer.Ordinal), all);
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_is_in_its_range_with_a_sentence_title(string id)
    {
        var d = Descriptor(id);

        if (d.Category == RuleCategory.Parse)
        {
            Assert.InRange(d.Number, 70, 99);
        }
        else
        {
            Assert.Equal(RuleCategory.Script, d.Category);
            Assert.InRange(d.Number, 900, 949);
        }

        RulePages.AssertWording(d);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_page_has_the_standard_layout(string id)
    {
        var d = Descriptor(id);
        RulePages.AssertStandardLayout(d);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Noncompliant_example_produces_the_finding(string id)
    {
        var result = Run(Example(id, "Noncompliant"));

        Assert.True(result.Diagnostics.Any(d => d.Rule.Id == id), $"{id} not reported; got:\n{Describe(result)}");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Compliant_example_produces_no_finding(string id)
    {
        var result = Run(Example(id, "Compliant"));

        Assert.True(result.Diagnostics.Count == 0, $"compliant example of {id} has findings:\n{Describe(result)}");
        Assert.NotEmpty(result.Writes);
    }

    private static RuleDescriptor Descriptor(string id) => BatchDiagnostics.All.Concat(CommandDiagnostics.All).Single(x => x.Id == id);

    private static string Example(string id, string section) => RulePages.Example(id, section, "batch");
}

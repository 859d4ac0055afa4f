using System.Text;
using HvLint.Core.Diagnostics;
using HvLint.Parsers.Reg;
using HvLint.TestKit;

namespace HvLint.Parsers.Tests.Reg;

/// <summary>The .reg parse findings: stable IDs in their range, and a rule page for each whose examples behave.</summary>
public sealed class RegDescriptorTests
{
    public static TheoryData<string> Ids => [.. RegDiagnostics.All.Select(d => d.Id)];

    [Fact]
    public void Extractor_exposes_every_descriptor_once()
    {
        var extractor = new RegFileExtractor();

        Assert.Equal(RegDiagnostics.All, extractor.Diagnostics);
        Assert.Equal(RegDiagnostics.All.Count, RegDiagnostics.All.Select(d => d.Id).Distinct().Count());
        Assert.Equal(RegDiagnostics.All.Count, RegDiagnostics.All.Select(d => d.Name).Distinct().Count());
        Assert.Equal("reg", extractor.Language);
        Assert.Equal([".reg"], extractor.FileExtensions);
    }

    [Fact]
    public void Every_public_descriptor_field_is_listed()
    {
        var fields = typeof(RegDiagnostics).GetFields().Where(f => f.FieldType == typeof(RuleDescriptor)).Select(f => (RuleDescriptor)f.GetValue(null)!);

        Assert.Equal(fields.OrderBy(d => d.Id, StringComparer.Ordinal), RegDiagnostics.All);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_is_a_parse_rule_in_the_reg_range_with_a_sentence_title(string id)
    {
        var d = RegDiagnostics.All.Single(x => x.Id == id);

        Assert.Matches("^HV00[0-3][0-9]$", d.Id);
        Assert.InRange(d.Number, 2, 39);
        Assert.Equal(RuleCategory.Parse, d.Category);
        RulePages.AssertWording(d);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_page_has_the_standard_layout(string id)
    {
        var d = RegDiagnostics.All.Single(x => x.Id == id);
        RulePages.AssertStandardLayout(d);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Noncompliant_example_produces_the_rule(string id)
    {
        var result = Lint(Example(id, "Noncompliant"));

        Assert.True(result.Diagnostics.Any(d => d.Rule.Id == id), $"{id} not reported; got:\n{RegTestHelpers.Describe(result)}");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Compliant_example_produces_no_parse_finding(string id)
    {
        var result = Lint(Example(id, "Compliant"));

        Assert.True(result.Diagnostics.Count == 0, $"compliant example of {id} has findings:\n{RegTestHelpers.Describe(result)}");
        Assert.NotEmpty(result.Writes);
    }

    [Fact]
    public void No_rule_page_in_the_reg_range_lacks_a_descriptor()
    {
        var pages = Directory.GetFiles(RepoPaths.Combine("docs", "rules"), "HV00*.md")
            .Select(p => Path.GetFileNameWithoutExtension(p))
            .Where(n => int.Parse(n.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture) is >= 2 and <= 39);

        Assert.Equal(RegDiagnostics.All.Select(d => d.Id).Order(StringComparer.Ordinal), pages.Order(StringComparer.Ordinal));
    }

    // Samples are written as ANSI, as RuleVerifier does: each character of the page is one byte,
    // which is how the encoding examples spell byte-order marks (ï»¿ is EF BB BF).
    private static Core.Engine.ExtractionResult Lint(string text) => RegTestHelpers.Extract(Encoding.Latin1.GetBytes(text));

    private static string Example(string id, string section) => RulePages.Example(id, section, "reg");
}

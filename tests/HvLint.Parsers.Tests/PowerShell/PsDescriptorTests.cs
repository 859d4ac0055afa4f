using System.Text;
using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.Parsers.PowerShell;
using HvLint.TestKit;

namespace HvLint.Parsers.Tests.PowerShell;

/// <summary>The PowerShell findings: IDs in their ranges, and a rule page for each whose examples behave.</summary>
public sealed class PsDescriptorTests
{
    public static TheoryData<string> Ids => [.. PowerShellDiagnostics.All.Select(d => d.Id)];

    [Fact]
    public void Extractor_exposes_every_descriptor_once()
    {
        var extractor = new PowerShellScriptExtractor();

        Assert.Equal(PowerShellDiagnostics.All, extractor.Diagnostics);
        Assert.Equal(PowerShellDiagnostics.All.Count, PowerShellDiagnostics.All.Select(d => d.Id).Distinct().Count());
        Assert.Equal("powershell", extractor.Language);
        Assert.Equal([".ps1", ".psm1"], extractor.FileExtensions);
        Assert.Contains(FrontEnds.All, e => e is PowerShellScriptExtractor);
    }

    [Fact]
    public void Every_public_descriptor_field_is_listed()
    {
        var fields = typeof(PowerShellDiagnostics).GetFields().Where(f => f.FieldType == typeof(RuleDescriptor)).Select(f => (RuleDescriptor)f.GetValue(null)!);

        Assert.Equal(fields.OrderBy(d => d.Id, StringComparer.Ordinal), PowerShellDiagnostics.All);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_is_in_the_powershell_range_of_its_category(string id)
    {
        var d = PowerShellDiagnostics.All.Single(x => x.Id == id);

        Assert.True(
            d.Category == RuleCategory.Parse ? d.Number is >= 40 and <= 69 : d.Category == RuleCategory.Script && d.Number is >= 950 and <= 999,
            $"{id} is {d.Category}");
        RulePages.AssertWording(d);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_page_has_the_standard_layout(string id)
    {
        var d = PowerShellDiagnostics.All.Single(x => x.Id == id);
        RulePages.AssertStandardLayout(d);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Noncompliant_example_produces_the_finding(string id)
    {
        var result = Lint(Example(id, "Noncompliant"));

        Assert.True(result.Diagnostics.Any(d => d.Rule.Id == id), $"{id} not reported; got:\n{Reg.RegTestHelpers.Describe(result)}");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Compliant_example_produces_no_finding_and_writes_something(string id)
    {
        var result = Lint(Example(id, "Compliant"));

        Assert.True(result.Diagnostics.Count == 0, $"compliant example of {id} has findings:\n{Reg.RegTestHelpers.Describe(result)}");
        Assert.NotEmpty(result.Writes);
    }

    // As RuleVerifier does: UTF-8 without a byte-order mark.
    private static ExtractionResult Lint(string text) => new PowerShellScriptExtractor().Extract("example.ps1", Encoding.UTF8.GetBytes(text));

    private static string Example(string id, string section) => RulePages.Example(id, section, "powershell");
}

using HvLint.Core.Diagnostics;
using RuleSet = HvLint.Rules.RuleSet;
using HvLint.TestKit;
using Microsoft.CodeAnalysis;

namespace HvLint.Analyzers.Tests;

/// <summary>What a build shows for each rule: ID, title, severity, category and a help link that leads to the rule's page.</summary>
public sealed class DescriptorTests
{
    private static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> s_supported =
        new HvLintAnalyzer().SupportedDiagnostics.ToDictionary(d => d.Id, StringComparer.Ordinal);

    [Fact]
    public void Every_rule_is_a_supported_diagnostic_with_its_title_severity_and_category()
    {
        foreach (var rule in RuleSet.All.Select(r => r.Descriptor))
        {
            Assert.True(s_supported.TryGetValue(rule.Id, out var d), rule.Id + " is not a supported diagnostic");
            Assert.Equal(rule.Title, d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(RuleCategories.Name(rule.Category), d.Category);
            Assert.True(d.IsEnabledByDefault, rule.Id);
            var expected = rule.DefaultSeverity switch
            {
                Severity.Error => DiagnosticSeverity.Error,
                Severity.Warning => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Info,
            };
            Assert.Equal(expected, d.DefaultSeverity);
        }
    }

    [Fact]
    public void Every_help_link_is_the_online_address_of_a_rule_page_in_the_repository()
    {
        foreach (var d in s_supported.Values.Where(d => d.Id.StartsWith("HV0", StringComparison.Ordinal)))
        {
            Assert.Equal("https://github.com/hvlint/hvlint/blob/main/docs/rules/" + d.Id + ".md", d.HelpLinkUri);
            Assert.True(File.Exists(RepoPaths.Combine("docs", "rules", d.Id + ".md")), d.Id + " links to a page that does not exist");
        }
    }

    [Fact]
    public void The_analyzers_own_diagnostics_link_to_its_page_and_use_ids_no_rule_can_take()
    {
        var own = s_supported.Values.Where(d => !d.Id.StartsWith("HV0", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["HVA001", "HVA002"], own.Select(d => d.Id).Order(StringComparer.Ordinal));
        foreach (var d in own)
        {
            var anchor = d.HelpLinkUri.Split('#');
            Assert.Equal("https://github.com/hvlint/hvlint/blob/main/docs/analyzer.md", anchor[0]);
            Assert.Contains("## " + char.ToUpperInvariant(anchor[1][0]) + anchor[1][1..], File.ReadAllText(RepoPaths.Combine("docs", "analyzer.md")), StringComparison.Ordinal);
        }
    }
}

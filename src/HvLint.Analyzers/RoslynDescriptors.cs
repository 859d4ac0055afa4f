using System.Collections.Immutable;
using HvLint.Core.Diagnostics;
using Microsoft.CodeAnalysis;

namespace HvLint.Analyzers;

/// <summary>HvLint's rule descriptors as Roslyn's: ID, title, message, severity, category and help link.</summary>
internal static class RoslynDescriptors
{
    /// <summary>Every finding is one HvLint message: the rule's own words, quoted names and values included.</summary>
    private const string MessageFormat = "{0}";

    /// <summary>The descriptor of one rule.</summary>
    public static DiagnosticDescriptor From(RuleDescriptor rule) => new(
        id: rule.Id,
        title: rule.Title,
        messageFormat: MessageFormat,
        category: CategoryOf(rule.Category),
        defaultSeverity: SeverityOf(rule.DefaultSeverity),
        isEnabledByDefault: true,
        description: rule.Description,
        helpLinkUri: rule.HelpUri.AbsoluteUri);

    /// <summary>The descriptors of rules, by ID (the first of an ID wins).</summary>
    public static ImmutableDictionary<string, DiagnosticDescriptor> ById(IEnumerable<RuleDescriptor> rules)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, DiagnosticDescriptor>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (!builder.ContainsKey(rule.Id))
            {
                builder.Add(rule.Id, From(rule));
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// The category as HvLint names it in configuration and output (unknown-name, range, ...), so
    /// <c>dotnet_analyzer_diagnostic.category-range.severity</c> sets every range rule.
    /// </summary>
    public static string CategoryOf(RuleCategory category) => RuleCategories.Name(category);

    /// <summary>HvLint's severity as Roslyn's: a note is Info (shown in the IDE, not in the build's output).</summary>
    public static DiagnosticSeverity SeverityOf(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}

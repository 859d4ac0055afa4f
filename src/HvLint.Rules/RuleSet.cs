using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>
/// Every rule, listed explicitly in one place (a test fails when a rule class is missing here,
/// as Bicep's AllDefinedRulesAreListedInLinterRulesProvider does).
/// </summary>
public static class RuleSet
{
    /// <summary>All rules, in ID order.</summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
    ];
}

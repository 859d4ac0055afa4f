using HvLint.Core.Diagnostics;

namespace HvLint.Core.Suppressions;

/// <summary>
/// Findings about inline suppressions themselves (HV0980-HV0989). The engine produces them
/// while it applies suppressions; they cannot be suppressed inline (that would hide the
/// problem they report), only configured, e.g. "UnusedSuppression": "off".
/// </summary>
public static class SuppressionDiagnostics
{
    /// <summary>HV0980: a suppression that suppresses nothing.</summary>
    public static readonly RuleDescriptor UnusedSuppression = new(
        "HV0980",
        "UnusedSuppression",
        "A suppression names a rule that reports nothing where the suppression applies.",
        "A suppression left behind after the finding was fixed, or placed on the wrong line, hides nothing today but will silently hide a new finding of that rule later. Remove it, or move it to the line it is meant for.",
        RuleCategory.Script);

    /// <summary>HV0981: a suppression that names a rule HvLint does not have.</summary>
    public static readonly RuleDescriptor UnknownRuleInSuppression = new(
        "HV0981",
        "UnknownRuleInSuppression",
        "A suppression names a rule ID or name that HvLint does not know.",
        "A misspelt rule ID or name suppresses nothing, so the finding it was meant to silence is still reported, or a different one is. 'hvlint rules' lists every ID and name.",
        RuleCategory.Script);

    /// <summary>HV0982: a suppression without a reason, when configuration requires one.</summary>
    public static readonly RuleDescriptor SuppressionWithoutReason = new(
        "HV0982",
        "SuppressionWithoutReason",
        "A suppression gives no reason after ' -- '.",
        "A suppression without a reason cannot be reviewed: nobody can tell later whether the finding was a false positive, an accepted risk or a shortcut. Configuration can turn the requirement off (\"requireSuppressionReason\": false).",
        RuleCategory.Script);

    /// <summary>HV0983: a suppression whose 'until' date has passed.</summary>
    public static readonly RuleDescriptor ExpiredSuppression = new(
        "HV0983",
        "ExpiredSuppression",
        "A suppression's 'until' date has passed, so it no longer suppresses anything.",
        "A suppression with 'until YYYY-MM-DD' stops working after that date and the findings it covered are reported again, so that temporary exceptions do not become permanent by accident.",
        RuleCategory.Script);

    /// <summary>HV0984: a comment that looks like a directive but cannot be read as one.</summary>
    public static readonly RuleDescriptor MalformedSuppression = new(
        "HV0984",
        "MalformedSuppression",
        "A comment starts like an HvLint directive but is not one HvLint can apply.",
        "A misspelt directive, a directive without rule IDs, a date that is not YYYY-MM-DD, or an hvlint-enable without an hvlint-disable before it is ignored, so whatever it was meant to do does not happen.",
        RuleCategory.Script);

    /// <summary>Every descriptor of this class.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [UnusedSuppression, UnknownRuleInSuppression, SuppressionWithoutReason, ExpiredSuppression, MalformedSuppression];
}

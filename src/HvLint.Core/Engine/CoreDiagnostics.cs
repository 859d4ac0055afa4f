using HvLint.Core.Diagnostics;
using HvLint.Core.Suppressions;

namespace HvLint.Core.Engine;

/// <summary>Findings the engine itself produces.</summary>
public static class CoreDiagnostics
{
    /// <summary>HV0001: a file that cannot be read.</summary>
    public static readonly RuleDescriptor FileUnreadable = new(
        "HV0001",
        "FileUnreadable",
        "The file cannot be read.",
        "HvLint could not open or read the file (missing, locked, or not permitted). Nothing in it was checked; the other files were.",
        RuleCategory.Parse);

    /// <summary>Every engine descriptor, including the findings about suppressions (HV0980-HV0984).</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [FileUnreadable, .. SuppressionDiagnostics.All];
}

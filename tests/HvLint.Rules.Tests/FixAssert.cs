using HvLint.Core.Engine;
using HvLint.Core.Fixes;

namespace HvLint.Rules.Tests;

/// <summary>The fix a rule states on its finding (<c>Diagnostic.Change</c>), before a front end renders it.</summary>
internal static class FixAssert
{
    /// <summary>The change on the one finding of <paramref name="id"/>, of the expected kind and applicability.</summary>
    public static TChange Change<TChange>(FileResult result, string id, FixApplicability applicability)
        where TChange : WriteChange
    {
        var finding = Assert.Single(result.Diagnostics, d => d.Rule.Id == id);
        var change = Assert.IsType<TChange>(finding.Change);
        Assert.Equal(applicability, change.Applicability);
        Assert.False(string.IsNullOrWhiteSpace(change.Title));
        return change;
    }

    /// <summary>Every finding of <paramref name="id"/> (there is at least one) comes without a fix.</summary>
    public static void NoChange(FileResult result, string id)
    {
        var findings = result.Diagnostics.Where(d => d.Rule.Id == id).ToArray();
        Assert.NotEmpty(findings);
        Assert.All(findings, d => Assert.Null(d.Change));
    }
}

using DiffPlex.Renderer;

namespace HvLint.Cli.Output;

/// <summary>The unified diff of a fixed file, as <c>hvlint check --diff</c> prints it (git's a/ and b/ prefixes, 3 lines of context).</summary>
internal static class UnifiedDiff
{
    /// <summary>The diff of <paramref name="before"/> and <paramref name="after"/>, headed <c>--- a/path</c> and <c>+++ b/path</c>; empty when they are equal.</summary>
    public static string Of(string displayPath, string before, string after)
    {
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var path = displayPath.Replace('\\', '/');
        var diff = UnidiffRenderer.GenerateUnidiff(before, after, "a/" + path, "b/" + path, ignoreWhitespace: false, ignoreCase: false, contextLines: 3);
        return diff.EndsWith('\n') ? diff : diff + "\n";
    }
}

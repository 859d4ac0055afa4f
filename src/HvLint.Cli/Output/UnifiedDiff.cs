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

        // DiffPlex counts the empty text after a final line break as a line of its own; git
        // does not. A line's break (LF or CR LF) is not part of the diff's lines.
        var diff = UnidiffRenderer.GenerateUnidiff(WithoutFinalBreak(before), WithoutFinalBreak(after), "a/" + path, "b/" + path, ignoreWhitespace: false, ignoreCase: false, contextLines: 3);
        diff = diff.Replace("\r\n", "\n", StringComparison.Ordinal);
        return diff.EndsWith('\n') ? diff : diff + "\n";
    }

    private static string WithoutFinalBreak(string text) =>
        text.EndsWith("\r\n", StringComparison.Ordinal) ? text[..^2] : text.EndsWith('\n') || text.EndsWith('\r') ? text[..^1] : text;
}

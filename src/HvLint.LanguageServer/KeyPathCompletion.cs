using HvLint.Core.Catalog;

namespace HvLint.LanguageServer;

/// <summary>
/// Completion of a key path being typed (a .reg key line, reg.exe's key, a cmdlet's -Path):
/// after a backslash, the subkeys the catalog knows under the key written so far, so a path
/// leads only to keys Hyper-V reads. The root itself and placeholders (&lt;VM-GUID&gt;) are not offered.
/// </summary>
internal static class KeyPathCompletion
{
    /// <param name="line">The cursor's line.</param>
    /// <param name="start">Where the path starts (after its opening quote or bracket).</param>
    /// <param name="cursor">The cursor, in or at the end of the path.</param>
    /// <param name="powerShell">Whether '/' separates names too and the root is a drive (HKLM:).</param>
    /// <param name="quoted">Whether the path is in quotes (a name with a space is offered only then).</param>
    /// <param name="catalog">The catalog of the document.</param>
    public static IEnumerable<Proposal> At(string line, int start, int cursor, bool powerShell, bool quoted, SettingsCatalog catalog)
    {
        var separators = powerShell ? "\\/" : "\\";
        if (cursor < start)
        {
            return [];
        }

        var last = line.AsSpan(start, cursor - start).LastIndexOfAny(separators);
        if (last < 0 || WrittenKey.Read(line[start..(start + last)], 0, powerShell) is not { } parent || !catalog.IsKnownKey(parent.Path))
        {
            return [];
        }

        var from = start + last + 1;
        var end = cursor;
        while (end < line.Length && !separators.Contains(line[end], StringComparison.Ordinal) && line[end] is not (']' or '"' or '\'') && !char.IsWhiteSpace(line[end]))
        {
            end++;
        }

        return catalog.KnownSubkeyNames(parent.Path)
            .Where(n => !n.Contains('<', StringComparison.Ordinal) && (quoted || !n.Contains(' ', StringComparison.Ordinal)))
            .Select(n => new Proposal(n, n, from, end, CompletionItemKind.Module) { Detail = "a key the catalog knows under " + parent.Path.Name });
    }
}

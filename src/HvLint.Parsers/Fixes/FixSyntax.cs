using System.Globalization;
using HvLint.Core.Fixes;
using HvLint.Core.Model;
using HvLint.Core.Text;

namespace HvLint.Parsers.Fixes;

/// <summary>
/// What every front end's fix renderer checks before it edits a write, and the text helpers they
/// share. A renderer declines (returns null) whenever it cannot pin the text it would edit: a
/// value computed at run time or reached through a variable, a write made by a loop over a
/// table or a subroutine, a statement that makes several writes.
/// </summary>
internal static class FixSyntax
{
    /// <summary>Whether the write is one statement's only write, with its text in the statement itself.</summary>
    public static bool IsPinned(Write write, IReadOnlyList<Write> all)
    {
        if (write.RelatedSpans.Count > 0 || all.Count == 0 || !ReferenceEquals(write.Source, all[0].Source))
        {
            return false;
        }

        foreach (var other in all)
        {
            if (!ReferenceEquals(other, write) && other.Span.Start < write.Span.End && write.Span.Start < other.Span.End)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="inner"/> lies inside the write's statement.</summary>
    public static bool Inside(Write write, TextSpan inner) => write.Span.Start <= inner.Start && inner.End <= write.Span.End;

    /// <summary>
    /// The edit that removes the write's statement with its line(s) and line ending, when the
    /// statement stands alone on its lines; null otherwise. <paramref name="joinsBefore"/> are the
    /// characters that, ending the text before the line, make the line part of a longer statement
    /// (a pipe, a continuation, an assignment); <paramref name="joinsAfter"/> the same at the start
    /// of the text after it.
    /// </summary>
    public static TextEdit? RemoveLines(string text, TextSpan statement, string joinsBefore = "", string joinsAfter = "")
    {
        var before = statement.Start - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before]))
        {
            before--;
        }

        var after = statement.End;
        while (after < text.Length && char.IsWhiteSpace(text[after]))
        {
            after++;
        }

        if (before >= 0 && joinsBefore.Contains(text[before], StringComparison.Ordinal) || after < text.Length && joinsAfter.Contains(text[after], StringComparison.Ordinal))
        {
            return null;
        }

        var start = statement.Start;
        while (start > 0 && text[start - 1] is not ('\r' or '\n'))
        {
            if (text[start - 1] is not (' ' or '\t'))
            {
                return null;
            }

            start--;
        }

        var end = statement.End;
        while (end < text.Length && text[end] is not ('\r' or '\n'))
        {
            if (text[end] is not (' ' or '\t'))
            {
                return null;
            }

            end++;
        }

        if (end < text.Length && text[end] == '\r')
        {
            end++;
        }

        if (end < text.Length && text[end] == '\n')
        {
            end++;
        }

        return new TextEdit(TextSpan.FromBounds(start, end), string.Empty);
    }

    /// <summary>What makes a batch line part of the one before it: a ^ continuation, an open block, a &amp; or | chain.</summary>
    public const string CmdJoinsBefore = "^(&|";

    /// <summary>What makes a PowerShell line part of the statement before it: a pipe, a backtick, an operator, an open bracket.</summary>
    public const string PowerShellJoinsBefore = "|`=,(&+-*/!<>[";

    /// <summary>What makes the line after a PowerShell statement part of it (PowerShell 7's leading pipe).</summary>
    public const string PowerShellJoinsAfter = "|";

    /// <summary>A fix of one or more edits with the change's title and applicability.</summary>
    public static CodeFix Fix(WriteChange change, params TextEdit[] edits) => new(change.Title, change.Applicability, edits);

    /// <summary>Whether a text can be written in a script at all (no line breaks or NULs).</summary>
    public static bool IsPrintable(string text) => !text.Any(c => c is '\r' or '\n' or '\0' || char.IsControl(c) && c != '\t');

    /// <summary>A number in invariant culture.</summary>
    public static string Invariant(ulong n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Bytes as lower-case hex pairs joined by <paramref name="separator"/>.</summary>
    public static string Hex(IEnumerable<byte> bytes, string separator) => string.Join(separator, bytes.Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
}

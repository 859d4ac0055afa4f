using HvLint.Core.Diagnostics;

namespace HvLint.Core.Fixes;

/// <summary>Applies fixes to a file's decoded text: one round of fixes that do not overlap.</summary>
public static class FixApplier
{
    /// <summary>
    /// The fixes to apply in one round, in the order of the findings: the first fix of each
    /// finding that is allowed (<paramref name="unsafeFixes"/> admits unsafe ones) and whose
    /// edits overlap none already chosen. A fix left out waits for the next round, after the
    /// file is linted again.
    /// </summary>
    public static IReadOnlyList<CodeFix> Choose(IEnumerable<Diagnostic> diagnostics, bool unsafeFixes)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var chosen = new List<CodeFix>();
        var taken = new List<TextEdit>();
        foreach (var d in diagnostics.OrderBy(d => d.Location.Span.Start))
        {
            var fix = d.Fixes.FirstOrDefault(f => f.Edits.Count > 0 && (unsafeFixes || f.Applicability == FixApplicability.Safe));
            if (fix is null || chosen.Contains(fix) || fix.Edits.Any(e => taken.Any(t => Overlap(e, t))) || HasOverlap(fix.Edits))
            {
                continue;
            }

            chosen.Add(fix);
            taken.AddRange(fix.Edits);
        }

        return chosen;
    }

    /// <summary>The text with the edits applied; the edits must not overlap.</summary>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(edits);
        var ordered = edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.Length).ToArray();
        if (HasOverlap(ordered))
        {
            throw new ArgumentException("edits overlap", nameof(edits));
        }

        var result = new System.Text.StringBuilder(text.Length);
        var at = 0;
        foreach (var e in ordered)
        {
            if (e.Span.Start < at || e.Span.End > text.Length)
            {
                throw new ArgumentException($"edit {e.Span} is outside the text", nameof(edits));
            }

            result.Append(text, at, e.Span.Start - at).Append(e.NewText);
            at = e.Span.End;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }

    // Two edits overlap when they share a character, or insert at the same place.
    private static bool Overlap(TextEdit a, TextEdit b) =>
        a.Span.Start < b.Span.End && b.Span.Start < a.Span.End
        || a.Span.Start == b.Span.Start
        || (a.Span.Length == 0 && a.Span.Start > b.Span.Start && a.Span.Start < b.Span.End)
        || (b.Span.Length == 0 && b.Span.Start > a.Span.Start && b.Span.Start < a.Span.End);

    private static bool HasOverlap(IReadOnlyList<TextEdit> edits)
    {
        for (var i = 0; i < edits.Count; i++)
        {
            for (var j = i + 1; j < edits.Count; j++)
            {
                if (Overlap(edits[i], edits[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }
}

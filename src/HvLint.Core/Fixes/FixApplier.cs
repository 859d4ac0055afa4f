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
        var seen = new HashSet<CodeFix>(ReferenceEqualityComparer.Instance);

        // The edits chosen so far, by start; they never overlap, so a new edit need only be
        // checked against its neighbours (a whole-hive export can carry thousands of fixes).
        var taken = new List<TextEdit>();
        foreach (var d in diagnostics.OrderBy(d => d.Location.Span.Start))
        {
            var fix = d.Fixes.FirstOrDefault(f => f.Edits.Count > 0 && (unsafeFixes || f.Applicability == FixApplicability.Safe));
            if (fix is null || !seen.Add(fix) || HasOverlap(fix.Edits) || fix.Edits.Any(e => OverlapsTaken(taken, e)))
            {
                continue;
            }

            chosen.Add(fix);
            foreach (var e in fix.Edits)
            {
                taken.Insert(InsertionPoint(taken, e.Span.Start), e);
            }
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

    // The taken edits do not overlap each other and start at distinct places, so only the last
    // one starting at or before the edit and the first one starting after it can overlap it.
    private static bool OverlapsTaken(List<TextEdit> taken, TextEdit edit)
    {
        var next = InsertionPoint(taken, edit.Span.Start);
        return next > 0 && Overlap(taken[next - 1], edit) || next < taken.Count && Overlap(taken[next], edit);
    }

    // The index of the first taken edit that starts after `start`.
    private static int InsertionPoint(List<TextEdit> taken, int start)
    {
        int lo = 0, hi = taken.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (taken[mid].Span.Start <= start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

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

using HvLint.Core.Diagnostics;

namespace HvLint.Core.Engine;

/// <summary>
/// One finding per place, rule and message. A batch subroutine reached from many calls, or a
/// file that a host applies twice, produces the same finding once per way it is reached; the
/// user has one thing to fix, so they become one finding whose related locations are the union
/// of theirs (the call sites, when the front end recorded them).
/// </summary>
internal static class DiagnosticMerger
{
    /// <summary>The findings with duplicates (same rule, file, span and message) merged, in first-seen order.</summary>
    public static List<Diagnostic> Merge(List<Diagnostic> diagnostics)
    {
        if (diagnostics.Count < 2)
        {
            return diagnostics;
        }

        var firstIndex = new Dictionary<(string Rule, string Path, int Start, int Length, string Message), int>(diagnostics.Count);
        var merged = new List<Diagnostic>(diagnostics.Count);
        Dictionary<int, List<RelatedLocation>>? extra = null;
        foreach (var d in diagnostics)
        {
            var key = (d.Rule.Id, d.Location.Path, d.Location.Span.Start, d.Location.Span.Length, d.Message);
            if (!firstIndex.TryGetValue(key, out var at))
            {
                firstIndex[key] = merged.Count;
                merged.Add(d);
            }
            else if (d.Related.Count > 0)
            {
                // Collected and de-duplicated once at the end: a subroutine reached from
                // thousands of calls must not cost a copy of the list per call.
                extra ??= [];
                if (!extra.TryGetValue(at, out var list))
                {
                    extra[at] = list = [.. merged[at].Related];
                }

                list.AddRange(d.Related);
            }
        }

        foreach (var (at, list) in extra ?? [])
        {
            merged[at] = merged[at] with
            {
                Related = list.DistinctBy(r => (r.Location.Path, r.Location.Span.Start, r.Location.Span.Length, r.Message)).ToArray(),
            };
        }

        return merged.Count == diagnostics.Count ? diagnostics : merged;
    }
}

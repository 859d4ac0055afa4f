using HvLint.Core.Diagnostics;
using HvLint.Core.Fixes;

namespace HvLint.Core.Engine;

/// <summary>
/// The finish step's last part: each finding whose rule stated a fix as a change to a write
/// (<see cref="Diagnostic.Change"/>) gets it rendered by the front end that read the write's
/// file (<see cref="ExtractionResult.FixRenderer"/>) into <see cref="Diagnostic.Fixes"/>.
/// The change stays on the finding (the language server and tests read it).
/// </summary>
internal static class FixRendering
{
    /// <summary>
    /// The findings of one file with their changes rendered. A change to a write of another
    /// file (a finding of the host pass about a file this one applies) is not rendered: a fix
    /// edits the finding's own file only. A renderer that throws, or renders edits outside the
    /// text or overlapping each other, is an internal error for the file (a notification); the
    /// finding then has no fix and the run goes on.
    /// </summary>
    public static Diagnostic[] Render(ExtractionResult extraction, Diagnostic[] diagnostics, List<ToolNotification> notifications)
    {
        Diagnostic[]? rendered = null;
        for (var i = 0; i < diagnostics.Length; i++)
        {
            var d = diagnostics[i];
            if (d.Change is not { } change || extraction.FixRenderer is not { } renderer || !InFile(d, change, extraction))
            {
                continue;
            }

            CodeFix? fix;
            try
            {
                fix = renderer.Render(change);
            }
#pragma warning disable CA1031 // A crashing renderer must not stop the run: the finding is still reported, without a fix.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                notifications.Add(Failed(extraction, d, $"{ex.GetType().Name}: {ex.Message}", ex));
                continue;
            }

            if (fix is null || fix.Edits.Count == 0)
            {
                continue;
            }

            if (WhyInvalid(fix, extraction.Source.Text.Length) is { } why)
            {
                notifications.Add(Failed(extraction, d, why, null));
                continue;
            }

            rendered ??= (Diagnostic[])diagnostics.Clone();
            rendered[i] = d with { Fixes = [.. d.Fixes, fix] };
        }

        return rendered ?? diagnostics;
    }

    // The finding and the write it changes are both in this file.
    private static bool InFile(Diagnostic d, WriteChange change, ExtractionResult extraction)
    {
        var source = extraction.Source;
        return Same(d.Location.Source, source) && Same(change.Target.Source, source);

        static bool Same(Text.SourceText a, Text.SourceText b) => ReferenceEquals(a, b) || string.Equals(a.Path, b.Path, StringComparison.Ordinal);
    }

    private static string? WhyInvalid(CodeFix fix, int length)
    {
        var edits = fix.Edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.Length).ToArray();
        var (start, end) = (-1, -1);
        foreach (var e in edits)
        {
            if (e.Span.Start < 0 || e.Span.Length < 0 || e.Span.End > length)
            {
                return $"its edit {e.Span} is outside the file's text (length {length})";
            }

            // As FixApplier: edits overlap when they share a character or start at the same place.
            if (e.Span.Start < end || e.Span.Start == start)
            {
                return $"its edits overlap at {e.Span}";
            }

            (start, end) = (e.Span.Start, e.Span.End);
        }

        return null;
    }

    private static ToolNotification Failed(ExtractionResult extraction, Diagnostic d, string why, Exception? ex) =>
        new(extraction.Source.Path, d.Rule.Id, $"The fix of {d.Rule.Id} could not be rendered in '{extraction.Source.Path}': {why}. The finding is reported without a fix.") { Exception = ex };
}

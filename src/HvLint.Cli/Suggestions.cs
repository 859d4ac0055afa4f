using HvLint.Core.Text;

namespace HvLint.Cli;

/// <summary>
/// "Did you mean" suggestions for command-line words (options, commands, rule IDs), which also
/// match prefixes ("--form" for "--format"); the distance is Core's, shared with the rules.
/// </summary>
internal static class Suggestions
{
    /// <summary>" Did you mean 'x'?" for the closest candidates, or an empty string.</summary>
    public static string DidYouMean(string input, IEnumerable<string> candidates)
    {
        var best = Closest(input, candidates, 3);
        return best.Count switch
        {
            0 => string.Empty,
            1 => $" Did you mean '{best[0]}'?",
            _ => " Did you mean " + OneOf(best.Select(b => $"'{b}'").ToArray()) + "?",
        };
    }

    /// <summary>The candidates closest to the input (case-insensitive), best first.</summary>
    public static IReadOnlyList<string> Closest(string input, IEnumerable<string> candidates, int max)
    {
        ArgumentNullException.ThrowIfNull(input);
        var needle = input.TrimStart('-').ToUpperInvariant();
        var limit = Math.Max(1, Math.Min(3, needle.Length / 3));
        return candidates
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(c => (Candidate: c, Upper: c.TrimStart('-').ToUpperInvariant()))
            .Select(c => (c.Candidate, Distance: c.Upper.StartsWith(needle, StringComparison.Ordinal) && needle.Length >= 3 ? 0 : NameSuggester.Distance(needle, c.Upper)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Take(max)
            .Select(c => c.Candidate)
            .ToArray();
    }

    /// <summary>"a, b or c".</summary>
    public static string OneOf(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " or " + items[^1],
    };
}

namespace HvLint.Cli;

/// <summary>"Did you mean" suggestions by edit distance, and lists in words.</summary>
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
            .Select(c => (c.Candidate, Distance: c.Upper.StartsWith(needle, StringComparison.Ordinal) && needle.Length >= 3 ? 0 : Distance(needle, c.Upper)))
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

    // Optimal string alignment distance: Levenshtein plus adjacent transpositions ("chekc").
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}

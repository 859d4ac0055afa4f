namespace HvLint.Core.Text;

/// <summary>
/// Did-you-mean suggestions: the closest candidates by optimal-string-alignment distance,
/// case-insensitive (registry names and BCD elements are case-insensitive).
/// </summary>
public static class NameSuggester
{
    /// <summary>The closest candidates within a distance that scales with the name's length, best first.</summary>
    public static IReadOnlyList<string> Suggest(string input, IEnumerable<string> candidates, int max = 3)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(candidates);
        // One edit per four characters, at least one and at most four: "Strat" finds "Start",
        // "MaximumActiveTransfer" finds "MaximumActiveTransfers", but short names do not match
        // everything.
        var limit = Math.Clamp(input.Length / 4, 1, 4);
        // The distance is at least the difference in length: most candidates are ruled out
        // without computing it.
        return candidates
            .Where(c => Math.Abs(c.Length - input.Length) <= limit && !string.Equals(c, input, StringComparison.OrdinalIgnoreCase))
            .Select(c => (Name: c, Distance: BoundedDistance(input, c, limit)))
            .Where(x => x.Distance <= limit)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Name, StringComparer.OrdinalIgnoreCase)
            .Select(x => x.Name)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(max)
            .ToArray();
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions), case-insensitive.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        a = a.ToUpperInvariant();
        b = b.ToUpperInvariant();
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

    /// <summary>
    /// <see cref="Distance"/> when it is at most <paramref name="limit"/>, otherwise some number
    /// above the limit: only the cells within <paramref name="limit"/> of the diagonal can lead to
    /// a distance that small, so only those are computed, in three rows of the table.
    /// </summary>
    internal static int BoundedDistance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        a = a.ToUpperInvariant();
        b = b.ToUpperInvariant();
        var width = b.Length + 1;
        var beyond = limit + 1;
        Span<int> rows = width * 3 <= 1024 ? stackalloc int[width * 3] : new int[width * 3];
        var before = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var from = Math.Max(1, i - limit);
            var to = Math.Min(b.Length, i + limit);
            current.Fill(beyond);
            current[0] = i;
            var best = from == 1 ? i : beyond;
            var ai = a[i - 1];
            for (var j = from; j <= to; j++)
            {
                var bj = b[j - 1];
                var cell = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (ai == bj ? 0 : 1));
                if (i > 1 && j > 1 && ai == b[j - 2] && a[i - 2] == bj)
                {
                    cell = Math.Min(cell, before[j - 2] + 1);
                }

                current[j] = Math.Min(cell, beyond);
                best = Math.Min(best, current[j]);
            }

            if (best > limit)
            {
                return beyond;
            }

            var recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[b.Length], beyond);
    }

    /// <summary>" Did you mean 'X'?" (or "'X' or 'Y'"), or an empty string.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        return suggestions.Count switch
        {
            0 => string.Empty,
            1 => $" Did you mean '{suggestions[0]}'?",
            _ => " Did you mean " + string.Join(", ", suggestions.Take(suggestions.Count - 1).Select(s => $"'{s}'")) + $" or '{suggestions[^1]}'?",
        };
    }
}

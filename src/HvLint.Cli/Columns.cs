using System.Text;

namespace HvLint.Cli;

/// <summary>Aligned text columns (two spaces apart; the last column is not padded).</summary>
internal static class Columns
{
    public static string Format(IReadOnlyList<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return string.Empty;
        }

        var count = rows.Max(r => r.Length);
        var widths = Enumerable.Range(0, count).Select(c => rows.Max(r => c < r.Length ? r[c].Length : 0)).ToArray();
        var sb = new StringBuilder();
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                sb.Append(c == row.Length - 1 ? row[c] : row[c].PadRight(widths[c] + 2));
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}

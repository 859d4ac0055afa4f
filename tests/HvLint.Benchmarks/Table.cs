using System.Globalization;

namespace HvLint.Benchmarks;

/// <summary>How a measurement compares with its target.</summary>
internal enum Verdict
{
    /// <summary>Informational: no target.</summary>
    None,

    /// <summary>Within the target.</summary>
    Ok,

    /// <summary>Outside the target.</summary>
    Missed,

    /// <summary>The run was stopped at the time limit.</summary>
    TimedOut,

    /// <summary>The tool failed (exit code other than 0 or 1) or could not be started.</summary>
    Failed,
}

/// <summary>One printed line: what was measured, its reference measured in the same run, their ratio, and the target.</summary>
internal sealed record Row(string Input, string Measure, string Value, string Reference, double Ratio, string Target, Verdict Verdict, string Note = "");

/// <summary>The table the harness prints, row by row as it measures and once more in full at the end.</summary>
internal sealed class Table
{
    private static readonly System.Text.CompositeFormat s_format = System.Text.CompositeFormat.Parse("{0,-32} {1,-28} {2,-28} {3,-32} {4,8} {5,-24} {6}");
    private readonly List<Row> _rows = [];

    /// <summary>The rows so far.</summary>
    public IReadOnlyList<Row> Rows => _rows;

    /// <summary>Prints the column headings.</summary>
    public static void PrintHeader(string title)
    {
        Console.WriteLine();
        Console.WriteLine(title);
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, s_format, "input", "measure", "hvlint", "reference (same run)", "ratio", "target", "verdict"));
        Console.WriteLine(new string('-', 170));
    }

    /// <summary>Records and prints a row.</summary>
    public void Add(Row row)
    {
        _rows.Add(row);
        Print(row);
    }

    /// <summary>Prints a row.</summary>
    public static void Print(Row row)
    {
        var ratio = double.IsNaN(row.Ratio) ? "-" : row.Ratio.ToString(row.Ratio >= 100 ? "0" : row.Ratio >= 0.1 ? "0.00" : "0.000", CultureInfo.InvariantCulture) + "x";
        var verdict = row.Verdict switch
        {
            Verdict.Ok => "ok",
            Verdict.Missed => "MISSED",
            Verdict.TimedOut => "timed out",
            Verdict.Failed => "FAILED",
            _ => string.Empty,
        };
        if (row.Note.Length > 0)
        {
            verdict = verdict.Length == 0 ? row.Note : verdict + " (" + row.Note + ")";
        }

        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, s_format, row.Input, row.Measure, row.Value, row.Reference, ratio, row.Target, verdict).TrimEnd());
    }

    /// <summary>The verdict of a value against an upper bound.</summary>
    public static Verdict AtMost(double value, double bound) => double.IsNaN(value) ? Verdict.None : value <= bound ? Verdict.Ok : Verdict.Missed;

    /// <summary>The verdict of a value against a lower bound.</summary>
    public static Verdict AtLeast(double value, double bound) => double.IsNaN(value) ? Verdict.None : value >= bound ? Verdict.Ok : Verdict.Missed;

    /// <summary>Seconds, three decimals.</summary>
    public static string Seconds(double s) => double.IsNaN(s) ? "n/a" : s.ToString("0.000", CultureInfo.InvariantCulture) + " s";

    /// <summary>Milliseconds, one decimal.</summary>
    public static string Milliseconds(double ms) => double.IsNaN(ms) ? "n/a" : ms.ToString("0.0", CultureInfo.InvariantCulture) + " ms";

    /// <summary>Bytes in MB (10^6 bytes).</summary>
    public static string MB(double bytes) => double.IsNaN(bytes) || bytes <= 0 ? "n/a" : (bytes / 1e6).ToString(bytes >= 1e8 ? "0" : "0.0", CultureInfo.InvariantCulture) + " MB";

    /// <summary>A throughput in MB/s.</summary>
    public static string MBps(double value) => double.IsNaN(value) ? "n/a" : value.ToString(value >= 100 ? "0" : "0.0", CultureInfo.InvariantCulture) + " MB/s";

    /// <summary>The median.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}

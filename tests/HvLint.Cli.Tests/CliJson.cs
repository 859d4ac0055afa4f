using System.Text.Json;

namespace HvLint.Cli.Tests;

/// <summary>What the JSON report of a run says, for tests of the command-line options.</summary>
internal static class CliJson
{
    /// <summary>The rule IDs of the reported findings, in report order.</summary>
    public static string[] RuleIds(CliResult r) => Diagnostics(r, d => d.GetProperty("ruleId").GetString()!);

    /// <summary>The paths of the reported findings, in report order.</summary>
    public static string[] Paths(CliResult r) => Diagnostics(r, d => d.GetProperty("path").GetString()!);

    /// <summary>Path, rule and line of each reported finding.</summary>
    public static string[] Findings(CliResult r) => Diagnostics(r, d => $"{d.GetProperty("path").GetString()}:{d.GetProperty("startLine").GetInt32()}:{d.GetProperty("ruleId").GetString()}");

    private static string[] Diagnostics(CliResult r, Func<JsonElement, string> select)
    {
        try
        {
            using var doc = JsonDocument.Parse(r.Stdout);
            return [.. doc.RootElement.GetProperty("diagnostics").EnumerateArray().Select(select)];
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException("Not a JSON report: " + r, ex);
        }
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using HvLint.TestKit;

namespace HvLint.Cli.Tests;

/// <summary>One result of the SARIF Multitool's validation.</summary>
internal sealed record ValidationResult(string Level, string RuleId, string Message)
{
    public override string ToString() => $"{Level} {RuleId}: {Message}";
}

/// <summary>
/// Runs the official SARIF Multitool ('validate --rule-kind Sarif;Ghas', all levels) on a log
/// and returns its results with their messages formatted.
/// </summary>
internal static class Multitool
{
    // SARIF2006 (UrisShouldBeReachable) sends an HTTP GET to every helpUri: it would make the
    // test depend on the network and on the pages being published, so it is switched off.
    private const string Config = """
        <?xml version="1.0" encoding="utf-8"?>
        <Properties>
          <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
            <Property Key="RuleEnabled" Value="Disabled" />
          </Properties>
        </Properties>
        """;

    public static (IReadOnlyList<ValidationResult> Results, string Console) Validate(string sarifPath)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(sarifPath))!;
        var config = Path.Combine(dir, "multitool.configuration.xml");
        File.WriteAllText(config, Config);
        var output = Path.Combine(dir, Path.GetFileNameWithoutExtension(sarifPath) + ".validation.sarif");
        var (code, console) = NodeTools.Run(
            NodeTools.SarifMultitool,
            ["validate", sarifPath, "--rule-kind", "Sarif;Ghas", "--level", "Error;Warning;Note", "--config", config, "--output", output, "--log", "ForceOverwrite"]);
        if (!File.Exists(output))
        {
            throw new Xunit.Sdk.XunitException($"The SARIF Multitool wrote no output (exit code {code}):\n{console}");
        }

        var log = JsonNode.Parse(File.ReadAllText(output))!;
        var run = log["runs"]![0]!;
        var rules = run["tool"]?["driver"]?["rules"]?.AsArray() ?? [];
        var results = new List<ValidationResult>();
        foreach (var r in run["results"]?.AsArray() ?? [])
        {
            var ruleId = (string?)r!["ruleId"] ?? "?";
            var level = (string?)r["level"] ?? "warning";
            results.Add(new ValidationResult(level, ruleId, Message(r, rules)));
        }

        // A multitool that failed to run (not a finding about our log) must fail the test too.
        foreach (var n in run["invocations"]?[0]?["toolExecutionNotifications"]?.AsArray() ?? [])
        {
            if ((string?)n!["level"] is null or "error")
            {
                results.Add(new ValidationResult("error", "toolExecutionNotification", (string?)n["message"]?["text"] ?? n.ToJsonString()));
            }
        }

        return (results, console);
    }

    /// <summary>Asserts that the Multitool finds no error in the log; prints every result when it does.</summary>
    public static IReadOnlyList<ValidationResult> AssertNoErrors(string sarifPath)
    {
        var (results, console) = Validate(sarifPath);
        var errors = results.Where(r => r.Level == "error").ToArray();
        Assert.True(
            errors.Length == 0,
            $"The SARIF Multitool reports {errors.Length} error(s) in {sarifPath}.\nAll results:\n  {string.Join("\n  ", results)}\n\nConsole:\n{console}");
        return results;
    }

    private static string Message(JsonNode result, JsonArray rules)
    {
        var message = result["message"]!;
        if ((string?)message["text"] is { } text)
        {
            return text;
        }

        var id = (string?)message["id"];
        var args = message["arguments"]?.AsArray().Select(a => (object?)(string?)a).ToArray() ?? [];
        var rule = rules.FirstOrDefault(x => (string?)x!["id"] == (string?)result["ruleId"]);
        var template = id is null ? null : (string?)rule?["messageStrings"]?[id]?["text"];
        return template is null
            ? $"{id}({string.Join(", ", args)})"
            : string.Format(CultureInfo.InvariantCulture, template, args);
    }
}

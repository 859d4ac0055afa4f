using System.Text.Json.Nodes;

namespace HvLint.Cli.Tests;

/// <summary>Small helpers to read a SARIF document in tests.</summary>
internal static class Sarif
{
    public static JsonObject Parse(string text) => JsonNode.Parse(text)!.AsObject();

    public static JsonObject Run(JsonObject log) => log["runs"]![0]!.AsObject();

    public static JsonArray Results(JsonObject log) => Run(log)["results"]!.AsArray();

    public static JsonArray Rules(JsonObject log) => Run(log)["tool"]!["driver"]!["rules"]!.AsArray();

    public static JsonObject Rule(JsonObject log, string id) => Rules(log).Single(r => (string?)r!["id"] == id)!.AsObject();

    public static string Str(JsonNode? node) => node?.GetValue<string>() ?? throw new InvalidOperationException("missing string");

    public static int Int(JsonNode? node) => node?.GetValue<int>() ?? throw new InvalidOperationException("missing number");
}

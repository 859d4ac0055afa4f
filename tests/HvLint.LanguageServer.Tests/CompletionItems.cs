using Newtonsoft.Json.Linq;

namespace HvLint.LanguageServer.Tests;

/// <summary>Reading the completion items the server returns, for the completion tests.</summary>
internal static class CompletionItems
{
    /// <summary>The items' labels, in the server's order.</summary>
    public static List<string> Labels(JArray items) => [.. items.Select(i => (string)i["label"]!)];

    /// <summary>The one item labelled <paramref name="label"/>; fails, listing the labels, when there is none or more than one.</summary>
    public static JToken Single(JArray items, string label)
    {
        var found = items.Where(i => (string?)i["label"] == label).ToList();
        Assert.True(found.Count == 1, $"expected one item '{label}'; got: {string.Join(", ", Labels(items))}");
        return found[0];
    }

    /// <summary>Asserts that the item's edit replaces characters <paramref name="start"/> to <paramref name="end"/> of <paramref name="line"/>.</summary>
    public static void AssertRange(JToken item, int line, int start, int end)
    {
        var range = item["textEdit"]!["range"]!;
        Assert.Equal((line, start, line, end), ((int)range["start"]!["line"]!, (int)range["start"]!["character"]!, (int)range["end"]!["line"]!, (int)range["end"]!["character"]!));
    }
}

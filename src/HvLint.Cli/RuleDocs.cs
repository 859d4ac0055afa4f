namespace HvLint.Cli;

/// <summary>The rule pages (docs/rules/&lt;ID&gt;.md) embedded in this assembly as HvLint.Docs.&lt;ID&gt;.md.</summary>
internal static class RuleDocs
{
    private const string Prefix = "HvLint.Docs.";

    /// <summary>The page of a rule, or null when it has none yet.</summary>
    public static string? Read(string ruleId)
    {
        using var stream = typeof(RuleDocs).Assembly.GetManifestResourceStream(Prefix + ruleId + ".md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The IDs of every embedded page.</summary>
    public static IEnumerable<string> PageIds() => typeof(RuleDocs).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^3]);
}

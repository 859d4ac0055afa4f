using System.Text.RegularExpressions;
using HvLint.Core.Diagnostics;
using Xunit;

namespace HvLint.TestKit;

/// <summary>
/// Checks every front end's tests share about rule descriptors and their pages
/// (docs/rules/&lt;ID&gt;.md): wording, layout, and the fenced examples.
/// </summary>
public static class RulePages
{
    /// <summary>The page of a rule.</summary>
    public static string PagePath(string id) => RepoPaths.Combine("docs", "rules", id + ".md");

    /// <summary>A PascalCase name, a one-sentence title, and a description that says more.</summary>
    public static void AssertWording(RuleDescriptor d)
    {
        ArgumentNullException.ThrowIfNull(d);
        Assert.Matches("^[A-Z][a-z0-9]+(?:[A-Z0-9][a-z0-9]*)*$", d.Name);
        Assert.EndsWith(".", d.Title, StringComparison.Ordinal);
        Assert.True(d.Description.Length > d.Title.Length, "the description says more than the title");
    }

    /// <summary>The title line, the category/severity table, the title, and the four sections in order.</summary>
    public static void AssertStandardLayout(RuleDescriptor d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var lines = File.ReadAllLines(PagePath(d.Id));
        Assert.Equal($"# {d.Id}: {d.Name}", lines[0]);
        Assert.Equal("| Category | Default severity |", lines[2]);
        Assert.Equal($"| {RuleCategories.Name(d.Category)} | {d.DefaultSeverity.ToString().ToLowerInvariant()} |", lines[4]);
        Assert.Equal(d.Title, lines[6]);
        var headings = lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["## Why it matters", "## Noncompliant", "## Compliant", "## How to fix"], headings);
    }

    /// <summary>
    /// What the "How to fix" section of a rule's page says about the automatic fix: "safe" or
    /// "unsafe" for a paragraph "Automatic fix (safe): ..." or "Automatic fix (unsafe): ...",
    /// "none" for "No automatic fix: ...", and null when the page says nothing about it.
    /// </summary>
    public static string? FixStatement(string id)
    {
        var page = File.ReadAllText(PagePath(id)).ReplaceLineEndings("\n");
        var start = page.IndexOf("## How to fix\n", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        // The section runs to the next heading (it is the last one in the standard layout).
        var end = page.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? page[start..] : page[start..end];
        var matches = Regex.Matches(section, @"^(?:Automatic fix \((?<how>safe|unsafe)\)|(?<none>No automatic fix)):", RegexOptions.Multiline);
        Assert.True(matches.Count <= 1, $"{id}: the page states its automatic fix {matches.Count} times");
        return matches.Count == 0 ? null : matches[0].Groups["how"].Success ? matches[0].Groups["how"].Value : "none";
    }

    /// <summary>
    /// The example the automatic fix is shown on: a code block right after the "Automatic fix
    /// (...)" paragraph when the page has one (a rule whose fix applies to only some of its
    /// findings), else the noncompliant example.
    /// </summary>
    public static (string Code, string Extension, string? Target) FixExample(string id)
    {
        var page = File.ReadAllText(PagePath(id)).ReplaceLineEndings("\n");
        var m = Regex.Match(page, @"^Automatic fix \((?:safe|unsafe)\):[^\n]*\n\n?```(?<language>\w+)\n(?<code>.*?)```", RegexOptions.Singleline | RegexOptions.Multiline);
        return m.Success ? (m.Groups["code"].Value, Extension(id, m.Groups["language"].Value), null) : FirstExample(id, "Noncompliant");
    }

    /// <summary>The code of the first ```language block under a section of a rule's page.</summary>
    public static string Example(string id, string section, string language)
    {
        var page = File.ReadAllText(PagePath(id)).ReplaceLineEndings("\n");
        var match = Regex.Match(page[page.IndexOf("## " + section + "\n", StringComparison.Ordinal)..], "```" + Regex.Escape(language) + "\n(.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, $"{id}: no ```{language} block under ## {section}");
        return match.Groups[1].Value;
    }

    /// <summary>
    /// The first example under a section, whatever its language: its code, the extension of a
    /// file in that language, and the Windows Server target it needs, when the line before the
    /// block names one ("With `--target ws2012r2`:").
    /// </summary>
    public static (string Code, string Extension, string? Target) FirstExample(string id, string section)
    {
        var page = File.ReadAllText(PagePath(id)).ReplaceLineEndings("\n");
        var m = Regex.Match(page, $"## {Regex.Escape(section)}\\n(?:With `--target (?<target>ws\\w+)`:\\n)?```(?<language>\\w+)\\n(?<code>.*?)```", RegexOptions.Singleline);
        Assert.True(m.Success, $"{id}: no code block right under ## {section}");
        return (m.Groups["code"].Value, Extension(id, m.Groups["language"].Value), m.Groups["target"].Success ? m.Groups["target"].Value : null);
    }

    private static string Extension(string id, string language) => language switch
    {
        "reg" => ".reg",
        "powershell" => ".ps1",
        "batch" or "bat" or "cmd" => ".cmd",
        var other => throw new InvalidOperationException($"{id}: unknown example language {other}"),
    };
}

using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using HvLint.Core.Catalog;
using HvLint.TestKit;

namespace HvLint.Cli.Tests;

/// <summary>
/// Everything a user can read names sources the user can check. Our internal reference
/// documents are not among them, so their working name must never reach a user: this renders
/// every user-visible string (rule descriptors, rule pages, every catalog entry through
/// 'catalog show' and 'catalog list', every message on the examples) and looks for it.
/// </summary>
public sealed partial class UserVisibleTextTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void No_user_visible_text_names_our_internal_reference_documents()
    {
        var texts = new List<(string Where, string Text)>();

        var rules = CliRunner.Run(_dir.Path, "rules", "--format", "json");
        Assert.True(rules.ExitCode == 0, rules.ToString());
        texts.Add(("hvlint rules --format json", rules.Stdout));
        using (var doc = JsonDocument.Parse(rules.Stdout))
        {
            foreach (var id in IdsIn(doc.RootElement))
            {
                var explain = CliRunner.Run(_dir.Path, "explain", id);
                texts.Add(($"hvlint explain {id}", explain.Stdout + explain.Stderr));
            }
        }

        foreach (var page in Directory.EnumerateFiles(RepoPaths.Combine("docs", "rules"), "*.md"))
        {
            texts.Add((page, File.ReadAllText(page)));
        }

        var list = CliRunner.Run(_dir.Path, "catalog", "list", "--format", "json");
        Assert.True(list.ExitCode == 0, list.ToString());
        texts.Add(("hvlint catalog list --format json", list.Stdout));
        texts.Add(("hvlint catalog list", CliRunner.Run(_dir.Path, "catalog", "list").Stdout));

        // Every entry that has a name is shown; key-only entries are covered by the raw files below.
        var shown = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in CatalogLoader.BuiltIn.Entries.SelectMany(e => new[] { e.Name, e.NamePattern }.Concat(e.Aliases.Select(a => a.Name))).OfType<string>().Where(n => n.Length > 0))
        {
            if (shown.Add(name))
            {
                var show = CliRunner.Run(_dir.Path, "catalog", "show", name);
                Assert.True(show.ExitCode == 0, $"catalog show {name}: {show}");
                texts.Add(($"hvlint catalog show {name}", show.Stdout));
            }
        }

        foreach (var (file, json) in CatalogLoader.BuiltInFiles())
        {
            texts.Add(($"catalog file {file}", json));
        }

        var examples = CliRunner.Run(_dir.Path, "check", RepoPaths.Combine("examples"), "--format", "json", "--no-color");
        texts.Add(("hvlint check examples --format json", examples.Stdout + examples.Stderr));
        var golden = RepoPaths.Combine("tests", "HvLint.Rules.Tests", "Golden");
        foreach (var file in Directory.EnumerateFiles(golden, "*.diagnostics.txt", SearchOption.AllDirectories))
        {
            texts.Add((file, File.ReadAllText(file)));
        }

        Assert.True(texts.Count > 500, $"only {texts.Count} texts rendered");
        var offenders = new StringBuilder();
        foreach (var (where, text) in texts)
        {
            foreach (Match m in Forbidden().Matches(text))
            {
                var start = Math.Max(0, m.Index - 60);
                offenders.AppendLine($"{where}: ...{text.Substring(start, Math.Min(text.Length - start, 120)).ReplaceLineEndings(" ")}...");
            }
        }

        Assert.True(offenders.Length == 0, "User-visible text names our internal reference documents:\n" + offenders);
    }

    private static IEnumerable<string> IdsIn(JsonElement root)
    {
        var rules = root.ValueKind == JsonValueKind.Array ? root : root.GetProperty("rules");
        foreach (var r in rules.EnumerateArray())
        {
            yield return r.GetProperty("id").GetString()!;
        }
    }

    [GeneratedRegex(@"\bseed\b", RegexOptions.IgnoreCase)]
    private static partial Regex Forbidden();
}

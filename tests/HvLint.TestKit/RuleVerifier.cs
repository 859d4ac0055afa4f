using System.Text;
using System.Text.RegularExpressions;
using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.Core.Model;
using HvLint.Core.Rules;
using HvLint.Parsers;
using HvLint.Rules;
using Xunit;

namespace HvLint.TestKit;

/// <summary>
/// Verifies findings marked inline in a sample, as Roslyn's analyzer tests do:
/// <c>{|HV0201:"8"|}</c> says that HV0201 is reported exactly on the text <c>"8"</c>.
/// Every finding must be marked and every mark must be found; on failure the message shows
/// the sample with the findings HvLint actually reported, ready to paste.
/// <para>
/// <see cref="Verify{TRule}(string, string, string?)"/> is the per-rule form (as Roslyn's
/// <c>CSharpAnalyzerVerifier&lt;TAnalyzer&gt;</c> and ruff's per-code fixtures): it lints with an
/// engine that holds only <c>TRule</c>, so a test states one rule's behaviour and no other rule
/// can make it pass or fail. <see cref="Verify(string, string, string?)"/> runs every rule, for
/// tests of how rules and front ends interact.
/// </para>
/// </summary>
public static partial class RuleVerifier
{
    private static readonly Lazy<LintEngine> s_engine = new(() => new LintEngine(CatalogLoader.BuiltIn, FrontEnds.All, RuleSet.All));

    /// <summary>The engine as the CLI composes it.</summary>
    public static LintEngine Engine => s_engine.Value;

    /// <summary>Lints a marked-up sample as a file with the given extension and checks every finding.</summary>
    public static FileResult Verify(string markup, string extension = ".reg") => Verify(markup, extension, target: null);

    /// <summary>As <see cref="Verify(string, string)"/>, for hosts of a Windows Server release (ws2012r2 ...).</summary>
    public static FileResult Verify(string markup, string extension, string? target)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var (text, expected) = Parse(markup);
        var result = Lint(text, extension, target);
        Check(text, expected, result.Diagnostics, result.Notifications, ruleId: null);
        return result;
    }

    /// <summary>
    /// Lints a marked-up sample with an engine that runs only <typeparamref name="TRule"/> (and the
    /// front ends, which every engine needs) and checks that every finding of the rule is marked
    /// and every mark is found. A mark for another rule ID is an error: a per-rule test says one
    /// rule's behaviour, and a sample about several rules belongs in the interaction tests. Findings
    /// the front ends make themselves (parse and script findings) are not compared.
    /// </summary>
    /// <returns>The result, holding only <typeparamref name="TRule"/>'s findings and the front ends'.</returns>
    public static FileResult Verify<TRule>(string markup, string extension = ".reg", string? target = null)
        where TRule : Rule
    {
        ArgumentNullException.ThrowIfNull(markup);
        var id = RuleOf<TRule>.Instance.Descriptor.Id;
        var (text, expected) = Parse(markup);
        AssertOnlyMarksOf(id, expected);
        var result = Lint<TRule>(text, extension, target);
        Check(text, expected, result.Diagnostics, result.Notifications, id);
        return result;
    }

    /// <summary>Lints plain text with an engine that runs only <typeparamref name="TRule"/>.</summary>
    public static FileResult Lint<TRule>(string text, string extension = ".reg", string? target = null)
        where TRule : Rule
    {
        ArgumentNullException.ThrowIfNull(text);
        return LintWith(RuleOf<TRule>.Engine, text, extension, target);
    }

    /// <summary>
    /// The per-rule form for files applied to one host: writes the marked-up files to a scratch
    /// folder, lints <paramref name="inputs"/> (every file, in order, when none are named) with an
    /// engine that runs only <typeparamref name="TRule"/>, and checks every file's marks against
    /// the rule's findings in that file, wherever the engine reports them (in an input, or in a
    /// file an input imports or dot-sources). Display paths are the names given.
    /// </summary>
    public static IReadOnlyList<FileResult> VerifyFiles<TRule>(IReadOnlyList<(string Name, string Markup)> files, bool asOneHost, params string[] inputs)
        where TRule : Rule
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(inputs);
        var id = RuleOf<TRule>.Instance.Descriptor.Id;
        var dir = Directory.CreateTempSubdirectory("hvlint-verify");
        try
        {
            var parsed = new Dictionary<string, (string Text, List<(string Id, int Start, int Length)> Expected)>(StringComparer.Ordinal);
            foreach (var (name, markup) in files)
            {
                var sample = Parse(markup);
                AssertOnlyMarksOf(id, sample.Expected);
                parsed.Add(name, sample);
                File.WriteAllBytes(Path.Combine(dir.FullName, name), Bytes(sample.Text, Path.GetExtension(name)));
            }

            var names = inputs.Length > 0 ? inputs : [.. files.Select(f => f.Name)];
            IReadOnlyList<FileResult> results = [.. RuleOf<TRule>.Engine.Lint(new LintRequest([.. names.Select(n => new LintDocument(Path.Combine(dir.FullName, n), n))])
            {
                DisplayPathOf = full => Path.GetRelativePath(dir.FullName, full),
                AsOneHost = asOneHost,
            })];
            var all = results.SelectMany(r => r.Diagnostics).ToArray();
            var notifications = results.SelectMany(r => r.Notifications).ToArray();
            foreach (var (name, (text, expected)) in parsed)
            {
                Check(text, expected, [.. all.Where(d => d.Location.Path == name)], notifications, id, name);
            }

            var elsewhere = all.Where(d => d.Rule.Id == id && !parsed.ContainsKey(d.Location.Path)).ToArray();
            Assert.True(elsewhere.Length == 0, "findings in files the sample does not name: " + string.Join(", ", elsewhere.Select(d => d.Location.Path)));
            return results;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>The engine that runs only <typeparamref name="TRule"/>, built once per rule.</summary>
    public static LintEngine EngineFor<TRule>()
        where TRule : Rule => RuleOf<TRule>.Engine;

    private static void AssertOnlyMarksOf(string id, IEnumerable<(string Id, int Start, int Length)> expected)
    {
        var others = expected.Select(e => e.Id).Where(x => x != id).Distinct().ToArray();
        Assert.True(
            others.Length == 0,
            $"The sample marks {string.Join(", ", others)} in a test of {id}: a per-rule test marks only its rule's findings (test how rules interact with RuleVerifier.Verify, which runs every rule).");
    }

    private static void Check(string text, List<(string Id, int Start, int Length)> expected, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<ToolNotification> notifications, string? ruleId, string? file = null)
    {
        var compared = ruleId is null ? diagnostics : [.. diagnostics.Where(d => d.Rule.Id == ruleId)];
        var actual = compared.Select(d => (d.Rule.Id, d.Location.Span.Start, d.Location.Span.Length)).ToList();
        var missing = expected.Except(actual).ToArray();
        var unexpected = actual.Except(expected).ToArray();
        if (missing.Length > 0 || unexpected.Length > 0 || notifications.Count > 0)
        {
            var message = new StringBuilder();
            message.AppendLine(file is null ? "Findings differ from the markup." : $"Findings in {file} differ from the markup.");
            foreach (var m in missing)
            {
                message.AppendLine($"  missing: {m.Id} at {m.Start}+{m.Length}");
            }

            foreach (var u in unexpected)
            {
                var d = compared.First(x => x.Rule.Id == u.Id && x.Location.Span.Start == u.Start);
                message.AppendLine($"  unexpected: {u.Id} at {d.Location.Start.Line}:{d.Location.Start.Column} '{text.AsSpan(u.Start, u.Length)}': {d.Message}");
            }

            foreach (var n in notifications)
            {
                message.AppendLine($"  internal error: {n.Message}");
            }

            message.AppendLine("Actual:");
            message.AppendLine(Render(text, actual));
            Assert.Fail(message.ToString());
        }
    }

    /// <summary>Lints plain text (no markup) as a file with the given extension.</summary>
    public static FileResult Lint(string text, string extension = ".reg") => Lint(text, extension, target: null);

    /// <summary>Lints plain text for hosts of a Windows Server release (ws2012r2 ...; null: the default).</summary>
    public static FileResult Lint(string text, string extension, string? target)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LintWith(Engine, text, extension, target);
    }

    private static FileResult LintWith(LintEngine engine, string text, string extension, string? target)
    {
        var bytes = Bytes(text, extension);
        if (target is null)
        {
            return engine.LintBytes("sample" + extension, bytes);
        }

        Assert.True(WindowsTargets.TryParse(target, out var release), "unknown target " + target);
        return engine.LintBytes("sample" + extension, bytes, new LintOptions { Target = release });
    }

    // .reg samples are ANSI (no byte-order mark), as most hand-written .reg files are.
    private static byte[] Bytes(string text, string extension) =>
        extension == ".reg" ? Encoding.Latin1.GetBytes(text) : Encoding.UTF8.GetBytes(text);

    /// <summary>The diagnostics of one rule for a plain sample.</summary>
    public static IReadOnlyList<Diagnostic> Findings(string text, string ruleId, string extension = ".reg") =>
        Lint(text, extension).Diagnostics.Where(d => d.Rule.Id == ruleId).ToArray();

    private static (string Text, List<(string Id, int Start, int Length)> Expected) Parse(string markup)
    {
        var text = new StringBuilder();
        var expected = new List<(string, int, int)>();
        var stack = new Stack<(string Id, int Start)>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (markup[i] == '{' && i + 1 < markup.Length && markup[i + 1] == '|' && OpenRegex().Match(markup, i) is { Success: true, Index: var at } open && at == i)
            {
                stack.Push((open.Groups[1].Value, text.Length));
                i += open.Length - 1;
            }
            else if (markup[i] == '|' && i + 1 < markup.Length && markup[i + 1] == '}' && stack.Count > 0)
            {
                var (id, start) = stack.Pop();
                expected.Add((id, start, text.Length - start));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        Assert.True(stack.Count == 0, "unclosed {| in markup");
        return (text.ToString(), expected);
    }

    private static string Render(string text, IEnumerable<(string Id, int Start, int Length)> spans)
    {
        var inserts = new List<(int At, int Order, string Text)>();
        foreach (var (id, start, length) in spans)
        {
            inserts.Add((start, 1, "{|" + id + ":"));
            inserts.Add((start + length, 0, "|}"));
        }

        var sb = new StringBuilder(text);
        foreach (var (at, _, s) in inserts.OrderByDescending(x => x.At).ThenBy(x => x.Order))
        {
            sb.Insert(at, s);
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"\{\|(HV\d{4}):")]
    private static partial Regex OpenRegex();

    /// <summary>The registered instance of a rule and an engine that runs only it, built on first use.</summary>
    private static class RuleOf<TRule>
        where TRule : Rule
    {
        public static readonly Rule Instance = RuleSet.All.OfType<TRule>().SingleOrDefault()
            ?? throw new InvalidOperationException($"{typeof(TRule).Name} is not listed in RuleSet.All; register it there first.");

        public static readonly LintEngine Engine = new(CatalogLoader.BuiltIn, FrontEnds.All, [Instance]);
    }
}

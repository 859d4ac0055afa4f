using System.Text;
using System.Text.RegularExpressions;
using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.Core.Model;
using HvLint.Parsers;
using HvLint.Rules;
using Xunit;

namespace HvLint.TestKit;

/// <summary>
/// Verifies findings marked inline in a sample, as Roslyn's analyzer tests do:
/// <c>{|HV0201:"8"|}</c> says that HV0201 is reported exactly on the text <c>"8"</c>.
/// Every finding must be marked and every mark must be found; on failure the message shows
/// the sample with the findings HvLint actually reported, ready to paste.
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
        var actual = result.Diagnostics.Select(d => (d.Rule.Id, d.Location.Span.Start, d.Location.Span.Length)).ToList();
        var missing = expected.Except(actual).ToArray();
        var unexpected = actual.Except(expected).ToArray();
        if (missing.Length > 0 || unexpected.Length > 0 || result.Notifications.Count > 0)
        {
            var message = new StringBuilder();
            message.AppendLine("Findings differ from the markup.");
            foreach (var m in missing)
            {
                message.AppendLine($"  missing: {m.Id} at {m.Start}+{m.Length}");
            }

            foreach (var u in unexpected)
            {
                var d = result.Diagnostics.First(x => x.Rule.Id == u.Id && x.Location.Span.Start == u.Start);
                message.AppendLine($"  unexpected: {u.Id} at {d.Location.Start.Line}:{d.Location.Start.Column} '{text.AsSpan(u.Start, u.Length)}': {d.Message}");
            }

            foreach (var n in result.Notifications)
            {
                message.AppendLine($"  internal error: {n.Message}");
            }

            message.AppendLine("Actual:");
            message.AppendLine(Render(text, actual));
            Assert.Fail(message.ToString());
        }

        return result;
    }

    /// <summary>Lints plain text (no markup) as a file with the given extension.</summary>
    public static FileResult Lint(string text, string extension = ".reg") => Lint(text, extension, target: null);

    /// <summary>Lints plain text for hosts of a Windows Server release (ws2012r2 ...; null: the default).</summary>
    public static FileResult Lint(string text, string extension, string? target)
    {
        ArgumentNullException.ThrowIfNull(text);
        // .reg samples are ANSI (no byte-order mark), as most hand-written .reg files are.
        var bytes = extension == ".reg" ? Encoding.Latin1.GetBytes(text) : Encoding.UTF8.GetBytes(text);
        if (target is null)
        {
            return Engine.LintBytes("sample" + extension, bytes);
        }

        Assert.True(WindowsTargets.TryParse(target, out var release), "unknown target " + target);
        return Engine.LintBytes("sample" + extension, bytes, new LintOptions { Target = release });
    }

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
}

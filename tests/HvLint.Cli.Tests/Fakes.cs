using System.Text;
using System.Text.RegularExpressions;
using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.Core.Model;
using HvLint.Core.Rules;
using HvLint.Core.Text;
using HvLint.Parsers;

namespace HvLint.Cli.Tests;

/// <summary>
/// A tiny front end for '.hvt' files so the output tests have findings before the real .reg
/// parser and rules land. Each line 'set Name=value' (any indentation, tabs allowed) is a
/// registry write under HKLM\SOFTWARE\HvLintTest; other lines are ignored. A file holding
/// CRASH-FRONT-END makes the front end throw.
/// </summary>
internal sealed partial class FakeExtractor : IWriteExtractor
{
    public static readonly RegistryKeyPath Key = RegistryKeyPath.TryParse(@"HKLM\SOFTWARE\HvLintTest")!;

    public string Language => "hvt";

    public IReadOnlyList<string> FileExtensions { get; } = [".hvt"];

    public IReadOnlyList<RuleDescriptor> Diagnostics { get; } = [];

    public ExtractionResult Extract(string path, byte[] content)
    {
        var text = new UTF8Encoding(false).GetString(content).TrimStart('\uFEFF');
        if (text.Contains("CRASH-FRONT-END", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("front end boom");
        }

        var source = new SourceText(path, text);
        var writes = new List<Write>();
        foreach (Match m in SetLine().Matches(text))
        {
            var name = m.Groups["name"];
            var value = m.Groups["value"];
            var data = uint.TryParse(value.Value, out var n) ? RegistryData.DWord(n) : RegistryData.FromString(RegistryValueType.String, value.Value);
            writes.Add(new RegistryWrite(
                source,
                TextSpan.FromBounds(m.Groups["stmt"].Index, value.Index + value.Length),
                writes.Count,
                RegistryOperation.SetValue,
                Key,
                new TextSpan(m.Groups["stmt"].Index, 3),
                name.Value,
                new TextSpan(name.Index, name.Length),
                data,
                new TextSpan(value.Index, value.Length)));
        }

        return new ExtractionResult(source, writes, []);
    }

    [GeneratedRegex(@"^[ \t]*(?<stmt>set)[ \t]+(?<name>[^=\s]+)=(?<value>[^\r\n]*?)[ \t]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex SetLine();
}

/// <summary>Fake rules over the fake writes, one per severity and shape of finding.</summary>
internal static class FakeRules
{
    public static readonly RuleDescriptor BadValue = new("HV0391", "FakeBadValue", "A value that is 'bad'.", "Fake rule: the data 'bad' is rejected.", RuleCategory.Range);
    public static readonly RuleDescriptor OldName = new("HV0491", "FakeOldName", "A name that starts with 'Old'.", "Fake rule: names starting with Old are no longer read.", RuleCategory.Deprecated);
    public static readonly RuleDescriptor Insecure = new("HV0591", "FakeInsecure", "A setting named 'Insecure'.", "Fake rule: the setting weakens the host.", RuleCategory.Security, securitySeverity: 8.1);
    public static readonly RuleDescriptor Trace = new("HV0691", "FakeTrace", "A setting named 'Trace'.", "Fake rule: a tracing setting.", RuleCategory.Diagnostic, Severity.Note);
    public static readonly RuleDescriptor Duplicate = new("HV0791", "FakeDuplicate", "A name written twice.", "Fake rule: the second write wins.", RuleCategory.Conflict);
    public static readonly RuleDescriptor Empty = new("HV0392", "FakeEmptyValue", "A value with no data.", "Fake rule: an empty value, reported with a zero-length span.", RuleCategory.Range);
    public static readonly RuleDescriptor Crash = new("HV0991", "FakeCrash", "Crashes on 'Crash'.", "Fake rule that throws.", RuleCategory.Script);

    public static IReadOnlyList<Rule> All { get; } =
    [
        new WriteRule(BadValue, (c, w) =>
        {
            if (w.Data?.Text == "bad")
            {
                c.Report(w.DataOrNameSpan, $"'{w.DisplayName}' = bad is not a number; the reader rejects it. Use a number", w);
            }
        }),
        new WriteRule(OldName, (c, w) =>
        {
            if (w.DisplayName.StartsWith("Old", StringComparison.Ordinal))
            {
                c.Report(w.NameOrStatementSpan, $"'{w.DisplayName}' is no longer read.", w);
            }
        }),
        new WriteRule(Insecure, (c, w) =>
        {
            if (w.DisplayName == "Insecure")
            {
                c.Report(w.Span, $"'{w.DisplayName}' weakens the host.", w);
            }
        }),
        new WriteRule(Trace, (c, w) =>
        {
            // Reported without a write, so the fingerprint falls back to the line's text.
            if (w.DisplayName == "Trace")
            {
                c.Report(w.NameOrStatementSpan, "Tracing is on.");
            }
        }),
        new WriteRule(Empty, (c, w) =>
        {
            if (w.Data?.Text is { Length: 0 })
            {
                c.Report(new TextSpan(w.DataSpan!.Value.Start, 0), $"'{w.DisplayName}' has no data.", w);
            }
        }),
        new WriteRule(Crash, (_, w) =>
        {
            if (w.DisplayName == "Crash")
            {
                throw new InvalidOperationException("boom");
            }
        }),
        new DuplicateRule(),
    ];

    /// <summary>An engine with the fake front end (and the real ones) and the fake rules.</summary>
    public static LintEngine Engine() => new(CatalogLoader.BuiltIn, [new FakeExtractor(), .. FrontEnds.All], All);

    private sealed class WriteRule(RuleDescriptor descriptor, Action<RegistryWriteContext, RegistryWrite> analyze) : Rule
    {
        public override RuleDescriptor Descriptor => descriptor;

        public override void AnalyzeRegistryWrite(RegistryWriteContext context) => analyze(context, context.Write);
    }

    private sealed class DuplicateRule : Rule
    {
        public override RuleDescriptor Descriptor => Duplicate;

        public override void AnalyzeFile(FileContext context)
        {
            var seen = new Dictionary<string, RegistryWrite>(StringComparer.OrdinalIgnoreCase);
            foreach (var w in context.Writes.OfType<RegistryWrite>())
            {
                if (seen.TryGetValue(w.DisplayName, out var first))
                {
                    context.Report(w.NameOrStatementSpan, $"'{w.DisplayName}' is written twice; this write wins.", w, [new RelatedLocation(context.At(first.NameOrStatementSpan), "first written here")]);
                }
                else
                {
                    seen[w.DisplayName] = w;
                }
            }
        }
    }
}

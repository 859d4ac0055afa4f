using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.Core.Fixes;
using HvLint.Core.Model;
using HvLint.Core.Rules;
using HvLint.Core.Text;
using HvLint.Parsers;

namespace HvLint.Cli.Tests;

/// <summary>
/// A test-only source of fixes, so the CLI's --fix, --diff and fix output are tested on every
/// front end whatever fixes the real rules state: two rules that state write changes, and a
/// renderer added to each real front end that edits the write's own spans.
/// </summary>
internal static class FixFakes
{
    /// <summary>A value name starting with 'Old' is renamed without it (safe; 'OldOldA' takes two rounds).</summary>
    public static readonly RuleDescriptor OldName = new("HV0493", "FakeFixOldName", "A name with an 'Old' prefix.", "Fake rule with a safe fix.", RuleCategory.Deprecated)
    {
        Fix = new FixInfo(FixApplicability.Safe, "Renames the value without its 'Old' prefix."),
    };

    /// <summary>A name written twice: the first write is removed (unsafe).</summary>
    public static readonly RuleDescriptor Duplicate = new("HV0793", "FakeFixDuplicate", "A name written twice.", "Fake rule with an unsafe fix.", RuleCategory.Conflict)
    {
        Fix = new FixInfo(FixApplicability.Unsafe, "Removes the earlier write."),
    };

    /// <summary>The fake .hvt front end and the real ones, each with the span renderer, and the two rules.</summary>
    public static LintEngine Engine() => new(
        CatalogLoader.BuiltIn,
        [new Rendering(new FakeExtractor()), .. FrontEnds.All.Select(e => new Rendering(e))],
        [new OldNameRule(), new DuplicateRule()]);

    /// <summary>A front end with <see cref="SpanRenderer"/> added to its results (read whole, never streamed).</summary>
    private sealed class Rendering(IWriteExtractor inner) : IWriteExtractor
    {
        public string Language => inner.Language;

        public IReadOnlyList<string> FileExtensions => inner.FileExtensions;

        public IReadOnlyList<RuleDescriptor> Diagnostics => inner.Diagnostics;

        public ExtractionResult Extract(string path, byte[] content) => inner.Extract(path, content) with { FixRenderer = SpanRenderer.Instance };

        public ExtractionResult Extract(string path, byte[] content, string fullPath) => inner.Extract(path, content, fullPath) with { FixRenderer = SpanRenderer.Instance };
    }

    /// <summary>Renames in the name's span; removes the lines of a write's statement.</summary>
    private sealed class SpanRenderer : IFixRenderer
    {
        public static readonly SpanRenderer Instance = new();

        public CodeFix? Render(WriteChange change)
        {
            var source = change.Target.Source;
            switch (change)
            {
                case RenameValueChange { Write: { NameSpan: { } span, ValueName: { } name } } rename:
                    var old = source.GetText(span);
                    var at = old.IndexOf(name, StringComparison.Ordinal);
                    return at < 0 ? null : new CodeFix(change.Title, change.Applicability, [new TextEdit(new TextSpan(span.Start + at, name.Length), rename.NewName)]);
                case RemoveWriteChange remove:
                    var start = source.GetLineStart(source.GetPosition(remove.Write.Span.Start).Line);
                    var nextLine = source.GetPosition(remove.Write.Span.End).Line + 1;
                    var end = nextLine > source.LineCount ? source.Text.Length : source.GetLineStart(nextLine);
                    return new CodeFix(change.Title, change.Applicability, [new TextEdit(TextSpan.FromBounds(start, end), string.Empty)]);
                default:
                    return null;
            }
        }
    }

    private sealed class OldNameRule : Rule
    {
        public override RuleDescriptor Descriptor => OldName;

        public override void AnalyzeRegistryWrite(RegistryWriteContext context)
        {
            var w = context.Write;
            if (w.ValueName is { } name && name.StartsWith("Old", StringComparison.Ordinal) && name.Length > 3)
            {
                context.Report(w.NameOrStatementSpan, $"'{name}' has an old prefix.", w, fix: new RenameValueChange(w, name[3..], $"Rename to '{name[3..]}'", FixApplicability.Safe));
            }
        }
    }

    private sealed class DuplicateRule : Rule
    {
        public override RuleDescriptor Descriptor => Duplicate;

        public override void AnalyzeFile(FileContext context)
        {
            var seen = new Dictionary<string, RegistryWrite>(StringComparer.OrdinalIgnoreCase);
            foreach (var w in context.Writes.OfType<RegistryWrite>().Where(w => w.ValueName is not null))
            {
                if (seen.TryGetValue(w.ValueName!, out var first))
                {
                    context.Report(w.NameOrStatementSpan, $"'{w.ValueName}' is written twice.", w, fix: new RemoveWriteChange(first, "Remove the earlier write", FixApplicability.Unsafe));
                }

                seen[w.ValueName!] = w;
            }
        }
    }
}

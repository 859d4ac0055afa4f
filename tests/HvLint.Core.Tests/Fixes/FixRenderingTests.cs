using System.Text;
using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.Core.Fixes;
using HvLint.Core.Model;
using HvLint.Core.Rules;
using HvLint.Core.Text;

namespace HvLint.Core.Tests.Fixes;

/// <summary>
/// The finish step renders each finding's write change with the renderer of the front end that
/// read the write's file; the change stays on the finding; a renderer that fails is an internal
/// error for the file, never a crash, and the finding is still reported.
/// </summary>
public sealed class FixRenderingTests
{
    private static readonly RuleDescriptor s_rule = new("HV0491", "FakeOldName", "t", "d", RuleCategory.Deprecated);
    private static readonly byte[] s_text = Encoding.UTF8.GetBytes("OldA\nB\n");

    [Fact]
    public void A_change_is_rendered_by_the_files_renderer_and_kept_on_the_finding()
    {
        var result = Engine(new Renamer()).LintBytes("t.x", s_text);

        var d = Assert.Single(result.Diagnostics);
        var fix = Assert.Single(d.Fixes);
        Assert.Equal(FixApplicability.Safe, fix.Applicability);
        Assert.Equal("A", FixApplier.Apply(result.Source!.Text, fix.Edits)[..1]);
        Assert.IsType<RenameValueChange>(d.Change);
        Assert.Empty(result.Notifications);
    }

    [Fact]
    public void A_renderer_that_throws_is_an_internal_error_and_the_finding_stays_without_a_fix()
    {
        var result = Engine(new Throwing()).LintBytes("t.x", s_text);

        var d = Assert.Single(result.Diagnostics);
        Assert.Empty(d.Fixes);
        var note = Assert.Single(result.Notifications);
        Assert.Equal("HV0491", note.RuleId);
        Assert.Contains("could not be rendered", note.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(note.Exception);
    }

    [Fact]
    public void A_renderer_whose_edits_leave_the_text_is_an_internal_error()
    {
        var result = Engine(new OutOfRange()).LintBytes("t.x", s_text);

        Assert.Empty(Assert.Single(result.Diagnostics).Fixes);
        Assert.Contains("outside the file's text", Assert.Single(result.Notifications).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_renderer_that_declines_leaves_no_fix_and_no_note()
    {
        var result = Engine(new Declining()).LintBytes("t.x", s_text);

        Assert.Empty(Assert.Single(result.Diagnostics).Fixes);
        Assert.Empty(result.Notifications);
    }

    [Fact]
    public void A_change_to_a_write_of_another_file_is_not_rendered()
    {
        var renderer = new Renamer();
        var result = new LintEngine(CatalogLoader.BuiltIn, [new Lines(renderer)], [new OldNameRule(otherFile: true)]).LintBytes("t.x", s_text);

        var d = Assert.Single(result.Diagnostics);
        Assert.Empty(d.Fixes);
        Assert.NotNull(d.Change);
        Assert.Equal(0, renderer.Calls);
    }

    [Fact]
    public void A_fix_the_front_end_gave_its_own_finding_is_kept_beside_the_rendered_one()
    {
        var own = new CodeFix("own", FixApplicability.Safe, [new TextEdit(new TextSpan(5, 1), "b")]);
        var result = new LintEngine(CatalogLoader.BuiltIn, [new Lines(new Renamer()) { OwnFix = own }], [new OldNameRule(otherFile: false)]).LintBytes("t.x", s_text);

        Assert.Equal(2, result.Diagnostics.Count);
        Assert.Contains(result.Diagnostics, d => d.Fixes.SequenceEqual([own]));
        Assert.Contains(result.Diagnostics, d => d.Rule.Id == "HV0491" && d.Fixes.Count == 1);
    }

    private static LintEngine Engine(IFixRenderer renderer) => new(CatalogLoader.BuiltIn, [new Lines(renderer)], [new OldNameRule(otherFile: false)]);

    /// <summary>One registry write per line; the value name is the line.</summary>
    private sealed class Lines(IFixRenderer renderer) : IWriteExtractor
    {
        private static readonly RuleDescriptor s_own = new("HV0002", "FakeParse", "t", "d", RuleCategory.Parse);

        public CodeFix? OwnFix { get; init; }

        public string Language => "test";

        public IReadOnlyList<string> FileExtensions => [".x"];

        public IReadOnlyList<RuleDescriptor> Diagnostics => [s_own];

        public ExtractionResult Extract(string path, byte[] content)
        {
            var source = new SourceText(path, Encoding.UTF8.GetString(content));
            var key = RegistryKeyPath.TryParse(@"HKEY_LOCAL_MACHINE\SOFTWARE\T")!;
            var writes = new List<Write>();
            for (var line = 1; line < source.LineCount; line++)
            {
                var text = source.GetLineText(line);
                var span = new TextSpan(source.GetLineStart(line), text.Length);
                writes.Add(new RegistryWrite(source, span, writes.Count, RegistryOperation.SetValue, key, span, text, span, RegistryData.DWord(1), span));
            }

            IReadOnlyList<Diagnostic> own = OwnFix is null ? [] : [new Diagnostic(s_own, Severity.Error, "own", new Location(source, new TextSpan(5, 1))) { Fixes = [OwnFix] }];
            return new ExtractionResult(source, writes, own) { FixRenderer = renderer };
        }
    }

    private sealed class OldNameRule(bool otherFile) : Rule
    {
        public override RuleDescriptor Descriptor => s_rule;

        public override void AnalyzeRegistryWrite(RegistryWriteContext context)
        {
            var w = context.Write;
            if (w.ValueName?.StartsWith("Old", StringComparison.Ordinal) != true)
            {
                return;
            }

            // A write of another file, as the host pass relates a file to one it applies.
            var target = otherFile
                ? new RegistryWrite(new SourceText("other.x", w.Source.Text), w.Span, 0, RegistryOperation.SetValue, w.Key, w.KeySpan, w.ValueName, w.NameSpan, w.Data, w.DataSpan)
                : w;
            context.Report(w.NameOrStatementSpan, "old name", w, fix: new RenameValueChange(target, w.ValueName[3..], "Rename", FixApplicability.Safe));
        }
    }

    private sealed class Renamer : IFixRenderer
    {
        public int Calls { get; private set; }

        public CodeFix? Render(WriteChange change)
        {
            Calls++;
            var rename = (RenameValueChange)change;
            return new CodeFix(change.Title, change.Applicability, [new TextEdit(rename.Write.NameSpan!.Value, rename.NewName)]);
        }
    }

    private sealed class Throwing : IFixRenderer
    {
        public CodeFix? Render(WriteChange change) => throw new InvalidOperationException("renderer boom");
    }

    private sealed class OutOfRange : IFixRenderer
    {
        public CodeFix? Render(WriteChange change) => new(change.Title, change.Applicability, [new TextEdit(new TextSpan(1000, 2), "x")]);
    }

    private sealed class Declining : IFixRenderer
    {
        public CodeFix? Render(WriteChange change) => null;
    }
}

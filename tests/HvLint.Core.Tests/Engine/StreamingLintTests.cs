using System.Text;
using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.Core.Model;
using HvLint.Core.Rules;
using HvLint.Core.Text;

namespace HvLint.Core.Tests.Engine;

/// <summary>
/// Files are linted in parallel, but results come out in the order the files were given, the
/// same whatever the number of workers or the size of the parts a run is cut into; a file
/// whose front end crashes is reported and the others are still linted.
/// </summary>
public sealed class StreamingLintTests : IDisposable
{
    private static readonly RuleDescriptor s_rule = new("HV0101", "UnknownValueName", "t", "d", RuleCategory.UnknownName);
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("hvlint-stream");

    public void Dispose() => _dir.Delete(recursive: true);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(4, 3)]
    [InlineData(8, 256)]
    public void Results_come_in_the_order_given_even_when_early_files_finish_last(int workers, int partFiles)
    {
        // The first files are slow to read, so later ones finish first.
        var files = Enumerable.Range(0, 40).Select(i => Write($"f{39 - i:00}.x", i < 5 ? "slow\nline\n" : new string('x', i) + "\n")).ToArray();

        var results = Engine().Lint(Request(files), workers, partFiles).ToArray();

        Assert.Equal(files.Select(f => f.DisplayPath), results.Select(r => r.Path));
        Assert.Equal(files.Select(f => Engine().Lint(Request([f])).Single().Diagnostics.Single().Message), results.Select(r => Assert.Single(r.Diagnostics).Message));
    }

    [Fact]
    public void A_run_in_small_parts_gives_what_the_default_run_gives()
    {
        var files = Enumerable.Range(0, 10).Select(i => Write($"g{i}.x", new string('y', i + 1))).ToArray();

        var listed = Engine().Lint(Request(files)).ToArray();
        var streamed = Engine().Lint(Request(files), workers: 3, partFiles: 2).ToArray();

        Assert.Equal(listed.Select(r => (r.Path, Assert.Single(r.Diagnostics).Message)), streamed.Select(r => (r.Path, Assert.Single(r.Diagnostics).Message)));
    }

    [Fact]
    public void A_front_end_that_crashes_on_one_file_is_reported_and_the_others_are_linted()
    {
        var files = Enumerable.Range(0, 12).Select(i => Write($"h{i:00}.x", i == 5 ? "crash\n" : "ok\n")).ToArray();

        var results = Engine().Lint(Request(files), workers: 4, partFiles: 4).ToArray();

        Assert.Equal(files.Select(f => f.DisplayPath), results.Select(r => r.Path));
        var crashed = results[5];
        Assert.Null(crashed.Source);
        Assert.Contains("front end failed", Assert.Single(crashed.Notifications).Message, StringComparison.Ordinal);
        Assert.All(results.Where(r => r != crashed), r => Assert.Single(r.Diagnostics));
    }

    [Fact]
    public void Stopping_early_stops_the_run_without_an_error()
    {
        var files = Enumerable.Range(0, 30).Select(i => Write($"k{i:00}.x", "ok\n")).ToArray();

        var first = Engine().Lint(Request(files), workers: 2, partFiles: 4).Take(3).ToArray();

        Assert.Equal(files.Take(3).Select(f => f.DisplayPath), first.Select(r => r.Path));
    }

    private LintDocument Write(string name, string text)
    {
        var full = Path.Combine(_dir.FullName, name);
        File.WriteAllText(full, text);
        return new(full, name);
    }

    private static LintRequest Request(LintDocument[] files) => new(files) { Links = LinkPolicy.DocumentsOnly };

    private static LintEngine Engine() => new(CatalogLoader.BuiltIn, [new OneWrite()], [new LengthRule()]);

    /// <summary>One write per file; "slow" takes a while to read, "crash" throws.</summary>
    private sealed class OneWrite : IWriteExtractor
    {
        public string Language => "test";

        public IReadOnlyList<string> FileExtensions => [".x"];

        public IReadOnlyList<RuleDescriptor> Diagnostics => [];

        public ExtractionResult Extract(string path, byte[] content)
        {
            var text = Encoding.UTF8.GetString(content);
            if (text.StartsWith("crash", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("boom");
            }

            if (text.StartsWith("slow", StringComparison.Ordinal))
            {
                Thread.Sleep(100);
            }

            var source = new SourceText(path, text);
            var key = RegistryKeyPath.TryParse(@"HKEY_LOCAL_MACHINE\SOFTWARE\T")!;
            var write = new RegistryWrite(source, new TextSpan(0, 1), 0, RegistryOperation.SetValue, key, new TextSpan(0, 1), "A", new TextSpan(0, 1), RegistryData.DWord(1), new TextSpan(0, 1));
            return new ExtractionResult(source, [write], []);
        }
    }

    /// <summary>Reports the file's path and length, so each result is told apart.</summary>
    private sealed class LengthRule : Rule
    {
        public override RuleDescriptor Descriptor => s_rule;

        public override void AnalyzeRegistryWrite(RegistryWriteContext context) =>
            context.Report(context.Write.Span, $"{context.Write.Source.Path} has {context.Write.Source.Text.Length} characters", context.Write);
    }
}

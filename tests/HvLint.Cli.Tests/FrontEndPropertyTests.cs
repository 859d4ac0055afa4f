using System.Diagnostics;
using System.Text;
using CsCheck;
using HvLint.Cli.Output;
using HvLint.Core.Engine;
using HvLint.Core.Model;
using HvLint.Parsers.Batch;
using HvLint.Parsers.PowerShell;
using HvLint.Parsers.Reg;
using HvLint.TestKit;

namespace HvLint.Cli.Tests;

/// <summary>
/// Property tests over random and mutated inputs (issue 12): each front end returns within a
/// generous time and allocation budget, never throws, and puts every span inside the text; and
/// `hvlint writes --format reg` of a .reg file round-trips. The budgets catch hangs and blow-ups,
/// not slowness: they are far above what a healthy run takes. Iterations are kept small so the
/// whole class runs in well under a minute.
/// </summary>
public class FrontEndPropertyTests
{
    private const int Iterations = 150;

    // CI runs the same inputs every time, so a red build is never a coin toss; explore new ones
    // with HVLINT_PROPERTY_SEED=random (or a seed CsCheck printed), and turn what fails into a
    // regression test. The fixed seed first found a name with '\r' that did not round-trip.
    private static readonly string? Seed = Environment.GetEnvironmentVariable("HVLINT_PROPERTY_SEED") switch
    {
        "random" => null,
        { Length: > 0 } s => s,
        _ => "f8Uy5H14JPV1",
    };
    private static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(20);
    private const long AllocationBudget = 2_000_000_000;

    // What breaks parsers: quotes, brackets, escapes, expansions, NUL, CR, huge numbers, long lines.
    private static readonly string[] Insertions =
    [
        "\"", "'", "[", "]", "(", ")", "{", "}", "\\", "\\\\", "%", "%%", "!", "$(", "${", "@(", "@\"\n", "\0", "\r", "\n", "\r\n",
        "99999999999999999999999999", "-1", "0x", "hex:", "hex(7):", "dword:", "=", ";", "#", "<#", "^", "&", "|", "`",
        new string('a', 5_000), string.Concat(Enumerable.Repeat("\\ab", 500)), "\uFEFF", "\u00e9", "\ud800",
    ];

    private static readonly IWriteExtractor[] Extractors = [new RegFileExtractor(), new BatchFileExtractor(), new PowerShellScriptExtractor()];

    private static readonly Dictionary<string, string[]> Samples = Extractors.ToDictionary(e => e.Language, e => SampleFiles(e).ToArray());

    public static TheoryData<string> Languages() => [.. Extractors.Select(e => e.Language)];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Random_bytes_are_read_within_budget(string language)
    {
        var extractor = Extractors.Single(e => e.Language == language);
        Gen.Byte.Array[0, 2_000].Sample(bytes => Check(extractor, bytes), iter: Iterations, threads: 1, seed: Seed, print: Print);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Mutated_samples_are_read_within_budget(string language)
    {
        var extractor = Extractors.Single(e => e.Language == language);
        Mutated(Samples[language]).Sample(bytes => Check(extractor, bytes), iter: Iterations, threads: 1, seed: Seed, print: Print);
    }

    [Fact]
    public void Writes_as_reg_round_trip_for_mutated_reg_files()
    {
        Mutated(Samples["reg"]).Sample(
            bytes =>
            {
                var first = RegOf(new RegFileExtractor().Extract("m.reg", bytes));
                var second = RegOf(Reparse(first));
                Assert.Equal(Statements(first), Statements(second));
            },
            iter: Iterations,
            threads: 1,
            seed: Seed,
            print: Print);
    }

    [Theory]
    [InlineData("\"Memory\\rCount\"=dword:00000008")]
    [InlineData("\"Line\\nBreak\"=\"a\\r\\nb\"")]
    [InlineData("\"Quote\\\"And\\\\Slash\"=\"x\"")]
    public void Escaped_line_breaks_and_quotes_round_trip(string valueLine)
    {
        var text = "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\X]\r\n" + valueLine + "\r\n";
        var first = RegOf(new RegFileExtractor().Extract("m.reg", Encoding.UTF8.GetBytes(text)));
        var second = RegOf(Reparse(first));
        Assert.Equal(Statements(first), Statements(second));
        Assert.Contains(Statements(first), line => line.StartsWith(valueLine.Split('=')[0], StringComparison.Ordinal));
    }

    [Fact]
    public void Writes_as_reg_round_trip_for_every_reg_sample()
    {
        foreach (var file in Samples["reg"])
        {
            var first = RegOf(new RegFileExtractor().Extract("m.reg", File.ReadAllBytes(file)));
            var second = RegOf(Reparse(first));
            Assert.Equal(Statements(first), Statements(second));
        }
    }

    private static ExtractionResult Reparse(string reg) =>
        new RegFileExtractor().Extract("round.reg", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(reg)]);

    private static string RegOf(ExtractionResult result) =>
        RegFileWriter.Write(result.Writes.OfType<RegistryWrite>().Select(w => ("f", w)));

    // The writes as .reg statements; the comments for writes that cannot be converted name the
    // source line, which differs between the two files, and are not writes.
    private static string[] Statements(string reg) =>
        [.. reg.Split("\r\n").Where(l => l.Length > 0 && !l.StartsWith(';'))];

    private static void Check(IWriteExtractor extractor, byte[] bytes)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var result = extractor.Extract("p" + extractor.FileExtensions[0], bytes);
        watch.Stop();

        Assert.True(watch.Elapsed < TimeBudget, $"took {watch.Elapsed}");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < AllocationBudget, "allocated more than 2 GB");
        var length = result.Source.Text.Length;
        foreach (var d in result.Diagnostics)
        {
            Assert.True(d.Location.Span.Start >= 0 && d.Location.Span.End <= length, $"{d.Rule.Id} span {d.Location.Span.Start}..{d.Location.Span.End} outside 0..{length}");
        }

        foreach (var w in result.Writes)
        {
            Assert.True(w.Span.Start >= 0 && w.Span.End <= length, $"write span {w.Span.Start}..{w.Span.End} outside 0..{length}");
        }
    }

    private static Gen<byte[]> Mutated(string[] files)
    {
        var texts = files.Select(File.ReadAllBytes).ToArray();
        var mutation = Gen.Int[0, 3].SelectMany(kind => Gen.Int[0, int.MaxValue].SelectMany(at => Gen.Int[0, Insertions.Length - 1].Select(pick => (kind, at, pick))));
        return Gen.Int[0, texts.Length - 1].SelectMany(i => mutation.Array[1, 8].Select(ms => Apply(texts[i], ms)));
    }

    private static byte[] Apply(byte[] original, (int Kind, int At, int Pick)[] mutations)
    {
        var bytes = original.ToList();
        foreach (var (kind, at, pick) in mutations)
        {
            var where = bytes.Count == 0 ? 0 : at % bytes.Count;
            switch (kind)
            {
                case 0 when bytes.Count > 0:
                    bytes[where] ^= (byte)(1 << (pick % 8));
                    break;
                case 1 when bytes.Count > 0:
                    bytes.RemoveRange(where, Math.Min(bytes.Count - where, 1 + (pick % 16)));
                    break;
                default:
                    bytes.InsertRange(where, Encoding.UTF8.GetBytes(Insertions[pick]));
                    break;
            }
        }

        return [.. bytes];
    }

    private static string Print(byte[] bytes) => Convert.ToBase64String(bytes);

    private static IEnumerable<string> SampleFiles(IWriteExtractor extractor)
    {
        foreach (var dir in new[] { RepoPaths.Combine("examples"), RepoPaths.Combine("tests", "HvLint.Parsers.Tests", "TestData") })
        {
            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (extractor.FileExtensions.Contains(Path.GetExtension(file).ToLowerInvariant()) && new FileInfo(file).Length < 64_000)
                {
                    yield return file;
                }
            }
        }
    }
}

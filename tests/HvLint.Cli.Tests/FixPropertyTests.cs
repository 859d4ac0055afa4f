using CsCheck;
using HvLint.Cli.Commands;
using HvLint.Core.Engine;
using HvLint.Core.Fixes;
using HvLint.Core.Model;
using HvLint.Core.Text;
using HvLint.TestKit;

namespace HvLint.Cli.Tests;

/// <summary>
/// Properties of fixing over the repository's sample files (examples/ and the parsers' test
/// data): one round of fixes changes no byte outside its edits and removes the findings it
/// claims to fix; fixing until nothing applies is idempotent (a second run changes nothing).
/// They run with the real engine (whatever fixes its rules and front ends state) and with the
/// test-only fixes of <see cref="FixFakes"/> over the same files, names given an 'Old' prefix
/// at random, so every front end's files are fixed even before the real rules state fixes.
/// </summary>
public sealed class FixPropertyTests
{
    private const int Iterations = 60;

    // Fixed, as the other property tests: CI sees the same inputs every time. HVLINT_PROPERTY_SEED=random explores.
    private static readonly string? Seed = Environment.GetEnvironmentVariable("HVLINT_PROPERTY_SEED") switch
    {
        "random" => null,
        { Length: > 0 } s => s,
        _ => "f8Uy5H14JPV1",
    };

    private static readonly string[] Files = [.. SampleFiles()];

    public static TheoryData<string> Engines() => ["real", "fake"];

    [Theory]
    [MemberData(nameof(Engines))]
    public void One_round_changes_no_byte_outside_its_edits_and_removes_what_it_fixes(string which)
    {
        var engine = EngineOf(which);
        var checkedFixes = 0;
        Inputs(which).Sample(
            input =>
            {
                var (name, bytes) = input;
                var result = engine.LintBytes(name, bytes);
                if (result.Source is null || FixedFile.TryStart(bytes, result.Source, out _) is not { } file)
                {
                    return;
                }

                var fixes = FixApplier.Choose(result.Diagnostics, unsafeFixes: true);
                if (fixes.Count == 0 || !file.Apply(fixes, out _))
                {
                    return;
                }

                checkedFixes += fixes.Count;
                var edits = fixes.SelectMany(f => f.Edits).OrderBy(e => e.Span.Start).ToArray();
                AssertBytesOutsideEditsKept(bytes, file.Bytes, result.Source, edits);

                var fixedFindings = result.Diagnostics.Where(d => d.Fixes.Count > 0 && fixes.Contains(d.Fixes.First(f => f.Edits.Count > 0)));
                var again = engine.LintBytes(name, file.Bytes);
                foreach (var d in fixedFindings)
                {
                    var at = Map(d.Location.Span.Start, edits);
                    Assert.False(
                        again.Diagnostics.Any(n => n.Rule.Id == d.Rule.Id && n.Location.Span.Start == at),
                        $"{name}: {d.Rule.Id} at {d.Location.Start} is still reported after its fix '{d.Fixes[0].Title}'.\n--- fixed text ---\n{file.Text}");
                }
            },
            iter: Iterations,
            threads: 1,
            seed: Seed);

        // The fake fixes always find something to fix; the real ones once the rules state fixes.
        Assert.True(which == "real" || checkedFixes > 0, "no fix was applied: the property checked nothing");
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Fixing_until_nothing_applies_is_idempotent(string which)
    {
        var engine = EngineOf(which);
        Inputs(which).Sample(
            input =>
            {
                var (name, bytes) = input;
                var first = FixAll(engine, name, bytes, out var bound);
                Assert.False(bound, $"{name}: fixes were still applying after {FixRun.MaxRounds} rounds");
                var second = FixAll(engine, name, first, out _);
                Assert.True(first.AsSpan().SequenceEqual(second), $"{name}: a second --fix changed the file again");
            },
            iter: Iterations / 2,
            threads: 1,
            seed: Seed);
    }

    // Every stretch of text between edits is the same bytes, in the same order, before and after.
    private static void AssertBytesOutsideEditsKept(byte[] before, byte[] after, SourceText source, TextEdit[] edits)
    {
        var text = source.Text;
        var (oldAt, newAt, textAt) = (0, 0, 0);
        var bom = SourceEncoder.TryEncode(string.Empty, source.Encoding)!.Length;
        Assert.True(before.AsSpan(0, bom).SequenceEqual(after.AsSpan(0, bom)), "the byte-order mark changed");
        (oldAt, newAt) = (bom, bom);
        foreach (var e in edits.Append(new TextEdit(new TextSpan(text.Length, 0), string.Empty)))
        {
            var kept = Length(text[textAt..e.Span.Start], source.Encoding);
            Assert.True(before.AsSpan(oldAt, kept).SequenceEqual(after.AsSpan(newAt, kept)), $"bytes changed outside the edits, between text offsets {textAt} and {e.Span.Start}");
            oldAt += kept + Length(text.Substring(e.Span.Start, e.Span.Length), source.Encoding);
            newAt += kept + Length(e.NewText, source.Encoding);
            textAt = e.Span.End;
        }

        Assert.Equal(before.Length, oldAt);
        Assert.Equal(after.Length, newAt);
    }

    private static int Length(string text, SourceEncoding encoding) =>
        SourceEncoder.TryEncode(text, encoding)!.Length - SourceEncoder.TryEncode(string.Empty, encoding)!.Length;

    // Where an offset of the text before the edits is after them.
    private static int Map(int offset, TextEdit[] edits)
    {
        var shift = 0;
        foreach (var e in edits)
        {
            if (e.Span.End <= offset && !(e.Span.Length == 0 && e.Span.Start == offset))
            {
                shift += e.NewText.Length - e.Span.Length;
            }
            else if (e.Span.Start < offset)
            {
                return e.Span.Start + shift;
            }
        }

        return offset + shift;
    }

    // The CLI's own loop (FixRun), over one file held in memory.
    private static byte[] FixAll(LintEngine engine, string name, byte[] bytes, out bool boundReached)
    {
        var full = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "hvlint-fix-property", name));
        var memory = new InMemoryWorkspace();
        memory.Set(full, bytes);
        var run = FixRun.Run(
            [new LintTarget(full, name)],
            memory,
            unsafeFixes: true,
            (targets, workspace) => engine.Lint(new LintRequest([.. targets.Select(t => new LintDocument(t.FullPath, t.DisplayPath))]) { Workspace = workspace, Links = LinkPolicy.None }));
        boundReached = run.BoundReached;
        return run.Changed.Select(c => c.File.Bytes).FirstOrDefault() ?? bytes;
    }

    private static LintEngine EngineOf(string which) => which == "real" ? CliHost.DefaultEngine() : FixFakes.Engine();

    // A sample file; for the fake fixes, with 'Old' put before some of its value names.
    private static Gen<(string Name, byte[] Bytes)> Inputs(string which)
    {
        var sample = Gen.Int[0, Files.Length - 1].Select(i => (Name: Path.GetFileName(Files[i]), Bytes: File.ReadAllBytes(Files[i])));
        return which == "real" ? sample : sample.SelectMany(s => Gen.Int[0, int.MaxValue].Array[1, 4].Select(picks => (s.Name, WithOldNames(s.Name, s.Bytes, picks))));
    }

    private static byte[] WithOldNames(string name, byte[] bytes, int[] picks)
    {
        var result = FixFakes.Engine().LintBytes(name, bytes);
        if (result.Source is not { } source || !SourceEncoder.RoundTrips(bytes, source))
        {
            return bytes;
        }

        var names = result.Writes.OfType<RegistryWrite>()
            .Where(w => w.NameSpan is { } span && w.ValueName is { Length: > 0 } n && !n.StartsWith("Old", StringComparison.Ordinal) && source.GetText(span).Contains(n, StringComparison.Ordinal))
            .Select(w => w.NameSpan!.Value.Start + source.GetText(w.NameSpan!.Value).IndexOf(w.ValueName!, StringComparison.Ordinal))
            .Distinct()
            .ToArray();
        if (names.Length == 0)
        {
            return bytes;
        }

        var at = picks.Select(p => names[p % names.Length]).Distinct().Select(s => new TextEdit(new TextSpan(s, 0), "Old"));
        return SourceEncoder.TryEncode(FixApplier.Apply(source.Text, at), source.Encoding) ?? bytes;
    }

    private static IEnumerable<string> SampleFiles()
    {
        var extensions = new[] { ".reg", ".ps1", ".psm1", ".cmd", ".bat" };
        foreach (var dir in new[] { RepoPaths.Combine("examples"), RepoPaths.Combine("tests", "HvLint.Parsers.Tests", "TestData") })
        {
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (extensions.Contains(Path.GetExtension(file).ToLowerInvariant()) && new FileInfo(file).Length < 64_000)
                {
                    yield return file;
                }
            }
        }
    }
}

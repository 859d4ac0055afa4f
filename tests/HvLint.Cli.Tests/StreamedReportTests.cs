using System.Text.Json;

namespace HvLint.Cli.Tests;

/// <summary>
/// 'check' writes each file's findings as its result arrives, linting files in parallel and in
/// parts: the report lists files in path order, says the same as linting each file alone, and
/// a crash in one file is reported while every other file is still checked.
/// </summary>
public sealed class StreamedReportTests : IDisposable
{
    // More files than one part of a run (256), so the run is cut and handed out in pieces.
    private const int Files = 300;

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_findings_of_a_large_tree_are_those_of_each_file_alone_in_path_order()
    {
        WriteTree();

        var whole = Json(CliRunner.RunFake(_dir.Path, "check", ".", "--format", "json"));

        Assert.Equal(Files, whole.GetProperty("files").GetInt32());
        var paths = whole.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("path").GetString()!).ToArray();
        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
        var alone = Enumerable.Range(0, Files)
            .Select(i => $"f{i:000}.hvt")
            .Order(StringComparer.Ordinal)
            .SelectMany(f => Json(CliRunner.RunFake(_dir.Path, "check", f, "--format", "json")).GetProperty("diagnostics").EnumerateArray().Select(d => d.GetRawText()));
        Assert.Equal(alone, whole.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetRawText()));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Every_run_writes_the_same_report(string format)
    {
        WriteTree();

        var first = CliRunner.RunFake(_dir.Path, "check", ".", "--format", format);
        var second = CliRunner.RunFake(_dir.Path, "check", ".", "--format", format);

        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Equal(1, first.ExitCode);
    }

    [Fact]
    public void A_crash_in_one_file_is_reported_and_every_other_file_is_checked()
    {
        WriteTree();
        _dir.Write("f007.hvt", "CRASH-FRONT-END\nset V=bad\n");
        _dir.Write("f290.hvt", "set Crash=1\nset V=bad\n");

        var r = CliRunner.RunFake(_dir.Path, "check", ".");

        Assert.Equal(3, r.ExitCode);
        var lines = r.Stdout.Split('\n');

        // Every file but the one whose front end crashed has its finding, the crashed rule's file too.
        Assert.Equal(Files - 1, lines.Count(l => l.Contains(" HV0391: ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("f290.hvt:2:", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("f007.hvt:", StringComparison.Ordinal));
        Assert.Contains("1 file could not be linted: internal error.", lines);
        Assert.Contains("1 rule failed in 1 file: internal error, findings may be missing.", lines);
        Assert.Contains("f007.hvt: The hvt front end failed", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("f290.hvt: Rule HV0991 failed", r.Stderr, StringComparison.Ordinal);
    }

    // One 'bad' value per file; some files also a duplicate name, so findings differ per file.
    private void WriteTree()
    {
        for (var i = 0; i < Files; i++)
        {
            _dir.Write($"f{i:000}.hvt", i % 7 == 0 ? $"set V{i}=bad\nset D=1\nset D=2\n" : $"set V{i}=bad\n");
        }
    }

    private static JsonElement Json(CliResult r) => JsonDocument.Parse(r.Stdout).RootElement;
}

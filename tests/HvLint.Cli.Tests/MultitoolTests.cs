using HvLint.TestKit;
using Xunit.Abstractions;

namespace HvLint.Cli.Tests;

/// <summary>
/// The CLI's SARIF is checked by the real SARIF Multitool with the GitHub ingestion rules
/// (STYLE.md): no result of level error is allowed. Remaining warnings and notes are printed.
/// </summary>
public sealed class MultitoolTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Sarif_for_realistic_findings_passes_the_multitool()
    {
        // Findings of every level, a security finding, a related location, a zero-length span,
        // a path with a space, a non-ASCII path, a tab-indented line and an internal error.
        _dir.Write("hosts/east/host1.hvt", "# tuning for host1\nset OldLimit=1\nset Limit=bad\n\tset Trace=1\nset Insecure=1\nset Limit=2\n");
        _dir.Write("hosts/west side/host2.hvt", "set Empty=\nset Fine=3\n");
        _dir.Write("hosts/wëst/host3.hvt", "set Crash=1\nset OldX=1\n");
        _dir.Write("clean.hvt", "set Fine=1\n");
        var sarif = Path.Combine(_dir.Path, "out", "hvlint.sarif");
        Directory.CreateDirectory(Path.GetDirectoryName(sarif)!);

        var r = CliRunner.RunFake(_dir.Path, "check", "--format", "sarif", "--output", sarif);
        Assert.True(r.ExitCode == 3, r.ToString());
        var log = Sarif.Parse(File.ReadAllText(sarif));
        Assert.True(Sarif.Results(log).Count >= 7, File.ReadAllText(sarif));
        Assert.Contains(Sarif.Results(log), x => x!["properties"]?["security-severity"] is not null);

        Report(Multitool.AssertNoErrors(sarif));
    }

    [Fact]
    public void Sarif_without_findings_passes_the_multitool()
    {
        _dir.Write("clean.hvt", "set Fine=1\n");
        var sarif = Path.Combine(_dir.Path, "clean.sarif");
        var r = CliRunner.RunFake(_dir.Path, "check", "--format", "sarif", "--output", sarif);
        Assert.True(r.ExitCode == 0, r.ToString());
        Report(Multitool.AssertNoErrors(sarif));
    }

    [ExamplesFact]
    public void Sarif_for_the_repository_examples_passes_the_multitool()
    {
        // The real tool over the repository's examples/ folder, as CI would run it.
        var sarif = Path.Combine(_dir.Path, "examples.sarif");
        var r = CliRunner.Run(RepoPaths.Root, "check", "examples", "--format", "sarif", "--output", sarif);
        Assert.True(r.ExitCode is 0 or 1, r.ToString());
        var log = Sarif.Parse(File.ReadAllText(sarif));
        output.WriteLine($"examples/: {Sarif.Results(log).Count} result(s)");
        Report(Multitool.AssertNoErrors(sarif));
    }

    private void Report(IReadOnlyList<ValidationResult> results)
    {
        output.WriteLine($"Multitool: {results.Count} warning(s)/note(s) remain:");
        foreach (var r in results)
        {
            output.WriteLine("  " + r);
        }
    }
}

/// <summary>A fact that is skipped, saying why, when the repository has no examples/ folder.</summary>
public sealed class ExamplesFactAttribute : FactAttribute
{
    public ExamplesFactAttribute()
    {
        if (!Directory.Exists(RepoPaths.Combine("examples")))
        {
            Skip = "The repository has no examples/ folder yet; add one (with .reg files) and this test validates its SARIF.";
        }
    }
}

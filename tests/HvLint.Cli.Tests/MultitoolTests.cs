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

    [Fact]
    public void Sarif_with_fixes_passes_the_multitool()
    {
        // A safe rename, an unsafe removal of a whole line (its region ends at column 1 of the
        // next line), in a .hvt file and a UTF-16LE .reg file.
        _dir.Write("a.hvt", "set OldA=1\nset B=1\nset B=2\n");
        File.WriteAllBytes(Path.Combine(_dir.Path, "b.reg"), [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso]\r\n\"OldLimit\"=dword:00000001\r\n")]);
        var sarif = Path.Combine(_dir.Path, "fixes.sarif");

        var r = CliRunner.Run(_dir.Path, FixFakes.Engine(), ["check", "--format", "sarif", "--output", sarif]);
        Assert.True(r.ExitCode == 1, r.ToString());

        var results = Sarif.Results(Sarif.Parse(File.ReadAllText(sarif)));
        var rename = results.Single(x => (string?)x!["ruleId"] == "HV0493" && ((string?)x["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"])!.EndsWith("a.hvt", StringComparison.Ordinal))!;
        var fix = rename["fixes"]!.AsArray().Single()!;
        Assert.Equal("Rename to 'A'.", (string?)fix["description"]!["text"]);
        Assert.Equal("safe", (string?)fix["properties"]!["applicability"]);
        var change = fix["artifactChanges"]!.AsArray().Single()!;
        Assert.Equal("a.hvt", (string?)change["artifactLocation"]!["uri"]);
        var replacement = change["replacements"]!.AsArray().Single()!;
        Assert.Equal(1, (int)replacement["deletedRegion"]!["startLine"]!);
        Assert.Equal(5, (int)replacement["deletedRegion"]!["startColumn"]!);
        Assert.Equal(9, (int)replacement["deletedRegion"]!["endColumn"]!);
        Assert.Equal("A", (string?)replacement["insertedContent"]!["text"]);

        var removal = results.Single(x => (string?)x!["ruleId"] == "HV0793")!["fixes"]![0]!["artifactChanges"]![0]!["replacements"]![0]!["deletedRegion"]!;
        Assert.Equal((2, 1, 3, 1), ((int)removal["startLine"]!, (int)removal["startColumn"]!, (int)removal["endLine"]!, (int)removal["endColumn"]!));
        Assert.Contains(results, x => (string?)x!["ruleId"] == "HV0493" && ((string?)x["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"])!.EndsWith("b.reg", StringComparison.Ordinal) && x["fixes"] is not null);

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

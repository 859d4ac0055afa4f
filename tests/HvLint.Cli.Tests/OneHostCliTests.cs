using Xunit.Abstractions;

namespace HvLint.Cli.Tests;

/// <summary>hvlint check --as-one-host: the files, in the order given, applied to one host.</summary>
public sealed class OneHostCliTests(ITestOutputHelper output) : IDisposable
{
    private const string Worker = @"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Worker";
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Conflicts_between_files_are_reported_only_with_the_flag_and_follow_the_order_given()
    {
        WriteHostFiles();

        var separate = CliRunner.Run(_dir.Path, "check", "zz-base.reg", "aa-override.cmd");
        Assert.True(separate.ExitCode == 0, separate.ToString());

        var host = CliRunner.Run(_dir.Path, "check", "--as-one-host", "zz-base.reg", "aa-override.cmd", "--fail-level", "warning");
        Assert.True(host.ExitCode == 1, host.ToString());
        Assert.Contains("aa-override.cmd:1:", host.Stdout, StringComparison.Ordinal);
        Assert.Contains("HV0701", host.Stdout, StringComparison.Ordinal);
        Assert.Contains("note: zz-base.reg:4:", host.Stdout, StringComparison.Ordinal);

        // In the other order the .reg file is applied last: its write wins, and the finding moves there.
        var reversed = CliRunner.Run(_dir.Path, "check", "--as-one-host", "aa-override.cmd", "zz-base.reg");
        Assert.Contains("zz-base.reg:4:", reversed.Stdout, StringComparison.Ordinal);
        Assert.Contains("note: aa-override.cmd:1:", reversed.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_relates_the_other_file_and_passes_the_multitool()
    {
        WriteHostFiles();
        var sarif = Path.Combine(_dir.Path, "host.sarif");

        var r = CliRunner.Run(_dir.Path, "check", "--as-one-host", "zz-base.reg", "aa-override.cmd", "--format", "sarif", "--output", sarif);
        Assert.True(r.ExitCode == 1, r.ToString());

        var result = Assert.Single(Sarif.Results(Sarif.Parse(File.ReadAllText(sarif))))!;
        Assert.Equal("aa-override.cmd", Sarif.Str(result["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]));
        var related = Assert.Single(result["relatedLocations"]!.AsArray())!;
        Assert.Equal("zz-base.reg", Sarif.Str(related["physicalLocation"]!["artifactLocation"]!["uri"]));
        Assert.Equal(4, Sarif.Int(related["physicalLocation"]!["region"]!["startLine"]));
        foreach (var x in Multitool.AssertNoErrors(sarif))
        {
            output.WriteLine(x.ToString());
        }
    }

    [Fact]
    public void The_flag_is_in_the_help()
    {
        var r = CliRunner.Run(_dir.Path, "check", "--help");
        Assert.Contains("--as-one-host", r.Stdout, StringComparison.Ordinal);
    }

    private void WriteHostFiles()
    {
        _dir.Write("zz-base.reg", "Windows Registry Editor Version 5.00\r\n\r\n[" + Worker + "]\r\n\"RamOpConcurrencyMax\"=dword:00000010\r\n");
        _dir.Write("aa-override.cmd", "reg add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Worker\" /v RamOpConcurrencyMax /t REG_DWORD /d 8 /f\r\n");
    }
}

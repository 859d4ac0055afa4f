namespace HvLint.Cli.Tests;

/// <summary>hvlint check --max-warnings N (as ESLint's) and --exit-zero (as ruff's).</summary>
public sealed class ExitCodeOptionsTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("set OldA=1\nset OldB=1\n", "2", 0)]
    [InlineData("set OldA=1\nset OldB=1\n", "1", 1)]
    [InlineData("set OldA=1\nset OldB=1\n", "0", 1)]
    [InlineData("set A=1\n", "0", 0)]
    [InlineData("set A=bad\n", "10", 1)]
    [InlineData("set Trace=1\n", "0", 0)]
    public void Max_warnings_fails_the_run_on_errors_or_more_than_N_warnings(string content, string max, int expected)
    {
        _dir.Write("a.hvt", content);
        var r = CliRunner.RunFake(_dir.Path, "check", "--max-warnings", max);
        Assert.True(r.ExitCode == expected, r.ToString());
    }

    [Fact]
    public void Max_warnings_counts_warnings_whatever_the_fail_level_and_notes_follow_it()
    {
        _dir.Write("a.hvt", "set OldA=1\nset OldB=1\nset Trace=1\n");

        // --fail-level error alone passes two warnings; --max-warnings 1 does not.
        Assert.Equal(0, CliRunner.RunFake(_dir.Path, "check", "--fail-level", "error").ExitCode);
        Assert.Equal(1, CliRunner.RunFake(_dir.Path, "check", "--fail-level", "error", "--max-warnings", "1").ExitCode);

        // A note still fails the run at fail level note.
        Assert.Equal(1, CliRunner.RunFake(_dir.Path, "check", "--fail-level", "note", "--max-warnings", "5").ExitCode);
        Assert.Equal(0, CliRunner.RunFake(_dir.Path, "check", "--max-warnings", "5").ExitCode);
    }

    [Fact]
    public void Max_warnings_does_not_count_baselined_or_suppressed_warnings()
    {
        _dir.Write("a.hvt", "set OldA=1\n");
        Assert.Equal(0, CliRunner.RunFake(_dir.Path, "check", "--write-baseline", "b.json").ExitCode);
        _dir.Write("a.hvt", "set OldA=1\nset OldB=1\n");
        Assert.Equal(0, CliRunner.RunFake(_dir.Path, "check", "--baseline", "b.json", "--max-warnings", "1").ExitCode);
        Assert.Equal(1, CliRunner.RunFake(_dir.Path, "check", "--baseline", "b.json", "--max-warnings", "0").ExitCode);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("many")]
    [InlineData("1.5")]
    public void Max_warnings_takes_a_whole_number(string value)
    {
        _dir.Write("a.hvt", "set A=1\n");
        var r = CliRunner.RunFake(_dir.Path, "check", "--max-warnings=" + value);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains($"'{value}' is not a valid value for '--max-warnings'", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Exit_zero_passes_a_run_with_findings_and_still_prints_them()
    {
        _dir.Write("a.hvt", "set A=bad\nset OldA=1\n");
        var r = CliRunner.RunFake(_dir.Path, "check", "--exit-zero");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("error HV0391", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 error, 1 warning in 1 file.", r.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.RunFake(_dir.Path, "check", "--exit-zero", "--max-warnings", "0").ExitCode);
    }

    [Fact]
    public void Exit_zero_keeps_configuration_and_internal_errors()
    {
        _dir.Write("a.hvt", "set Crash=1\n");
        Assert.Equal(3, CliRunner.RunFake(_dir.Path, "check", "--exit-zero").ExitCode);

        _dir.Write("a.hvt", "set A=bad\n");
        _dir.Write("hvlint.json", """{ "failLevle": "error" }""");
        var r = CliRunner.RunFake(_dir.Path, "check", "--exit-zero");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("configuration error", r.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.RunFake(_dir.Path, "check", "missing.hvt", "--exit-zero").ExitCode);
    }

    [Fact]
    public void Exit_zero_passes_a_diff_with_something_to_fix()
    {
        _dir.Write("a.reg", "Windows Registry Editor Version 5.00\r\n\r\n[HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]\r\n\"MaximumActiveTransfers\"=dword:00000008\r\n");
        Assert.Equal(1, CliRunner.Run(_dir.Path, "check", "a.reg", "--diff").ExitCode);
        var r = CliRunner.Run(_dir.Path, "check", "a.reg", "--diff", "--exit-zero");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("+[HKEY_LOCAL_MACHINE\\SOFTWARE", r.Stdout, StringComparison.Ordinal);
    }
}

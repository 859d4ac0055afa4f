using System.Text.Json;

namespace HvLint.Cli.Tests;

/// <summary>hvlint check: file discovery, exit codes, --output, and internal errors.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string[] Paths(CliResult r)
    {
        using var doc = JsonDocument.Parse(r.Stdout);
        return [.. doc.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("path").GetString()!)];
    }

    [Fact]
    public void Folders_are_searched_recursively_skipping_build_and_vcs_folders_in_ordinal_order()
    {
        foreach (var path in new[] { "b.hvt", "A.hvt", "sub/deep/c.hvt", "sub/a.hvt", "bin/x.hvt", "obj/x.hvt", "node_modules/x.hvt", ".git/x.hvt", "sub/Bin/x.hvt", "readme.txt" })
        {
            _dir.Write(path, "set OldA=1\n");
        }

        // OldA is a warning, which fails the run at the default fail level.
        var r = CliRunner.RunFake(_dir.Path, "check", "--format", "json");
        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Equal(["A.hvt", "b.hvt", "sub/a.hvt", "sub/deep/c.hvt"], Paths(r));
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal(4, doc.RootElement.GetProperty("files").GetInt32());
    }

    [Fact]
    public void Paths_are_shown_as_given_relative_or_absolute()
    {
        _dir.Write("hosts/east/a.hvt", "set OldA=1\n");
        var sub = Path.Combine(_dir.Path, "hosts");

        // Relative stays relative to the working directory, with forward slashes.
        Assert.Equal(["east/a.hvt"], Paths(CliRunner.RunFake(sub, "check", "east", "--format", "json")));
        Directory.CreateDirectory(Path.Combine(_dir.Path, "other"));
        Assert.Equal(["../hosts/east/a.hvt"], Paths(CliRunner.RunFake(Path.Combine(_dir.Path, "other"), "check", "../hosts", "--format", "json")));

        // Absolute stays absolute, for a folder and for a file, in text and JSON.
        var absolute = Path.Combine(_dir.Path, "hosts", "east", "a.hvt");
        Assert.Equal([absolute], Paths(CliRunner.RunFake(sub, "check", Path.Combine(_dir.Path, "hosts", "east"), "--format", "json")));
        var text = CliRunner.RunFake(sub, "check", absolute);
        Assert.StartsWith(absolute + ":1:5: ", text.Stdout, StringComparison.Ordinal);

        Assert.Equal(1, CliRunner.RunFake(_dir.Path, "check").ExitCode);
    }

    [Fact]
    public void A_file_named_twice_is_linted_once()
    {
        _dir.Write("a.hvt", "set OldA=1\n");
        var r = CliRunner.RunFake(_dir.Path, "check", "a.hvt", ".", "./a.hvt", "--format", "json");
        Assert.Equal(["a.hvt"], Paths(r));
    }

    [Theory]
    [InlineData("set Trace=1\n", "error", 0)]
    [InlineData("set Trace=1\n", "warning", 0)]
    [InlineData("set Trace=1\n", "note", 1)]
    [InlineData("set OldA=1\n", "error", 0)]
    [InlineData("set OldA=1\n", "warning", 1)]
    [InlineData("set A=bad\n", "error", 1)]
    [InlineData("set A=1\n", "note", 0)]
    public void The_exit_code_follows_the_fail_level(string content, string failLevel, int expected)
    {
        _dir.Write("a.hvt", content);
        var r = CliRunner.RunFake(_dir.Path, "check", "--fail-level", failLevel);
        Assert.True(r.ExitCode == expected, r.ToString());
    }

    [Fact]
    public void The_default_fail_level_is_warning_and_notes_never_fail_the_run()
    {
        _dir.Write("a.hvt", "set Trace=1\n");
        var note = CliRunner.RunFake(_dir.Path, "check");
        Assert.True(note.ExitCode == 0 && note.Stdout.Contains("note HV0691", StringComparison.Ordinal), note.ToString());
        _dir.Write("b.hvt", "set OldA=1\n");
        var warning = CliRunner.RunFake(_dir.Path, "check");
        Assert.True(warning.ExitCode == 1 && warning.Stdout.Contains("warning HV0491", StringComparison.Ordinal), warning.ToString());
        Assert.Equal(0, CliRunner.RunFake(_dir.Path, "check", "--fail-level", "error").ExitCode);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    public void A_crashing_rule_is_an_internal_error_with_exit_code_3_in_every_format(string format)
    {
        _dir.Write("a.hvt", "set A=bad\nset Crash=1\n");
        var r = CliRunner.RunFake(_dir.Path, "check", "--format", format);
        Assert.True(r.ExitCode == 3, r.ToString());
        Assert.Contains("hvlint: internal error: a.hvt: Rule HV0991 failed: InvalidOperationException: boom", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);

        // The other rules still ran.
        Assert.Contains("HV0391", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unexpected_exception_is_caught_at_the_top_with_exit_code_3_and_no_stack_trace()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var host = new CliHost
        {
            Stdout = stdout,
            Stderr = stderr,
            WorkingDirectory = _dir.Path,
            GetEnvironmentVariable = _ => null,
            CreateEngine = () => throw new InvalidOperationException("engine exploded"),
        };
        Assert.Equal(3, Program.Run(["check"], host));
        Assert.Contains("hvlint: internal error: InvalidOperationException: engine exploded", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("HVLINT_DEBUG=1", stderr.ToString(), StringComparison.Ordinal);

        using var debugErr = new StringWriter();
        var debugHost = new CliHost
        {
            Stdout = stdout,
            Stderr = debugErr,
            WorkingDirectory = _dir.Path,
            GetEnvironmentVariable = name => name == "HVLINT_DEBUG" ? "1" : null,
            CreateEngine = () => throw new InvalidOperationException("engine exploded"),
        };
        Assert.Equal(3, Program.Run(["check"], debugHost));
        Assert.Contains("   at ", debugErr.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Output_goes_to_the_named_file_and_not_to_stdout(string format)
    {
        _dir.Write("a.hvt", "set A=bad\n");
        File.WriteAllText(Path.Combine(_dir.Path, "report.out"), "old content that must be replaced");
        var r = CliRunner.RunFake(_dir.Path, "check", "--format", format, "--output", "report.out");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(string.Empty, r.Stdout);
        var written = File.ReadAllText(Path.Combine(_dir.Path, "report.out"));
        Assert.Contains("HV0391", written, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", written, StringComparison.Ordinal);
        Assert.Equal(["a.hvt", "report.out"], Directory.GetFiles(_dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Output_dash_is_stdout()
    {
        _dir.Write("a.hvt", "set A=1\n");
        var r = CliRunner.RunFake(_dir.Path, "check", "--output", "-", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("{", r.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir.Path, "-")));
    }

    [Fact]
    public void The_stream_overload_of_run_uses_the_real_tool()
    {
        _dir.Write("a.reg", "Windows Registry Editor Version 5.00\r\n");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Program.Run(["check", "--format", "json", "--no-color"], stdout, stderr, _dir.Path);
        Assert.True(code is 0 or 1, stderr.ToString());
        using var doc = JsonDocument.Parse(stdout.ToString());
        Assert.Equal(1, doc.RootElement.GetProperty("files").GetInt32());
    }

    [Fact]
    public void A_folder_with_nothing_to_lint_is_a_usage_error_naming_the_paths()
    {
        _dir.Write("docs/readme.txt", "not a script\n");
        Directory.CreateDirectory(Path.Combine(_dir.Path, "empty"));
        foreach (var args in new[] { new[] { "check" }, ["check", "empty"], ["check", "docs/", "empty", "--format", "sarif"], ["writes", "docs"] })
        {
            var r = CliRunner.RunFake(_dir.Path, args);
            Assert.True(r.ExitCode == 2, r.ToString());
            Assert.Equal(string.Empty, r.Stdout);
            Assert.Contains("nothing to lint in ", r.Stderr, StringComparison.Ordinal);
            foreach (var path in args.Skip(1).Where(a => !a.StartsWith('-') && a != "sarif").DefaultIfEmpty("."))
            {
                Assert.Contains($"'{path}'", r.Stderr, StringComparison.Ordinal);
            }
        }

        // A missing path is still a usage error of its own.
        var missing = CliRunner.RunFake(_dir.Path, "check", "nope");
        Assert.True(missing.ExitCode == 2 && missing.Stderr.Contains("path 'nope' does not exist", StringComparison.Ordinal), missing.ToString());
    }
}

using System.Text.RegularExpressions;

namespace HvLint.Cli.Tests;

/// <summary>The command line: help, version, and every kind of usage error (exit code 2).</summary>
public sealed class ArgumentTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void No_arguments_prints_usage_to_stderr_with_exit_code_2()
    {
        var r = CliRunner.Run(_dir.Path);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("hvlint check", r.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, r.Stdout);
    }

    [Fact]
    public void Version_prints_the_tool_and_catalog_versions()
    {
        var r = CliRunner.Run(_dir.Path, "--version");
        Assert.Equal(0, r.ExitCode);
        var m = Regex.Match(r.Stdout, @"^hvlint (?<tool>\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?)\ncatalog (?<catalog>[0-9a-f]{12}) \((?<count>\d+) settings\)\n$");
        Assert.True(m.Success, r.Stdout);
        Assert.Equal(ToolInfo.Version, m.Groups["tool"].Value);

        // The same catalog version as JSON and SARIF report, so a report can be matched to the tool that made it.
        var catalog = HvLint.Core.Catalog.CatalogLoader.BuiltIn;
        Assert.Equal(catalog.Version, m.Groups["catalog"].Value);
        Assert.Equal(catalog.Entries.Count, int.Parse(m.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    [InlineData("check", "--help")]
    [InlineData("check", "-h")]
    [InlineData("check", "--format", "xml", "--help")]
    [InlineData("rules", "--help")]
    [InlineData("explain", "--help")]
    [InlineData("catalog", "--help")]
    [InlineData("catalog", "list", "--help")]
    [InlineData("catalog", "show", "-h")]
    [InlineData("help", "check")]
    [InlineData("help", "catalog", "show")]
    public void Help_is_printed_to_stdout_with_exit_code_0(params string[] args)
    {
        var r = CliRunner.Run(_dir.Path, args);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("Usage", r.Stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, r.Stderr);
    }

    [Theory]
    [InlineData(new[] { "chek" }, "unknown command 'chek'", "Did you mean 'check'?")]
    [InlineData(new[] { "--verison" }, "unknown option '--verison'", null)]
    [InlineData(new[] { "help", "nope" }, "no help for 'nope'", null)]
    public void Unknown_commands_are_usage_errors(string[] args, string expected, string? suggestion)
    {
        var r = CliRunner.Run(_dir.Path, args);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(expected, r.Stderr + r.Stdout, StringComparison.Ordinal);
        if (suggestion is not null)
        {
            Assert.Contains(suggestion, r.Stderr, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(new[] { "check", "--formt", "json" }, "unknown option '--formt'", "Did you mean '--format'?")]
    [InlineData(new[] { "check", "--colour" }, "unknown option '--colour'", null)]
    [InlineData(new[] { "check", "-x" }, "unknown option '-x'", null)]
    [InlineData(new[] { "check", "--format" }, "option '--format' needs a value (text, json, sarif, github, gitlab or junit)", null)]
    [InlineData(new[] { "check", "--format", "--no-color" }, "option '--format' needs a value", null)]
    [InlineData(new[] { "check", "--output" }, "option '--output' needs a value (FILE)", null)]
    [InlineData(new[] { "check", "--format=" }, "option '--format' needs a value", null)]
    [InlineData(new[] { "check", "--format", "xml" }, "'xml' is not a valid value for '--format'; use text, json, sarif, github, gitlab or junit", null)]
    [InlineData(new[] { "check", "--format", "sarf" }, "'sarf' is not a valid value for '--format'", "Did you mean 'sarif'?")]
    [InlineData(new[] { "check", "--fail-level", "fatal" }, "'fatal' is not a valid value for '--fail-level'; use error, warning or note", null)]
    [InlineData(new[] { "check", "--no-color=yes" }, "option '--no-color' takes no value", null)]
    [InlineData(new[] { "rules", "--format", "sarif" }, "'sarif' is not a valid value for '--format'; use text or json", null)]
    [InlineData(new[] { "rules", "extra" }, "unexpected argument 'extra'", null)]
    [InlineData(new[] { "explain" }, "explain: missing rule ID or name", null)]
    [InlineData(new[] { "explain", "HV0001", "HV0002" }, "unexpected argument 'HV0002'", null)]
    [InlineData(new[] { "catalog" }, "catalog: missing subcommand", null)]
    [InlineData(new[] { "catalog", "lst" }, "unknown subcommand 'lst'", "Did you mean 'list'?")]
    [InlineData(new[] { "catalog", "list", "--store", "hive" }, "'hive' is not a valid value for '--store'; use registry, bcd or hyperv", null)]
    [InlineData(new[] { "catalog", "show" }, "catalog show: missing setting name", null)]
    public void Usage_errors_exit_with_2_and_say_what_is_wrong(string[] args, string expected, string? suggestion)
    {
        var r = CliRunner.Run(_dir.Path, args);
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains(expected, r.Stderr, StringComparison.Ordinal);
        Assert.Contains("--help", r.Stderr.Split('\n')[1], StringComparison.Ordinal);
        if (suggestion is not null)
        {
            Assert.Contains(suggestion, r.Stderr, StringComparison.Ordinal);
        }

        Assert.Equal(string.Empty, r.Stdout);
    }

    [Fact]
    public void A_path_that_does_not_exist_is_named()
    {
        _dir.Write("a.hvt", "set A=1\n");
        var r = CliRunner.RunFake(_dir.Path, "check", "a.hvt", "missing/b.reg");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("path 'missing/b.reg' does not exist", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_hvlint_does_not_read_is_a_usage_error()
    {
        _dir.Write("notes.txt", "hello");
        var r = CliRunner.RunFake(_dir.Path, "check", "notes.txt");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("'notes.txt' is not a file HvLint reads", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_file_in_a_missing_folder_gets_its_folders_made()
    {
        _dir.Write("a.hvt", "set A=1\n");
        var r = CliRunner.RunFake(_dir.Path, "check", "--output", "reports/ci/out.sarif", "--format", "sarif");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("\"version\": \"2.1.0\"", File.ReadAllText(Path.Combine(_dir.Path, "reports", "ci", "out.sarif")), StringComparison.Ordinal);

        // Only the report is left there: the atomic write's temporary file is gone.
        Assert.Equal(["out.sarif"], Directory.GetFiles(Path.Combine(_dir.Path, "reports", "ci")).Select(Path.GetFileName));
    }

    [Fact]
    public void An_output_file_under_a_file_is_a_usage_error()
    {
        _dir.Write("a.hvt", "set A=1\n");
        _dir.Write("taken", "a file, not a folder");
        var r = CliRunner.RunFake(_dir.Path, "check", "--output", "taken/sub/out.sarif", "--format", "sarif");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("cannot write --output 'taken/sub/out.sarif'", r.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, r.Stdout);
    }

    [Fact]
    public void Options_accept_inline_values_and_any_order()
    {
        _dir.Write("a.hvt", "set A=1\n");
        var r = CliRunner.RunFake(_dir.Path, "check", "--format=json", "a.hvt", "--fail-level", "NOTE");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.StartsWith("{", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Double_dash_ends_options()
    {
        _dir.Write("-odd.hvt", "set A=1\n");
        var r = CliRunner.RunFake(_dir.Path, "check", "--", "-odd.hvt");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("No problems found in 1 file.", r.Stdout, StringComparison.Ordinal);
    }
}

namespace HvLint.Cli.Tests;

/// <summary>Glob patterns as PATH ('infra/**/*.reg', '*.ps1'), quoted so that HvLint, not the shell, expands them.</summary>
public sealed class GlobPathTests : IDisposable
{
    private readonly TempDir _dir = new();

    public GlobPathTests()
    {
        foreach (var path in new[] { "a.hvt", "b.cmd", "sub/b.hvt", "sub/deep/c.hvt", "other/d.hvt", "bin/x.hvt" })
        {
            _dir.Write(path, path.EndsWith(".cmd", StringComparison.Ordinal) ? "rem nothing\r\n" : "set OldA=1\n");
        }
    }

    public void Dispose() => _dir.Dispose();

    private string[] Paths(params string[] paths) => [.. CliJson.Paths(CliRunner.RunFake(_dir.Path, ["check", "--format", "json", .. paths])).Distinct()];

    [Theory]
    [InlineData("*.hvt", "a.hvt")]
    [InlineData("./*.hvt", "a.hvt")]
    [InlineData("**/*.hvt", "a.hvt other/d.hvt sub/b.hvt sub/deep/c.hvt")]
    [InlineData("sub/**/*.hvt", "sub/b.hvt sub/deep/c.hvt")]
    [InlineData("sub/*.hvt", "sub/b.hvt")]
    [InlineData("s?b/*", "sub/b.hvt sub/deep/c.hvt")]
    [InlineData("{other,sub/deep}/*.hvt", "other/d.hvt sub/deep/c.hvt")]
    [InlineData("[ao]*/*.hvt", "other/d.hvt")]
    public void A_pattern_matches_relative_to_the_current_folder(string pattern, string expected)
    {
        Assert.Equal(expected.Split(' '), Paths(pattern));
    }

    [Fact]
    public void Patterns_and_paths_mix_and_a_file_is_linted_once()
    {
        Assert.Equal(["a.hvt", "sub/b.hvt"], Paths("sub/*.hvt", "a.hvt", "sub/b.hvt"));
    }

    [Fact]
    public void An_absolute_pattern_shows_absolute_paths()
    {
        var pattern = Path.Combine(_dir.Path, "sub", "*.hvt");
        Assert.Equal([Path.Combine(_dir.Path, "sub", "b.hvt")], Paths(pattern));
    }

    [Fact]
    public void Excludes_gitignore_and_build_folders_apply_as_to_a_folder_search()
    {
        _dir.Write("hvlint.json", """{ "exclude": ["sub/deep/**"] }""");
        _dir.Write(".gitignore", "other/\n");
        Directory.CreateDirectory(Path.Combine(_dir.Path, ".git"));
        Assert.Equal(["a.hvt", "sub/b.hvt"], Paths("**/*.hvt"));
    }

    [Fact]
    public void A_pattern_that_matches_nothing_is_a_usage_error()
    {
        var r = CliRunner.RunFake(_dir.Path, "check", "nowhere/**/*.hvt");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("check: no file HvLint reads matches 'nowhere/**/*.hvt'.", r.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, r.Stdout);

        // Matching only files HvLint does not read is matching nothing.
        _dir.Write("notes.txt", "x");
        Assert.Equal(2, CliRunner.RunFake(_dir.Path, "check", "*.txt").ExitCode);
    }

    [Fact]
    public void A_pattern_that_does_not_parse_is_a_usage_error()
    {
        var r = CliRunner.RunFake(_dir.Path, "check", "sub/[a-*.hvt");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("'sub/[a-*.hvt'", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_whose_name_has_pattern_characters_is_a_path()
    {
        _dir.Write("odd[1].hvt", "set A=bad\n");
        Assert.Equal(["odd[1].hvt"], Paths("odd[1].hvt"));
    }

    [Fact]
    public void Writes_expands_patterns_too()
    {
        var r = CliRunner.RunFake(_dir.Path, "writes", "sub/*.hvt");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("sub/b.hvt", r.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("a.hvt:", r.Stdout, StringComparison.Ordinal);
    }
}

using HvLint.Core.Configuration;

namespace HvLint.Core.Tests.Configuration;

public sealed class GitIgnoreTests : IDisposable
{
    private readonly ScratchFolder _repo = new ScratchFolder().AsRepository();

    public void Dispose() => _repo.Dispose();

    private bool Ignored(string relative, bool isDirectory = false, string? floor = null) =>
        new GitIgnoreIndex(new RepositoryRoots()).IsIgnored(_repo.Full(relative), isDirectory, floor ?? _repo.Path);

    [Fact]
    public void Rules_of_the_root_and_nested_gitignore_files_apply_with_the_last_match_winning()
    {
        _repo.Write(".gitignore", "# build output\nout/\n*.generated.reg\n!keep.generated.reg\n/root-only.reg\n");
        _repo.Write("hosts/.gitignore", "local-*.reg\n!local-shared.reg\n");

        Assert.True(Ignored("out", isDirectory: true));
        Assert.False(Ignored("out.reg"));
        Assert.True(Ignored("hosts/x.generated.reg"));
        Assert.False(Ignored("hosts/keep.generated.reg"));
        Assert.True(Ignored("root-only.reg"));
        Assert.False(Ignored("hosts/root-only.reg"));
        Assert.True(Ignored("hosts/local-east.reg"));
        Assert.False(Ignored("hosts/local-shared.reg"));
        Assert.False(Ignored("local-east.reg"));
        Assert.False(Ignored("hosts/a.reg"));
    }

    [Fact]
    public void A_folder_only_rule_does_not_match_a_file_of_that_name()
    {
        _repo.Write(".gitignore", "lab/\n");
        Assert.True(Ignored("lab", isDirectory: true));
        Assert.False(Ignored("lab"));
    }

    [Fact]
    public void The_repository_info_exclude_file_counts()
    {
        _repo.Write(".git/info/exclude", "scratch.reg\n");
        Assert.True(Ignored("hosts/scratch.reg"));
    }

    [Fact]
    public void Escaped_and_trailing_space_rules_follow_git()
    {
        _repo.Write(".gitignore", "\\#hash.reg\n\\!bang.reg\nspaced.reg   \n");
        Assert.True(Ignored("#hash.reg"));
        Assert.True(Ignored("!bang.reg"));
        Assert.True(Ignored("spaced.reg"));
    }

    [Fact]
    public void Gitignore_files_above_the_repository_root_do_not_count()
    {
        using var outer = new ScratchFolder();
        outer.Write(".gitignore", "*.reg\n");
        var repo = Path.Combine(outer.Path, "repo");
        Directory.CreateDirectory(Path.Combine(repo, ".git"));
        var index = new GitIgnoreIndex(new RepositoryRoots());
        Assert.False(index.IsIgnored(Path.Combine(repo, "a.reg"), false, repo));
    }
}

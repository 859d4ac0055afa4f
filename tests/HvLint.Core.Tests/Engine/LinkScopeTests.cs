using HvLint.Core.Engine;
using HvLint.Core.Text;

namespace HvLint.Core.Tests.Engine;

/// <summary>Which linked files a run may read: inside the repository or folder given, after resolving links.</summary>
public sealed class LinkScopeTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "hvlint-scope-" + Guid.NewGuid().ToString("N"));

    public LinkScopeTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "repo", ".git"));
        Directory.CreateDirectory(Path.Combine(_dir, "repo2"));
        Directory.CreateDirectory(Path.Combine(_dir, "repo", "sub"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("repo/sub/../b.reg", true)]
    [InlineData("repo/deep/er/c.reg", true)]
    [InlineData("repo2/a.reg", false)] // Shares the root's name as a prefix, but is beside it.
    [InlineData("repo/../repo2/a.reg", false)]
    [InlineData("outside.reg", false)]
    public void A_link_is_followed_only_inside_the_repository_of_the_path_given(string target, bool followed)
    {
        var scope = LinkScope.Of([Path.Combine(_dir, "repo", "sub")]);

        var why = scope.WhyNotFollowed(Link(Path.Combine(_dir, target)));

        Assert.True(followed == (why is null), why ?? "followed");
    }

    [Fact]
    public void A_loop_of_symbolic_links_is_not_followed()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Creating symbolic links needs a privilege on Windows.
        }

        var a = Path.Combine(_dir, "repo", "a.reg");
        var b = Path.Combine(_dir, "repo", "b.reg");
        File.CreateSymbolicLink(a, b);
        File.CreateSymbolicLink(b, a);

        var why = LinkScope.Of([Path.Combine(_dir, "repo")]).WhyNotFollowed(Link(a));

        Assert.Equal("its symbolic links cannot be resolved (a loop, or too many)", why);
    }

    [Fact]
    public void Without_a_repository_the_folder_given_is_the_tree()
    {
        var scope = LinkScope.Of([Path.Combine(_dir, "repo2", "x.cmd")]);

        Assert.Null(scope.WhyNotFollowed(Link(Path.Combine(_dir, "repo2", "y.reg"))));
        Assert.NotNull(scope.WhyNotFollowed(Link(Path.Combine(_dir, "repo", "y.reg"))));
    }

    private static FileLink Link(string path) => new(path, new TextSpan(0, 1), 0, IsConditional: false);
}

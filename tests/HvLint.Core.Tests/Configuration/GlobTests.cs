using HvLint.Core.Configuration;

namespace HvLint.Core.Tests.Configuration;

public sealed class GlobTests
{
    [Theory]
    [InlineData("lab/**", "lab/a.reg", true)]
    [InlineData("lab/**", "lab/deep/er/a.reg", true)]
    [InlineData("lab/**", "hosts/lab/a.reg", false)]
    [InlineData("lab/**", "laboratory/a.reg", false)]
    [InlineData("lab", "lab/a.reg", true)]
    [InlineData("lab", "hosts/lab/a.reg", true)]
    [InlineData("lab/", "lab/a.reg", true)]
    [InlineData("lab/", "lab", false)]
    [InlineData("/hosts/*.reg", "hosts/a.reg", true)]
    [InlineData("/hosts/*.reg", "hosts/east/a.reg", false)]
    [InlineData("*.cmd", "a.cmd", true)]
    [InlineData("*.cmd", "scripts/deep/a.cmd", true)]
    [InlineData("*.cmd", "a.reg", false)]
    [InlineData("hosts/**/legacy-*.reg", "hosts/legacy-a.reg", true)]
    [InlineData("hosts/**/legacy-*.reg", "hosts/x/y/legacy-a.reg", true)]
    [InlineData("hosts/**/legacy-*.reg", "hosts/x/y/current-a.reg", false)]
    [InlineData("host?.reg", "host1.reg", true)]
    [InlineData("host?.reg", "host10.reg", false)]
    [InlineData("host[0-4].reg", "host3.reg", true)]
    [InlineData("host[!0-4].reg", "host3.reg", false)]
    [InlineData("{lab,test}/**", "test/a.reg", true)]
    [InlineData("{lab,test}/**", "prod/a.reg", false)]
    [InlineData("lab/{east/*,west}.reg", "lab/east/a.reg", true)]
    [InlineData(@"lab\**", "lab/a.reg", true)]
    [InlineData("./lab/*.reg", "lab/a.reg", true)]
    [InlineData("**", "anything/at/all.reg", true)]
    [InlineData("lab/**/*", "lab/a.reg", true)]
    [InlineData("lab/**/*", "lab", false)]
    [InlineData("lab/**/*/", "lab/east", false)]
    [InlineData("lab/**/*/", "lab/east/a.reg", true)]
    [InlineData("host[^0-4].reg", "host3.reg", false)]
    [InlineData("host[^0-4].reg", "host7.reg", true)]
    public void Patterns_match_like_gitignore_and_cover_everything_below_a_matched_folder(string pattern, string path, bool expected)
    {
        Assert.Equal(expected, Glob.Parse(pattern).IsMatch(path));
    }

    [Theory]
    [InlineData("lab/[a-z", "'[' is not closed")]
    [InlineData("{lab,test/**", "'{' is not closed")]
    [InlineData("lab}", "'}' has no matching '{'")]
    [InlineData("", "empty")]
    public void A_bad_pattern_says_what_is_wrong(string pattern, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => Glob.Parse(pattern));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}

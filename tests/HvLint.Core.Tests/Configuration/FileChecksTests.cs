using System.Text;
using HvLint.Core.Configuration;

namespace HvLint.Core.Tests.Configuration;

/// <summary>The file checks behind configuration, catalogs and baselines (issue 12).</summary>
public sealed class FileChecksTests : IDisposable
{
    private readonly ScratchFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Devices_are_special_files_and_links_are_followed()
    {
        Assert.Equal(FileKind.Special, FileChecks.KindOf("/dev/null"));
        Assert.Equal(FileKind.Special, FileChecks.KindOf("/dev/zero"));
        Assert.Equal(FileKind.Directory, FileChecks.KindOf(_dir.Path));
        var file = _dir.Write("a.json", "{}");
        Assert.Equal(FileKind.Regular, FileChecks.KindOf(file));
        File.CreateSymbolicLink(_dir.Full("zero"), "/dev/zero");
        Assert.Equal(FileKind.Special, FileChecks.KindOf(_dir.Full("zero")));
        Assert.Equal(FileKind.Missing, FileChecks.KindOf(_dir.Full("nothing")));
    }

    [Fact]
    public void Reading_a_device_or_a_file_over_the_limit_fails_without_reading_it()
    {
        Assert.Throws<IOException>(() => FileChecks.ReadRegularFile("/dev/zero", 1024));
        var big = _dir.Write("big.json", string.Concat(Enumerable.Repeat("SECRET", 400)));
        var ex = Assert.Throws<IOException>(() => FileChecks.ReadRegularFile(big, 1024));
        Assert.DoesNotContain("SECRET", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2400, FileChecks.ReadRegularFile(big, 4096).Length);
    }

    [Fact]
    public void Real_paths_resolve_links_in_every_part()
    {
        Directory.CreateDirectory(_dir.Full("inside"));
        Directory.CreateSymbolicLink(_dir.Full("inside/up"), "/etc");
        Assert.Equal("/etc/passwd", FileChecks.RealPath(_dir.Full("inside/up/passwd")));
        Assert.False(FileChecks.IsInside(FileChecks.RealPath(_dir.Full("inside/up/passwd")), _dir.Path));
        Assert.True(FileChecks.IsInside(_dir.Full("inside/x.json"), _dir.Path));
        Assert.False(FileChecks.IsInside(_dir.Path + "-sibling/x.json", _dir.Path));
    }

    [Fact]
    public void A_catalog_folder_linked_outside_the_repository_is_refused()
    {
        var repo = new ScratchFolder().AsRepository();
        try
        {
            Directory.CreateSymbolicLink(repo.Full("etc"), "/etc");
            repo.Write("hvlint.json", "{ \"catalogs\": [\"etc\"] }");
            repo.Write("a.reg", "Windows Registry Editor Version 5.00\n");
            var resolver = new ConfigurationResolver(HvLint.TestKit.RuleVerifier.Engine.Descriptors);
            var ex = Assert.Throws<ConfigurationException>(() => resolver.SettingsFor(repo.Full("a.reg")));
            Assert.Contains("outside the repository", ex.Message, StringComparison.Ordinal);
            Assert.Equal(1, ex.Line);
            Assert.Equal(16, ex.Column);
        }
        finally
        {
            repo.Dispose();
        }
    }

    [Fact]
    public void Json_text_that_is_not_Unicode_is_an_error_with_its_place()
    {
        var surrogate = Assert.Throws<ConfigurationException>(() => JsonTree.Parse("x.json", Encoding.UTF8.GetBytes("{\n \"a\": \"\\ud800\" }")));
        Assert.Equal((2, 7), (surrogate.Line, surrogate.Column));
        var utf8 = Assert.Throws<ConfigurationException>(() => JsonTree.Parse("x.json", [.. "{ \"a\": \"x"u8, 0xC0, .. "\" }"u8]));
        Assert.Equal((1, 10), (utf8.Line, utf8.Column));
    }
}

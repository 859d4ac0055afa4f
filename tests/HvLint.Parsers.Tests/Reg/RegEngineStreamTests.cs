using System.Text;
using HvLint.Core.Catalog;
using HvLint.Core.Engine;
using HvLint.Rules;
using HvLint.TestKit;

namespace HvLint.Parsers.Tests.Reg;

/// <summary>
/// The engine reads a .reg file from disk as a stream (a whole-hive export is never held as
/// bytes and as text at once). A file linted from disk must give exactly what its bytes give.
/// </summary>
public sealed class RegEngineStreamTests : IDisposable
{
    private static readonly LintEngine s_engine = new(CatalogLoader.BuiltIn, FrontEnds.All, RuleSet.All);
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("hvlint-regstream");

    public void Dispose() => _dir.Delete(recursive: true);

    public static TheoryData<string> RegFiles()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "examples", "tests" })
        {
            foreach (var file in Directory.EnumerateFiles(RepoPaths.Combine(folder), "*.reg", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(RepoPaths.Root, file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RegFiles))]
    public void A_reg_file_read_from_disk_gives_what_its_bytes_give(string relative)
    {
        var path = RepoPaths.Combine(relative);
        Assert.Equal(Findings(s_engine.LintBytes(relative, File.ReadAllBytes(path))), Findings(FromDisk(path, relative)));
    }

    [Fact]
    public void A_binary_file_named_reg_is_not_text_read_either_way()
    {
        var bytes = new byte[200_000];
        new Random(7).NextBytes(bytes);
        var path = Path.Combine(_dir.FullName, "tool.reg");
        File.WriteAllBytes(path, bytes);

        var fromDisk = Findings(FromDisk(path, "tool.reg"));
        Assert.Equal("HV0099", Assert.Single(fromDisk).Split(' ')[0]);
        Assert.Equal(Findings(s_engine.LintBytes("tool.reg", bytes)), fromDisk);
    }

    [Fact]
    public void Text_after_the_first_64_KiB_is_judged_as_the_whole_file_would_be()
    {
        // A real export with binary junk appended after the part the text check reads.
        var text = "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso]\r\n" + string.Concat(Enumerable.Range(0, 4000).Select(i => $"\"V{i}\"=dword:{i:x8}\r\n"));
        var bytes = Encoding.Latin1.GetBytes(text).Concat(Enumerable.Repeat((byte)0, 5000)).ToArray();
        var path = Path.Combine(_dir.FullName, "tail.reg");
        File.WriteAllBytes(path, bytes);

        Assert.True(bytes.Length > 65_540);
        Assert.Equal(Findings(s_engine.LintBytes("tail.reg", bytes)), Findings(FromDisk(path, "tail.reg")));
    }

    private static FileResult FromDisk(string path, string displayPath) =>
        s_engine.Lint(new LintRequest(path, displayPath) { Links = LinkPolicy.DocumentsOnly }).Single();

    private static string[] Findings(FileResult result) =>
        [.. result.Diagnostics.Select(d => $"{d.Rule.Id} {d.Location.Span.Start}-{d.Location.Span.End} {d.Severity} {d.Message}"),
         .. result.Notifications.Select(n => "notification " + n.Message)];
}

using System.Diagnostics;
using System.Text;
using HvLint.Core.Engine;
using HvLint.Parsers.Batch;
using HvLint.Parsers.PowerShell;
using HvLint.Parsers.Reg;

namespace HvLint.Parsers.Tests;

/// <summary>
/// Replays the inputs that once crashed, hung or blew up a front end (found by tests/fuzz/run or
/// reported in issue 12), kept in TestData/fuzz-regressions/&lt;target&gt;/: each must be read
/// without throwing, within a generous time, with every span inside the text. The walk runs on
/// a thread with a small stack, so a recursion without a depth budget fails here.
/// </summary>
public class FuzzRegressionTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "TestData", "fuzz-regressions");

    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var dir in Directory.EnumerateDirectories(Root).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(dir), Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_regression_input_is_read_within_budget(string target, string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Root, target, file));
        ExtractionResult? result = null;
        Exception? failure = null;
        var watch = Stopwatch.StartNew();
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = Run(target, bytes);
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            512 * 1024);
        thread.Start();
        thread.Join();

        Assert.Null(failure);
        Assert.NotNull(result);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
        var length = result.Source.Text.Length;
        Assert.All(result.Diagnostics, d => Assert.True(d.Location.Span.Start >= 0 && d.Location.Span.End <= length, $"{d.Rule.Id}: {d.Location.Span} outside {length}"));
        Assert.All(result.Writes, w => Assert.True(w.Span.Start >= 0 && w.Span.End <= length, $"{w.Span} outside {length}"));
    }

    // The same entry points as tests/HvLint.Fuzz.
    private static ExtractionResult Run(string target, byte[] bytes) => target switch
    {
        "reg" => new RegFileExtractor().Extract("fuzz.reg", bytes),
        "batch" => new BatchFileExtractor().Extract("fuzz.cmd", bytes),
        "bcdedit" => new BatchFileExtractor().Extract("fuzz.cmd", Encoding.Latin1.GetBytes(string.Join("\r\n", Encoding.Latin1.GetString(bytes).Split('\n').Select(l => "bcdedit " + l.TrimEnd('\r'))))),
        "powershell" => new PowerShellScriptExtractor().Extract("fuzz.ps1", bytes),
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, "unknown fuzz target"),
    };
}

using System.Diagnostics;
using System.Text;
using static HvLint.Parsers.Tests.Batch.BatchTestHelpers;

namespace HvLint.Parsers.Tests.Batch;

/// <summary>
/// The front end never throws, never hangs, and stays fast on large input. These tests load
/// the CPU, so they run alone rather than beside other projects' timing tests.
/// </summary>
[Collection(nameof(BatchRobustnessTests))]
public class BatchRobustnessTests
{
    private static readonly string[] s_pieces =
    [
        "reg", " add ", "delete", "import", "bcdedit", " /set ", "{current}", "{", "}", "HKLM\\SOFTWARE\\T", " /v ", " /t ", "REG_DWORD", " /d ",
        " /f", "%", "%%", "!", "^", "\"", "'", "`", "(", ")", "&", "&&", "|", "||", ">", "<", "2>&1", "\r\n", "\n", "\r", " ", "\t", ":",
        "::", "goto ", "call ", ":lbl", "if ", "else ", "for ", "%%a", " in ", " do ", "/f ", "\"tokens=1,2*\"", "set ", "=", "X", "setlocal ",
        "enabledelayedexpansion", "endlocal", "exit /b", "shift", "%~1", "%~dp0", "%X:~1,2%", "%X:a=b%", "rem ", "@", "0x", "\\0", "\u00e9", "\0",
    ];

    [Fact]
    public void Random_token_soup_never_throws_and_finishes_quickly()
    {
        var random = new Random(4);
        for (var n = 0; n < 2000; n++)
        {
            var sb = new StringBuilder();
            var count = random.Next(1, 80);
            for (var i = 0; i < count; i++)
            {
                sb.Append(s_pieces[random.Next(s_pieces.Length)]);
            }

            var text = sb.ToString();
            var watch = Stopwatch.StartNew();
            var result = Run(text);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), "slow on: " + text);
            Assert.All(result.Diagnostics, d => Assert.InRange(d.Location.Span.End, 0, text.Length));
            Assert.All(result.Writes, w => Assert.InRange(w.Span.End, 0, text.Length));
        }
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(7);
        for (var n = 0; n < 500; n++)
        {
            var bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);
            Extract(bytes);
        }
    }

    [Theory]
    [InlineData(100_000, "(")]
    [InlineData(100_000, ")")]
    [InlineData(20_000, "if a==a ")]
    [InlineData(20_000, "for %%a in (x) do ")]
    [InlineData(100_000, "%")]
    [InlineData(100_000, "\"")]
    [InlineData(100_000, "^\r\n")]
    [InlineData(50_000, "call :x\r\n:x\r\n")]
    [InlineData(20_000, ":a\r\ngoto a\r\n")]
    public void Pathological_repetition_is_handled(int count, string piece)
    {
        var text = string.Concat(Enumerable.Repeat(piece, count)) + "reg add HKLM\\SOFTWARE\\T /v A /d 1 /f\r\n";

        var watch = Stopwatch.StartNew();
        Run(text);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"{watch.Elapsed} for {count} x '{piece}'");
    }

    [Fact]
    public void A_subroutine_calling_itself_twice_is_bounded()
    {
        var watch = Stopwatch.StartNew();
        Run("call :f\r\ngoto :eof\r\n:f\r\nreg add HKLM\\SOFTWARE\\T /v A /d 1 /f\r\ncall :f\r\ncall :f\r\nexit /b\r\n");

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), watch.Elapsed.ToString());
    }

    [Fact]
    public void A_two_megabyte_script_is_read_in_a_few_seconds()
    {
        var sb = new StringBuilder("@echo off\r\nsetlocal enabledelayedexpansion\r\n");
        for (var i = 0; sb.Length < 2_000_000; i++)
        {
            sb.Append((i % 7) switch
            {
                0 => $"reg add \"HKLM\\SOFTWARE\\Test\\K{i}\" /v V{i} /t REG_DWORD /d {i} /f >nul 2>&1\r\n",
                1 => $"set VAR{i % 50}=value{i}\r\n",
                2 => $"if \"%VAR{i % 50}%\"==\"x\" (echo {i}) else (set Y=%VAR{i % 50}%)\r\n",
                3 => $"call :sub \"HKLM\\SOFTWARE\\S{i}\" {i}\r\n",
                4 => $"for %%a in (a b c) do echo %%a !VAR{i % 50}!\r\n",
                5 => "bcdedit /set {current} hypervisorlaunchtype auto\r\n",
                _ => $":: comment {i} ^& stuff\r\n",
            });
        }

        sb.Append("goto :eof\r\n:sub\r\nreg add %~1 /v X /t REG_DWORD /d %~2 /f\r\nexit /b\r\n");
        var text = sb.ToString();
        Run("reg add HKLM\\SOFTWARE\\T /v A /d 1 /f\r\n");

        var watch = Stopwatch.StartNew();
        var result = Run(text);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), watch.Elapsed.ToString());
        Assert.True(result.Writes.Count > 10_000, result.Writes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>Runs the robustness tests on their own (xUnit runs this collection after the parallel ones).</summary>
[CollectionDefinition(nameof(BatchRobustnessTests), DisableParallelization = true)]
public sealed class BatchRobustnessRunAlone;

using System.Diagnostics;
using System.Text;
using HvLint.Core.Engine;
using HvLint.Parsers.PowerShell;
using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>
/// Shapes of hostile input that made HvLint quadratic, crash or run out of stack (issue 12).
/// Time is judged as a ratio between a size and four times that size, never as an absolute
/// time: linear work grows about 4x, quadratic work 16x. The best of three runs absorbs noise.
/// Every case runs the whole engine (front end and rules) on a thread with a small stack, so a
/// recursion without a depth budget fails the test process instead of passing by luck.
/// </summary>
public class PathologicalInputTests
{
    private const double MaxRatio = 8;
    private const int SmallStack = 512 * 1024;

    [Fact]
    public void A_reg_key_with_many_segments_is_linear() =>
        AssertLinear(n => "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE" + Repeat("\\ab", n) + "]\r\n\"x\"=dword:1\r\n", ".reg", 2_000);

    [Fact]
    public void A_reg_add_key_with_many_segments_is_linear() =>
        AssertLinear(n => "reg add \"HKLM" + Repeat("\\ab", n) + "\" /v x /t REG_DWORD /d 1 /f\r\n", ".cmd", 2_000);

    [Fact]
    public void A_set_itemproperty_key_with_many_segments_is_linear() =>
        AssertLinear(n => "Set-ItemProperty -Path 'HKLM:" + Repeat("\\ab", n) + "' -Name x -Value 1\n", ".ps1", 2_000);

    [Fact]
    public void A_requires_line_of_nul_characters_gives_one_finding()
    {
        // The engine refuses a file with NUL bytes (HV0099); the front end alone must still cope.
        static ExtractionResult Run(int n) =>
            new PowerShellScriptExtractor().Extract("nul.ps1", Encoding.UTF8.GetBytes("#Requires -Ru" + new string('\0', n) + "\n"));

        // Not timed: the time left is PowerShell's own parser handling the #Requires line.
        var result = OnSmallStack(() => Run(2_000));
        Assert.True(result.Diagnostics.Count(d => d.Rule.Id == "HV0040") <= 1, $"{result.Diagnostics.Count} findings on one line");
    }

    [Fact]
    public void A_doubling_batch_variable_is_linear()
    {
        // set X=%X%%X% doubles the value on each line: the expansion stops at cmd.exe's 8,191-character line.
        AssertLinear(n => "@echo off\r\nset X=a\r\n" + Repeat("set X=%X%%X%\r\n", n) + "reg add HKLM\\SOFTWARE\\x /v %X% /d 1 /f\r\n", ".cmd", 300);
    }

    [Fact]
    public void A_long_concatenation_is_unresolved_with_a_note_instead_of_a_stack_overflow()
    {
        var text = "$v = " + string.Join(" + ", Enumerable.Repeat("'a'", 8_000)) + "\nSet-ItemProperty -Path 'HKLM:\\SOFTWARE\\x' -Name $v -Value 8\n";

        var result = Lint(text, ".ps1");

        Assert.Single(result.Diagnostics, d => d.Rule.Id == "HV0043");
        AssertLinear(n => "$v = " + string.Join(" + ", Enumerable.Repeat("'a'", n)) + "\nSet-ItemProperty -Path 'HKLM:\\SOFTWARE\\x' -Name $v -Value 8\n", ".ps1", 2_000);
    }

    [Theory]
    [InlineData(4_500)]
    [InlineData(900)]
    public void Nested_parentheses_give_a_note_not_a_crash(int depth)
    {
        var text = "$v = " + new string('(', depth) + "1" + new string(')', depth) + "\nSet-ItemProperty -Path 'HKLM:\\SOFTWARE\\x' -Name $v -Value 8\n";

        var result = Lint(text, ".ps1");

        Assert.Single(result.Diagnostics, d => d.Rule.Id == "HV0043");
    }

    [Fact]
    public void Nested_subexpressions_give_a_note_not_gigabytes()
    {
        var value = "1";
        for (var i = 0; i < 20_000; i++)
        {
            value = "$(\"" + value + "\")";
        }

        var before = GC.GetTotalAllocatedBytes();
        var result = Lint("$v = " + value + "\nSet-ItemProperty -Path 'HKLM:\\SOFTWARE\\x' -Name $v -Value 8\n", ".ps1");

        Assert.Single(result.Diagnostics, d => d.Rule.Id == "HV0043");
        Assert.True(GC.GetTotalAllocatedBytes() - before < 500_000_000, "more than 500 MB allocated");
    }

    [Fact]
    public void A_chain_of_variables_stops_at_the_depth_budget()
    {
        var text = new StringBuilder("$v0 = 'a'\n");
        for (var i = 1; i <= 3_000; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"$v{i} = $v{i - 1} + 'a'\n");
        }

        text.Append("Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\x' -Name $v3000 -Value 8\n");

        var result = Lint(text.ToString(), ".ps1");

        Assert.Contains(result.Diagnostics, d => d.Rule.Id == "HV0043");
    }

    [Fact]
    public void Two_nested_loops_over_large_tables_are_bounded()
    {
        static string Script(int n)
        {
            var items = string.Join(", ", Enumerable.Range(0, n).Select(i => $"'v{i}'"));
            return $"foreach ($a in @({items})) {{\n  foreach ($b in @({items})) {{\n    Set-ItemProperty -Path \"HKLM:\\SOFTWARE\\$a\" -Name $b -Value 1\n  }}\n}}\n";
        }

        var before = GC.GetTotalAllocatedBytes();
        var result = Lint(Script(2_000), ".ps1");

        Assert.Contains(result.Diagnostics, d => d.Rule.Id == "HV0043");
        Assert.True(GC.GetTotalAllocatedBytes() - before < 4_000_000_000, "more than 4 GB allocated");
        AssertLinear(Script, ".ps1", 250);
    }

    [Fact]
    public void Nineteen_nested_two_element_loops_are_bounded()
    {
        var script = new StringBuilder();
        for (var i = 0; i < 19; i++)
        {
            script.Append(System.Globalization.CultureInfo.InvariantCulture, $"foreach ($v{i} in 'a', 'b') {{ ");
        }

        script.Append("Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\x' -Name $v18 -Value 1 ").Append('}', 19).Append('\n');

        var before = GC.GetTotalAllocatedBytes();
        var result = Lint(script.ToString(), ".ps1");

        Assert.Contains(result.Diagnostics, d => d.Rule.Id == "HV0043");
        Assert.True(GC.GetTotalAllocatedBytes() - before < 2_000_000_000, "more than 2 GB allocated");
    }

    [Fact]
    public void Three_nested_batch_for_loops_are_bounded()
    {
        // 120 items per loop: 1.7 million iterations without a budget for the whole file.
        static string Script(int n)
        {
            var items = string.Join(' ', Enumerable.Range(0, n).Select(i => $"v{i}"));
            return $"@echo off\r\nfor %%a in ({items}) do for %%b in ({items}) do for %%c in ({items}) do reg add HKLM\\SOFTWARE\\%%a\\%%b /v %%c /d 1 /f\r\n";
        }

        AssertLinear(Script, ".cmd", 30);
    }

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    private static FileResult Lint(string text, string extension)
    {
        var result = OnSmallStack(() => RuleVerifier.Lint(text, extension));
        Assert.True(result.Notifications.Count == 0, string.Join("\n", result.Notifications.Select(n => n.Message)));
        return result;
    }

    private static void AssertLinear(Func<int, string> make, string extension, int n) =>
        AssertRatio(size => Lint(make(size), extension), n);

    private static void AssertRatio(Action<int> run, int n)
    {
        run(n); // warm up: JIT, catalog, PowerShell's parser

        // Other test projects run beside this one (a build, a publish): a burst of load can land
        // on one measurement. Quadratic work is slow on every attempt, so the ratio must exceed
        // the bound on each of three attempts before the test fails.
        var report = string.Empty;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var small = Best(() => run(n));
            var large = Best(() => run(4 * n));

            // Below a few milliseconds the ratio is noise; the large size must still be fast then.
            var ratio = large.TotalMilliseconds / Math.Max(small.TotalMilliseconds, 5);
            if (ratio < MaxRatio)
            {
                return;
            }

            report += $"size {n}: {small.TotalMilliseconds:F0} ms, size {4 * n}: {large.TotalMilliseconds:F0} ms (x{ratio:F1}); ";
        }

        Assert.Fail(report + "linear is about x4, quadratic x16");
    }

    private static TimeSpan Best(Action run)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            run();
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        return best;
    }

    private static T OnSmallStack<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            SmallStack);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new InvalidOperationException("the front end threw", failure);
        }

        return result;
    }
}

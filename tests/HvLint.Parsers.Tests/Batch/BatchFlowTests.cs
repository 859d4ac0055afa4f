using static HvLint.Parsers.Tests.Batch.BatchTestHelpers;

namespace HvLint.Parsers.Tests.Batch;

/// <summary>goto, labels and exit: which commands can run.</summary>
public class BatchFlowTests
{
    private static string[] Names(string text) => [.. Run(text).RegistryWrites().Select(w => w.ValueName!)];

    private static string Add(string name) => $"reg add HKLM\\SOFTWARE\\T /v {name} /d 1 /f\r\n";

    [Fact]
    public void Code_skipped_by_an_unconditional_goto_does_not_run()
    {
        Assert.Equal(["B"], Names($"goto next\r\n{Add("A")}:next\r\n{Add("B")}"));
    }

    [Fact]
    public void Both_targets_of_a_conditional_goto_run()
    {
        var text = $"if /i \"%~1\"==\"off\" goto off\r\n{Add("On")}goto end\r\n:off\r\n{Add("Off")}:end\r\n{Add("Always")}";

        Assert.Equal(["On", "Off", "Always"], Names(text));
    }

    [Fact]
    public void A_variable_set_differently_on_two_paths_that_meet_at_a_label_is_unresolved()
    {
        var text = "set N=1\r\nif exist x goto two\r\ngoto done\r\n:two\r\nset N=2\r\n:done\r\nreg add HKLM\\SOFTWARE\\T /v A /d %N% /f\r\n";

        Assert.Equal(HvLint.Core.Model.Certainty.Unresolved, Run(text).SingleRegistryWrite().DataCertainty);
    }

    [Fact]
    public void Goto_eof_and_exit_b_end_the_script()
    {
        Assert.Equal(["A"], Names($"{Add("A")}goto :eof\r\n{Add("B")}"));
        Assert.Equal(["A"], Names($"{Add("A")}goto:EOF\r\n{Add("B")}"));
        Assert.Equal(["A"], Names($"{Add("A")}exit /b 0\r\n{Add("B")}"));
        Assert.Equal(["A"], Names($"{Add("A")}exit\r\n{Add("B")}"));
    }

    [Fact]
    public void A_conditional_exit_leaves_the_rest_running()
    {
        Assert.Equal(["A", "B"], Names($"{Add("A")}if errorlevel 1 exit /b 1\r\n{Add("B")}"));
        Assert.Equal(["A", "B"], Names($"{Add("A")}|| exit /b 1\r\n{Add("B")}".Replace("/f\r\n||", "/f ||", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_loop_made_with_goto_runs_its_body_once()
    {
        Assert.Equal(["A", "B"], Names($":again\r\n{Add("A")}if not exist done.txt goto again\r\n{Add("B")}"));
    }

    [Fact]
    public void A_goto_to_a_computed_label_may_reach_every_label()
    {
        var text = $"goto %1\r\n:one\r\n{Add("One")}goto :eof\r\n:two\r\n{Add("Two")}goto :eof\r\n";

        Assert.Equal(["One", "Two"], Names(text).Order());
    }

    [Fact]
    public void Labels_are_case_insensitive_and_the_colon_is_optional()
    {
        Assert.Equal(["B"], Names($"goto :NEXT\r\n{Add("A")}:next\r\n{Add("B")}"));
    }

    [Fact]
    public void A_label_inside_a_comment_line_is_not_a_target()
    {
        Assert.Equal(["A"], Names($"rem :skip\r\n{Add("A")}"));
    }
}

using static HvLint.Parsers.Tests.Batch.BatchTestHelpers;

namespace HvLint.Parsers.Tests.Batch;

/// <summary>Write.IsConditional: whether a write happens on every way through the script or only on some.</summary>
public class BatchConditionalTests
{
    private static string Add(string name) => $"reg add HKLM\\SOFTWARE\\T /v {name} /d 1 /f";

    private static (string Name, bool Conditional)[] Writes(string text) =>
        [.. Run(text).RegistryWrites().Select(w => (w.ValueName!, w.IsConditional))];

    [Fact]
    public void Straight_line_writes_are_unconditional()
    {
        Assert.Equal([("A", false), ("B", false)], Writes($"{Add("A")}\r\n{Add("B")}\r\n"));
    }

    [Fact]
    public void Writes_in_if_branches_are_conditional()
    {
        Assert.Equal([("A", true), ("B", true), ("C", false)], Writes($"if \"%1\"==\"x\" ({Add("A")}) else ({Add("B")})\r\n{Add("C")}\r\n"));
    }

    [Fact]
    public void Writes_after_and_and_or_are_conditional_and_the_first_command_is_not()
    {
        Assert.Equal([("A", false), ("B", true), ("C", true)], Writes($"{Add("A")} && {Add("B")} || {Add("C")}\r\n"));
    }

    [Fact]
    public void A_loop_over_literal_items_runs_for_sure_and_one_over_files_may_not()
    {
        Assert.Equal([("x", false), ("y", false)], Writes("for %%v in (x y) do reg add HKLM\\SOFTWARE\\T /v %%v /d 1 /f\r\n"));
        Assert.True(Writes("for %%v in (*.txt) do reg add HKLM\\SOFTWARE\\T /v A /d 1 /f\r\n")[0].Conditional);
    }

    [Fact]
    public void Both_sides_of_a_conditional_goto_are_conditional_until_they_meet()
    {
        var text = $"if /i \"%~1\"==\"off\" goto off\r\n{Add("On")}\r\ngoto end\r\n:off\r\n{Add("Off")}\r\n:end\r\n{Add("After")}\r\n";

        Assert.Equal([("On", true), ("Off", true), ("After", false)], Writes(text));
    }

    [Fact]
    public void Sections_reached_only_through_conditional_gotos_are_conditional()
    {
        var text = $"if \"%1\"==\"a\" goto a\r\nif \"%1\"==\"b\" goto b\r\nexit /b 1\r\n:a\r\n{Add("A")}\r\ngoto :eof\r\n:b\r\n{Add("B")}\r\ngoto :eof\r\n";

        Assert.Equal([("A", true), ("B", true)], Writes(text));
    }

    [Fact]
    public void A_guard_that_exits_does_not_make_the_rest_conditional()
    {
        Assert.Equal([("A", false), ("B", false)], Writes($"{Add("A")}\r\nif errorlevel 1 exit /b 1\r\n{Add("B")}\r\n"));
        Assert.Equal([("A", false), ("B", false)], Writes($"{Add("A")} || exit /b 1\r\n{Add("B")}\r\n"));
    }

    [Fact]
    public void A_subroutine_is_as_conditional_as_its_call()
    {
        var sub = $"goto :eof\r\n:s\r\n{Add("%1")}\r\nexit /b\r\n";

        Assert.Equal([("X", false)], Writes($"call :s X\r\n{sub}"));
        Assert.Equal([("X", true)], Writes($"if exist x call :s X\r\n{sub}"));
    }

    [Fact]
    public void Bcd_writes_carry_the_flag_too()
    {
        var writes = Run("if \"%1\"==\"on\" (\r\n  bcdedit /set {current} hypervisorlaunchtype auto\r\n) else (\r\n  bcdedit /set {current} hypervisorlaunchtype off\r\n)\r\nbcdedit /set {current} hypervisordebug off\r\n").BcdWrites();

        Assert.Equal([true, true, false], writes.Select(w => w.IsConditional));
    }
}

using HvLint.Core.Model;
using static HvLint.Parsers.Tests.Batch.BatchTestHelpers;

namespace HvLint.Parsers.Tests.Batch;

/// <summary>Subroutines reached by call :label, with their arguments.</summary>
public class BatchCallTests
{
    private const string Apply = ":apply\r\nreg add \"%~1\" /v %~2 /t REG_DWORD /d %~3 /f\r\ngoto :eof\r\n";

    [Fact]
    public void Each_call_writes_with_its_own_arguments()
    {
        var text = $"call :apply \"{Migration}\" MaximumActiveTransfers 8\r\ncall :apply \"{Migration}\" EnableCompression 1\r\ngoto :eof\r\n\r\n{Apply}";

        var writes = Run(text).RegistryWrites();

        Assert.Equal([("MaximumActiveTransfers", 8UL), ("EnableCompression", 1UL)], writes.Select(w => (w.ValueName!, w.Data!.Number!.Value)));
        Assert.All(writes, w => Assert.Equal(MigrationFull, w.Key.Text));
        Assert.All(writes, w => Assert.Equal((Certainty.Resolved, Certainty.Resolved, Certainty.Resolved), (w.KeyCertainty, w.NameCertainty, w.DataCertainty)));
    }

    [Fact]
    public void Spans_point_at_the_call_arguments_and_related_spans_into_the_subroutine()
    {
        // The text a person edits is the call's argument; the subroutine's line is where it is used.
        var text = $"call :apply \"{Migration}\" MaximumActiveTransfers 8\r\ngoto :eof\r\n{Apply}";
        var result = Run(text);

        var w = result.SingleRegistryWrite();
        Assert.Equal(Migration, result.Text(w.KeySpan));
        Assert.Equal(1, result.Source.GetPosition(w.KeySpan.Start).Line);
        Assert.Equal("MaximumActiveTransfers", result.Text(w.NameSpan));
        Assert.Equal("8", result.Text(w.DataSpan));
        Assert.Equal(4, result.Source.GetPosition(w.Span.Start).Line);
        Assert.Equal(["\"%~1\"", "%~2", "%~3"], w.RelatedSpans.Select(s => result.Text(s)));
    }

    [Fact]
    public void A_command_passed_whole_to_a_subroutine_points_at_the_words_in_the_call()
    {
        var text = "call :run \"bcdedit /set {current} vmslaunchtype off\"\r\ngoto :eof\r\n:run\r\n%~1\r\ngoto :eof\r\n";
        var result = Run(text);

        var w = Assert.Single(result.Writes.OfType<BcdWrite>());
        Assert.Equal("vmslaunchtype", result.Text(w.ElementSpan));
        Assert.Equal(1, result.Source.GetPosition(w.ElementSpan.Start).Line);
        Assert.Equal("off", result.Text(w.ValueSpan));
        Assert.Equal(1, result.Source.GetPosition(w.ValueSpan!.Value.Start).Line);
        Assert.Contains(w.RelatedSpans, s => result.Source.GetPosition(s.Start).Line == 4);
    }

    [Fact]
    public void Text_only_partly_from_a_call_argument_stays_in_the_subroutine()
    {
        var text = $"call :apply Maximum\r\ngoto :eof\r\n:apply\r\nreg add \"{Migration}\" /v %1ActiveTransfers /t REG_DWORD /d 8 /f\r\ngoto :eof\r\n";
        var result = Run(text);

        var w = result.SingleRegistryWrite();
        Assert.Equal("%1ActiveTransfers", result.Text(w.NameSpan));
    }

    [Fact]
    public void A_mistake_in_a_call_argument_is_reported_at_the_call_with_the_use_as_related()
    {
        var text = $"call :apply \"{Migration}\" MaximumActiveTransfers 8\r\ncall :apply \"{Migration}\" EnableCompression yes\r\ngoto :eof\r\n{Apply}";
        var result = Run(text);

        result.AssertFindings(("HV0902", 2, 108, "yes"));
        var d = Assert.Single(result.Diagnostics);
        var related = Assert.Single(d.Related);
        Assert.Equal("%~3", result.Text(related.Location.Span));
        Assert.Single(result.Writes);
    }

    [Fact]
    public void The_same_mistake_in_a_subroutine_called_twice_is_reported_once()
    {
        var text = "call :x\r\ncall :x\r\ngoto :eof\r\n:x\r\nreg add HKLM\\SOFTWARE\\T /v A /d 1\r\nexit /b\r\n";

        Run(text).AssertFindings(("HV0900", 5, 1, "reg add"));
    }

    [Fact]
    public void Percent_1_keeps_the_quotes_and_percent_tilde_1_removes_them()
    {
        var text = "call :s \"a b\"\r\ngoto :eof\r\n:s\r\nreg add HKLM\\SOFTWARE\\T /v A /d x%1x /f\r\nreg add HKLM\\SOFTWARE\\T /v B /d \"%~1\" /f\r\nexit /b\r\n";

        var writes = Run(text).RegistryWrites();

        Assert.Equal("xa bx", writes[0].Data!.Text);
        Assert.Equal("a b", writes[1].Data!.Text);
    }

    [Fact]
    public void Call_arguments_are_split_on_commas_semicolons_and_equals_signs_too()
    {
        var text = "call :s A,1;x=y\r\ngoto :eof\r\n:s\r\nreg add HKLM\\SOFTWARE\\T /v %1 /d %2%3%4 /f\r\nexit /b\r\n";

        var w = Run(text).SingleRegistryWrite();

        Assert.Equal(("A", "1xy"), (w.ValueName, w.Data!.Text));
    }

    [Fact]
    public void A_missing_call_argument_is_empty()
    {
        var w = Run("call :s A\r\ngoto :eof\r\n:s\r\nreg add HKLM\\SOFTWARE\\T /v %1 /d \"%2\" /f\r\nexit /b\r\n").SingleRegistryWrite();

        Assert.Equal(string.Empty, w.Data!.Text);
    }

    [Fact]
    public void Shift_moves_the_arguments()
    {
        var w = Run("call :s skip A 1\r\ngoto :eof\r\n:s\r\nshift\r\nreg add HKLM\\SOFTWARE\\T /v %1 /d %2 /f\r\nexit /b\r\n").SingleRegistryWrite();

        Assert.Equal(("A", "1"), (w.ValueName, w.Data!.Text));
    }

    [Fact]
    public void Variables_set_by_a_subroutine_are_seen_after_the_call()
    {
        var w = Run("call :init\r\nreg add HKLM\\SOFTWARE\\T /v A /d %N% /f\r\ngoto :eof\r\n:init\r\nset N=8\r\nexit /b\r\n").SingleRegistryWrite();

        Assert.Equal("8", w.Data!.Text);
    }

    [Fact]
    public void Setlocal_in_a_subroutine_ends_when_it_returns()
    {
        var w = Run("set N=1\r\ncall :s\r\nreg add HKLM\\SOFTWARE\\T /v A /d %N% /f\r\ngoto :eof\r\n:s\r\nsetlocal\r\nset N=2\r\nexit /b\r\n").SingleRegistryWrite();

        Assert.Equal("1", w.Data!.Text);
    }

    [Fact]
    public void Nested_calls_carry_both_call_sites()
    {
        var text = "call :outer 8\r\ngoto :eof\r\n:outer\r\ncall :inner %1\r\nexit /b\r\n:inner\r\nreg add HKLM\\SOFTWARE\\T /v A /t REG_DWORD /d %1 /f\r\nexit /b\r\n";
        var result = Run(text);

        var w = result.SingleRegistryWrite();
        Assert.Equal(8UL, w.Data!.Number);
        // The data points at the outermost call's "8"; both %1 it passed through are related.
        Assert.Equal(("8", 1), (result.Text(w.DataSpan), result.Source.GetPosition(w.DataSpan!.Value.Start).Line));
        Assert.Equal([("%1", 4), ("%1", 7)], w.RelatedSpans.Select(s => (result.Text(s), result.Source.GetPosition(s.Start).Line)).Order());
    }

    [Fact]
    public void A_subroutine_that_calls_itself_stops()
    {
        var result = Run("call :loop\r\ngoto :eof\r\n:loop\r\nreg add HKLM\\SOFTWARE\\T /v A /d 1 /f\r\ncall :loop\r\nexit /b\r\n");

        Assert.InRange(result.Writes.Count, 1, 20);
    }

    [Fact]
    public void A_subroutine_that_is_never_called_writes_nothing()
    {
        Assert.Empty(Run("goto :eof\r\n:unused\r\nreg add HKLM\\SOFTWARE\\T /v A /d 1 /f\r\n").Writes);
    }

    [Fact]
    public void Call_expands_variables_a_second_time()
    {
        var w = Run("set N=8\r\ncall reg add HKLM\\SOFTWARE\\T /v A /d %%N%% /f\r\n").SingleRegistryWrite();

        Assert.Equal("8", w.Data!.Text);
    }

    [Fact]
    public void Exit_without_b_ends_the_whole_script_even_from_a_subroutine()
    {
        var writes = Run("call :s\r\nreg add HKLM\\SOFTWARE\\T /v After /d 1 /f\r\ngoto :eof\r\n:s\r\nexit\r\n").Writes;

        Assert.Empty(writes);
    }
}

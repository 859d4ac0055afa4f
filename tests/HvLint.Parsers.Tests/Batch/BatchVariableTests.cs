using HvLint.Core.Model;
using static HvLint.Parsers.Tests.Batch.BatchTestHelpers;

namespace HvLint.Parsers.Tests.Batch;

/// <summary>set, %NAME% and !NAME! expansion, and what stays unknown.</summary>
public class BatchVariableTests
{
    [Fact]
    public void A_variable_set_in_straight_line_code_is_resolved_and_spans_point_at_the_reference()
    {
        var result = Run($"set KEY={Migration}\r\nset N=8\r\nreg add \"%KEY%\" /v MaximumActiveTransfers /t REG_DWORD /d %N% /f\r\n");

        var w = result.SingleRegistryWrite();
        Assert.Equal(MigrationFull, w.Key.Text);
        Assert.Equal(Certainty.Resolved, w.KeyCertainty);
        Assert.Equal(Certainty.Literal, w.NameCertainty);
        Assert.Equal(Certainty.Resolved, w.DataCertainty);
        Assert.Equal(8UL, w.Data!.Number);
        Assert.Equal("\"%KEY%\"", result.Text(w.KeySpan));
        Assert.Equal("%N%", result.Text(w.DataSpan));
    }

    [Fact]
    public void Set_with_quotes_ends_the_value_at_the_last_quote()
    {
        var w = Run("set \"N=8\" & rem trailing\r\nset \"V=x y\" junk\r\nreg add HKLM\\SOFTWARE\\T /v \"%V%\" /t REG_DWORD /d %N% /f\r\n").SingleRegistryWrite();

        Assert.Equal(8UL, w.Data!.Number);
        Assert.Equal("x y", w.ValueName);
    }

    [Fact]
    public void Set_without_quotes_keeps_trailing_spaces_which_argument_splitting_then_drops()
    {
        var w = Run("set N=8   \r\nreg add HKLM\\SOFTWARE\\T /v A /t REG_DWORD /d %N% /f\r\n").SingleRegistryWrite();

        Assert.Equal(8UL, w.Data!.Number);
    }

    [Fact]
    public void Set_to_nothing_clears_the_variable()
    {
        var w = Run("set V=x\r\nset V=\r\nreg add HKLM\\SOFTWARE\\T /v A /d \"%V%\" /f\r\n").SingleRegistryWrite();

        Assert.Equal(string.Empty, w.Data!.Text);
        Assert.Equal(Certainty.Literal, w.DataCertainty);
    }

    [Fact]
    public void A_variable_set_to_different_values_in_the_branches_of_an_if_is_unresolved()
    {
        var result = Run("if \"%1\"==\"fast\" (set N=16) else (set N=4)\r\nreg add HKLM\\SOFTWARE\\T /v A /t REG_DWORD /d %N% /f\r\n");

        var w = result.SingleRegistryWrite();
        Assert.Equal(Certainty.Unresolved, w.DataCertainty);
        Assert.Null(w.Data);
    }

    [Fact]
    public void A_variable_set_to_the_same_value_in_both_branches_stays_resolved()
    {
        var w = Run("if \"%1\"==\"fast\" (set N=16) else (set N=16)\r\nreg add HKLM\\SOFTWARE\\T /v A /t REG_DWORD /d %N% /f\r\n").SingleRegistryWrite();

        Assert.Equal(16UL, w.Data!.Number);
    }

    [Fact]
    public void A_variable_set_in_one_branch_only_is_unresolved()
    {
        var w = Run("set N=4\r\nif exist fast.txt set N=16\r\nreg add HKLM\\SOFTWARE\\T /v A /t REG_DWORD /d %N% /f\r\n").SingleRegistryWrite();

        Assert.Equal(Certainty.Unresolved, w.DataCertainty);
    }

    [Fact]
    public void A_variable_set_after_and_or_or_is_unresolved()
    {
        var w = Run("set N=4\r\nfind \"x\" y.txt && set N=16\r\nreg add HKLM\\SOFTWARE\\T /v A /t REG_DWORD /d %N% /f\r\n").SingleRegistryWrite();

        Assert.Equal(Certainty.Unresolved, w.DataCertainty);
    }

    [Fact]
    public void A_variable_set_in_a_loop_is_unresolved_after_it()
    {
        var w = Run("set N=1\r\nfor %%i in (a b c) do set N=%%i\r\nreg add HKLM\\SOFTWARE\\T /v A /d %N% /f\r\n").SingleRegistryWrite();

        Assert.Equal(Certainty.Unresolved, w.DataCertainty);
    }

    [Theory]
    [InlineData("%ERRORLEVEL%")]
    [InlineData("%DATE%")]
    [InlineData("%random%")]
    [InlineData("%TIME%")]
    [InlineData("%CD%")]
    [InlineData("%COMPUTERNAME%")]
    [InlineData("%1")]
    [InlineData("%~1")]
    [InlineData("%*")]
    [InlineData("%~nx0")]
    public void Dynamic_unknown_and_argument_variables_are_unresolved(string reference)
    {
        var result = Run($"reg add HKLM\\SOFTWARE\\T /v A /t REG_DWORD /d {reference} /f\r\n");

        var w = result.SingleRegistryWrite();
        Assert.Equal(Certainty.Unresolved, w.DataCertainty);
        Assert.Null(w.Data);
        Assert.Equal(reference, result.Text(w.DataSpan));
    }

    [Fact]
    public void An_unresolved_part_of_the_key_keeps_the_write_with_an_unresolved_key()
    {
        var result = Run("reg add HKLM\\SOFTWARE\\%VENDOR%\\Tuning /v A /d 1 /f\r\n");

        var w = result.SingleRegistryWrite();
        Assert.Equal(Certainty.Unresolved, w.KeyCertainty);
        Assert.Equal(RegistryHive.LocalMachine, w.Key.Hive);
    }

    [Fact]
    public void A_key_whose_root_is_unknown_is_dropped_without_a_finding()
    {
        var result = Run("reg add %ROOT%\\SOFTWARE\\T /v A /d 1 /f\r\nreg add %KEY% /v A /d 1 /f\r\n");

        result.AssertNoFindings();
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void An_unresolved_value_name_is_marked()
    {
        var w = Run("reg add HKLM\\SOFTWARE\\T /v %NAME% /d 1 /f\r\n").SingleRegistryWrite();

        Assert.Equal(Certainty.Unresolved, w.NameCertainty);
    }

    [Fact]
    public void Unresolved_data_is_never_judged()
    {
        Run("reg add HKLM\\SOFTWARE\\T /v A /t REG_DWORD /d %X%abc /f\r\n").AssertNoFindings();
    }

    [Fact]
    public void Resolved_data_is_judged_like_literal_data()
    {
        var result = Run("set N=8h\r\nreg add HKLM\\SOFTWARE\\T /v A /t REG_DWORD /d %N% /f\r\n");

        result.AssertFinding("HV0902", "%N%");
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void Double_percent_is_a_literal_percent_in_a_batch_file()
    {
        var w = Run("reg add HKLM\\SOFTWARE\\T /v P /t REG_EXPAND_SZ /d \"%%SystemRoot%%\\System32\" /f\r\n").SingleRegistryWrite();

        Assert.Equal(@"%SystemRoot%\System32", w.Data!.Text);
        Assert.Equal(Certainty.Literal, w.DataCertainty);
    }

    [Fact]
    public void A_lone_percent_is_removed_as_cmd_does_in_batch_files()
    {
        Assert.Equal("50", Run("reg add HKLM\\SOFTWARE\\T /v P /d 50% /f\r\n").SingleRegistryWrite().Data!.Text);
    }

    [Fact]
    public void Delayed_expansion_sees_the_value_set_inside_the_same_block()
    {
        var text = "setlocal EnableDelayedExpansion\r\nset N=1\r\nif 1==1 (\r\n  set N=2\r\n  reg add HKLM\\SOFTWARE\\T /v A /d !N! /f\r\n  reg add HKLM\\SOFTWARE\\T /v B /d %N% /f\r\n)\r\n";

        var writes = Run(text).RegistryWrites();

        Assert.Equal(["2", "1"], writes.Select(w => w.Data!.Text));
        Assert.All(writes, w => Assert.Equal(Certainty.Resolved, w.DataCertainty));
    }

    [Fact]
    public void Without_delayed_expansion_exclamation_marks_are_text()
    {
        Assert.Equal("!N!", Run("set N=2\r\nreg add HKLM\\SOFTWARE\\T /v A /d !N! /f\r\n").SingleRegistryWrite().Data!.Text);
    }

    [Fact]
    public void Endlocal_restores_the_variables_of_setlocal()
    {
        var w = Run("set N=1\r\nsetlocal\r\nset N=2\r\nendlocal\r\nreg add HKLM\\SOFTWARE\\T /v A /d %N% /f\r\n").SingleRegistryWrite();

        Assert.Equal("1", w.Data!.Text);
    }

    [Fact]
    public void Endlocal_also_ends_delayed_expansion()
    {
        Assert.Equal("!N!", Run("setlocal enabledelayedexpansion\r\nset N=2\r\nendlocal\r\nreg add HKLM\\SOFTWARE\\T /v A /d !N! /f\r\n").SingleRegistryWrite().Data!.Text);
    }

    [Theory]
    [InlineData("%V:~0,4%", "HKLM")]
    [InlineData("%V:~5%", "SOFTWARE")]
    [InlineData("%V:~-8%", "SOFTWARE")]
    [InlineData("%V:~0,-9%", "HKLM")]
    [InlineData("%V:SOFTWARE=Tuning%", @"HKLM\Tuning")]
    [InlineData("%V:*\\=%", "SOFTWARE")]
    public void Substring_and_replacement_work_on_known_values(string reference, string expected)
    {
        var w = Run($"set V=HKLM\\SOFTWARE\r\nreg add HKLM\\SOFTWARE\\T /v A /d \"{reference}\" /f\r\n").SingleRegistryWrite();

        Assert.Equal(expected, w.Data!.Text);
    }

    [Fact]
    public void Variables_are_case_insensitive()
    {
        Assert.Equal("8", Run("set Count=8\r\nreg add HKLM\\SOFTWARE\\T /v A /d %COUNT% /f\r\n").SingleRegistryWrite().Data!.Text);
    }

    [Fact]
    public void A_variable_holding_a_whole_command_runs_it()
    {
        var w = Run("set REGADD=reg add HKLM\\SOFTWARE\\T\r\n%REGADD% /v A /d 1 /f\r\n").SingleRegistryWrite();

        Assert.Equal("A", w.ValueName);
    }

    [Fact]
    public void Set_a_with_a_plain_number_is_followed_and_anything_else_is_unknown()
    {
        var writes = Run("set /a N=0x10\r\nset /a M=N*2\r\nreg add HKLM\\SOFTWARE\\T /v A /d %N% /f\r\nreg add HKLM\\SOFTWARE\\T /v B /d %M% /f\r\n").RegistryWrites();

        Assert.Equal("16", writes[0].Data!.Text);
        Assert.Equal(Certainty.Unresolved, writes[1].DataCertainty);
    }

    [Fact]
    public void Set_p_reads_the_console_so_the_value_is_unknown()
    {
        Assert.Equal(Certainty.Unresolved, Run("set N=1\r\nset /p N=How many? \r\nreg add HKLM\\SOFTWARE\\T /v A /d %N% /f\r\n").SingleRegistryWrite().DataCertainty);
    }

    [Fact]
    public void Script_folder_resolves_reg_import_paths()
    {
        var folder = Path.Combine(Path.GetTempPath(), "hvlint-batch");
        var result = Run("reg import \"%~dp0tuning\\host.reg\"\r\n", Path.Combine(folder, "apply.cmd"));

        result.AssertNoFindings();
        Assert.Equal([Path.Combine(folder, "tuning", "host.reg")], result.LinkedFiles);
    }
}

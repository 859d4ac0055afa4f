using HvLint.Core.Model;
using static HvLint.Parsers.Tests.Batch.BatchTestHelpers;

namespace HvLint.Parsers.Tests.Batch;

/// <summary>How cmd.exe groups a line into commands and arguments: carets, quotes, comments, operators, blocks, redirections.</summary>
public class BatchTokenizerTests
{
    private const string Add = @"reg add HKLM\SOFTWARE\T";

    [Fact]
    public void Echo_off_and_at_prefixes_are_not_commands_that_matter()
    {
        var w = Run($"@echo off\r\n@{Add} /v X /t REG_DWORD /d 1 /f\r\n").SingleRegistryWrite();

        Assert.Equal("X", w.ValueName);
    }

    [Fact]
    public void Caret_escapes_the_next_character()
    {
        var result = Run($"{Add} /v A^&B /d 1 /f\r\n");

        var w = result.SingleRegistryWrite();
        Assert.Equal("A&B", w.ValueName);
        Assert.Equal("A^&B", result.Text(w.NameSpan));
    }

    [Fact]
    public void Caret_at_the_end_of_a_line_continues_the_command_on_the_next_line()
    {
        var result = Run($"{Add} ^\r\n   /v X /t REG_DWORD ^\r\n   /d 7 /f\r\n");

        var w = result.SingleRegistryWrite();
        Assert.Equal(7UL, w.Data!.Number);
        Assert.Equal(3, result.Source.GetPosition(w.DataSpan!.Value.Start).Line);
        Assert.StartsWith("reg add", result.Text(w.Span), StringComparison.Ordinal);
        Assert.EndsWith("/f", result.Text(w.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_keep_special_characters_and_spaces_in_one_argument()
    {
        var w = Run($"{Add} /v \"A & B | C > D\" /d \"x y\" /f\r\n").SingleRegistryWrite();

        Assert.Equal("A & B | C > D", w.ValueName);
        Assert.Equal("x y", w.Data!.Text);
    }

    [Theory]
    [InlineData("rem ")]
    [InlineData("REM ")]
    [InlineData("::")]
    [InlineData(":: ")]
    [InlineData("  :: ")]
    public void Comments_do_not_run(string comment)
    {
        var result = Run($"{comment}{Add} /v X /d 1 /f\r\n");

        result.AssertNoFindings();
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void Rem_hides_the_operators_on_its_line()
    {
        Assert.Empty(Run($"rem old & {Add} /v X /d 1 /f\r\n").Writes);
    }

    [Theory]
    [InlineData("&")]
    [InlineData("&&")]
    [InlineData("||")]
    public void Commands_joined_by_operators_all_count(string op)
    {
        var writes = Run($"{Add} /v A /d 1 /f {op} {Add} /v B /d 2 /f\r\n").RegistryWrites();

        Assert.Equal(["A", "B"], writes.Select(w => w.ValueName));
        Assert.Equal("A", writes[0].ValueName);
    }

    [Fact]
    public void A_command_fed_by_a_pipe_gets_its_prompt_answered()
    {
        var result = Run($"echo y| {Add} /v A /d 1\r\n");

        result.AssertNoFindings();
        Assert.Single(result.Writes);
    }

    [Fact]
    public void Input_redirected_from_a_file_also_answers_the_prompt()
    {
        Run($"{Add} /v A /d 1 < yes.txt\r\n").AssertNoFindings();
    }

    [Theory]
    [InlineData(">nul")]
    [InlineData(">nul 2>&1")]
    [InlineData("2>nul")]
    [InlineData(">> \"%TEMP%\\log.txt\"")]
    [InlineData("1> out.txt 2> err.txt")]
    public void Redirections_are_not_arguments(string redirection)
    {
        var w = Run($"{Add} /v A /t REG_DWORD /d 1 /f {redirection}\r\n").SingleRegistryWrite();

        Assert.Equal(1UL, w.Data!.Number);
    }

    [Fact]
    public void A_redirection_in_the_middle_is_taken_out()
    {
        var w = Run($"{Add} /v A >nul /t REG_DWORD /d 1 /f\r\n").SingleRegistryWrite();

        Assert.Equal(1UL, w.Data!.Number);
    }

    [Fact]
    public void If_else_blocks_both_count()
    {
        var writes = Run($"if \"%1\"==\"x\" (\r\n  {Add} /v A /d 1 /f\r\n) else (\r\n  {Add} /v B /d 2 /f\r\n)\r\n").RegistryWrites();

        Assert.Equal(["A", "B"], writes.Select(w => w.ValueName));
    }

    [Theory]
    [InlineData("if exist C:\\x.txt ")]
    [InlineData("if not defined X ")]
    [InlineData("if errorlevel 1 ")]
    [InlineData("if /i \"%~1\" EQU \"on\" ")]
    [InlineData("if %A%==%B% ")]
    [InlineData("if \"a b\"==\"a b\" ")]
    public void If_conditions_of_every_form_are_skipped_over(string condition)
    {
        var w = Run($"{condition}{Add} /v A /d 1 /f\r\n").SingleRegistryWrite();

        Assert.Equal("A", w.ValueName);
    }

    [Fact]
    public void An_if_without_parentheses_takes_the_rest_of_the_line()
    {
        Assert.Equal(2, Run($"if x==y {Add} /v A /d 1 /f & {Add} /v B /d 1 /f\r\n").RegistryWrites().Length);
    }

    [Fact]
    public void Else_if_chains_count()
    {
        var text = $"if %1==a (\r\n{Add} /v A /d 1 /f\r\n) else if %1==b (\r\n{Add} /v B /d 1 /f\r\n) else (\r\n{Add} /v C /d 1 /f\r\n)\r\n";

        Assert.Equal(["A", "B", "C"], Run(text).RegistryWrites().Select(w => w.ValueName));
    }

    [Fact]
    public void A_closing_parenthesis_inside_quotes_or_after_a_caret_does_not_end_the_block()
    {
        var writes = Run($"if 1==1 (\r\n  {Add} /v \"A)\" /d 1 /f\r\n  {Add} /v B^) /d 1 /f\r\n)\r\n").RegistryWrites();

        Assert.Equal(["A)", "B)"], writes.Select(w => w.ValueName));
    }

    [Fact]
    public void An_unescaped_closing_parenthesis_in_a_block_ends_it()
    {
        // echo (in block) closes the block at the ')' of the echo text: the classic cmd.exe trap.
        var writes = Run($"if 1==1 (\r\n  echo done (really)\r\n  {Add} /v A /d 1 /f\r\n)\r\n").RegistryWrites();

        Assert.Single(writes);
    }

    [Theory]
    [InlineData(@"%windir%\system32\reg.exe")]
    [InlineData(@"C:\Windows\System32\reg.exe")]
    [InlineData(@"""%SystemRoot%\System32\REG.EXE""")]
    [InlineData("reg.exe")]
    [InlineData("REG")]
    [InlineData("call reg")]
    public void Reg_is_found_by_its_file_name_with_or_without_a_path(string program)
    {
        Assert.Single(Run($@"{program} add HKLM\SOFTWARE\T /v A /d 1 /f" + "\r\n").RegistryWrites());
    }

    [Theory]
    [InlineData(@"%windir%\sysnative\bcdedit.exe")]
    [InlineData(@"""%windir%\System32\bcdedit.exe""")]
    [InlineData("bcdedit.exe")]
    [InlineData("BCDEdit")]
    public void Bcdedit_is_found_by_its_file_name_with_or_without_a_path(string program)
    {
        Assert.Single(Run($"{program} /set hypervisorlaunchtype off\r\n").BcdWrites());
    }

    [Fact]
    public void A_program_whose_name_is_computed_is_not_guessed()
    {
        Assert.Empty(Run($@"%TOOL% add HKLM\SOFTWARE\T /v A /d 1 /f" + "\r\n").Writes);
    }

    [Fact]
    public void Other_programs_write_nothing()
    {
        Assert.Empty(Run($"echo {Add} /v A /d 1 /f\r\nregedit /s x.reg\r\nregini x.ini\r\n").Writes);
    }

    [Fact]
    public void Line_endings_lf_and_crlf_give_the_same_writes_and_positions()
    {
        var crlf = Run($"@echo off\r\n{Add} /v A /d 1 /f\r\n").SingleRegistryWrite();
        var lf = Run($"@echo off\n{Add} /v A /d 1 /f\n").SingleRegistryWrite();

        Assert.Equal(crlf.NameSpan!.Value.Start - 1, lf.NameSpan!.Value.Start);
        Assert.Equal(crlf.ValueName, lf.ValueName);
    }

    [Fact]
    public void Writes_are_numbered_in_order()
    {
        Assert.Equal([0, 1, 2], Run($"{Add} /v A /d 1 /f\r\n{Add} /v B /d 1 /f\r\nbcdedit /set hypervisorlaunchtype off\r\n").Writes.Select(w => w.Order));
    }

    [Fact]
    public void Delete_works_through_the_front_end_too()
    {
        var w = Run(@"reg delete HKLM\SOFTWARE\T /v Old /f >nul 2>&1" + "\r\n").SingleRegistryWrite();

        Assert.Equal(RegistryOperation.DeleteValue, w.Operation);
    }
}

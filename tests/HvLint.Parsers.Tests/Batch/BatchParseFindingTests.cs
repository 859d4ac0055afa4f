using static HvLint.Parsers.Tests.Batch.BatchTestHelpers;

namespace HvLint.Parsers.Tests.Batch;

/// <summary>The parse findings HV0070-HV0074, with exact spans.</summary>
public class BatchParseFindingTests
{
    [Fact]
    public void An_unterminated_quote_is_reported_from_the_quote_to_the_end_of_the_line()
    {
        var result = Run("@echo off\r\nreg add \"HKLM\\SOFTWARE\\T /v A /d 1 /f\r\n");

        result.AssertFindings(
            ("HV0070", 2, 9, "\"HKLM\\SOFTWARE\\T /v A /d 1 /f"),
            ("HV0900", 2, 1, "reg add"),
            ("HV0901", 2, 9, "\"HKLM\\SOFTWARE\\T /v A /d 1 /f"));

        // reg.exe gets the rest of the line as the key, as it would.
        Assert.Equal(@"HKEY_LOCAL_MACHINE\SOFTWARE\T /v A /d 1 /f", Assert.Single(result.RegistryWrites()).Key.Text);
    }

    [Fact]
    public void An_unterminated_quote_makes_operators_text()
    {
        var result = Run("echo \"x & reg add HKLM\\SOFTWARE\\T /v A /d 1 /f\r\n");

        result.AssertFindings(("HV0070", 1, 6, "\"x & reg add HKLM\\SOFTWARE\\T /v A /d 1 /f"));
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void Balanced_quotes_are_not_reported()
    {
        Run("echo \"a\" \"b\"\r\nset \"X=1\"\r\n").AssertNoFindings();
    }

    [Fact]
    public void An_unclosed_block_is_reported_at_its_parenthesis_and_nothing_in_it_runs()
    {
        var result = Run("@echo off\r\nif /i \"%~1\"==\"tune\" (\r\n  reg add HKLM\\SOFTWARE\\T /v A /d 1 /f\r\n  reg add HKLM\\SOFTWARE\\T /v B /d 1 /f\r\n");

        result.AssertFindings(("HV0071", 2, 21, "("));
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void An_unclosed_for_set_is_reported()
    {
        Run("for %%a in (a b\r\necho x\r\n").AssertFindings(("HV0071", 1, 12, "("));
    }

    [Fact]
    public void A_parenthesis_closed_only_inside_quotes_does_not_close_the_block()
    {
        var result = Run("if 1==1 (\r\n  echo \")\"\r\n");

        result.AssertFindings(("HV0071", 1, 9, "("));
    }

    [Fact]
    public void A_stray_closing_parenthesis_is_reported_and_the_rest_of_its_line_does_not_run()
    {
        var result = Run("reg add HKLM\\SOFTWARE\\T /v A /d 1 /f\r\n) reg add HKLM\\SOFTWARE\\T /v B /d 1 /f\r\n");

        result.AssertFindings(("HV0072", 2, 1, ")"));
        Assert.Equal(["A"], result.RegistryWrites().Select(w => w.ValueName));
    }

    [Fact]
    public void Goto_a_missing_label_is_reported_and_ends_the_script()
    {
        var result = Run("goto stat\r\nreg add HKLM\\SOFTWARE\\T /v A /d 1 /f\r\n:start\r\n");

        Assert.Contains("Did you mean :start?", result.AssertFinding("HV0073", "stat"), StringComparison.Ordinal);
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void Call_of_a_missing_label_is_reported_with_its_colon()
    {
        var result = Run("call :aply X 1\r\ngoto :eof\r\n:apply\r\nreg add HKLM\\SOFTWARE\\T /v %1 /d %2 /f\r\n");

        Assert.Contains("Did you mean :apply?", result.AssertFinding("HV0073", ":aply"), StringComparison.Ordinal);
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void Goto_eof_without_the_colon_needs_a_label()
    {
        Assert.Contains("goto :eof", Run("goto eof\r\n").AssertFinding("HV0073", "eof"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("goto :eof")]
    [InlineData("goto %TARGET%")]
    [InlineData("call :eof")]
    [InlineData("call other.cmd")]
    [InlineData("goto :end\r\n:end")]
    [InlineData("goto end\r\n  :end")]
    public void Builtin_dynamic_and_existing_targets_are_not_reported(string text)
    {
        Run(text + "\r\n").AssertNoFindings();
    }

    [Fact]
    public void Else_after_an_if_without_parentheses_is_reported()
    {
        var result = Run("if /i \"%~1\"==\"off\" bcdedit /set hypervisorlaunchtype off else bcdedit /set hypervisorlaunchtype auto\r\n");

        Assert.Contains("'bcdedit'", result.AssertFinding("HV0074", "else"), StringComparison.Ordinal);
        Assert.Equal("off else bcdedit /set hypervisorlaunchtype auto", Assert.Single(result.BcdWrites()).Value?.Text);
    }

    [Fact]
    public void Else_after_a_parenthesised_if_is_fine()
    {
        var result = Run("if /i \"%~1\"==\"off\" (bcdedit /set hypervisorlaunchtype off) else (bcdedit /set hypervisorlaunchtype auto)\r\n");

        result.AssertNoFindings();
        Assert.Equal(["off", "auto"], result.BcdWrites().Select(w => w.Value?.Text));
    }

    [Fact]
    public void A_quoted_else_is_text()
    {
        Run("if 1==1 echo \"x else y\"\r\n").AssertNoFindings();
    }

    [Fact]
    public void Parse_findings_in_code_that_never_runs_are_still_reported()
    {
        Run("goto :eof\r\n:unused\r\nreg delete \"open\r\n").AssertFindings(("HV0070", 3, 12, "\"open"));
    }

    [Theory]
    [InlineData("echo  \"  /\\_/\\  (o.o) \"\"\" >^< \r\n")]
    [InlineData("echo \"Done. Press any key\r\n")]
    [InlineData("set MSG=\"unclosed\r\n")]
    [InlineData("title \"HvLint tuning\r\n")]
    public void An_unterminated_quote_in_a_command_that_writes_nothing_is_not_reported(string line)
    {
        Run("@echo off\r\n" + line + "reg add HKLM\\SOFTWARE\\T /v A /t REG_DWORD /d 1 /f\r\n").AssertNoFindings();
    }

    [Theory]
    [InlineData("REG.EXE add \"HKLM\\SOFTWARE\\T /v A /d 1 /f\r\n", 13)]
    [InlineData("%SystemRoot%\\System32\\reg.exe add \"HKLM\\SOFTWARE\\T /v A /d 1 /f\r\n", 35)]
    [InlineData("bcdedit /set {current} description \"Hyper-V\r\n", 36)]
    public void An_unterminated_quote_in_a_reg_or_bcdedit_command_is_reported(string line, int column)
    {
        var d = Assert.Single(Run(line).Diagnostics, d => d.Rule.Id == "HV0070");
        Assert.Equal((1, column), (d.Location.Start.Line, d.Location.Start.Column));
    }
}

using HvLint.Core.Model;
using HvLint.Parsers.Tests.Batch;
using static HvLint.Parsers.Tests.Batch.BatchTestHelpers;

namespace HvLint.Parsers.Tests.Commands;

/// <summary>reg add: switches, the written value and its spans (docs/formats.md §2.1).</summary>
public class RegAddTests
{
    [Fact]
    public void Reg_add_with_every_part_becomes_one_set_value_write_with_spans_on_the_arguments()
    {
        var result = RegCommand($"reg add \"{Migration}\" /v MaximumActiveTransfers /t REG_DWORD /d 8 /f");

        var w = result.SingleRegistryWrite();
        Assert.Equal(RegistryOperation.SetValue, w.Operation);
        Assert.Equal(MigrationFull, w.Key.Text);
        Assert.Equal("MaximumActiveTransfers", w.ValueName);
        Assert.Equal(RegistryValueType.DWord, w.Data!.Type);
        Assert.Equal(8UL, w.Data.Number);
        Assert.Equal(TypeOrigin.Explicit, w.TypeOrigin);
        Assert.Equal(RegistryView.Default, w.View);
        Assert.Equal((Certainty.Literal, Certainty.Literal, Certainty.Literal), (w.KeyCertainty, w.NameCertainty, w.DataCertainty));
        Assert.Equal($"\"{Migration}\"", result.Text(w.KeySpan));
        Assert.Equal("MaximumActiveTransfers", result.Text(w.NameSpan));
        Assert.Equal("8", result.Text(w.DataSpan));
        Assert.Equal(result.Source.Text, result.Text(w.Span));
        Assert.Equal(0, w.Order);
    }

    [Theory]
    [InlineData("/v X /t REG_DWORD /d 1 /f")]
    [InlineData("-v X -t REG_DWORD -d 1 -f")]
    [InlineData("/V X /T reg_dword /D 1 /F")]
    [InlineData("/f /d 1 /t REG_DWORD /v X")]
    [InlineData("-F /T Reg_Dword /v X -D 1")]
    public void Switches_take_slash_or_dash_in_any_case_and_any_order(string switches)
    {
        var w = RegCommand($@"reg add HKLM\SOFTWARE\T {switches}").SingleRegistryWrite();

        Assert.Equal("X", w.ValueName);
        Assert.Equal(1UL, w.Data!.Number);
    }

    [Fact]
    public void Operation_is_case_insensitive()
    {
        Assert.Single(RegCommand(@"REG ADD HKLM\SOFTWARE\T /v X /d 1 /f").RegistryWrites());
        Assert.Single(RegCommand(@"reg.exe Add HKLM\SOFTWARE\T /v X /d 1 /f").RegistryWrites());
    }

    [Fact]
    public void Without_t_the_data_is_stored_as_reg_sz_by_tool_default()
    {
        var w = RegCommand(@"reg add HKLM\SOFTWARE\T /v X /d 8 /f").SingleRegistryWrite();

        Assert.Equal(RegistryValueType.String, w.Data!.Type);
        Assert.Equal("8", w.Data.Text);
        Assert.Equal(TypeOrigin.ToolDefault, w.TypeOrigin);
    }

    [Fact]
    public void Without_d_a_string_value_is_empty()
    {
        var w = RegCommand(@"reg add HKLM\SOFTWARE\T /v X /t REG_SZ /f").SingleRegistryWrite();

        Assert.Equal(string.Empty, w.Data!.Text);
        Assert.Null(w.DataSpan);
    }

    [Fact]
    public void Ve_sets_the_default_value_on_purpose_without_a_finding()
    {
        var result = RegCommand(@"reg add HKLM\SOFTWARE\T /ve /d hello /f");

        var w = result.SingleRegistryWrite();
        Assert.Equal(string.Empty, w.ValueName);
        Assert.Equal("/ve", result.Text(w.NameSpan));
        Assert.Equal("hello", w.Data!.Text);
    }

    [Fact]
    public void Add_without_v_or_ve_overwrites_the_default_value_with_an_empty_string()
    {
        // Wine test_add: "The Default value is initialized if no parameters are specified".
        var result = RegCommand(@"reg add HKLM\SOFTWARE\T /f");

        var message = result.AssertFinding("HV0901", @"HKLM\SOFTWARE\T");
        Assert.Contains("empty string", message, StringComparison.Ordinal);
        var w = Assert.Single(result.RegistryWrites());
        Assert.Equal(RegistryOperation.SetValue, w.Operation);
        Assert.Equal(string.Empty, w.ValueName);
        Assert.Null(w.NameSpan);
        Assert.Equal(string.Empty, w.Data!.Text);
        Assert.Equal(TypeOrigin.ToolDefault, w.TypeOrigin);
    }

    [Fact]
    public void Add_with_type_and_data_but_without_v_writes_them_to_the_default_value()
    {
        // Wine test_add: "This also occurs when specifying a registry type and passing data".
        var result = RegCommand(@"reg add HKLM\SOFTWARE\T /t REG_DWORD /d 0x5 /f");

        var message = result.AssertFinding("HV0901", @"HKLM\SOFTWARE\T");
        Assert.Contains("'0x5'", message, StringComparison.Ordinal);
        var w = Assert.Single(result.RegistryWrites());
        Assert.Equal(string.Empty, w.ValueName);
        Assert.Equal(5UL, w.Data!.Number);
    }

    [Fact]
    public void Without_f_an_unattended_script_can_stop_at_the_overwrite_prompt()
    {
        var result = RegCommand(@"reg add HKLM\SOFTWARE\T /v X /t REG_DWORD /d 1");

        var message = result.AssertFinding("HV0900", "reg add");
        Assert.Contains("Value X exists, overwrite (Yes/No)?", message, StringComparison.Ordinal);
        Assert.Single(result.RegistryWrites());
    }

    [Fact]
    public void Without_f_but_with_input_from_a_pipe_the_prompt_is_answered()
    {
        RegCommand(@"reg add HKLM\SOFTWARE\T /v X /t REG_DWORD /d 1", inputRedirected: true).SingleRegistryWrite();
    }

    [Fact]
    public void The_front_end_says_whether_the_command_runs_on_every_path()
    {
        var source = new Core.Text.SourceText("t.cmd", @"reg add HKLM\SOFTWARE\T /v X /d 1 /f");
        var context = new Parsers.Commands.CommandContext(source, "batch") { Conditional = true };
        var args = Arguments(source.Text);
        Parsers.Commands.RegExeInterpreter.Interpret(context, new Core.Text.TextSpan(0, source.Text.Length), args[0], args[1..], null);

        Assert.True(Assert.Single(context.Writes).IsConditional);
    }

    [Fact]
    public void Reg_32_and_reg_64_select_the_view_without_a_finding()
    {
        Assert.Equal(RegistryView.Registry32, RegCommand(@"reg add HKLM\SOFTWARE\T /v X /d 1 /f /reg:32").SingleRegistryWrite().View);
        Assert.Equal(RegistryView.Registry64, RegCommand(@"reg add HKLM\SOFTWARE\T /v X /d 1 /f /REG:64").SingleRegistryWrite().View);
    }

    [Fact]
    public void Value_names_may_contain_backslashes_and_slashes()
    {
        // Wine test_reg_sz: /v \foo\bar and /v count/up.
        Assert.Equal(@"\foo\bar", RegCommand(@"reg add HKLM\SOFTWARE\T /v \foo\bar /f").SingleRegistryWrite().ValueName);
        Assert.Equal("count/up", RegCommand(@"reg add HKLM\SOFTWARE\T /v count/up /d one/two/three /f").SingleRegistryWrite().ValueName);
    }

    [Fact]
    public void V_takes_the_next_argument_even_when_it_looks_like_a_switch()
    {
        // Wine add.c: value_name = argvW[++i], whatever it is.
        var result = RegCommand(@"reg add HKLM\SOFTWARE\T /v /f");

        Assert.Equal("/f", Assert.Single(result.RegistryWrites()).ValueName);
        result.AssertFinding("HV0900", "reg add");
    }

    [Fact]
    public void Help_and_reading_operations_write_nothing()
    {
        foreach (var line in new[] { "reg", "reg /?", "reg add /?", "reg add -h", @"reg query HKLM\SOFTWARE\T /v X", @"reg export HKLM\SOFTWARE\T out.reg /y", @"reg copy HKLM\A HKLM\B /s /f" })
        {
            var result = RegCommand(line);
            Assert.Empty(result.Writes);
            result.AssertNoFindings();
        }
    }

    [Fact]
    public void An_unknown_operation_is_reported_with_a_suggestion()
    {
        var message = RegCommand(@"reg ad HKLM\SOFTWARE\T /v X /d 1 /f").AssertFinding("HV0905", "ad");

        Assert.Contains("Did you mean add?", message, StringComparison.Ordinal);
    }
}

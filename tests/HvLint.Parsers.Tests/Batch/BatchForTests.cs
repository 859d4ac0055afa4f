using HvLint.Core.Model;
using static HvLint.Parsers.Tests.Batch.BatchTestHelpers;

namespace HvLint.Parsers.Tests.Batch;

/// <summary>for loops, and capturing the entry bcdedit /copy creates.</summary>
public class BatchForTests
{
    [Fact]
    public void A_loop_over_a_literal_list_writes_once_per_item()
    {
        var result = Run("for %%v in (A B \"C D\") do reg add HKLM\\SOFTWARE\\T /v \"%%~v\" /t REG_DWORD /d 1 /f\r\n");

        var writes = result.RegistryWrites();
        Assert.Equal(["A", "B", "C D"], writes.Select(w => w.ValueName));
        Assert.All(writes, w => Assert.Equal(Certainty.Resolved, w.NameCertainty));
        Assert.All(writes, w => Assert.Equal("\"%%~v\"", result.Text(w.NameSpan)));
    }

    [Fact]
    public void Loop_variables_are_case_sensitive()
    {
        Assert.Equal("%A", Run("for %%a in (x) do reg add HKLM\\SOFTWARE\\T /v A /d %%A /f\r\n").SingleRegistryWrite().Data!.Text);
    }

    [Fact]
    public void A_loop_over_files_has_an_unknown_variable()
    {
        var w = Run("for %%f in (*.reg) do reg add HKLM\\SOFTWARE\\T /v %%f /d 1 /f\r\n").SingleRegistryWrite();

        Assert.Equal(Certainty.Unresolved, w.NameCertainty);
    }

    [Fact]
    public void A_counted_loop_runs_with_each_number()
    {
        var writes = Run("for /l %%i in (1,1,3) do reg add HKLM\\SOFTWARE\\T\\Nic%%i /v Queues /t REG_DWORD /d %%i /f\r\n").RegistryWrites();

        Assert.Equal([1UL, 2UL, 3UL], writes.Select(w => w.Data!.Number!.Value));
        Assert.Equal(@"HKEY_LOCAL_MACHINE\SOFTWARE\T\Nic2", writes[1].Key.Text);
    }

    [Fact]
    public void A_loop_over_a_string_splits_it_into_tokens()
    {
        var w = Run("for /f \"tokens=1,2 delims=,\" %%a in (\"MaximumActiveTransfers,8\") do reg add \"" + Migration + "\" /v %%a /t REG_DWORD /d %%b /f\r\n").SingleRegistryWrite();

        Assert.Equal(("MaximumActiveTransfers", 8UL), (w.ValueName, w.Data!.Number!.Value));
    }

    [Fact]
    public void Tokens_with_a_star_take_the_rest_of_the_line()
    {
        var w = Run("for /f \"tokens=1*\" %%a in (\"Name the rest here\") do reg add HKLM\\SOFTWARE\\T /v %%a /d \"%%b\" /f\r\n").SingleRegistryWrite();

        Assert.Equal(("Name", "the rest here"), (w.ValueName, w.Data!.Text));
    }

    [Fact]
    public void A_loop_over_a_file_or_command_output_has_unknown_variables_and_unknown_changes()
    {
        var result = Run("set N=1\r\nfor /f %%a in (values.txt) do set N=%%a\r\nfor /f \"usebackq\" %%a in (`hostname`) do reg add HKLM\\SOFTWARE\\T /v %%a /d %N% /f\r\n");

        var w = result.SingleRegistryWrite();
        Assert.Equal(Certainty.Unresolved, w.NameCertainty);
        Assert.Equal(Certainty.Unresolved, w.DataCertainty);
    }

    [Fact]
    public void A_loop_body_in_a_block_runs_for_each_item()
    {
        var writes = Run("for %%v in (A B) do (\r\n  echo %%v\r\n  reg add HKLM\\SOFTWARE\\T /v %%v /d 1 /f\r\n)\r\n").RegistryWrites();

        Assert.Equal(["A", "B"], writes.Select(w => w.ValueName));
    }

    [Fact]
    public void Nested_loops_see_both_variables()
    {
        var writes = Run("for %%a in (X Y) do for %%b in (1 2) do reg add HKLM\\SOFTWARE\\T\\%%a /v V%%b /d %%b /f\r\n").RegistryWrites();

        Assert.Equal(4, writes.Length);
        Assert.Equal(@"HKEY_LOCAL_MACHINE\SOFTWARE\T\Y", writes[3].Key.Text);
        Assert.Equal("V2", writes[3].ValueName);
    }

    [Fact]
    public void The_guid_printed_by_bcdedit_copy_is_the_copy_of_its_source()
    {
        var text = "for /f \"tokens=2 delims={}\" %%g in ('bcdedit /copy {current} /d \"No Hyper-V\"') do set GUID={%%g}\r\nbcdedit /set %GUID% hypervisorlaunchtype off\r\n";
        var result = Run(text);

        var w = result.SingleBcdWrite();
        Assert.Equal("copy-of:{current}", w.Object.ToString());
        Assert.Equal(Certainty.Resolved, w.ObjectCertainty);
        Assert.Equal("%GUID%", result.Text(w.ObjectSpan));
        Assert.Equal(("hypervisorlaunchtype", "off"), (w.Element, w.Value?.Text));
    }

    [Fact]
    public void The_captured_guid_survives_substring_with_the_trailing_period_cut_off()
    {
        var text = "for /f \"tokens=7\" %%i in ('bcdedit /copy {default} /d \"Test\"') do set ID=%%i\r\nbcdedit /set %ID:~0,-1% hypervisorlaunchtype auto\r\n";

        Assert.Equal("copy-of:{default}", Run(text).SingleBcdWrite().Object.ToString());
    }

    [Fact]
    public void The_captured_guid_works_with_usebackq_and_delayed_expansion()
    {
        var text = "setlocal enabledelayedexpansion\r\nfor /f \"usebackq tokens=2 delims={}\" %%g in (`bcdedit /copy {current} /d \"X\"`) do (\r\n  set G={%%g}\r\n  bcdedit /set !G! hypervisorlaunchtype off\r\n)\r\n";

        Assert.Equal("copy-of:{current}", Run(text).SingleBcdWrite().Object.ToString());
    }

    [Fact]
    public void A_captured_guid_used_in_quotes_and_braces_is_still_the_copy()
    {
        var text = "for /f \"tokens=2 delims={}\" %%g in ('bcdedit /copy {current} /d \"X\"') do set GUID=%%g\r\nbcdedit /set \"{%GUID%}\" hypervisorlaunchtype off\r\n";

        Assert.Equal("copy-of:{current}", Run(text).SingleBcdWrite().Object.ToString());
    }

    [Fact]
    public void A_command_run_by_for_f_is_interpreted_too()
    {
        var w = Run("for /f %%a in ('bcdedit /set {current} hypervisorlaunchtype off') do echo %%a\r\n").SingleBcdWrite();

        Assert.Equal("off", w.Value?.Text);
    }

    [Fact]
    public void A_capture_from_another_command_is_unknown()
    {
        var w = Run("for /f \"tokens=2\" %%g in ('bcdedit /enum {default}') do set ID=%%g\r\nbcdedit /set %ID% hypervisorlaunchtype off\r\n").SingleBcdWrite();

        Assert.Equal("unknown", w.Object.ToString());
        Assert.Equal(Certainty.Unresolved, w.ObjectCertainty);
    }
}

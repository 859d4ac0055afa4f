using HvLint.Core.Model;
using static HvLint.Parsers.Tests.Fixes.FixTestHelpers;

namespace HvLint.Parsers.Tests.Fixes;

/// <summary>Write changes rendered in reg.exe and bcdedit commands of a batch file.</summary>
public class CommandFixRendererTests
{
    private const string Key = "HKLM\\SOFTWARE\\Test";

    [Theory]
    [InlineData("/v Old", "/v New", "New")]
    [InlineData("/v \"Old\"", "/v \"New\"", "New")]
    [InlineData("/v Old", "/v \"New Name\"", "New Name")]
    public void A_rename_rewrites_the_v_argument_in_its_quoting(string before, string after, string name)
    {
        var script = $"@echo off\r\nreg add {Key} {before} /t REG_DWORD /d 1 /f\r\necho done\r\n";
        var result = Extract(script, ".cmd");

        var text = Apply(result, Rename(Value(result), name));

        Assert.Equal(script.Replace(before, after, StringComparison.Ordinal), text);
        Assert.Equal(name, Value(Extract(text, ".cmd")).ValueName);
    }

    [Fact]
    public void Data_without_t_gains_the_type_after_the_data()
    {
        var script = $"reg add {Key} /v V /d 1 /f\r\n";
        var result = Extract(script, ".cmd");

        var text = Apply(result, Replace(Value(result), RegistryData.DWord(1)));

        Assert.Equal($"reg add {Key} /v V /d 1 /t REG_DWORD /f\r\n", text);
        var write = Value(Extract(text, ".cmd"));
        Assert.Equal((RegistryValueType.DWord, 1UL, TypeOrigin.Explicit), (write.Data!.Type, write.Data.Number!.Value, write.TypeOrigin));
    }

    [Fact]
    public void An_explicit_type_is_rewritten_with_the_data()
    {
        var script = $"reg add {Key} /v V /t REG_SZ /d \"on\" /f\r\n";
        var result = Extract(script, ".cmd");

        var text = Apply(result, Replace(Value(result), RegistryData.DWord(4294967295)));

        Assert.Equal($"reg add {Key} /v V /t REG_DWORD /d \"4294967295\" /f\r\n", text);
        Assert.Equal(4294967295UL, Value(Extract(text, ".cmd")).Data!.Number);
    }

    [Theory]
    [InlineData("set N=Old\r\nreg add HKLM\\SOFTWARE\\Test /v %N% /d 1 /f\r\n")]
    [InlineData("for %%n in (A B) do reg add HKLM\\SOFTWARE\\Test /v %%n /d 1 /f\r\n")]
    [InlineData("call :set Old\r\ngoto :eof\r\n:set\r\nreg add HKLM\\SOFTWARE\\Test /v %1 /d 1 /f\r\n")]
    public void A_name_that_comes_from_a_variable_a_loop_or_a_call_is_not_renamed(string script)
    {
        var result = Extract(script, ".cmd");

        foreach (var write in result.Writes.OfType<RegistryWrite>().Where(w => w.IsValueWrite))
        {
            Assert.Null(Render(result, Rename(write, "New")));
        }
    }

    [Fact]
    public void Data_computed_at_run_time_is_not_replaced()
    {
        var result = Extract($"reg add {Key} /v V /t REG_DWORD /d %RANDOM% /f\r\n", ".cmd");

        Assert.Null(Render(result, Replace(Value(result), RegistryData.DWord(1))));
    }

    [Fact]
    public void Data_a_batch_file_would_expand_is_declined()
    {
        var result = Extract($"reg add {Key} /v V /d 1 /f\r\n", ".cmd");

        Assert.Null(Render(result, Replace(Value(result), RegistryData.FromString(RegistryValueType.ExpandString, "%SystemRoot%"))));
    }

    [Fact]
    public void Removing_a_command_removes_its_line()
    {
        var script = $"@echo off\r\nreg add {Key} /v V /d 1 /f\r\necho done\r\n";
        var result = Extract(script, ".cmd");

        Assert.Equal("@echo off\r\necho done\r\n", Apply(result, Remove(Value(result))));
    }

    [Theory]
    [InlineData("if exist C:\\x reg add HKLM\\SOFTWARE\\Test /v V /d 1 /f\r\n")]
    [InlineData("reg add HKLM\\SOFTWARE\\Test /v V /d 1 /f && echo ok\r\n")]
    [InlineData("if exist C:\\x (\r\n  reg add HKLM\\SOFTWARE\\Test /v V /d 1 /f\r\n)\r\n")]
    public void A_command_that_shares_its_line_or_sits_in_a_block_is_not_removed(string script)
    {
        var result = Extract(script, ".cmd");

        Assert.Null(Render(result, Remove(Value(result))));
    }

    [Fact]
    public void A_bcdedit_value_is_replaced()
    {
        var script = "bcdedit /set {current} hypervisorlaunchtype off\r\n";
        var result = Extract(script, ".cmd");

        var text = Apply(result, SetBcd(Bcd(result), "auto"));

        Assert.Equal("bcdedit /set {current} hypervisorlaunchtype auto\r\n", text);
        Assert.Equal("auto", Bcd(Extract(text, ".cmd")).Value!.Text);
    }

    [Fact]
    public void A_bcdedit_command_is_removed_with_its_line()
    {
        var result = Extract("echo a\r\nbcdedit /set {current} hypervisorlaunchtype off\r\necho b\r\n", ".cmd");

        Assert.Equal("echo a\r\necho b\r\n", Apply(result, Remove(Bcd(result))));
    }

    [Fact]
    public void A_write_of_another_file_is_not_rendered()
    {
        var script = $"reg add {Key} /v V /d 1 /f\r\n";
        var one = Extract(script, ".cmd");
        var other = Extract(script, ".cmd");

        Assert.Null(Render(other, Rename(Value(one), "New")));
        Assert.NotNull(Render(one, Rename(Value(one), "New")));
    }
}

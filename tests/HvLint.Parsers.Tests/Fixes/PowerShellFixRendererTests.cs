using HvLint.Core.Model;
using static HvLint.Parsers.Tests.Fixes.FixTestHelpers;

namespace HvLint.Parsers.Tests.Fixes;

/// <summary>Write changes rendered in a PowerShell script, in the script's own quoting.</summary>
public class PowerShellFixRendererTests
{
    private const string Path = "'HKLM:\\SOFTWARE\\Test'";

    [Theory]
    [InlineData("-Name 'Old'", "-Name 'New'")]
    [InlineData("-Name \"Old\"", "-Name \"New\"")]
    [InlineData("-Name Old", "-Name New")]
    public void A_rename_keeps_the_quoting_style(string before, string after)
    {
        var script = $"Set-ItemProperty -Path {Path} {before} -Value 1 -Type DWord\r\n";
        var result = Extract(script, ".ps1");

        var text = Apply(result, Rename(Value(result), "New"));

        Assert.Equal(script.Replace(before, after, StringComparison.Ordinal), text);
        Assert.Equal("New", Value(Extract(text, ".ps1")).ValueName);
    }

    [Fact]
    public void A_bare_name_is_quoted_when_the_new_name_is_not_a_bare_word()
    {
        var script = $"Set-ItemProperty {Path} Old 1\r\n";
        var result = Extract(script, ".ps1");

        var text = Apply(result, Rename(Value(result), "It's new"));

        Assert.Equal($"Set-ItemProperty {Path} 'It''s new' 1\r\n", text);
        Assert.Equal("It's new", Value(Extract(text, ".ps1")).ValueName);
    }

    [Fact]
    public void A_bare_name_that_powershell_would_read_as_a_number_is_quoted()
    {
        var script = $"Set-ItemProperty {Path} Old 1\r\n";
        var result = Extract(script, ".ps1");

        var text = Apply(result, Rename(Value(result), "1e5"));

        Assert.Equal($"Set-ItemProperty {Path} '1e5' 1\r\n", text);
        Assert.Equal("1e5", Value(Extract(text, ".ps1")).ValueName);
    }

    [Fact]
    public void Data_and_type_are_rewritten_together()
    {
        var script = $"Set-ItemProperty -Path {Path} -Name V -Value '1' -Type String\r\n";
        var result = Extract(script, ".ps1");

        var text = Apply(result, Replace(Value(result), RegistryData.DWord(1)));

        Assert.Equal($"Set-ItemProperty -Path {Path} -Name V -Value 1 -Type DWord\r\n", text);
        var write = Value(Extract(text, ".ps1"));
        Assert.Equal((RegistryValueType.DWord, 1UL), (write.Data!.Type, write.Data.Number!.Value));
    }

    [Fact]
    public void New_ItemProperty_without_a_type_gains_one()
    {
        var script = $"New-ItemProperty -Path {Path} -Name V -Value '1' -Force | Out-Null\r\n";
        var result = Extract(script, ".ps1");

        var text = Apply(result, Replace(Value(result), RegistryData.DWord(1)));

        Assert.Equal($"New-ItemProperty -Path {Path} -Name V -Value 1 -Type DWord -Force | Out-Null\r\n", text);
        var write = Value(Extract(text, ".ps1"));
        Assert.Equal((RegistryValueType.DWord, 1UL, TypeOrigin.Explicit), (write.Data!.Type, write.Data.Number!.Value, write.TypeOrigin));
    }

    [Fact]
    public void A_string_keeps_the_quotes_of_the_data_it_replaces()
    {
        var script = $"Set-ItemProperty -Path {Path} -Name V -Value \"old\" -Type String\r\n";
        var result = Extract(script, ".ps1");

        var text = Apply(result, Replace(Value(result), RegistryData.FromString(RegistryValueType.String, "new")));

        Assert.Equal($"Set-ItemProperty -Path {Path} -Name V -Value \"new\" -Type String\r\n", text);
    }

    [Fact]
    public void The_dotnet_api_gets_its_kind_rewritten()
    {
        var script = "[Microsoft.Win32.Registry]::SetValue('HKEY_LOCAL_MACHINE\\SOFTWARE\\Test', 'V', '1', [Microsoft.Win32.RegistryValueKind]::String)\r\n";
        var result = Extract(script, ".ps1");

        var text = Apply(result, Replace(Value(result), RegistryData.DWord(1)));

        Assert.Equal("[Microsoft.Win32.Registry]::SetValue('HKEY_LOCAL_MACHINE\\SOFTWARE\\Test', 'V', 1, [Microsoft.Win32.RegistryValueKind]::DWord)\r\n", text);
        Assert.Equal(RegistryValueType.DWord, Value(Extract(text, ".ps1")).Data!.Type);
    }

    [Theory]
    [InlineData("$n = 'Old'\r\nSet-ItemProperty -Path 'HKLM:\\SOFTWARE\\Test' -Name $n -Value 1 -Type DWord\r\n")]
    [InlineData("foreach ($n in 'Old', 'Other') { Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Test' -Name $n -Value 1 -Type DWord }\r\n")]
    [InlineData("Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Test' -Name \"Old$suffix\" -Value 1 -Type DWord\r\n")]
    public void A_name_from_a_variable_a_loop_or_an_expansion_is_not_renamed(string script)
    {
        var result = Extract(script, ".ps1");

        foreach (var write in result.Writes.OfType<RegistryWrite>().Where(w => w.IsValueWrite))
        {
            Assert.Null(Render(result, Rename(write, "New")));
        }
    }

    [Fact]
    public void A_value_computed_at_run_time_is_not_replaced()
    {
        var result = Extract($"Set-ItemProperty -Path {Path} -Name V -Value (Get-Random) -Type DWord\r\n", ".ps1");

        Assert.Null(Render(result, Replace(Value(result), RegistryData.DWord(1))));
    }

    [Fact]
    public void A_statement_alone_on_its_line_is_removed()
    {
        var script = $"$ErrorActionPreference = 'Stop'\r\nSet-ItemProperty -Path {Path} -Name V -Value 1 -Type DWord\r\nWrite-Host done\r\n";
        var result = Extract(script, ".ps1");

        Assert.Equal("$ErrorActionPreference = 'Stop'\r\nWrite-Host done\r\n", Apply(result, Remove(Value(result))));
    }

    [Theory]
    [InlineData("if ($true) { Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Test' -Name V -Value 1 -Type DWord }\r\n")]
    [InlineData("$null = $(\r\n  Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Test' -Name V -Value 1 -Type DWord\r\n)\r\n")]
    [InlineData("$r =\r\n  Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Test' -Name V -Value 1 -Type DWord\r\n")]
    public void A_statement_that_is_part_of_a_longer_one_is_not_removed(string script)
    {
        var result = Extract(script, ".ps1");

        Assert.Null(Render(result, Remove(Value(result))));
    }

    [Fact]
    public void Reg_exe_in_a_script_keeps_powershell_quoting()
    {
        var script = "reg add HKLM\\SOFTWARE\\Test /v 'Old' /t REG_SZ /d 'on' /f\r\n";
        var result = Extract(script, ".ps1");

        var renamed = Apply(result, Rename(Value(result), "New"));
        Assert.Equal("reg add HKLM\\SOFTWARE\\Test /v 'New' /t REG_SZ /d 'on' /f\r\n", renamed);

        var retyped = Apply(result, Replace(Value(result), RegistryData.DWord(1)));
        Assert.Equal("reg add HKLM\\SOFTWARE\\Test /v 'Old' /t REG_DWORD /d '1' /f\r\n", retyped);
        Assert.Equal(1UL, Value(Extract(retyped, ".ps1")).Data!.Number);
    }

    [Fact]
    public void Bcdedit_in_a_script_quotes_a_braced_value()
    {
        var script = "bcdedit /set '{current}' hypervisorlaunchtype off\r\n";
        var result = Extract(script, ".ps1");

        Assert.Equal("bcdedit /set '{current}' hypervisorlaunchtype auto\r\n", Apply(result, SetBcd(Bcd(result), "auto")));
    }
}

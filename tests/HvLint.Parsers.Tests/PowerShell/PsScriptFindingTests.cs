using System.Text;
using HvLint.Core.Model;
using HvLint.Parsers.PowerShell;
using static HvLint.Parsers.Tests.PowerShell.PsTestHelpers;

namespace HvLint.Parsers.Tests.PowerShell;

/// <summary>Parse findings (HV0040-HV0042) and script findings (HV0950-HV0957) at the token to change.</summary>
public class PsScriptFindingTests
{
    [Fact]
    public void Syntax_errors_are_reported_where_the_parser_reports_them()
    {
        var result = Ps("Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\x' -Name X -Value 'oops\n");

        var d = result.Finding("HV0040");
        Assert.Equal(1, d.Location.Start.Line);
        Assert.Equal(58, d.Location.Start.Column);
        Assert.Contains("string is missing the terminator", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PowerShell_7_syntax_is_reported_unless_the_script_requires_version_7()
    {
        var result = Ps("$a = $x ? 1 : 2\n$b = $y ?? 3\ngit pull && git push\n");

        Assert.Equal(3, result.Diagnostics.Count(d => d.Rule.Id == "HV0041"));
        Ps("#Requires -Version 7.2\n$a = $x ? 1 : 2\n").AssertNoFindings();
    }

    [Fact]
    public void Non_ascii_text_in_utf8_without_bom_is_reported_once_and_comments_are_ignored()
    {
        var bytes = Encoding.UTF8.GetBytes("# Réglages\nSet-ItemProperty 'HKLM:\\SOFTWARE\\x' -Name Switch -Value 'Réseau' -Type String\n$y = 'é'\n");
        var result = new PowerShellScriptExtractor().Extract("t.ps1", bytes);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("HV0042", 2, 59), (d.Rule.Id, d.Location.Start.Line, d.Location.Start.Column));
        Assert.Contains("'é' becomes 'Ã©'", d.Message, StringComparison.Ordinal);
        Assert.Equal("Réseau", result.Registry().Single().Data!.Text);
        Ps("Set-ItemProperty 'HKLM:\\SOFTWARE\\x' -Name Switch -Value 'Réseau'").AssertNoFindings();
    }

    [Theory]
    [InlineData("Write-Host 'Tuning → done'\n")]
    [InlineData("# © 2024 Contoso\n")]
    [InlineData("#\uFEFF\n")]
    [InlineData("<#\uFEFF © #>\n")]
    [InlineData("$msg = \"Hyper-V – migration\"\nWrite-Output $msg\n")]
    public void Non_ascii_text_that_reaches_no_write_is_not_reported(string line)
    {
        var bytes = Encoding.UTF8.GetBytes(line + "Set-ItemProperty 'HKLM:\\SOFTWARE\\x' -Name Switch -Value 'plain'\n");
        var result = new PowerShellScriptExtractor().Extract("t.ps1", bytes);

        result.AssertNoFindings();
        Assert.Equal("plain", result.Registry().Single().Data!.Text);
    }

    [Theory]
    [InlineData("Set-ItemProperty 'HKLM:\\SOFTWARE\\Réseau' -Name Switch -Value 'x'\n", 1, 35)]
    [InlineData("Write-Host 'é'\nNew-ItemProperty 'HKLM:\\SOFTWARE\\x' -Name 'Nommé' -Value 'x'\n", 2, 48)]
    [InlineData("$v = 'Réseau'\nSet-ItemProperty 'HKLM:\\SOFTWARE\\x' -Name Switch -Value $v\n", 1, 8)]
    [InlineData("[Microsoft.Win32.Registry]::SetValue('HKEY_LOCAL_MACHINE\\SOFTWARE\\x', 'Switch', 'é')\n", 1, 82)]
    [InlineData("bcdedit /set '{current}' description 'Hyper-V é'\n", 1, 47)]
    public void Non_ascii_text_that_becomes_a_key_name_or_data_is_reported(string script, int line, int column)
    {
        var result = new PowerShellScriptExtractor().Extract("t.ps1", Encoding.UTF8.GetBytes(script));

        var d = Assert.Single(result.Diagnostics, d => d.Rule.Id == "HV0042");
        Assert.Equal((line, column), (d.Location.Start.Line, d.Location.Start.Column));
    }

    [Fact]
    public void Scripts_in_utf16_and_ansi_are_decoded()
    {
        var text = "Set-ItemProperty 'HKLM:\\SOFTWARE\\x' -Name Switch -Value 'Réseau'";
        var utf16 = new PowerShellScriptExtractor().Extract("t.ps1", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)]);
        var ansi = new PowerShellScriptExtractor().Extract("t.ps1", Encoding.Latin1.GetBytes(text));

        Assert.Equal("Réseau", utf16.Registry().Single().Data!.Text);
        Assert.Equal("Réseau", ansi.Registry().Single().Data!.Text);
        Assert.Equal(Core.Text.SourceEncoding.Ansi, ansi.Source.Encoding);
    }

    [Fact]
    public void Bare_hive_path_is_a_finding_at_the_path_and_writes_nothing()
    {
        var result = Ps("Set-ItemProperty -Path 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration' -Name MaximumActiveTransfers -Value 8");

        var d = result.Finding("HV0950");
        Assert.Equal("'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration'", result.Text(d.Location.Span));
        Assert.Contains("Write 'HKLM:\\SOFTWARE\\Microsoft", d.Message, StringComparison.Ordinal);
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void Bare_hive_path_through_a_variable_points_at_the_assignment()
    {
        var result = Ps("$p = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\x'\nNew-Item $p -Force\nSet-ItemProperty $p -Name X -Value 1");

        var d = result.Finding("HV0950");
        Assert.Equal(1, d.Location.Start.Line);
        Assert.Contains("'HKLM:\\SOFTWARE\\x'", d.Message, StringComparison.Ordinal);
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void Drive_relative_path_is_a_finding_and_still_a_write()
    {
        var result = Ps("Set-ItemProperty HKLM:SOFTWARE\\Microsoft -Name X -Value 1");

        Assert.Equal("HKLM:SOFTWARE\\Microsoft", result.Text(result.Finding("HV0951").Location.Span));
        Assert.Equal(@"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft", result.Registry().Single().Key.Text);
    }

    [Theory]
    [InlineData("-Type REG_DWORD", "REG_DWORD", "-Type DWord")]
    [InlineData("-Type 'reg_sz'", "'reg_sz'", "-Type String")]
    public void Reg_exe_type_names_are_a_finding_at_the_type(string type, string token, string advice)
    {
        var result = Ps($"Set-ItemProperty '{Migration}' -Name MaximumActiveTransfers -Value 8 {type}");

        var d = result.Finding("HV0953");
        Assert.Equal(token, result.Text(d.Location.Span));
        Assert.Contains(advice, d.Message, StringComparison.Ordinal);
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void New_ItemProperty_reports_PropertyType_in_its_advice()
    {
        var result = Ps($"New-ItemProperty '{Migration}' -Name X -PropertyType REG_MULTI_SZ -Value a");

        Assert.Contains("-PropertyType MultiString", result.Finding("HV0953").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'0000000a'", "0x0000000a")]
    [InlineData("'on'", "1 or 0x10")]
    [InlineData("4294967296", "0 to 4294967295")]
    public void Values_that_cannot_be_converted_to_the_type_are_a_finding(string value, string advice)
    {
        var result = Ps($"Set-ItemProperty '{Migration}' -Name MaximumActiveTransfers -Type DWord -Value {value}");

        var d = result.Finding("HV0957");
        Assert.Equal(value, result.Text(d.Location.Span));
        Assert.Contains(advice, d.Message, StringComparison.Ordinal);
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void New_Item_Force_on_a_hyperv_key_before_writes_into_it_is_a_finding_at_Force()
    {
        var result = Ps($"""
            New-Item -Path '{Migration}' -Force | Out-Null
            Set-ItemProperty -Path '{Migration}' -Name MaximumActiveTransfers -Value 8
            """);

        var d = result.Finding("HV0954");
        Assert.Equal("-Force", result.Text(d.Location.Span));
        Assert.Contains("'MaximumActiveTransfers'", d.Message, StringComparison.Ordinal);
        Assert.Equal(2, result.Registry().Length);
    }

    [Theory]
    [InlineData("if (-not (Test-Path $p)) { New-Item -Path $p -Force }")]
    [InlineData("if (!(Test-Path $p)) { md $p -Force }")]
    [InlineData("New-Item -Path $p")]
    [InlineData("New-Item -Path 'HKLM:\\SOFTWARE\\Contoso\\Tuning' -Force")]
    public void New_Item_guarded_without_Force_or_outside_hyperv_keys_is_fine(string create)
    {
        var result = Ps($"""
            $p = '{Migration}'
            {create}
            Set-ItemProperty -Path $p -Name MaximumActiveTransfers -Value 8
            Set-ItemProperty -Path 'HKLM:\SOFTWARE\Contoso\Tuning' -Name X -Value 8
            """);

        result.AssertNoFindings();
    }

    [Fact]
    public void New_Item_Force_after_the_writes_is_not_a_finding_about_them()
    {
        Ps($"""
            Set-ItemProperty -Path '{Migration}' -Name MaximumActiveTransfers -Value 8
            New-Item -Path '{Migration}\Networks' -Force
            """).AssertNoFindings();
    }

    [Fact]
    public void New_ItemProperty_of_a_value_written_before_is_a_finding_at_the_cmdlet()
    {
        var result = Ps($"""
            Set-ItemProperty -Path '{Migration}' -Name MaximumActiveTransfers -Value 4
            New-ItemProperty -Path '{Migration}' -Name MaximumActiveTransfers -PropertyType DWord -Value 8
            """);

        var d = result.Finding("HV0955");
        Assert.Equal("New-ItemProperty", result.Text(d.Location.Span));
        Assert.Contains("line 1", d.Message, StringComparison.Ordinal);
        Assert.Equal(4UL, result.Registry().Single().Data!.Number);
    }

    [Theory]
    [InlineData("New-ItemProperty -Path $p -Name MaximumActiveTransfers -Value 8 -Force")]
    [InlineData("if ($x) { New-ItemProperty -Path $p -Name MaximumActiveTransfers -Value 8 }")]
    [InlineData("Remove-ItemProperty $p MaximumActiveTransfers; New-ItemProperty -Path $p -Name MaximumActiveTransfers -Value 8")]
    [InlineData("New-ItemProperty -Path $p -Name MaximumStorageMigrations -Value 8")]
    public void New_ItemProperty_that_can_succeed_is_not_a_finding(string second)
    {
        Ps($"""
            $p = '{Migration}'
            Set-ItemProperty -Path $p -Name MaximumActiveTransfers -Value 4
            {second}
            """).AssertNoFindings();
    }

    [Fact]
    public void Findings_on_a_literal_outside_a_loop_are_reported_once()
    {
        var result = Ps("foreach ($n in 'A', 'B') { Set-ItemProperty 'HKLM\\SOFTWARE\\x' -Name $n -Value 1 }");

        Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void Dot_sourced_scripts_with_a_literal_path_are_linked()
    {
        var dir = Path.GetFullPath("scripts");
        var result = Ps(". \"$PSScriptRoot\\common.ps1\"\n. .\\lib\\other.ps1\n. $env:X\\no.ps1\nImport-Module \"$PSScriptRoot\\Tuning.psm1\"", Path.Combine(dir, "main.ps1"));

        Assert.Equal(
            [Path.Combine(dir, "common.ps1"), Path.Combine(dir, "lib", "other.ps1"), Path.Combine(dir, "Tuning.psm1")],
            result.LinkedFiles);
        Assert.Empty(result.Writes.OfType<RegistryWrite>());
    }
}

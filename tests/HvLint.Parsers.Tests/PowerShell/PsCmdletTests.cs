using HvLint.Core.Model;
using static HvLint.Parsers.Tests.PowerShell.PsTestHelpers;

namespace HvLint.Parsers.Tests.PowerShell;

/// <summary>Registry cmdlets with their parameters bound as PowerShell binds them (docs/formats.md §4.1, §4.3).</summary>
public class PsCmdletTests
{
    [Fact]
    public void Set_ItemProperty_with_named_parameters_sets_an_inferred_dword()
    {
        var result = Ps($"Set-ItemProperty -Path '{Migration}' -Name MaximumActiveTransfers -Value 8\n");
        var w = result.SingleRegistry();

        Assert.Equal(RegistryOperation.SetValue, w.Operation);
        Assert.Equal(MigrationText, w.Key.Text);
        Assert.Equal("MaximumActiveTransfers", w.ValueName);
        Assert.Equal(RegistryValueType.DWord, w.Data!.Type);
        Assert.Equal(8UL, w.Data.Number);
        Assert.Equal(TypeOrigin.InferredFromValue, w.TypeOrigin);
        Assert.Equal($"'{Migration}'", result.Text(w.KeySpan));
        Assert.Equal("MaximumActiveTransfers", result.Text(w.NameSpan));
        Assert.Equal("8", result.Text(w.DataSpan));
        Assert.Equal(Certainty.Literal, w.KeyCertainty);
        Assert.Equal(Certainty.Literal, w.DataCertainty);
        Assert.Empty(w.RelatedSpans);
    }

    [Theory]
    [InlineData("Set-ItemProperty '{0}' MaximumActiveTransfers 8")]
    [InlineData("sp '{0}' -Na MaximumActiveTransfers -Va 8")]
    [InlineData("Set-ItemProperty -LiteralPath '{0}' -PSProperty MaximumActiveTransfers -Value 8")]
    [InlineData("Set-ItemProperty -PSPath '{0}' -Name:MaximumActiveTransfers -Value:8")]
    [InlineData("Set-ItemProperty -LP '{0}' -Name MaximumActiveTransfers 8")]
    [InlineData("Microsoft.PowerShell.Management\\Set-ItemProperty -Name MaximumActiveTransfers -Path '{0}' -Value 8 -Ty DWord")]
    [InlineData("SET-ITEMPROPERTY -path '{0}' -NAME MaximumActiveTransfers -value 8 -type dword -Force")]
    public void Binding_follows_positions_prefixes_and_aliases(string format)
    {
        var w = Ps(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, Migration)).SingleRegistry();

        Assert.Equal(MigrationText, w.Key.Text);
        Assert.Equal("MaximumActiveTransfers", w.ValueName);
        Assert.Equal(8UL, w.Data!.Number);
        Assert.Equal(RegistryValueType.DWord, w.Data.Type);
    }

    [Theory]
    [InlineData("Set-ItemProperty '{0}' X 1 extra")]
    [InlineData("Set-ItemProperty '{0}' -Name X -Value 1 -WhatIf")]
    [InlineData("Set-ItemProperty '{0}' -Name")]
    public void Commands_PowerShell_would_refuse_or_only_simulate_write_nothing(string format)
    {
        var result = Ps(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, Migration));

        result.AssertNoFindings();
        Assert.Empty(result.Writes);
    }

    [Theory]
    [InlineData("Set-ItemProperty -P '{0}' -Name X -Value 1", "-P")]
    [InlineData("Set-ItemProperty '{0}' -Name X -Value 1 -NoSuchParameter", "-NoSuchParameter")]
    public void Commands_refused_for_a_parameter_name_write_nothing_and_say_why(string format, string parameter)
    {
        var result = Ps(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, Migration));

        Assert.Equal(parameter, result.Text(result.Finding("HV0958").Location.Span));
        Assert.Empty(result.Writes);
    }

    [Theory]
    [InlineData("-Value 1", RegistryValueType.DWord, "1")]
    [InlineData("-Value '1'", RegistryValueType.String, "\"1\"")]
    [InlineData("-Value 4294967296", RegistryValueType.QWord, "4294967296 (0x100000000)")]
    [InlineData("-Value 0xFFFFFFFF", RegistryValueType.DWord, "4294967295 (0xffffffff)")]
    // In argument mode PowerShell reads -1 as the bare word "-1", a string (only unsigned numbers become numbers).
    [InlineData("-Value -1", RegistryValueType.String, "\"-1\"")]
    [InlineData("-Value (-1)", RegistryValueType.DWord, "4294967295 (0xffffffff)")]
    [InlineData("-Value (64 * 1024)", RegistryValueType.DWord, "65536 (0x10000)")]
    [InlineData("-Value (0x1 -bor 0x4)", RegistryValueType.DWord, "5")]
    [InlineData("-Value 1.5", RegistryValueType.String, "\"1.5\"")]
    [InlineData("-Value $true", RegistryValueType.String, "\"True\"")]
    [InlineData("-Value ([byte[]](1, 2, 0xff))", RegistryValueType.Binary, "01,02,ff")]
    [InlineData("-Value ([string[]]('a', 'b'))", RegistryValueType.MultiString, "[\"a\", \"b\"]")]
    [InlineData("-Value 8 -Type String", RegistryValueType.String, "\"8\"")]
    [InlineData("-Value '8' -Type DWord", RegistryValueType.DWord, "8")]
    [InlineData("-Value '0x10' -Type DWord", RegistryValueType.DWord, "16 (0x10)")]
    [InlineData("-Value 4294967295 -Type DWord", RegistryValueType.DWord, "4294967295 (0xffffffff)")]
    [InlineData("-Value 1 -Type QWord", RegistryValueType.QWord, "1")]
    [InlineData("-Value 'a', 'b' -Type MultiString", RegistryValueType.MultiString, "[\"a\", \"b\"]")]
    [InlineData("-Value 'a' -Type multistring", RegistryValueType.MultiString, "[\"a\"]")]
    [InlineData("-Value 1, 2 -Type Binary", RegistryValueType.Binary, "01,02")]
    [InlineData("-Value '%SystemRoot%\\x' -Type ExpandString", RegistryValueType.ExpandString, "\"%SystemRoot%\\x\"")]
    [InlineData("-Value 4 -Type ([Microsoft.Win32.RegistryValueKind]::DWord)", RegistryValueType.DWord, "4")]
    public void Value_type_follows_type_or_the_dotnet_value(string value, RegistryValueType type, string shown)
    {
        var w = Ps($"Set-ItemProperty -Path '{Migration}' -Name X {value}").SingleRegistry();

        Assert.Equal(type, w.Data!.Type);
        Assert.Equal(shown, w.Data.ToDisplayString());
        Assert.Equal(value.Contains("-Type", StringComparison.Ordinal) ? TypeOrigin.Explicit : TypeOrigin.InferredFromValue, w.TypeOrigin);
    }

    [Fact]
    public void Object_arrays_without_type_are_not_guessed()
    {
        var w = Ps($"Set-ItemProperty -Path '{Migration}' -Name X -Value 1, 2").SingleRegistry();

        Assert.Null(w.Data);
        Assert.Equal(Certainty.Unresolved, w.DataCertainty);
    }

    [Fact]
    public void New_ItemProperty_takes_property_type_and_its_type_alias()
    {
        var result = Ps($"""
            New-ItemProperty -Path '{Migration}' -Name A -PropertyType String -Value 8
            New-ItemProperty '{Migration}' B -Type DWord -Value 8 -Force
            New-ItemProperty '{Migration}' C -PropertyType DWord
            """);
        result.AssertNoFindings();
        var w = result.Registry();

        Assert.Equal(RegistryValueType.String, w[0].Data!.Type);
        Assert.Equal("8", w[0].Data!.Text);
        Assert.Equal(TypeOrigin.Explicit, w[0].TypeOrigin);
        Assert.Equal(8UL, w[1].Data!.Number);
        Assert.Equal(0UL, w[2].Data!.Number);
    }

    [Fact]
    public void Key_and_value_cmdlets_and_their_aliases_make_key_and_delete_writes()
    {
        var result = Ps($"""
            New-Item -Path '{Migration}'
            ni 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization' -Name Migration
            mkdir '{Migration}\Networks'
            Remove-ItemProperty -Path '{Migration}' -Name A, B
            rp '{Migration}' C
            Remove-Item '{Migration}\Networks' -Recurse
            del '{Migration}\Old'
            Clear-Item '{Migration}'
            Set-Item -Path '{Migration}' -Value 'text'
            Clear-ItemProperty '{Migration}' -Name D
            """);
        result.AssertNoFindings();
        var ops = result.Registry().Select(w => (w.Operation, w.Key.Name, w.ValueName)).ToArray();

        Assert.Equal(
        [
            (RegistryOperation.CreateKey, "Migration", null),
            (RegistryOperation.CreateKey, "Migration", null),
            (RegistryOperation.CreateKey, "Networks", null),
            (RegistryOperation.DeleteValue, "Migration", "A"),
            (RegistryOperation.DeleteValue, "Migration", "B"),
            (RegistryOperation.DeleteValue, "Migration", "C"),
            (RegistryOperation.DeleteKey, "Networks", null),
            (RegistryOperation.DeleteKey, "Old", null),
            (RegistryOperation.DeleteAllValues, "Migration", null),
            (RegistryOperation.SetValue, "Migration", ""),
            (RegistryOperation.SetValue, "Migration", "D"),
        ], ops);
        Assert.Equal("text", result.Registry()[9].Data!.Text);
        Assert.Null(result.Registry()[10].Data);
    }

    [Fact]
    public void Default_value_is_named_default_in_parentheses()
    {
        var w = Ps($"Set-ItemProperty '{Migration}' -Name '(Default)' -Value 'x'").SingleRegistry();

        Assert.Equal(string.Empty, w.ValueName);
    }

    [Theory]
    [InlineData(@"HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration")]
    [InlineData(@"HKLM:/SOFTWARE/Microsoft/Windows NT/CurrentVersion/Virtualization/Migration")]
    [InlineData(@"hklm:\software\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration\")]
    [InlineData(@"Registry::HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration")]
    [InlineData(@"Registry::HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration")]
    [InlineData(@"Microsoft.PowerShell.Core\Registry::HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration")]
    [InlineData(@"HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Worker\..\Migration")]
    public void Every_path_form_names_the_same_key(string path)
    {
        var w = Ps($"Set-ItemProperty -Path '{path}' -Name MaximumActiveTransfers -Value 8").SingleRegistry();

        Assert.Equal(@"hklm\software\microsoft\windows nt\currentversion\virtualization\migration", w.Key.MatchKey);
    }

    [Theory]
    [InlineData(@"C:\Temp\x")]
    [InlineData(@"Env:\X")]
    [InlineData(@"HKLM:\SOFTWARE\*\Virtualization")]
    [InlineData(@"$env:REGPATH\Migration")]
    public void Paths_that_are_not_one_known_key_write_nothing(string path)
    {
        var result = Ps($"Set-ItemProperty -Path \"{path}\" -Name X -Value 1");

        result.AssertNoFindings();
        Assert.Empty(result.Writes);
    }
}

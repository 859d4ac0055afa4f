using System.Text;
using HvLint.Core.Model;
using HvLint.Parsers.Batch;
using HvLint.Parsers.PowerShell;
using HvLint.Parsers.Reg;

namespace HvLint.Parsers.Tests.Encodings;

/// <summary>
/// Non-ASCII text in every position of a write (and outside one) in every encoding each front
/// end reads: the front end never throws (which the CLI reports as an internal error) and the
/// write it extracts carries the exact characters the shell would use.
/// </summary>
public sealed class NonAsciiEncodingMatrixTests
{
    // Every character here exists in Windows-1252, so each encoding can hold it.
    private const string Latin = "Réseau ©";

    // Beyond Windows-1252: an arrow, an astral character (a surrogate pair) and U+FEFF inside the text.
    private const string Wide = "Réseau © → 😀 x\uFEFFy";

    private const string Key = @"SOFTWARE\Contoso";

    public enum Enc
    {
        Utf8,
        Utf8Bom,
        Utf16LeBom,
        Utf16BeBom,
        Utf32LeBom,
        Ansi,
    }

    /// <summary>Where the non-ASCII text sits; Outside* positions are not part of any write.</summary>
    public enum Where
    {
        LineComment,
        BlockComment,
        Echo,
        KeyPath,
        ValueName,
        Data,
        DoubleQuotedData,
        HereStringData,
        VariableData,
        VariableName,
        DotNetData,
        DscData,
    }

    public static TheoryData<string, Enc, Where> Cases()
    {
        var data = new TheoryData<string, Enc, Where>();
        foreach (var enc in new[] { Enc.Utf8, Enc.Utf8Bom, Enc.Utf16LeBom, Enc.Utf16BeBom, Enc.Ansi })
        {
            foreach (var where in new[] { Where.LineComment, Where.KeyPath, Where.ValueName, Where.Data })
            {
                data.Add("reg", enc, where);
            }
        }

        foreach (var enc in new[] { Enc.Utf8, Enc.Utf8Bom, Enc.Ansi })
        {
            foreach (var where in new[] { Where.LineComment, Where.BlockComment, Where.Echo, Where.KeyPath, Where.ValueName, Where.Data, Where.VariableData })
            {
                data.Add("batch", enc, where);
            }
        }

        foreach (var enc in Enum.GetValues<Enc>())
        {
            foreach (var where in Enum.GetValues<Where>())
            {
                data.Add("powershell", enc, where);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Non_ascii_text_never_breaks_a_front_end_and_reaches_the_write_exactly(string language, Enc enc, Where where)
    {
        var text = enc == Enc.Ansi ? Latin : Wide;
        var script = Script(language, where, text);
        var bytes = Encode(script, enc);

        var result = language switch
        {
            "reg" => new RegFileExtractor().Extract("t.reg", bytes),
            "batch" => new BatchFileExtractor().Extract("t.cmd", bytes),
            _ => new PowerShellScriptExtractor().Extract("t.ps1", bytes),
        };

        if (language == "reg" && enc == Enc.Utf16BeBom)
        {
            // regedit refuses big-endian UTF-16: one finding, no writes.
            Assert.Equal("HV0004", Assert.Single(result.Diagnostics).Rule.Id);
            Assert.Empty(result.Writes);
            return;
        }

        // regedit reads a .reg file without BOM in the ANSI code page, UTF-8 or not: what it
        // stores is the ANSI reading of the UTF-8 bytes (and a finding says so).
        var expected = language == "reg" && enc == Enc.Utf8 ? RegDecoder.Ansi.GetString(Encoding.UTF8.GetBytes(text)) : text;
        var write = Assert.Single(result.Writes.OfType<RegistryWrite>(), w => w.IsValueWrite);
        var shown = where switch
        {
            Where.KeyPath => write.Key.Text,
            Where.ValueName => write.ValueName,
            Where.LineComment or Where.BlockComment or Where.Echo or Where.VariableName => write.Data?.Text,
            _ => write.Data?.Text,
        };
        var wanted = where switch
        {
            Where.KeyPath => @"HKEY_LOCAL_MACHINE\" + Key + @"\" + expected,
            Where.LineComment or Where.BlockComment or Where.Echo or Where.VariableName => "plain",
            _ => expected,
        };
        Assert.Equal(wanted, shown);
        Assert.DoesNotContain(result.Diagnostics, d => d.Rule.Id == "HV0040");
    }

    private static string Script(string language, Where where, string n) => language switch
    {
        "reg" => "Windows Registry Editor Version 5.00\r\n\r\n" + where switch
        {
            Where.LineComment => $"; {n}\r\n[HKEY_LOCAL_MACHINE\\{Key}]\r\n\"Name\"=\"plain\"\r\n",
            Where.KeyPath => $"[HKEY_LOCAL_MACHINE\\{Key}\\{n}]\r\n\"Name\"=\"x\"\r\n",
            Where.ValueName => $"[HKEY_LOCAL_MACHINE\\{Key}]\r\n\"{n}\"=\"x\"\r\n",
            _ => $"[HKEY_LOCAL_MACHINE\\{Key}]\r\n\"Name\"=\"{n}\"\r\n",
        },
        "batch" => "@echo off\r\n" + where switch
        {
            Where.LineComment => $"rem {n}\r\nreg add \"HKLM\\{Key}\" /v Name /t REG_SZ /d plain /f\r\n",
            Where.BlockComment => $":: {n}\r\nreg add \"HKLM\\{Key}\" /v Name /t REG_SZ /d plain /f\r\n",
            Where.Echo => $"echo {n} \"unclosed\r\nreg add \"HKLM\\{Key}\" /v Name /t REG_SZ /d plain /f\r\n",
            Where.KeyPath => $"reg add \"HKLM\\{Key}\\{n}\" /v Name /t REG_SZ /d x /f\r\n",
            Where.ValueName => $"reg add \"HKLM\\{Key}\" /v \"{n}\" /t REG_SZ /d x /f\r\n",
            Where.VariableData => $"set \"V={n}\"\r\nreg add \"HKLM\\{Key}\" /v Name /t REG_SZ /d \"%V%\" /f\r\n",
            _ => $"reg add \"HKLM\\{Key}\" /v Name /t REG_SZ /d \"{n}\" /f\r\n",
        },
        _ => where switch
        {
            Where.LineComment => $"# {n}\nSet-ItemProperty -Path 'HKLM:\\{Key}' -Name Name -Value plain\n",
            Where.BlockComment => $"<# {n} #>\nSet-ItemProperty -Path 'HKLM:\\{Key}' -Name Name -Value plain\n",
            Where.Echo => $"Write-Host \"{n}\"\nSet-ItemProperty -Path 'HKLM:\\{Key}' -Name Name -Value plain\n",
            Where.KeyPath => $"Set-ItemProperty -Path 'HKLM:\\{Key}\\{n}' -Name Name -Value x\n",
            Where.ValueName => $"Set-ItemProperty -Path 'HKLM:\\{Key}' -Name '{n}' -Value x\n",
            Where.DoubleQuotedData => $"Set-ItemProperty -Path 'HKLM:\\{Key}' -Name Name -Value \"{n}\"\n",
            Where.HereStringData => $"Set-ItemProperty -Path 'HKLM:\\{Key}' -Name Name -Value @'\n{n}\n'@\n",
            Where.VariableData => $"$v = '{n}'\nSet-ItemProperty -Path 'HKLM:\\{Key}' -Name Name -Value $v\n",
            Where.VariableName => $"$café = 'plain'\nSet-ItemProperty -Path 'HKLM:\\{Key}' -Name Name -Value $café\n",
            Where.DotNetData => $"[Microsoft.Win32.Registry]::SetValue('HKEY_LOCAL_MACHINE\\{Key}', 'Name', '{n}')\n",
            Where.DscData => "Configuration C {\n  Import-DscResource -ModuleName PSDesiredStateConfiguration\n  Node localhost {\n"
                + $"    Registry R {{\n      Key = 'HKEY_LOCAL_MACHINE\\{Key}'\n      ValueName = 'Name'\n      ValueData = '{n}'\n      ValueType = 'String'\n    }}\n  }}\n}}\n",
            _ => $"Set-ItemProperty -Path 'HKLM:\\{Key}' -Name Name -Value '{n}'\n",
        },
    };

    private static byte[] Encode(string text, Enc enc) => enc switch
    {
        Enc.Utf8 => Encoding.UTF8.GetBytes(text),
        Enc.Utf8Bom => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        Enc.Utf16LeBom => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        Enc.Utf16BeBom => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        Enc.Utf32LeBom => [0xFF, 0xFE, 0x00, 0x00, .. new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetBytes(text)],
        _ => RegDecoder.Ansi.GetBytes(text),
    };
}

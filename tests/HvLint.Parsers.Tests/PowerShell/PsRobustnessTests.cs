using System.Text;
using HvLint.Parsers.PowerShell;

namespace HvLint.Parsers.Tests.PowerShell;

/// <summary>The front end never throws: every prefix of real scripts, and odd input, gives a result.</summary>
public class PsRobustnessTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var dir in new[] { Path.Combine(AppContext.BaseDirectory, "TestData", "powershell"), TestKit.RepoPaths.Combine("examples", "powershell") })
        {
            foreach (var file in Directory.EnumerateFiles(dir, "*.ps1").Order(StringComparer.Ordinal))
            {
                data.Add(file);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_prefix_of_a_sample_is_read_without_throwing(string file)
    {
        var text = File.ReadAllText(file);
        for (var length = 0; length <= text.Length; length += 5)
        {
            var result = new PowerShellScriptExtractor().Extract("prefix.ps1", Encoding.UTF8.GetBytes(text[..length]));
            Assert.NotNull(result.Source);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("\0\0\0")]
    [InlineData("@\"\n")]
    [InlineData("Set-ItemProperty @")]
    [InlineData("$a = $a; Set-ItemProperty $a -Name $a -Value $a")]
    [InlineData("$a = $b; $b = $a; Set-ItemProperty $a X 1")]
    [InlineData("foreach ($x in 1..100000) { Set-ItemProperty \"HKLM:\\SOFTWARE\\$x\" X 1 }")]
    [InlineData("Configuration")]
    [InlineData("configuration X { Registry { } ; Registry Y { Key = } }")]
    [InlineData("& $null; & {}; . $null; bcdedit @(); reg; cmd /c; cmd /c \"\"; Start-Process")]
    [InlineData("[Microsoft.Win32.Registry]::SetValue(); $k = [Microsoft.Win32.Registry]::LocalMachine; $k.SetValue(); $k.OpenSubKey().SetValue('a', 1)")]
    [InlineData("$x = '{0' -f 1; Set-ItemProperty 'HKLM:\\SOFTWARE\\x' -Name $x -Value ([int]::MaxValue + 1)")]
    public void Odd_input_is_read_without_throwing(string text)
    {
        var result = new PowerShellScriptExtractor().Extract("odd.ps1", Encoding.UTF8.GetBytes(text));

        Assert.NotNull(result.Source);
    }
}

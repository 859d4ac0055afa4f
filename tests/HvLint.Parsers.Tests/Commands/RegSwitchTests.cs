using static HvLint.Parsers.Tests.Batch.BatchTestHelpers;

namespace HvLint.Parsers.Tests.Commands;

/// <summary>Command lines reg.exe rejects with "Invalid syntax" (docs/formats.md §2.1, Wine test_command_syntax): a finding and no write.</summary>
public class RegSwitchTests
{
    [Theory]
    [InlineData(@"reg add HKLM\SOFTWARE\T /v Wine /t REG_DWORD /d 0x1 /v Test /f", "/v")]
    [InlineData(@"reg add HKLM\SOFTWARE\T /v dup1 /t REG_DWORD /d 123 /f /t REG_SZ", "/t")]
    [InlineData(@"reg add HKLM\SOFTWARE\T /v dup2 /t REG_DWORD /d 123 /f /d 456", "/d")]
    [InlineData(@"reg add HKLM\SOFTWARE\T /f /f", "/f")]
    [InlineData(@"reg add HKLM\SOFTWARE\T /ve /f /ve", "/ve")]
    [InlineData(@"reg add HKLM\SOFTWARE\T /v abc /d 123 /f /reg:32 /reg:32", "/reg:32")]
    [InlineData(@"reg add HKLM\SOFTWARE\T /v abc /d 123 /f /reg:64 /reg:64", "/reg:64")]
    public void A_switch_given_twice_is_rejected(string line, string duplicate)
    {
        var result = RegCommand(line);

        var message = result.AssertFinding("HV0903", duplicate);
        Assert.Contains("appears twice", message, StringComparison.Ordinal);
        Assert.Empty(result.Writes);
    }

    [Theory]
    [InlineData(@"reg add HKLM\SOFTWARE\T /v Wine /ve", "/ve")]
    [InlineData(@"reg add HKLM\SOFTWARE\T /ve /v Wine", "Wine")]
    [InlineData(@"reg add HKLM\SOFTWARE\T /v abc /d 123 /f /reg:32 /reg:64", "/reg:64")]
    [InlineData(@"reg delete HKLM\SOFTWARE\T /v abc /va /f", "/va")]
    [InlineData(@"reg delete HKLM\SOFTWARE\T /ve /va /f", "/va")]
    public void Switches_that_exclude_each_other_are_rejected(string line, string at)
    {
        var result = RegCommand(line);

        result.AssertFinding("HV0903", at);
        Assert.Empty(result.Writes);
    }

    [Theory]
    [InlineData(@"reg add HKLM\SOFTWARE\T /v", "/v")]
    [InlineData(@"reg add HKLM\SOFTWARE\T /d Test /f /v", "/v")]
    [InlineData(@"reg add HKLM\SOFTWARE\T /v test1 /t REG_SZ /f /d", "/d")]
    [InlineData(@"reg add HKLM\SOFTWARE\T /v X /f /t", "/t")]
    [InlineData(@"reg add HKLM\SOFTWARE\T /v X /f /s", "/s")]
    public void A_switch_without_its_argument_is_rejected(string line, string at)
    {
        var result = RegCommand(line);

        result.AssertFinding("HV0903", at);
        Assert.Empty(result.Writes);
    }

    [Theory]
    [InlineData(@"reg add HKLM\SOFTWARE\T /v invalid1 /a", "/a")]
    [InlineData(@"reg add HKLM\SOFTWARE\T /v invalid2 /ae", "/ae")]
    [InlineData(@"reg add HKLM\SOFTWARE\T /v invalid3 /", "/")]
    [InlineData(@"reg add HKLM\SOFTWARE\T /v invalid4 -", "-")]
    [InlineData(@"reg add HKLM\SOFTWARE\T /v X /va /f", "/va")]
    [InlineData(@"reg delete HKLM\SOFTWARE\T /v X /d 1 /f", "/d")]
    [InlineData(@"reg add HKLM\SOFTWARE\My Key /v X /d 1 /f", "Key")]
    public void Unknown_switches_and_stray_arguments_are_rejected(string line, string at)
    {
        var result = RegCommand(line);

        result.AssertFinding("HV0903", at);
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void A_stray_word_suggests_quoting()
    {
        var message = RegCommand(@"reg add HKLM\SOFTWARE\My Key /v X /d 1 /f").AssertFinding("HV0903", "Key");

        Assert.Contains("double quotes", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reg add")]
    [InlineData("reg delete")]
    public void A_missing_key_is_rejected(string line)
    {
        var result = RegCommand(line);

        result.AssertFinding("HV0903", line);
        Assert.Empty(result.Writes);
    }

    [Theory]
    [InlineData("REG_WORD", "Did you mean REG_DWORD?")]
    [InlineData("DWORD", "Did you mean REG_DWORD?")]
    [InlineData("REG_SZZ", "Did you mean REG_SZ?")]
    public void An_unknown_type_is_rejected_with_a_suggestion(string type, string suggestion)
    {
        var result = RegCommand($@"reg add HKLM\SOFTWARE\T /v X /t {type} /d 1 /f");

        var message = result.AssertFinding("HV0903", type);
        Assert.Contains(suggestion, message, StringComparison.Ordinal);
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void An_empty_type_is_rejected()
    {
        // Wine test_command_syntax: /t "" fails.
        var result = RegCommand(@"reg add HKLM\SOFTWARE\T /v emptyType /t """" /d WineTest /f");

        result.AssertFinding("HV0903", @"""""");
        Assert.Empty(result.Writes);
    }

    [Theory]
    [InlineData(@"/s ""\0""", @"""\0""")]
    [InlineData(@"/s """"", @"""""")]
    [InlineData(@"/s ""#abc""", @"""#abc""")]
    public void The_separator_must_be_exactly_one_character(string separator, string at)
    {
        // Wine test_reg_multi_sz multi5-7.
        var result = RegCommand($@"reg add HKLM\SOFTWARE\T /v X /t REG_MULTI_SZ /d ""a#b"" {separator} /f");

        result.AssertFinding("HV0903", at);
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void Import_takes_one_file_and_optionally_a_view()
    {
        RegCommand(@"reg import settings.reg /reg:64", scriptDirectory: "/scripts").AssertNoFindings();
        RegCommand(@"reg import my settings.reg", scriptDirectory: "/scripts").AssertFinding("HV0903", "settings.reg");
        RegCommand("reg import").AssertFinding("HV0903", "reg import");
    }
}

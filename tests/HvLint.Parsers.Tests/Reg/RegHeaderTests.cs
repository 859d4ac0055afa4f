using static HvLint.Parsers.Tests.Reg.RegTestHelpers;

namespace HvLint.Parsers.Tests.Reg;

/// <summary>docs/formats.md §1.1: the header is compared exactly and case-sensitively after leading blanks.</summary>
public class RegHeaderTests
{
    private const string Rest = "\r\n\r\n[" + Migration + "]\r\n\"MaximumActiveTransfers\"=dword:00000008\r\n";

    [Theory]
    [InlineData("Windows Registry Editor Version 5.00")]
    [InlineData("REGEDIT4")]
    [InlineData("    Windows Registry Editor Version 5.00")]
    [InlineData(" \t REGEDIT4")]
    public void Accepted_headers_import_the_file(string header)
    {
        var result = Ansi(header + Rest);

        result.AssertNoFindings();
        Assert.Equal(2, result.Writes.Count);
    }

    [Theory]
    [InlineData("regedit4", 1, 8)]
    [InlineData("WINDOWS REGISTRY EDITOR VERSION 5.00", 1, 36)]
    [InlineData("Windows Registry Editor version 5.00", 1, 36)]
    [InlineData("Windows Registry Editor Version 4.00", 1, 36)]
    [InlineData("Windows Registry Editor Version 5", 1, 33)]
    [InlineData("Windows Registry Editor Version 5.00 ", 37, 1)]
    [InlineData("; settings for the host", 1, 23)]
    public void Other_headers_import_nothing(string header, int column, int length)
    {
        var result = Ansi(header + Rest);

        result.AssertFindings(("HV0002", 1, column, length));
        Assert.Empty(result.Writes);
        Assert.Contains("imports nothing", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("REGEDIT5")]
    [InlineData("REGEDIT 4")]
    [InlineData("REGEDIT4FOO")]
    [InlineData("REGEDIT4 tuned for Hyper-V")]
    public void Fuzzy_regedit_headers_are_accepted_but_import_nothing(string header)
    {
        var result = Ansi(header + Rest);

        result.AssertFindings(("HV0019", 1, 1, header.Length));
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void Regedit4_with_trailing_blanks_is_a_fuzzy_header()
    {
        var result = Ansi("REGEDIT4 \t" + Rest);

        result.AssertFindings(("HV0019", 1, 9, 2));
        Assert.Contains("spaces or tabs", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void Missing_header_still_reports_problems_on_later_lines_including_line_1()
    {
        var result = Ansi("[HKLM\\SOFTWARE\\Microsoft]\r\n\"A\"=dword:1\r\n\"B\"=dword:x\r\n");

        result.AssertFindings(("HV0002", 1, 1, 25), ("HV0005", 1, 2, 4), ("HV0010", 3, 11, 1));
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void A_blank_first_line_says_the_header_must_come_first()
    {
        var result = Ansi("\r\nWindows Registry Editor Version 5.00" + Rest);

        result.AssertFindings(("HV0002", 1, 1, 0));
        Assert.Contains("line 2", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void A_second_header_in_the_middle_of_the_file_is_harmless()
    {
        var result = Ansi("Windows Registry Editor Version 5.00" + Rest + "\r\nWindows Registry Editor Version 5.00\r\n\"EnableCompression\"=dword:1\r\n");

        result.AssertNoFindings();
        Assert.Equal(3, result.Writes.Count);
    }

    [Fact]
    public void Windows_31_header_imports_only_classes_root_lines()
    {
        var result = Ansi("REGEDIT\r\nHKEY_CLASSES_ROOT\\.vhdx = Windows.VhdFile\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\X]\r\n\"A\"=dword:1\r\n");

        result.AssertFindings(("HV0020", 1, 1, 7));
        Assert.Contains("2 other line(s)", result.Diagnostics[0].Message, StringComparison.Ordinal);
        var write = Assert.Single(result.Writes());
        Assert.Equal(@"HKEY_CLASSES_ROOT\.vhdx", write.Key.Text);
        Assert.Equal(string.Empty, write.ValueName);
        Assert.Equal("Windows.VhdFile", write.Data!.Text);
    }
}

using static HvLint.Parsers.Tests.Reg.RegTestHelpers;

namespace HvLint.Parsers.Tests.Reg;

/// <summary>docs/formats.md §1.2: CR LF, lone LF and lone CR all end a line; no final newline is needed.</summary>
public class RegLineEndingTests
{
    [Fact]
    public void Mixed_line_endings_are_all_line_breaks()
    {
        var result = Ansi("REGEDIT4\r\r[" + Migration + "]\n\"A\"=dword:1\r\"B\"=dword:2\r\n\"C\"=hex:01,\\\r  02\n\"D\"=dword:x");

        Assert.Equal(["A", "B", "C"], result.ValueWrites().Select(w => w.ValueName));
        Assert.Equal(new byte[] { 1, 2 }, result.ValueWrites()[2].Data!.Bytes);
        result.AssertFindings(("HV0010", 8, 11, 1));
    }

    [Fact]
    public void No_final_newline_is_fine()
    {
        var result = Ansi("Windows Registry Editor Version 5.00\n[" + Migration + "]\n\"Wine5\"=\"No newline\"");

        Assert.Equal("No newline", result.SingleValue().Data!.Text);
    }

    [Fact]
    public void Spans_in_a_utf16_file_count_utf16_code_units_without_the_bom()
    {
        var text = Header + "[" + Migration + "]\r\n\"FriendlyName\"=\"\U0001F5A5 host\"\r\n\"Bad\"=dword:x\r\n";
        var result = Utf16(text);

        var finding = result.Finding("HV0010");
        Assert.Equal(text.IndexOf("x\r\n", StringComparison.Ordinal), finding.Location.Span.Start);
        Assert.Equal("\U0001F5A5 host", result.ValueWrites().Single().Data!.Text);
    }
}

using System.Diagnostics;
using System.Text;
using HvLint.Core.Engine;
using HvLint.Parsers.Reg;
using static HvLint.Parsers.Tests.Reg.RegTestHelpers;

namespace HvLint.Parsers.Tests.Reg;

/// <summary>The front end never throws, never hangs and stays linear on any input.</summary>
public class RegRobustnessTests
{
    // Fragments that reach every state of the parser when glued together at random.
    private static readonly string[] s_fragments =
    [
        "Windows Registry Editor Version 5.00", "REGEDIT4", "REGEDIT", "\r\n", "\n", "\r", " ", "\t", "[", "]", "[-", "\"", "\\",
        "\\\"", "\\\\", "\\0", "\\n", "@", "=", "-", ";", "#", ",", ",\\", "dword:", "hex:", "hex(", "hex(2):", "hex(7):", "hex(b):",
        "):", "0x", "00", "ff", "1a4", "fffffffff", "HKEY_LOCAL_MACHINE", "HKLM", "HKEY_DYN_DATA", "Computer\\", "\\SOFTWARE",
        "\"MaximumActiveTransfers\"", "\0", "\u00ff", "\u00fe", "\uFEFF", "\uD800", "Ã©", "qword:", "str:",
    ];

    [Fact]
    public void Random_bytes_never_throw_and_every_span_is_inside_the_text()
    {
        var random = new Random(20240601);
        for (var i = 0; i < 3000; i++)
        {
            var bytes = new byte[random.Next(0, 600)];
            random.NextBytes(bytes);
            if (i % 3 == 0 && bytes.Length >= 2)
            {
                (bytes[0], bytes[1]) = ((byte)0xFF, (byte)0xFE);
            }

            AssertWellFormed(Extract(bytes));
        }
    }

    [Fact]
    public void Random_reg_like_text_never_throws_and_every_span_is_inside_the_text()
    {
        var random = new Random(7);
        for (var i = 0; i < 5000; i++)
        {
            var sb = new StringBuilder(i % 2 == 0 ? Header : string.Empty);
            var count = random.Next(0, 60);
            for (var k = 0; k < count; k++)
            {
                sb.Append(s_fragments[random.Next(s_fragments.Length)]);
            }

            var text = sb.ToString();
            AssertWellFormed(Utf16(text));
            AssertWellFormed(Extract(Encoding.UTF8.GetBytes(text)));
        }
    }

    [Fact]
    public void Five_megabyte_utf16_export_parses_in_linear_time()
    {
        var sb = new StringBuilder(Header);
        var i = 0;
        while (sb.Length < 2_500_000)
        {
            sb.Append('[').Append(VmsMp).Append("\\Nics\\").Append(i).Append("]\r\n")
                .Append("\"FriendlyName\"=\"Virtual NIC ").Append(i).Append("\"\r\n")
                .Append("\"NicType\"=dword:00000002\r\n")
                .Append("\"NicCurrentMacAddress\"=hex:00,15,5d,01,02,03\r\n")
                .Append("\"Tags\"=hex(7):4c,00,4d,00,00,00,46,00,43,00,00,00,00,00,\\\r\n  00,00,00,00,00,00,00,00,00,00,00,00,00,00,00,00,00,00,00,00,00,00,00,00,00,\\\r\n  00,00\r\n")
                .Append("; comment\r\n\r\n");
            i++;
        }

        var bytes = (byte[])[0xFF, 0xFE, .. Encoding.Unicode.GetBytes(sb.ToString())];
        Assert.True(bytes.Length >= 5_000_000);
        Extract(bytes);
        var watch = Stopwatch.StartNew();
        var result = Extract(bytes);
        watch.Stop();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(i * 5, result.Writes.Count);
        // A guard against quadratic behaviour, not a speed target: timings are measured in a
        // benchmark, never asserted tightly in a unit test that shares a loaded CI machine.
        Assert.True(watch.ElapsedMilliseconds < 30_000, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Theory]
    [InlineData('[')]
    [InlineData(']')]
    [InlineData('"')]
    [InlineData('\\')]
    [InlineData(',')]
    [InlineData('0')]
    [InlineData('\0')]
    [InlineData('\r')]
    public void Megabyte_runs_of_one_character_stay_linear(char c)
    {
        var prefixes = new[] { string.Empty, "[", "\"x\"=\"", "\"x\"=hex:", "\"x\"=dword:", "[HKEY_LOCAL_MACHINE\\", "HKEY_" };
        foreach (var prefix in prefixes)
        {
            var text = Header + "[" + Migration + "]\r\n" + prefix + new string(c, 1_000_000);
            var watch = Stopwatch.StartNew();
            var result = Ansi(text);
            watch.Stop();

            AssertWellFormed(result);
            Assert.True(watch.ElapsedMilliseconds < 15_000, $"'{c}' after '{prefix}' took {watch.ElapsedMilliseconds} ms");
        }
    }

    [Fact]
    public void A_hundred_thousand_hex_continuation_lines_are_one_value()
    {
        var sb = new StringBuilder(Header + "[" + Migration + "]\r\n\"Big\"=hex:");
        for (var k = 0; k < 100_000; k++)
        {
            sb.Append("01,02,03,04,\\\r\n  ");
        }

        sb.Append("05\r\n");
        var result = Ansi(sb.ToString());

        Assert.Equal(400_001, result.SingleValue().Data!.Bytes!.Count);
    }

    private static void AssertWellFormed(ExtractionResult result)
    {
        var length = result.Source.Text.Length;
        foreach (var d in result.Diagnostics)
        {
            Assert.Contains(d.Rule, RegDiagnostics.All);
            Assert.InRange(d.Location.Span.Start, 0, length);
            Assert.InRange(d.Location.Span.End, d.Location.Span.Start, length);
            Assert.False(string.IsNullOrWhiteSpace(d.Message));
            Assert.True(d.Message.Length < 1200, "messages quote clipped text, not whole lines: " + d.Message[..Math.Min(200, d.Message.Length)]);
        }

        var order = 0;
        foreach (var w in result.Writes())
        {
            Assert.Equal(order++, w.Order);
            foreach (var span in new[] { w.Span, w.KeySpan, w.NameSpan ?? w.Span, w.DataSpan ?? w.Span })
            {
                Assert.InRange(span.Start, 0, length);
                Assert.InRange(span.End, span.Start, length);
            }

            Assert.True(w.Span.Start <= w.KeySpan.Start || w.IsValueWrite, "a key write's span covers its key");
        }
    }
}

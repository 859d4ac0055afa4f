using HvLint.Core.Model;
using HvLint.Parsers.Commands;

namespace HvLint.Parsers.Tests.Commands;

/// <summary>
/// The Sprache grammars of bcdedit's structured forms (docs/formats.md §3.1, §3.3): a PCI
/// location (busparams), a debugger key, and the NAME:value options of /dbgsettings and
/// /hypervisorsettings. Each grammar must take the whole text.
/// </summary>
public class BcdEditGrammarTests
{
    [Theory]
    [InlineData("0.25.0", 0, 25, 0)]
    [InlineData("255.31.7", 255, 31, 7)]
    [InlineData("999.999.999", 999, 999, 999)]
    [InlineData("007.01.1", 7, 1, 1)]
    // Any Unicode decimal digit counts, as the \d of the regular expression it replaces did.
    [InlineData("\u0660.\u0662\u0665.\u0660", 0, 25, 0)]
    public void A_bus_location_is_three_numbers_of_one_to_three_digits(string text, int bus, int device, int function)
    {
        Assert.True(BcdEditGrammar.TryParseAll(BcdEditGrammar.BusLocation, text, out var location));
        Assert.Equal(new BcdBusLocation(bus, device, function), location);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0.25")]
    [InlineData("0.25.0.1")]
    [InlineData("1000.0.0")]
    [InlineData("0.1000.0")]
    [InlineData("0.0.1000")]
    [InlineData("0..0")]
    [InlineData(".0.0")]
    [InlineData("0.0.")]
    [InlineData("0x1.0.0")]
    [InlineData("a.b.c")]
    [InlineData("0,25,0")]
    [InlineData("-1.0.0")]
    [InlineData("0.25.0 ")]
    [InlineData(" 0.25.0")]
    public void Other_text_is_not_a_bus_location(string text)
    {
        Assert.False(BcdEditGrammar.TryParseAll(BcdEditGrammar.BusLocation, text, out _));
    }

    [Theory]
    [InlineData("1.2.3.4")]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData(".")]
    [InlineData("2steg4fzbj2sz.23418vzkd4ko3.1g34ou07z4pev.1sp3yo9yz874p")]
    public void A_debugger_key_is_digits_lower_case_letters_and_dots(string text)
    {
        Assert.True(BcdEditGrammar.TryParseAll(BcdEditGrammar.DebugKey, text, out var key));
        Assert.Equal(text, key);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ABC")]
    [InlineData("1.2.3.X")]
    [InlineData("a-b")]
    [InlineData("a b")]
    [InlineData("a_b")]
    [InlineData("\u00e9")]
    public void Other_text_is_not_a_debugger_key(string text)
    {
        Assert.False(BcdEditGrammar.TryParseAll(BcdEditGrammar.DebugKey, text, out _));
    }

    [Theory]
    [InlineData("HOSTIP:192.168.1.2", "HOSTIP", "192.168.1.2")]
    [InlineData("port:50000", "port", "50000")]
    [InlineData("KEY:1.2.3.4", "KEY", "1.2.3.4")]
    [InlineData("BUSPARAMS:0.25.0", "BUSPARAMS", "0.25.0")]
    // The name ends at the first colon; the value is everything after it, colons included.
    [InlineData("TARGETNAME:a:b", "TARGETNAME", "a:b")]
    [InlineData("PORT:", "PORT", "")]
    [InlineData("x:", "x", "")]
    [InlineData("HOSTIP: 1.2.3.4", "HOSTIP", " 1.2.3.4")]
    public void An_option_is_a_name_a_colon_and_the_rest(string text, string name, string value)
    {
        Assert.True(BcdEditGrammar.TryParseAll(BcdEditGrammar.Option, text, out var option));
        Assert.Equal((name, value), (option.Name, option.Value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("nodhcp")]
    [InlineData(":50000")]
    [InlineData("::")]
    public void A_word_without_a_name_before_a_colon_is_not_an_option(string text)
    {
        Assert.False(BcdEditGrammar.TryParseAll(BcdEditGrammar.Option, text, out _));
    }
}

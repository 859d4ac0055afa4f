using HvLint.Core.Model;
using Sprache;

namespace HvLint.Parsers.Commands;

/// <summary>
/// The small structured forms of bcdedit's command line, as Sprache grammars: the
/// <c>NAME:value</c> options of /dbgsettings and /hypervisorsettings (HOSTIP:, PORT:, KEY:,
/// BUSPARAMS:, ...) and the value forms of the busparams and key elements (docs/formats.md §3.1,
/// §3.3). Each grammar takes the whole text, so what it accepts can be read off it.
/// </summary>
/// <remarks>
/// Booleans and numbers are not grammars: bcdedit's boolean spellings are a table, and numbers
/// are read by <see cref="ulong.TryParse(string, System.Globalization.NumberStyles, IFormatProvider, out ulong)"/>,
/// whose overflow check a grammar would have to repeat. An IPv4 address is read by
/// <see cref="System.Net.IPAddress.TryParse(string, out System.Net.IPAddress)"/> for the same reason.
/// </remarks>
internal static class BcdEditGrammar
{
    // 1 to 3 decimal digits: any Unicode decimal digit, as char.IsDigit (and a regular expression's \d) reads them.
    private static readonly Parser<int> s_busNumber =
        Parse.Digit.Repeat(1, 3).Select(digits => digits.Aggregate(0, (n, c) => (n * 10) + (int)char.GetNumericValue(c)));

    /// <summary>bus.device.function: three numbers of 1 to 3 digits, separated by dots (busparams, BUSPARAMS:).</summary>
    public static readonly Parser<BcdBusLocation> BusLocation =
        (from bus in s_busNumber
         from dot1 in Parse.Char('.')
         from device in s_busNumber
         from dot2 in Parse.Char('.')
         from function in s_busNumber
         select new BcdBusLocation(bus, device, function)).End();

    /// <summary>A debugger key (key, hypervisorusekey, KEY:): one or more of 0-9, a-z and dots, in lower case.</summary>
    public static readonly Parser<string> DebugKey =
        Parse.Chars("0123456789abcdefghijklmnopqrstuvwxyz.").AtLeastOnce().Text().End();

    /// <summary>
    /// An option of /dbgsettings or /hypervisorsettings: a name of at least one character, a
    /// colon, and the value (possibly empty, which the interpreter reports) up to the end.
    /// </summary>
    public static readonly Parser<DebugOption> Option =
        (from name in Parse.CharExcept(':').AtLeastOnce().Text()
         from colon in Parse.Char(':')
         from value in Parse.AnyChar.Many().Text()
         select new DebugOption(name, value)).End();

    /// <summary>Whether <paramref name="text"/> is a <paramref name="grammar"/>, and its value.</summary>
    public static bool TryParseAll<T>(Parser<T> grammar, string text, out T value)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        var result = grammar.TryParse(text);
        value = result.WasSuccessful ? result.Value : default!;
        return result.WasSuccessful;
    }

    /// <summary>A <c>NAME:value</c> option: the name before the first colon and the text after it.</summary>
    /// <param name="Name">The option name as written (DEBUGPORT, hostip, ...).</param>
    /// <param name="Value">The text after the colon; empty when nothing follows it.</param>
    public readonly record struct DebugOption(string Name, string Value);
}

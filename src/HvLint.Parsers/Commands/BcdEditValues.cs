using System.Globalization;
using System.Net;
using System.Net.Sockets;
using HvLint.Core.Model;

namespace HvLint.Parsers.Commands;

/// <summary>
/// Reads a bcdedit value once, for every element type at once (docs/formats.md §3.3): the
/// interpreter does not know the element's type, the rules do (from the catalog), so the
/// <see cref="BcdValue"/> carries each reading the text has and the rules pick theirs.
/// </summary>
internal static class BcdEditValues
{
    /// <summary>The value <paramref name="text"/> with its readings; a value computed at run time has none.</summary>
    public static BcdValue Read(string text, Certainty certainty)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (certainty == Certainty.Unresolved)
        {
            return new BcdValue(text);
        }

        var keyword = text.Trim();
        return new BcdValue(text)
        {
            Boolean = ParseBoolean(keyword),
            Integer = TryParseInteger(keyword, out var n) ? n : null,
            IsIpv4Address = IsIpv4(keyword),
            BusLocation = BcdEditGrammar.TryParseAll(BcdEditGrammar.BusLocation, keyword, out var bus) ? bus : null,
            IsDebugKey = BcdEditGrammar.TryParseAll(BcdEditGrammar.DebugKey, keyword, out _),
        };
    }

    /// <summary>bcdedit's boolean spellings: 1, ON, YES, TRUE and 0, OFF, NO, FALSE, any case (docs/formats.md §3.3).</summary>
    private static bool? ParseBoolean(string keyword) => keyword.ToUpperInvariant() switch
    {
        "1" or "ON" or "YES" or "TRUE" => true,
        "0" or "OFF" or "NO" or "FALSE" => false,
        _ => null,
    };

    /// <summary>A decimal or 0x-hex integer that fits 64 bits.</summary>
    private static bool TryParseInteger(string keyword, out ulong number) =>
        keyword.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? ulong.TryParse(keyword.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out number)
            : ulong.TryParse(keyword, NumberStyles.None, CultureInfo.InvariantCulture, out number);

    /// <summary>A dotted IPv4 address with four parts.</summary>
    private static bool IsIpv4(string keyword) =>
        keyword.Count(c => c == '.') == 3 && IPAddress.TryParse(keyword, out var ip) && ip.AddressFamily == AddressFamily.InterNetwork;
}

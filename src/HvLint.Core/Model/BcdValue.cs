using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace HvLint.Core.Model;

/// <summary>
/// The value of a bcdedit /set, read once by the bcdedit interpreter, as Roslyn hands analyzers
/// a literal's constant value. bcdedit reads the text according to the element's type, which
/// the catalog knows and the interpreter does not, so the value carries each reading the text
/// has (docs/formats.md §3.3): <c>1</c> is both the boolean true and the number 1, <c>0.25.0</c>
/// a PCI location, <c>Auto</c> only a keyword. A rule picks the reading its catalog entry's
/// value kind asks for; a reading the text does not have is null (or false). A value computed
/// at run time has no readings.
/// </summary>
public sealed class BcdValue
{
    /// <summary>Creates a value with the text as written; the interpreter adds its readings.</summary>
    public BcdValue(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Keyword = text.Trim();
    }

    /// <summary>The value as written (a value written as several arguments is joined by single spaces).</summary>
    public string Text { get; }

    /// <summary>The text without surrounding white space: what bcdedit matches keywords and numbers against.</summary>
    public string Keyword { get; }

    /// <summary>The boolean the text spells (1, ON, YES, TRUE; 0, OFF, NO, FALSE, in any case), or null.</summary>
    public bool? Boolean { get; init; }

    /// <summary>The number the text spells (decimal, or hexadecimal after 0x), or null.</summary>
    public ulong? Integer { get; init; }

    /// <summary>Whether the text is an IPv4 address in dotted form with four parts.</summary>
    public bool IsIpv4Address { get; init; }

    /// <summary>The PCI location the text spells as bus.device.function (busparams), or null.</summary>
    public BcdBusLocation? BusLocation { get; init; }

    /// <summary>Whether the text is a debugger key: the characters 0-9, a-z and dots only.</summary>
    public bool IsDebugKey { get; init; }

    /// <summary>
    /// The readings of <paramref name="text"/> that need no grammar: the boolean and number it
    /// spells, whether it is an IPv4 address. The bcdedit interpreter adds the rest; a rule that
    /// compares text from another store (a REG_SZ fallback, a catalog keyword) with a BCD value
    /// reads it here, as bcdedit would.
    /// </summary>
    public static BcdValue Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var keyword = text.Trim();
        return new BcdValue(text)
        {
            Boolean = ReadBoolean(keyword),
            Integer = ReadInteger(keyword),
            IsIpv4Address = keyword.Count(c => c == '.') == 3 && IPAddress.TryParse(keyword, out var ip) && ip.AddressFamily == AddressFamily.InterNetwork,
        };
    }

    /// <summary>Whether the value is the keyword <paramref name="keyword"/>, in any case.</summary>
    public bool Is(string keyword) => Keyword.Equals(keyword, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override string ToString() => Text;

    // bcdedit's boolean spellings: 1, ON, YES, TRUE and 0, OFF, NO, FALSE, any case (docs/formats.md §3.3).
    private static bool? ReadBoolean(string keyword) => keyword.ToUpperInvariant() switch
    {
        "1" or "ON" or "YES" or "TRUE" => true,
        "0" or "OFF" or "NO" or "FALSE" => false,
        _ => null,
    };

    // A decimal or 0x-hex integer that fits 64 bits.
    private static ulong? ReadInteger(string keyword) =>
        (keyword.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? ulong.TryParse(keyword.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var number)
            : ulong.TryParse(keyword, NumberStyles.None, CultureInfo.InvariantCulture, out number)) ? number : null;
}

/// <summary>A PCI location written bus.device.function, as the busparams elements take it (docs/formats.md §3.3).</summary>
/// <param name="Bus">The bus number.</param>
/// <param name="Device">The device number.</param>
/// <param name="Function">The function number.</param>
public readonly record struct BcdBusLocation(int Bus, int Device, int Function);

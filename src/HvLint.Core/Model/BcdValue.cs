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

    /// <summary>Whether the value is the keyword <paramref name="keyword"/>, in any case.</summary>
    public bool Is(string keyword) => Keyword.Equals(keyword, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override string ToString() => Text;
}

/// <summary>A PCI location written bus.device.function, as the busparams elements take it (docs/formats.md §3.3).</summary>
/// <param name="Bus">The bus number.</param>
/// <param name="Device">The device number.</param>
/// <param name="Function">The function number.</param>
public readonly record struct BcdBusLocation(int Bus, int Device, int Function);

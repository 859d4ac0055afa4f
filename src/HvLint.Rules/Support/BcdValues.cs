using System.Globalization;
using System.Net;
using HvLint.Core.Catalog;
using HvLint.Core.Model;

namespace HvLint.Rules.Bcd;

/// <summary>How bcdedit reads element values and object identifiers (docs/formats.md §3.2, §3.3).</summary>
internal static class BcdValues
{
    private static readonly Dictionary<string, string> s_objectKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["{current}"] = "osloader",
        ["{default}"] = "osloader",
        ["{bootmgr}"] = "bootmgr",
        ["{fwbootmgr}"] = "fwbootmgr",
        ["{memdiag}"] = "memdiag",
        ["{ntldr}"] = "ntldr",
        ["{dbgsettings}"] = "dbgsettings",
        ["{emssettings}"] = "emssettings",
        ["{badmemory}"] = "badmemory",
        ["{globalsettings}"] = "globalsettings",
        ["{bootloadersettings}"] = "bootloadersettings",
        ["{resumeloadersettings}"] = "resumeloadersettings",
        ["{hypervisorsettings}"] = "hypervisorsettings",
        ["{ramdiskoptions}"] = "ramdiskoptions",
    };

    /// <summary>
    /// The kind of object an identifier names (osloader, bootmgr, ...), or null when it cannot
    /// be known statically (a GUID of an entry created elsewhere).
    /// </summary>
    public static string? ObjectKind(string objectId)
    {
        ArgumentNullException.ThrowIfNull(objectId);
        if (s_objectKinds.TryGetValue(objectId, out var kind))
        {
            return kind;
        }

        // A copy of an OS loader entry (bcdedit /copy {current}) is an OS loader entry.
        return objectId.StartsWith("copy-of:", StringComparison.OrdinalIgnoreCase) && ObjectKind(objectId["copy-of:".Length..]) == "osloader" ? "osloader" : null;
    }

    /// <summary>bcdedit's boolean spellings: 1, ON, YES, TRUE and 0, OFF, NO, FALSE, any case (docs/formats.md §3.3).</summary>
    public static bool? ParseBoolean(string value) => value.Trim().ToUpperInvariant() switch
    {
        "1" or "ON" or "YES" or "TRUE" => true,
        "0" or "OFF" or "NO" or "FALSE" => false,
        _ => null,
    };

    /// <summary>A decimal or 0x-hex integer.</summary>
    public static bool TryParseInteger(string value, out ulong number)
    {
        var text = value.Trim();
        return text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? ulong.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out number)
            : ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>The enum value a keyword or number selects, case-insensitively.</summary>
    public static EnumValue? MatchEnum(ValueConstraint constraint, string value)
    {
        var text = value.Trim();
        foreach (var v in constraint.Values)
        {
            if (v.Name is { } name && name.Equals(text, StringComparison.OrdinalIgnoreCase)
                || v.Aliases.Any(a => a.Equals(text, StringComparison.OrdinalIgnoreCase))
                || v.Value.Text is { } t && t.Equals(text, StringComparison.OrdinalIgnoreCase)
                || v.Value.Number is { } n && TryParseInteger(text, out var parsed) && parsed == n)
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>The keywords an enum accepts, for messages: "Off or Auto".</summary>
    public static string Keywords(ValueConstraint constraint)
    {
        var names = constraint.Values.Select(v => v.Name ?? v.Value.ToString()).ToArray();
        return names.Length switch
        {
            0 => string.Empty,
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + " or " + names[^1],
        };
    }

    /// <summary>A dotted IPv4 address with four parts.</summary>
    public static bool IsIpv4(string value) =>
        value.Count(c => c == '.') == 3 && IPAddress.TryParse(value, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork;

    /// <summary>Whether a BCD write's value is known (set, not computed at run time).</summary>
    public static bool HasKnownValue(BcdWrite write, out string value)
    {
        value = write.Value ?? string.Empty;
        return write.Operation == BcdOperation.Set && write.Value is not null && write.ValueCertainty != Certainty.Unresolved;
    }

    /// <summary>
    /// Whether the value switches the element "on" in the security sense: a true boolean, a
    /// non-zero number, or an enum value stored as non-zero.
    /// </summary>
    public static bool? IsNonZero(CatalogEntry entry, string value)
    {
        if (entry.Constraint?.Kind == ConstraintKind.Boolean)
        {
            return ParseBoolean(value);
        }

        if (TryParseInteger(value, out var n))
        {
            return n != 0;
        }

        return entry.Constraint is { Kind: ConstraintKind.Enum } c && MatchEnum(c, value) is { Value.Number: { } number } ? number != 0 : null;
    }

    /// <summary>The same value in bcdedit's eyes (booleans and enum keywords normalised).</summary>
    public static bool SameValue(CatalogEntry? entry, string a, string b)
    {
        if (string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (entry?.Constraint is { } c)
        {
            if (c.Kind == ConstraintKind.Boolean && ParseBoolean(a) is { } x && ParseBoolean(b) is { } y)
            {
                return x == y;
            }

            if (c.Kind == ConstraintKind.Enum && MatchEnum(c, a) is { } ea && MatchEnum(c, b) is { } eb)
            {
                return ReferenceEquals(ea, eb);
            }
        }

        return TryParseInteger(a, out var na) && TryParseInteger(b, out var nb) && na == nb;
    }

    /// <summary>The catalog name of the element a write targets (documented spelling), or the name as written.</summary>
    public static string CanonicalElement(BcdWrite write, CatalogEntry? entry) => entry?.Name ?? write.Element.ToLowerInvariant();
}

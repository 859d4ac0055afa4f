using System.Globalization;
using HvLint.Core.Model;

namespace HvLint.Parsers.PowerShell;

/// <summary>
/// What the registry provider stores for a -Value (docs/formats.md §4.1): with -Type, the value converted
/// to that kind; without it, the kind follows the .NET type of the value (Int32 → REG_DWORD,
/// Int64 → REG_QWORD, String → REG_SZ, String[] → REG_MULTI_SZ, Byte[] → REG_BINARY, anything
/// else → its text as REG_SZ, as RegistryKey.SetValue does).
/// </summary>
internal static class RegistryConversion
{
    /// <summary>A -Type whose value could not be followed.</summary>
    public const string UnknownKind = "?";

    /// <summary>The data, or null when unknown; or, when PowerShell certainly fails to convert, why.</summary>
    public sealed record Result(RegistryData? Data, Certainty Certainty, string? NotConvertible = null, string? Suggestion = null);

    private static readonly string[] s_kinds = ["String", "ExpandString", "Binary", "DWord", "MultiString", "QWord", "Unknown", "None"];

    /// <summary>Whether a type name is reg.exe's spelling (REG_DWORD), which PowerShell rejects.</summary>
    public static bool IsRegExeTypeName(string text) => text.Trim().StartsWith("REG_", StringComparison.OrdinalIgnoreCase);

    /// <summary>The RegistryValueKind name for a reg.exe type name, or null.</summary>
    public static string? KindForRegExeType(string text) => text.Trim().ToUpperInvariant() switch
    {
        "REG_SZ" => "String",
        "REG_EXPAND_SZ" => "ExpandString",
        "REG_BINARY" => "Binary",
        "REG_DWORD" or "REG_DWORD_LITTLE_ENDIAN" => "DWord",
        "REG_MULTI_SZ" => "MultiString",
        "REG_QWORD" or "REG_QWORD_LITTLE_ENDIAN" => "QWord",
        "REG_NONE" => "None",
        _ => null,
    };

    /// <summary>
    /// A RegistryValueKind name as Enum.Parse reads it (case-insensitive, surrounding blanks,
    /// or the number of a member), canonically spelt; null when PowerShell rejects it.
    /// </summary>
    public static string? ParseKind(string text)
    {
        var t = text.Trim();
        var named = s_kinds.FirstOrDefault(k => k.Equals(t, StringComparison.OrdinalIgnoreCase));
        if (named is not null)
        {
            return named;
        }

        return int.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? KindName(n) : null;
    }

    /// <summary>The RegistryValueKind member of a number, as the enum defines them (PowerShell's [RegistryValueKind]4, C#'s (RegistryValueKind)4).</summary>
    public static string? KindName(int value) => value switch
    {
        -1 => "None",
        0 => "Unknown",
        1 => "String",
        2 => "ExpandString",
        3 => "Binary",
        4 => "DWord",
        7 => "MultiString",
        11 => "QWord",
        _ => null,
    };

    /// <summary>Converts a value (null: not given) to what is stored; <paramref name="kind"/> null infers the kind.</summary>
    public static Result Convert(PsValue? value, string? kind)
    {
        if (kind == UnknownKind || value is PsUnknown)
        {
            return new Result(null, Certainty.Unresolved);
        }

        var certainty = value?.Certainty ?? Certainty.Literal;
        if (kind is null or "Unknown")
        {
            return Infer(value, certainty);
        }

        switch (kind)
        {
            case "String" or "ExpandString":
                var text = value is null or PsNull ? string.Empty : value.AsText();
                return text is null ? new Result(null, Certainty.Unresolved) : new Result(RegistryData.FromString(kind == "String" ? RegistryValueType.String : RegistryValueType.ExpandString, text), certainty);
            case "DWord":
                return Number(value, certainty, int.MinValue, uint.MaxValue, "DWord", n => RegistryData.DWord(unchecked((uint)n)));
            case "QWord":
                return Number(value, certainty, long.MinValue, long.MaxValue, "QWord", n => RegistryData.QWord(unchecked((ulong)n)));
            case "MultiString":
                if (value is null or PsNull)
                {
                    return new Result(RegistryData.MultiString([]), certainty);
                }

                var strings = (value is PsArray a ? a.Items : [value]).Select(i => i.AsText()).ToArray();
                return strings.Any(s => s is null) ? new Result(null, Certainty.Unresolved) : new Result(RegistryData.MultiString(strings!), certainty);
            case "Binary" or "None":
                var raw = kind == "Binary" ? (uint)RegistryValueType.Binary : (uint)RegistryValueType.None;
                if (value is null or PsNull)
                {
                    return new Result(RegistryData.Raw(raw, []), certainty);
                }

                var bytes = Bytes(value);
                return bytes is null ? new Result(null, Certainty.Unresolved) : new Result(RegistryData.Raw(raw, bytes), certainty);
            default:
                return new Result(null, Certainty.Unresolved);
        }
    }

    /// <summary>
    /// "the number 3000000000 (an Int64)" when the script passes a number that ends up stored as
    /// text, so that a message does not call what the script wrote "a string"; otherwise null.
    /// </summary>
    public static string? DescribeNumberStoredAsText(PsValue? value, RegistryData? data) =>
        value is PsNumber n && data?.Text is not null
            ? $"the number {n.AsText()} (a{(n.Value is int or long ? "n" : string.Empty)} {n.Value.GetType().Name})"
            : null;

    // GetValueKindFromObject, then RegistryKey.SetValue's own inference for the rest.
    private static Result Infer(PsValue? value, Certainty certainty)
    {
        switch (value)
        {
            case null or PsNull:
                return new Result(RegistryData.FromString(RegistryValueType.String, string.Empty), certainty);
            case PsNumber { Value: int i }:
                return new Result(RegistryData.DWord(unchecked((uint)i)), certainty);
            case PsNumber { Value: long l }:
                return new Result(RegistryData.QWord(unchecked((ulong)l)), certainty);
            case PsArray { Kind: PsArrayKind.Byte } bytes:
                return Bytes(bytes) is { } b ? new Result(RegistryData.Raw((uint)RegistryValueType.Binary, b), certainty) : new Result(null, Certainty.Unresolved);
            case PsArray { Kind: PsArrayKind.String } strings:
                var list = strings.Items.Select(s => s.AsText()).ToArray();
                return list.Any(s => s is null) ? new Result(null, Certainty.Unresolved) : new Result(RegistryData.MultiString(list!), certainty);
            case PsArray:
                // An object[] (1,2 or @('a','b')) has no registry kind: SetValue throws.
                return new Result(null, Certainty.Unresolved);
            case PsString or PsNumber or PsBool or PsEnum:
                return new Result(RegistryData.FromString(RegistryValueType.String, value.AsText()!), certainty);
            default:
                return new Result(null, Certainty.Unresolved);
        }
    }

    private static Result Number(PsValue? value, Certainty certainty, long min, ulong max, string kind, Func<long, RegistryData> make)
    {
        if (value is null or PsNull)
        {
            return new Result(make(0), certainty);
        }

        if (value is PsNumber { Value: ulong big } && big <= max)
        {
            return new Result(make(unchecked((long)big)), certainty);
        }

        var n = value is PsArray ? null : ValueEvaluator.ToNumber(value);
        if (n is { } v)
        {
            if (v >= min && (v < 0 || (ulong)v <= max))
            {
                return new Result(make(v), certainty);
            }

            return new Result(null, certainty, $"{value.AsText()} does not fit in a {kind}", kind == "DWord" ? "0 to 4294967295" : "0 to 18446744073709551615");
        }

        if (value is PsString s && CertainlyNotNumber(s.Value))
        {
            var hex = IsHexWithoutPrefix(s.Value.Trim());
            return new Result(null, certainty, $"PowerShell cannot convert '{s.Value}' to a {kind} number", hex ? $"0x{s.Value.Trim()}" : "1 or 0x10");
        }

        return new Result(null, Certainty.Unresolved);
    }

    // Text that no PowerShell number conversion accepts: hexadecimal digits without 0x (the
    // documented '0000000a' failure, docs/formats.md §4.1), or words with no digit at all.
    private static bool CertainlyNotNumber(string text)
    {
        var t = text.Trim();
        return t.Length > 0 && (IsHexWithoutPrefix(t) || !t.Any(char.IsAsciiDigit));
    }

    private static bool IsHexWithoutPrefix(string t) =>
        t.Length > 0 && t.All(char.IsAsciiHexDigit) && t.Any(char.IsAsciiLetter) && t.Any(char.IsAsciiDigit);

    private static byte[]? Bytes(PsValue value)
    {
        var items = value is PsArray a ? a.Items : [value];
        var bytes = new byte[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not PsNumber n || ValueEvaluator.ToLong(n.Value) is not { } b || b is < 0 or > 255)
            {
                return null;
            }

            bytes[i] = (byte)b;
        }

        return bytes;
    }
}

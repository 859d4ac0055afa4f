using System.Globalization;
using HvLint.Core.Model;

namespace HvLint.Parsers.CSharp;

/// <summary>
/// What RegistryKey.SetValue stores for a C# value (docs/formats.md §4.4). Without a kind (or
/// with RegistryValueKind.Unknown) the kind follows the value's type: an int is a DWORD, a
/// string[] a MULTI_SZ, a byte[] a BINARY, and anything else, a long or a uint included, its
/// ToString() as REG_SZ. With a kind, String/ExpandString store ToString(), DWord and QWord
/// convert with Convert.ToInt32/ToInt64, MultiString needs a string[] and Binary/None a byte[];
/// a value that does not convert makes SetValue throw, and nothing is written.
/// </summary>
internal static class CSharpConversion
{
    /// <summary>The data (null: unknown), how sure it is, whether SetValue certainly throws, and how the value is written when that differs from what is stored.</summary>
    public sealed record Result(RegistryData? Data, Certainty Certainty, bool Fails = false, string? AsWritten = null);

    private static readonly Result s_unknown = new(null, Certainty.Unresolved);

    /// <summary>Converts a value; <paramref name="kind"/> is a RegistryValueKind member, "?" for one not known, or null for none.</summary>
    public static Result Convert(CsValue value, string? kind)
    {
        if (!value.IsKnown || kind == "?")
        {
            return s_unknown;
        }

        var certainty = value.Certainty;
        switch (kind)
        {
            case null or "Unknown":
                return value switch
                {
                    CsNumber { IsInt32: true } n => new Result(RegistryData.DWord(unchecked((uint)(int)n.Value)), certainty),
                    CsNumber n => new Result(RegistryData.FromString(RegistryValueType.String, CSharpEvaluator.NumberText(n)), certainty, AsWritten: $"the number {CSharpEvaluator.NumberText(n)} (a{(n.TypeName is "uint" or "ulong" ? " " : "n ")}{ClrName(n.TypeName)})"),
                    CsArray { ElementType: "byte" } bytes => new Result(RegistryData.Raw((uint)RegistryValueType.Binary, Bytes(bytes)), certainty),
                    CsArray { ElementType: "string" } strings when strings.Items.All(i => i is CsString) => new Result(RegistryData.MultiString([.. strings.Items.Select(i => ((CsString)i).Value)]), certainty),
                    CsString or CsBool when value.AsText() is { } text => new Result(RegistryData.FromString(RegistryValueType.String, text), certainty),
                    // SetValue(name, null) throws ArgumentNullException.
                    CsNull => new Result(null, certainty, Fails: true),
                    _ => s_unknown,
                };
            case "String" or "ExpandString":
                var type = kind == "String" ? RegistryValueType.String : RegistryValueType.ExpandString;
                return value is CsString or CsNumber or CsBool && value.AsText() is { } s ? new Result(RegistryData.FromString(type, s), certainty) : s_unknown;
            case "DWord":
                return Number(value, certainty, int.MinValue, int.MaxValue, n => RegistryData.DWord(unchecked((uint)(int)n)));
            case "QWord":
                return Number(value, certainty, long.MinValue, long.MaxValue, n => RegistryData.QWord(unchecked((ulong)(long)n)));
            case "MultiString":
                return value switch
                {
                    CsArray { ElementType: "string" } strings when strings.Items.All(i => i is CsString) => new Result(RegistryData.MultiString([.. strings.Items.Select(i => ((CsString)i).Value)]), certainty),
                    CsArray { ElementType: "string" } => new Result(null, certainty, Fails: true),
                    CsString or CsNumber or CsBool => new Result(null, certainty, Fails: true),
                    _ => s_unknown,
                };
            case "Binary" or "None":
                var raw = kind == "Binary" ? (uint)RegistryValueType.Binary : (uint)RegistryValueType.None;
                return value switch
                {
                    CsArray { ElementType: "byte" } bytes => new Result(RegistryData.Raw(raw, Bytes(bytes)), certainty),
                    CsString or CsNumber or CsBool => new Result(null, certainty, Fails: true),
                    _ => s_unknown,
                };
            default:
                return s_unknown;
        }
    }

    // Convert.ToInt32 / ToInt64 with the invariant culture: a number in range, or a string of
    // decimal digits (with sign and surrounding blanks); anything else throws.
    private static Result Number(CsValue value, Certainty certainty, long min, long max, Func<decimal, RegistryData> make)
    {
        decimal? n = value switch
        {
            CsNumber number => number.Value,
            CsBool b => b.Value ? 1 : 0,
            CsString s when long.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
            CsString => null,
            _ => null,
        };
        if (n is { } v)
        {
            return v >= min && v <= max ? new Result(make(v), certainty) : new Result(null, certainty, Fails: true);
        }

        return value is CsString ? new Result(null, certainty, Fails: true) : s_unknown;
    }

    private static byte[] Bytes(CsArray array) => [.. array.Items.Select(i => (byte)((CsNumber)i).Value)];

    private static string ClrName(string keyword) => keyword switch
    {
        "int" => "Int32",
        "uint" => "UInt32",
        "long" => "Int64",
        "ulong" => "UInt64",
        _ => keyword,
    };
}

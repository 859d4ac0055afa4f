using System.Globalization;
using System.Text;

namespace HvLint.Core.Model;

/// <summary>
/// Typed registry data as Windows would store it. Exactly one of <see cref="Number"/>,
/// <see cref="String"/>, <see cref="Strings"/> or <see cref="Bytes"/> is set, depending on the
/// type; a REG_DWORD given as raw bytes of the wrong length keeps only <see cref="Bytes"/>.
/// </summary>
public sealed class RegistryData
{
    private RegistryData(uint rawType, ulong? number, string? text, IReadOnlyList<string>? strings, byte[]? bytes)
    {
        RawType = rawType;
        Number = number;
        Text = text;
        Strings = strings;
        _bytes = bytes;
    }

    private readonly byte[]? _bytes;

    /// <summary>The type number as written (may be a custom number from hex(N)).</summary>
    public uint RawType { get; }

    /// <summary>The type, when <see cref="RawType"/> is a standard one.</summary>
    public RegistryValueType Type => (RegistryValueType)RawType;

    /// <summary>The number of a REG_DWORD or REG_QWORD (or a REG_DWORD_BIG_ENDIAN, as a number).</summary>
    public ulong? Number { get; }

    /// <summary>The text of a REG_SZ, REG_EXPAND_SZ or REG_LINK.</summary>
    public string? Text { get; }

    /// <summary>The strings of a REG_MULTI_SZ.</summary>
    public IReadOnlyList<string>? Strings { get; }

    /// <summary>The raw bytes of binary and other types (also kept for numbers decoded from hex(N)).</summary>
    public IReadOnlyList<byte>? Bytes => _bytes;

    /// <summary>A REG_DWORD.</summary>
    public static RegistryData DWord(uint value) => new((uint)RegistryValueType.DWord, value, null, null, null);

    /// <summary>A REG_QWORD.</summary>
    public static RegistryData QWord(ulong value) => new((uint)RegistryValueType.QWord, value, null, null, null);

    /// <summary>A string type (REG_SZ, REG_EXPAND_SZ, REG_LINK).</summary>
    public static RegistryData FromString(RegistryValueType type, string value) => new((uint)type, null, value, null, null);

    /// <summary>A REG_MULTI_SZ.</summary>
    public static RegistryData MultiString(IReadOnlyList<string> values) => new((uint)RegistryValueType.MultiString, null, null, values, null);

    /// <summary>Raw bytes of any type (REG_BINARY, REG_NONE, custom, or malformed fixed-size types).</summary>
    public static RegistryData Raw(uint rawType, byte[] bytes) => new(rawType, null, null, null, bytes);

    /// <summary>A number of a fixed-size type given as raw bytes that decoded cleanly.</summary>
    internal static RegistryData NumberFromBytes(uint rawType, ulong number, byte[] bytes) => new(rawType, number, null, null, bytes);

    /// <summary>
    /// Decodes the bytes of a hex(N) value the way Windows stores them: REG_DWORD and REG_QWORD
    /// of the right length become numbers, string types become text (UTF-16LE, trailing NULs
    /// removed), REG_MULTI_SZ a list; everything else stays bytes.
    /// </summary>
    public static RegistryData FromBytes(uint rawType, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        switch ((RegistryValueType)rawType)
        {
            case RegistryValueType.DWord when bytes.Length == 4:
                return NumberFromBytes(rawType, BitConverter.ToUInt32(bytes, 0), bytes);
            case RegistryValueType.DWordBigEndian when bytes.Length == 4:
                return NumberFromBytes(rawType, (uint)(bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3]), bytes);
            case RegistryValueType.QWord when bytes.Length == 8:
                return NumberFromBytes(rawType, BitConverter.ToUInt64(bytes, 0), bytes);
            case RegistryValueType.String or RegistryValueType.ExpandString or RegistryValueType.Link:
                return FromString((RegistryValueType)rawType, DecodeUtf16WithoutTrailingNuls(bytes));
            case RegistryValueType.MultiString:
                var text = DecodeUtf16(bytes);
                var parts = text.Split('\0');
                // A REG_MULTI_SZ ends with an empty string (double NUL); trailing empties are the terminator.
                var count = parts.Length;
                while (count > 0 && parts[count - 1].Length == 0)
                {
                    count--;
                }

                return MultiString(parts[..count]);
            default:
                return Raw(rawType, bytes);
        }
    }

    // The same text as DecodeUtf16(bytes).TrimEnd('\0'), in one string: a NUL character is a 00 00
    // pair, so the terminators are dropped before decoding.
    private static string DecodeUtf16WithoutTrailingNuls(byte[] bytes)
    {
        var n = bytes.Length & ~1;
        while (n >= 2 && bytes[n - 1] == 0 && bytes[n - 2] == 0)
        {
            n -= 2;
        }

        return Encoding.Unicode.GetString(bytes, 0, n);
    }

    private static string DecodeUtf16(byte[] bytes) => Encoding.Unicode.GetString(bytes, 0, bytes.Length & ~1);

    /// <summary>A short text for messages: numbers in decimal (and hex when large), strings quoted.</summary>
    public string ToDisplayString()
    {
        if (Number is { } n)
        {
            return n > 9 ? string.Create(CultureInfo.InvariantCulture, $"{n} (0x{n:x})") : n.ToString(CultureInfo.InvariantCulture);
        }

        if (Text is { } s)
        {
            return "\"" + s + "\"";
        }

        if (Strings is { } list)
        {
            return "[" + string.Join(", ", list.Select(x => "\"" + x + "\"")) + "]";
        }

        if (_bytes is { } b)
        {
            return b.Length == 0 ? "(empty)" : string.Join(',', b.Select(x => x.ToString("x2", CultureInfo.InvariantCulture)));
        }

        return "(empty)";
    }

    /// <summary>Whether two data are the same type and content.</summary>
    public bool SameAs(RegistryData other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return RawType == other.RawType
            && Number == other.Number
            && Text == other.Text
            && (Strings is null ? other.Strings is null : other.Strings is not null && Strings.SequenceEqual(other.Strings))
            && (_bytes is null || other._bytes is null || _bytes.AsSpan().SequenceEqual(other._bytes));
    }
}

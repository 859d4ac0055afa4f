using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("hvlint")]

namespace HvLint.Core.Configuration;

/// <summary>
/// A JSON file read with System.Text.Json (comments and trailing commas allowed, as in
/// hand-edited files) and the 1-based line and column of every value and property name, by
/// JSON pointer. System.Text.Json's DOM forgets positions, and every configuration error must
/// name the line, so one light pass of Utf8JsonReader records them for the pointers that
/// JsonSchema.Net reports (its instance locations).
/// </summary>
internal sealed partial class JsonFile
{
    private static readonly JsonReaderOptions s_reader = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly Dictionary<string, int> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);
    private readonly LineMap _lines;

    private JsonFile(ReadOnlySpan<byte> data)
    {
        _lines = new LineMap(data);
    }

    /// <summary>The document's root value.</summary>
    public JsonElement Root { get; private set; }

    /// <summary>Where the value at a JSON pointer ("" the root, "/rules/HV0101") starts.</summary>
    public (int Line, int Column) PositionOf(string pointer) =>
        _lines.Position(_values.GetValueOrDefault(pointer));

    /// <summary>Where the property name of the member at a JSON pointer is written (its value's place for array items).</summary>
    public (int Line, int Column) NamePositionOf(string pointer) =>
        _names.TryGetValue(pointer, out var at) ? _lines.Position(at) : PositionOf(pointer);

    /// <summary>The pointer of a member or item below <paramref name="pointer"/>.</summary>
    public static string Child(string pointer, string name) =>
        pointer + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>The pointer of an array item below <paramref name="pointer"/>.</summary>
    public static string Child(string pointer, int index) => Child(pointer, index.ToString(CultureInfo.InvariantCulture));

    /// <summary>The unescaped segments of a JSON pointer.</summary>
    public static string[] Segments(string pointer) =>
        pointer.Length == 0 ? [] : [.. pointer[1..].Split('/').Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))];

    /// <summary>The value at a JSON pointer, or null when there is none.</summary>
    public static JsonElement? At(JsonElement root, string pointer)
    {
        var node = root;
        foreach (var segment in Segments(pointer))
        {
            if (node.ValueKind == JsonValueKind.Object && node.TryGetProperty(segment, out var member))
            {
                node = member;
            }
            else if (node.ValueKind == JsonValueKind.Array && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < node.GetArrayLength())
            {
                node = node[i];
            }
            else
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>A pointer as messages name the place: <c>rules.HV0101</c>, <c>overrides[0].files</c>.</summary>
    public string DisplayPath(string pointer)
    {
        var sb = new StringBuilder();
        var node = Root;
        foreach (var segment in Segments(pointer))
        {
            if (node.ValueKind == JsonValueKind.Array && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i))
            {
                sb.Append('[').Append(segment).Append(']');
                node = i < node.GetArrayLength() ? node[i] : default;
                continue;
            }

            sb.Append(sb.Length == 0 ? string.Empty : ".").Append(segment);
            node = node.ValueKind == JsonValueKind.Object && node.TryGetProperty(segment, out var member) ? member : default;
        }

        return sb.ToString();
    }

    /// <summary>Names the JSON type as messages do: "a string", "an object".</summary>
    public static string KindName(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    /// <summary>A short rendering of a value for messages: 'text', 12, true, null, an object.</summary>
    public static string Display(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "'" + value.GetString() + "'",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        _ => KindName(value),
    };

    /// <summary>
    /// Parses UTF-8 JSON. Throws <see cref="ConfigurationException"/> naming the file, line and
    /// column of a syntax error, of bytes that are not UTF-8, of an unpaired surrogate escape or
    /// of a property written twice. With <paramref name="quoteContent"/> false a syntax error
    /// names only the place, never a character of the file (a catalog file named by a
    /// configuration may be anything).
    /// </summary>
    public static JsonFile Parse(string path, byte[] utf8, bool quoteContent = true)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        var offset = utf8.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var data = utf8.AsMemory(offset);
        if (data.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new ConfigurationException(path, 1, 1, "the file is empty; expected a JSON object.");
        }

        var file = new JsonFile(data.Span);
        if (InvalidUtf8At(data.Span) is { } bad)
        {
            var (badLine, badColumn) = file._lines.Position(bad);
            throw new ConfigurationException(path, badLine, badColumn, "the file is not valid UTF-8; save it as UTF-8.");
        }

        var reader = new Utf8JsonReader(data.Span, s_reader);
        try
        {
            if (!reader.Read())
            {
                throw new ConfigurationException(path, 1, 1, "the file is empty; expected a JSON object.");
            }

            file.Record(path, ref reader, string.Empty);
            if (reader.Read())
            {
                var (line, column) = file._lines.Position((int)reader.TokenStartIndex);
                throw new ConfigurationException(path, line, column, "text after the end of the JSON value.");
            }
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            throw new ConfigurationException(path, line, column, quoteContent
                ? "not valid JSON: " + PositionSuffix().Replace(ex.Message, string.Empty)
                : "not valid JSON here; expected a JSON object as rules/catalog.schema.json describes.");
        }

        using var document = JsonDocument.Parse(data, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        file.Root = document.RootElement.Clone();
        return file;
    }

    // One pass over the tokens: the place of every value and name, duplicates and bad strings.
    private void Record(string path, ref Utf8JsonReader reader, string pointer)
    {
        _values[pointer] = (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var at = (int)reader.TokenStartIndex;
                    var name = StringAt(path, ref reader, at);
                    if (seen.TryGetValue(name, out var earlier))
                    {
                        var (line, column) = _lines.Position(at);
                        throw new ConfigurationException(path, line, column, string.Create(CultureInfo.InvariantCulture, $"'{name}' is written twice (also on line {_lines.Position(earlier).Line}); keep one."));
                    }

                    seen[name] = at;
                    var child = Child(pointer, name);
                    _names[child] = at;
                    reader.Read();
                    Record(path, ref reader, child);
                }

                break;
            case JsonTokenType.StartArray:
                var index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    Record(path, ref reader, Child(pointer, index++));
                }

                break;
            case JsonTokenType.String:
                StringAt(path, ref reader, (int)reader.TokenStartIndex);
                break;
        }
    }

    // A string's text; an escaped lone surrogate ("\ud800") is valid JSON syntax but no text.
    private string StringAt(string path, ref Utf8JsonReader reader, int at)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            var (line, column) = _lines.Position(at);
            throw new ConfigurationException(path, line, column, "the string has an unpaired surrogate escape (\\uD800-\\uDFFF without its pair), which is no Unicode text; write the character itself or a complete pair.");
        }
    }

    // The byte offset of the first byte that is not UTF-8, or null when all of it is.
    private static int? InvalidUtf8At(ReadOnlySpan<byte> data)
    {
        if (System.Text.Unicode.Utf8.IsValid(data))
        {
            return null;
        }

        var i = 0;
        while (i < data.Length)
        {
            if (Rune.DecodeFromUtf8(data[i..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return i;
            }

            i += consumed;
        }

        return null;
    }

    [GeneratedRegex(@"\s*(Path: .*)?LineNumber: \d+ \| BytePositionInLine: \d+\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PositionSuffix();

    /// <summary>Byte offsets to 1-based lines and columns (columns in characters, not bytes).</summary>
    private sealed class LineMap
    {
        private readonly List<int> _starts = [0];
        private readonly byte[] _bytes;

        public LineMap(ReadOnlySpan<byte> data)
        {
            _bytes = data.ToArray();
            for (var i = 0; i < data.Length; i++)
            {
                if (data[i] == (byte)'\n')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public (int Line, int Column) Position(int offset)
        {
            var index = _starts.BinarySearch(offset);
            if (index < 0)
            {
                index = ~index - 1;
            }

            var start = _starts[index];
            return (index + 1, Encoding.UTF8.GetCharCount(_bytes, start, offset - start) + 1);
        }
    }
}

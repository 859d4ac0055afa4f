using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("hvlint")]

namespace HvLint.Core.Configuration;

/// <summary>The kind of a <see cref="JsonTree"/> node.</summary>
internal enum JsonTreeKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A property of a JSON object, with where its name is written.</summary>
internal sealed record JsonTreeProperty(string Name, int Line, int Column, JsonTree Value);

/// <summary>
/// A JSON value that remembers its 1-based line and column. System.Text.Json's DOM forgets
/// positions, and every configuration error must name the line (issue #6), so the reader
/// builds this small tree from Utf8JsonReader's token offsets instead.
/// </summary>
internal sealed partial class JsonTree
{
    private JsonTree(JsonTreeKind kind, int line, int column)
    {
        Kind = kind;
        Line = line;
        Column = column;
    }

    public JsonTreeKind Kind { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>The text of a string, or the raw text of a number.</summary>
    public string? Text { get; private init; }

    public IReadOnlyList<JsonTreeProperty> Properties { get; private init; } = [];

    public IReadOnlyList<JsonTree> Items { get; private init; } = [];

    public bool IsObject => Kind == JsonTreeKind.Object;

    public bool IsArray => Kind == JsonTreeKind.Array;

    public bool IsString => Kind == JsonTreeKind.String;

    public bool IsBoolean => Kind is JsonTreeKind.True or JsonTreeKind.False;

    public bool IsNumber => Kind == JsonTreeKind.Number;

    public double Number => double.Parse(Text!, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The property of an object with this exact name, or null.</summary>
    public JsonTree? this[string name] => Properties.FirstOrDefault(p => p.Name == name)?.Value;

    /// <summary>Names the JSON type as messages do: "a string", "an object".</summary>
    public string KindName => Kind switch
    {
        JsonTreeKind.Object => "an object",
        JsonTreeKind.Array => "an array",
        JsonTreeKind.String => "a string",
        JsonTreeKind.Number => "a number",
        JsonTreeKind.True or JsonTreeKind.False => "a boolean",
        _ => "null",
    };

    /// <summary>A short rendering of the value for messages.</summary>
    public string Display => Kind switch
    {
        JsonTreeKind.String => "'" + Text + "'",
        JsonTreeKind.Number => Text!,
        JsonTreeKind.True => "true",
        JsonTreeKind.False => "false",
        JsonTreeKind.Null => "null",
        _ => KindName,
    };

    /// <summary>Whether two values are equal as JSON values (numbers by value, objects by content).</summary>
    public bool JsonEquals(JsonTree other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Kind != other.Kind)
        {
            return false;
        }

        return Kind switch
        {
            JsonTreeKind.String => Text == other.Text,
            JsonTreeKind.Number => Number.Equals(other.Number),
            JsonTreeKind.Array => Items.Count == other.Items.Count && Items.Zip(other.Items).All(p => p.First.JsonEquals(p.Second)),
            JsonTreeKind.Object => Properties.Count == other.Properties.Count
                && Properties.All(p => other[p.Name] is { } o && p.Value.JsonEquals(o)),
            _ => true,
        };
    }

    /// <summary>
    /// Parses UTF-8 JSON (comments and trailing commas allowed, as in hand-edited files).
    /// Throws <see cref="ConfigurationException"/> naming the file, line and column of a
    /// syntax error or of a property written twice.
    /// </summary>
    public static JsonTree Parse(string path, byte[] utf8) => Parse(path, utf8, quoteContent: true);

    /// <summary>
    /// Parses as <see cref="Parse(string, byte[])"/>; with <paramref name="quoteContent"/> false
    /// a syntax error names only the place, never a character of the file (a catalog file
    /// named by a configuration may be anything).
    /// </summary>
    public static JsonTree Parse(string path, byte[] utf8, bool quoteContent)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        var offset = utf8.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var data = utf8.AsMemory(offset);
        if (data.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new ConfigurationException(path, 1, 1, "the file is empty; expected a JSON object.");
        }

        var lines = new LineMap(data.Span);
        if (InvalidUtf8At(data.Span) is { } bad)
        {
            var (badLine, badColumn) = lines.Position(bad);
            throw new ConfigurationException(path, badLine, badColumn, "the file is not valid UTF-8; save it as UTF-8.");
        }

        var reader = new Utf8JsonReader(data.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read())
            {
                throw new ConfigurationException(path, 1, 1, "the file is empty; expected a JSON object.");
            }

            var root = ReadValue(path, ref reader, lines);
            if (reader.Read())
            {
                var (line, column) = lines.Position((int)reader.TokenStartIndex);
                throw new ConfigurationException(path, line, column, "text after the end of the JSON value.");
            }

            return root;
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            throw new ConfigurationException(path, line, column, quoteContent
                ? "not valid JSON: " + PositionSuffix().Replace(ex.Message, string.Empty)
                : "not valid JSON here; expected a JSON object as rules/catalog.schema.json describes.");
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
            if (System.Text.Rune.DecodeFromUtf8(data[i..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return i;
            }

            i += consumed;
        }

        return null;
    }

    // A string's text; an escaped lone surrogate ("\ud800") is valid JSON syntax but no text.
    private static string StringAt(string path, ref Utf8JsonReader reader, int line, int column)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new ConfigurationException(path, line, column, "the string has an unpaired surrogate escape (\\uD800-\\uDFFF without its pair), which is no Unicode text; write the character itself or a complete pair.");
        }
    }

    private static JsonTree ReadValue(string path, ref Utf8JsonReader reader, LineMap lines)
    {
        var (line, column) = lines.Position((int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<JsonTreeProperty>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var (nameLine, nameColumn) = lines.Position((int)reader.TokenStartIndex);
                    var name = StringAt(path, ref reader, nameLine, nameColumn);
                    if (properties.FirstOrDefault(p => p.Name == name) is { } earlier)
                    {
                        throw new ConfigurationException(path, nameLine, nameColumn, string.Create(CultureInfo.InvariantCulture, $"'{name}' is written twice (also on line {earlier.Line}); keep one."));
                    }

                    reader.Read();
                    properties.Add(new JsonTreeProperty(name, nameLine, nameColumn, ReadValue(path, ref reader, lines)));
                }

                return new JsonTree(JsonTreeKind.Object, line, column) { Properties = properties };
            case JsonTokenType.StartArray:
                var items = new List<JsonTree>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(path, ref reader, lines));
                }

                return new JsonTree(JsonTreeKind.Array, line, column) { Items = items };
            case JsonTokenType.String:
                return new JsonTree(JsonTreeKind.String, line, column) { Text = StringAt(path, ref reader, line, column) };
            case JsonTokenType.Number:
                return new JsonTree(JsonTreeKind.Number, line, column) { Text = Encoding.UTF8.GetString(reader.ValueSpan) };
            case JsonTokenType.True:
                return new JsonTree(JsonTreeKind.True, line, column);
            case JsonTokenType.False:
                return new JsonTree(JsonTreeKind.False, line, column);
            default:
                return new JsonTree(JsonTreeKind.Null, line, column);
        }
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

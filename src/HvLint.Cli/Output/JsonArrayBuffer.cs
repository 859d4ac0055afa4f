using System.Buffers;
using System.Text;
using System.Text.Json;

namespace HvLint.Cli.Output;

/// <summary>
/// The elements of a JSON array, kept as indented UTF-8 text while a report is being written,
/// so that a file's findings become text when its result arrives and the file itself can go.
/// The array is written later where the document puts it, <paramref name="depth"/> levels deep,
/// exactly as an indented writer writing the whole document would (two spaces a level).
/// </summary>
internal sealed class JsonArrayBuffer(JsonWriterOptions options, int depth)
{
    private static readonly string s_newLine = Environment.NewLine;
    private readonly ArrayBufferWriter<byte> _text = new();
    private readonly ArrayBufferWriter<byte> _element = new();
    private readonly byte[] _separator = Encoding.UTF8.GetBytes(s_newLine + new string(' ', depth * 2));
    private int _count;

    /// <summary>Adds an element written by <paramref name="write"/> as a whole document.</summary>
    public void Add(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        _element.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_element, options))
        {
            write(writer);
        }

        Add(_element.WrittenSpan);
    }

    /// <summary>Adds an element given as indented JSON text (lines ending with the system's line end).</summary>
    public void Add(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        Add(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Writes the array, '[]' when it is empty.</summary>
    public void WriteTo(ReportSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        if (_count == 0)
        {
            sink.Write("[]");
            return;
        }

        sink.Write("[");
        sink.Write(_text.WrittenSpan.ToArray());
        sink.Write(s_newLine + new string(' ', (depth - 1) * 2) + "]");
    }

    private void Add(ReadOnlySpan<byte> element)
    {
        if (_count++ > 0)
        {
            _text.Write(","u8);
        }

        // Strings are escaped, so every line end in the text is one between tokens.
        var newLine = Encoding.UTF8.GetBytes(s_newLine);
        _text.Write(_separator);
        while (true)
        {
            var i = element.IndexOf(newLine);
            if (i < 0)
            {
                _text.Write(element);
                return;
            }

            _text.Write(element[..i]);
            _text.Write(_separator);
            element = element[(i + newLine.Length)..];
        }
    }
}

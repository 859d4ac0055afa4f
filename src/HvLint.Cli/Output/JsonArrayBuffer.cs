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
    // The text in pieces of 1 MB: no piece is copied again as the text grows, and each is
    // written on its own, so writing a large array never needs a second copy of it.
    private const int PieceSize = 1 << 20;
    private readonly List<byte[]> _pieces = [];
    private int _used = PieceSize;
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
        for (var i = 0; i < _pieces.Count; i++)
        {
            sink.Write(i < _pieces.Count - 1 ? _pieces[i] : _pieces[i][.._used]);
        }

        sink.Write(s_newLine + new string(' ', (depth - 1) * 2) + "]");
    }

    private void Add(ReadOnlySpan<byte> element)
    {
        if (_count++ > 0)
        {
            Append(","u8);
        }

        // Strings are escaped, so every line end in the text is one between tokens.
        var newLine = Encoding.UTF8.GetBytes(s_newLine);
        Append(_separator);
        while (true)
        {
            var i = element.IndexOf(newLine);
            if (i < 0)
            {
                Append(element);
                return;
            }

            Append(element[..i]);
            Append(_separator);
            element = element[(i + newLine.Length)..];
        }
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        while (bytes.Length > 0)
        {
            if (_used == PieceSize)
            {
                _pieces.Add(new byte[PieceSize]);
                _used = 0;
            }

            var n = Math.Min(bytes.Length, PieceSize - _used);
            bytes[..n].CopyTo(_pieces[^1].AsSpan(_used));
            _used += n;
            bytes = bytes[n..];
        }
    }
}

using System.Text;
using HvLint.Core.Fixes;
using HvLint.Core.Model;
using HvLint.Core.Text;
using HvLint.Parsers.Fixes;

namespace HvLint.Parsers.Reg;

/// <summary>
/// Renders write changes as edits of a .reg file: a value name in quotes as regedit escapes it
/// (or @), data in the file's forms (dword:, "text", hex(N):, on one line), and the removal of
/// a value line with its continuation lines.
/// </summary>
internal sealed class RegFixRenderer(SourceText source, bool hexStringsAreUtf16) : IFixRenderer
{
    /// <inheritdoc />
    public CodeFix? Render(WriteChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        // Each value line makes one write, so no other write shares its text (and a 200 MB export
        // is not searched once per fix).
        if (change.Target is not RegistryWrite { Form: WriteForm.RegFile, IsValueWrite: true, RelatedSpans.Count: 0 } write || !ReferenceEquals(write.Source, source))
        {
            return null;
        }

        var text = write.Source.Text;
        switch (change)
        {
            case RenameValueChange rename when write.NameSpan is { } nameSpan && Name(rename.NewName) is { } name:
                return FixSyntax.Fix(change, new TextEdit(nameSpan, name));
            case ReplaceDataChange replace when write.Operation == RegistryOperation.SetValue && write.DataSpan is { } dataSpan && Data(replace.Data) is { } data:
                return FixSyntax.Fix(change, new TextEdit(dataSpan, data));
            case RemoveWriteChange when FixSyntax.RemoveLines(text, write.Span) is { } edit:
                return FixSyntax.Fix(change, edit);
            default:
                return null;
        }
    }

    /// <summary>A value name as regedit writes it: @ for the default value, else quoted with \ and " escaped.</summary>
    internal static string? Name(string name) =>
        name.Length == 0 ? "@" : FixSyntax.IsPrintable(name) ? Quote(name) : null;

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>Data as a .reg file writes it, on one line; null when the file cannot hold it faithfully.</summary>
    internal string? Data(RegistryData data)
    {
        switch (data.Type)
        {
            case RegistryValueType.DWord when data.Number is { } n && n <= uint.MaxValue:
                return "dword:" + n.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
            case RegistryValueType.QWord when data.Number is { } q:
                return "hex(b):" + FixSyntax.Hex(BitConverter.GetBytes(q), ",");
            case RegistryValueType.String when data.Text is { } s && FixSyntax.IsPrintable(s):
                return Quote(s);
            case RegistryValueType.ExpandString when data.Text is { } s && StringBytes([s]) is { } bytes:
                return "hex(2):" + FixSyntax.Hex(bytes, ",");
            case RegistryValueType.MultiString when data.Strings is { } list && StringBytes([.. list, string.Empty]) is { } bytes:
                return "hex(7):" + FixSyntax.Hex(bytes, ",");
            case RegistryValueType.Binary when data.Bytes is { } raw:
                return "hex:" + FixSyntax.Hex(raw, ",");
            case RegistryValueType.String or RegistryValueType.ExpandString or RegistryValueType.MultiString or RegistryValueType.DWord or RegistryValueType.QWord or RegistryValueType.Binary:
                return null;
            default:
                return data.Bytes is { } other ? $"hex({data.RawType:x}):" + FixSyntax.Hex(other, ",") : null;
        }
    }

    // Each string with its NUL: UTF-16LE in a UTF-16 file, ANSI (ASCII only, to be sure of the code page) otherwise (docs/formats.md §1.2).
    private byte[]? StringBytes(IEnumerable<string> strings)
    {
        var bytes = new List<byte>();
        foreach (var s in strings)
        {
            if (s.Contains('\0', StringComparison.Ordinal) || !hexStringsAreUtf16 && !s.All(char.IsAscii))
            {
                return null;
            }

            bytes.AddRange(hexStringsAreUtf16 ? Encoding.Unicode.GetBytes(s + "\0") : Encoding.ASCII.GetBytes(s + "\0"));
        }

        return [.. bytes];
    }
}

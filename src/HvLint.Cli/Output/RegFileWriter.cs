using System.Globalization;
using System.Text;
using HvLint.Core.Model;

namespace HvLint.Cli.Output;

/// <summary>
/// Writes registry writes as one normalised .reg file, the way regedit exports: the version 5
/// header, CRLF line ends, hex(N) values as UTF-16LE bytes wrapped at 80 columns, and
/// deletions as regedit spells them. Consecutive writes under one key share a section, and
/// sections follow the order of the writes, so importing the file applies the same changes
/// in the same order. Writes that cannot be expressed (unresolved parts, /va) become ';'
/// comments, so nothing is lost silently.
/// </summary>
internal static class RegFileWriter
{
    /// <summary>The .reg text (without the byte-order mark; save it as UTF-16LE with BOM).</summary>
    public static string Write(IEnumerable<(string Path, RegistryWrite Write)> writes)
    {
        var sb = new StringBuilder();
        sb.Append("Windows Registry Editor Version 5.00\r\n");
        string? openKey = null;
        foreach (var (path, w) in writes)
        {
            var where = $"{path}:{w.Source.GetPosition(w.Span.Start).Line}";
            if (w.KeyCertainty == Certainty.Unresolved || w.NameCertainty == Certainty.Unresolved
                || w.Operation == RegistryOperation.SetValue && (w.DataCertainty == Certainty.Unresolved || w.Data is null))
            {
                sb.Append("\r\n; not converted (").Append(where).Append("): part of this write is computed at run time: ")
                    .Append(Describe(w)).Append("\r\n");
                openKey = null;
                continue;
            }

            var key = KeyText(w);
            switch (w.Operation)
            {
                case RegistryOperation.DeleteKey:
                    sb.Append("\r\n[-").Append(key).Append("]\r\n");
                    openKey = null;
                    continue;
                case RegistryOperation.DeleteAllValues:
                    sb.Append("\r\n; not converted (").Append(where).Append("): .reg files cannot delete all values of a key (reg delete /va): ")
                        .Append(key).Append("\r\n");
                    openKey = null;
                    continue;
            }

            if (!string.Equals(openKey, key, StringComparison.Ordinal))
            {
                sb.Append("\r\n[").Append(key).Append("]\r\n");
                openKey = key;
            }

            if (w.Operation == RegistryOperation.CreateKey)
            {
                continue;
            }

            var name = w.ValueName!.Length == 0 ? "@" : "\"" + Escape(w.ValueName) + "\"";
            sb.Append(name).Append('=');
            if (w.Operation == RegistryOperation.DeleteValue)
            {
                sb.Append("-\r\n");
            }
            else
            {
                AppendData(sb, name.Length + 1, w.Data!);
            }
        }

        return sb.ToString();
    }

    /// <summary>The key as the .reg form spells it (the 32-bit view through Wow6432Node).</summary>
    internal static string KeyText(RegistryWrite w)
    {
        // A .reg file has no registry view: a /reg:32 write is spelled with Wow6432Node.
        if (w.View == RegistryView.Registry32 && !w.Key.IsWow6432Node && w.Key.Segments.Count > 0
            && w.Key.Segments[0].Equals("SOFTWARE", StringComparison.OrdinalIgnoreCase))
        {
            return RegistryHives.FullName(w.Key.Hive) + "\\" + w.Key.Segments[0] + "\\Wow6432Node\\" + string.Join('\\', w.Key.Segments.Skip(1));
        }

        return w.Key.Text;
    }

    private static void AppendData(StringBuilder sb, int column, RegistryData data)
    {
        switch (data.Type)
        {
            case RegistryValueType.DWord when data.Number is { } n && data.RawType == (uint)RegistryValueType.DWord:
                sb.Append("dword:").Append(((uint)n).ToString("x8", CultureInfo.InvariantCulture)).Append("\r\n");
                return;
            case RegistryValueType.String when data.Text is { } s && s.IndexOfAny(['\0', '\r', '\n']) < 0:
                sb.Append('"').Append(Escape(s)).Append("\"\r\n");
                return;
        }

        var bytes = Bytes(data);
        var prefix = data.RawType == (uint)RegistryValueType.Binary ? "hex:" : $"hex({data.RawType:x}):";
        sb.Append(prefix);
        AppendHex(sb, column + prefix.Length, bytes);
    }

    /// <summary>The bytes Windows stores for data (strings as UTF-16LE with their terminators).</summary>
    private static byte[] Bytes(RegistryData data)
    {
        if (data.Bytes is { } raw && (data.Number is null || data.Type is not (RegistryValueType.DWord or RegistryValueType.QWord)))
        {
            return [.. raw];
        }

        return data.Type switch
        {
            RegistryValueType.QWord => BitConverter.GetBytes(data.Number ?? 0),
            RegistryValueType.DWord => BitConverter.GetBytes((uint)(data.Number ?? 0)),
            RegistryValueType.DWordBigEndian => [.. BitConverter.GetBytes((uint)(data.Number ?? 0)).Reverse()],
            RegistryValueType.MultiString => Encoding.Unicode.GetBytes(string.Concat((data.Strings ?? []).Select(s => s + "\0")) + "\0"),
            _ when data.Text is { } text => Encoding.Unicode.GetBytes(text + "\0"),
            _ => [],
        };
    }

    // regedit wraps hex data at about 80 columns with " \" and two spaces of indent.
    private static void AppendHex(StringBuilder sb, int column, byte[] bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            var item = bytes[i].ToString("x2", CultureInfo.InvariantCulture) + (i < bytes.Length - 1 ? "," : string.Empty);
            if (column + item.Length > 77 && i < bytes.Length - 1)
            {
                sb.Append("\\\r\n  ");
                column = 2;
            }

            sb.Append(item);
            column += item.Length;
        }

        sb.Append("\r\n");
    }

    // regedit's escapes in a quoted name or string: \\ and \", and \r and \n for line breaks
    // (written raw, a line break would end the line and regedit would read two broken lines).
    private static string Escape(string s) => s
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\"", "\\\"", StringComparison.Ordinal)
        .Replace("\r", "\\r", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Describe(RegistryWrite w) =>
        $"{w.Operation} {(w.KeyCertainty == Certainty.Unresolved ? "(unknown key)" : w.Key.Text)} {(w.ValueName is null ? string.Empty : w.NameCertainty == Certainty.Unresolved ? "(unknown name)" : w.DisplayName)}".TrimEnd();
}

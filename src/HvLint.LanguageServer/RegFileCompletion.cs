using System.Text.RegularExpressions;
using HvLint.Core.Catalog;
using HvLint.Core.Model;

namespace HvLint.LanguageServer;

/// <summary>
/// Completion in a .reg file: on a value line, the value names the catalog knows under the key
/// of the nearest key line above; after <c>"Name"=</c>, the type prefix and the allowed data.
/// Reads the lines around the cursor only: the rest of the file is not parsed.
/// </summary>
internal static partial class RegFileCompletion
{
    public static IEnumerable<Proposal> At(string text, int lineStart, string line, int cursor, SettingsCatalog catalog)
    {
        var before = line[..cursor];
        var trimmed = before.TrimStart();
        if (trimmed.StartsWith('[') && !trimmed.Contains(']', StringComparison.Ordinal))
        {
            var path = line.IndexOf('[', StringComparison.Ordinal) + 1;
            path += path < line.Length && line[path] == '-' ? 1 : 0;
            return KeyPathCompletion.At(line, path, cursor, powerShell: false, quoted: true, catalog);
        }

        if (trimmed.StartsWith('[') || trimmed.StartsWith(';') || trimmed.StartsWith('@') || ContinuesAbove(text, lineStart))
        {
            return [];
        }

        var name = UnclosedName().Match(before);
        var data = name.Success ? Match.Empty : DataAfterName().Match(before);
        if (!name.Success && !data.Success && (trimmed.Length > 0 || line.AsSpan(cursor).Trim().Length > 0))
        {
            return [];
        }

        if (Section(text, lineStart) is not { } section || WrittenKey.Read(section.Key, 0, powerShell: false) is not { } key)
        {
            return [];
        }

        if (data.Success)
        {
            var entry = catalog.FindValue(catalog.MatchKey(key.Path), Unescape(data.Groups["name"].Value));
            return entry is null ? [] : Data(entry, data.Groups["data"].Index, cursor + RunLength(line, cursor));
        }

        // The name starts at its quote, or at the cursor on an empty line; it ends at its closing
        // quote (an editor may have closed it) or with the name characters after the cursor.
        var start = name.Success ? name.Groups["quote"].Index : cursor;
        var end = cursor;
        var closing = line.IndexOf('"', cursor);
        var equals = line.IndexOf('=', cursor);
        if (closing >= 0 && (equals < 0 || closing < equals))
        {
            end = closing + 1;
        }
        else
        {
            while (end < line.Length && !char.IsWhiteSpace(line[end]) && line[end] != '=')
            {
                end++;
            }
        }

        var hasData = line.AsSpan(end).TrimStart().StartsWith("=");
        var written = WrittenNames(text, section.Lines);
        return Completions.ValueNames(
            catalog,
            key.Path,
            start,
            end,
            e => Quote(e.Name!) + (hasData ? string.Empty : "=" + (e.PreferredType is { } t ? CatalogSummary.RegFilePrefix(t) : string.Empty)),
            n => Quote(n),
            written);
    }

    // The type prefixes the entry takes (preferred first), then its allowed data written in full.
    private static List<Proposal> Data(CatalogEntry entry, int start, int end)
    {
        var proposals = new List<Proposal>();
        for (var i = 0; i < entry.Types.Count; i++)
        {
            var type = entry.Types[i];
            proposals.Add(new Proposal(CatalogSummary.RegFilePrefix(type), CatalogSummary.RegFilePrefix(type), start, end, CompletionItemKind.Keyword)
            {
                Detail = type == RegistryValueType.String ? "REG_SZ: text in quotes" : RegistryValueTypes.Name(type),
                Sort = "0" + i,
                Preselect = i == 0,
            });
        }

        if (entry.Types.Contains(RegistryValueType.DWord))
        {
            foreach (var (number, meaning) in CatalogSummary.AllowedNumbers(entry).Where(n => n.Number <= uint.MaxValue))
            {
                var text = $"dword:{number:x8}";
                proposals.Add(new Proposal(text, text, start, end, CompletionItemKind.EnumMember) { Detail = $"{number}: {meaning}", Sort = "1" + text });
            }
        }

        if (entry.Types.Contains(RegistryValueType.String))
        {
            foreach (var (value, meaning) in CatalogSummary.AllowedTexts(entry))
            {
                var text = Quote(value);
                proposals.Add(new Proposal(text, text, start, end, CompletionItemKind.EnumMember) { Detail = meaning, Sort = "1" + text });
            }
        }

        return proposals;
    }

    /// <summary>The key line that heads the cursor's line, and the lines of its section (the cursor's own left out).</summary>
    private static (string Key, List<(int Start, int End)> Lines)? Section(string text, int lineStart)
    {
        var lines = new List<(int Start, int End)>();
        string? key = null;
        foreach (var (s, e) in LinesAbove(text, lineStart))
        {
            var line = text.AsSpan(s, e - s).TrimStart();
            if (line.StartsWith("["))
            {
                var close = line.LastIndexOf(']');
                var body = close < 0 ? line[1..] : line[1..close];
                if (body.StartsWith("-"))
                {
                    return null; // A deleted key takes no values.
                }

                key = body.ToString();
                break;
            }

            lines.Add((s, e));
        }

        if (key is null)
        {
            return null;
        }

        var at = text.IndexOfAny(['\r', '\n'], lineStart);
        while (at >= 0 && at < text.Length)
        {
            at += text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? 2 : 1;
            var next = text.IndexOfAny(['\r', '\n'], at);
            var end = next < 0 ? text.Length : next;
            if (text.AsSpan(at, end - at).TrimStart().StartsWith("["))
            {
                break;
            }

            lines.Add((at, end));
            at = next;
        }

        return (key, lines);
    }

    // The lines above a line, nearest first.
    private static IEnumerable<(int Start, int End)> LinesAbove(string text, int lineStart)
    {
        var end = lineStart;
        while (end > 0)
        {
            var e = end - 1;
            if (text[e] == '\n' && e > 0 && text[e - 1] == '\r')
            {
                e--;
            }

            var s = e == 0 ? 0 : text.LastIndexOfAny(['\r', '\n'], e - 1) + 1;
            yield return (s, e);
            end = s;
        }
    }

    // A line after one that ends with a backslash continues that line's hex data.
    private static bool ContinuesAbove(string text, int lineStart)
    {
        foreach (var (s, e) in LinesAbove(text, lineStart))
        {
            return text.AsSpan(s, e - s).TrimEnd().EndsWith("\\");
        }

        return false;
    }

    private static HashSet<string> WrittenNames(string text, List<(int Start, int End)> lines)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (s, e) in lines)
        {
            if (WrittenName().Match(text, s, e - s) is { Success: true } m)
            {
                names.Add(Unescape(m.Groups["name"].Value));
            }
        }

        return names;
    }

    private static int RunLength(string line, int at)
    {
        var end = at;
        while (end < line.Length && !char.IsWhiteSpace(line[end]) && line[end] != ';')
        {
            end++;
        }

        return end - at;
    }

    // A .reg string escapes its backslashes and quotes.
    private static string Quote(string name) => "\"" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Unescape(string name) => name.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);

    [GeneratedRegex("^\\s*(?<quote>\")(?<name>(?:[^\"\\\\]|\\\\.)*)$", RegexOptions.CultureInvariant)]
    private static partial Regex UnclosedName();

    [GeneratedRegex("^\\s*\"(?<name>(?:[^\"\\\\]|\\\\.)*)\"\\s*=\\s*(?<data>\\S*)$", RegexOptions.CultureInvariant)]
    private static partial Regex DataAfterName();

    [GeneratedRegex("\\G\\s*\"(?<name>(?:[^\"\\\\]|\\\\.)*)\"\\s*=", RegexOptions.CultureInvariant)]
    private static partial Regex WrittenName();
}

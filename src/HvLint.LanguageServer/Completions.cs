using HvLint.Core.Catalog;

namespace HvLint.LanguageServer;

/// <summary>The syntax of a document, as completion reads it.</summary>
internal enum DocumentSyntax
{
    /// <summary>A file HvLint does not read.</summary>
    None,
    /// <summary>A .reg file.</summary>
    Reg,
    /// <summary>A cmd.exe batch file.</summary>
    Batch,
    /// <summary>A PowerShell script.</summary>
    PowerShell,
}

/// <summary>
/// One proposal on the cursor's line: the text that replaces the characters from
/// <see cref="Start"/> to <see cref="End"/> (line offsets; the cursor lies between them).
/// </summary>
internal sealed record Proposal(string Label, string NewText, int Start, int End, int Kind)
{
    public string? Detail { get; init; }

    /// <summary>The catalog entry shown as the proposal's documentation.</summary>
    public CatalogEntry? Entry { get; init; }

    /// <summary>Where the proposal ranks among those that match as well (lower first).</summary>
    public string Sort { get; init; } = "0";

    /// <summary>What the typed text is matched against; <see cref="NewText"/> when null.</summary>
    public string? Filter { get; init; }

    public bool Deprecated { get; init; }

    public bool Preselect { get; init; }
}

/// <summary>
/// textDocument/completion: reads the cursor's line of the buffer as it is typed (unclosed
/// quotes, a line not finished), and for a .reg file the nearest key line above it; it never
/// lints the document. What is offered: value names under a key the catalog knows, the type
/// prefix and allowed data of a value, reg.exe's /v, /t and /d, the registry cmdlets' -Name,
/// -Type and -Value, bcdedit's elements and their values.
/// </summary>
internal static class Completions
{
    /// <summary>The characters after which a client asks for completion.</summary>
    public static IReadOnlyList<string> TriggerCharacters { get; } = ["\"", "\\", ":", " ", "{", "=", "'"];

    /// <summary>The syntax of a document, from its file's extension, else its language.</summary>
    public static DocumentSyntax SyntaxOf(string uri, string? languageId)
    {
        var extension = DocumentUris.ToPath(uri) is { } path ? Path.GetExtension(path).ToUpperInvariant() : string.Empty;
        return extension switch
        {
            ".REG" => DocumentSyntax.Reg,
            ".PS1" or ".PSM1" => DocumentSyntax.PowerShell,
            ".CMD" or ".BAT" => DocumentSyntax.Batch,
            _ when extension.Length > 0 => DocumentSyntax.None,
            _ => languageId?.ToUpperInvariant() switch
            {
                "REG" => DocumentSyntax.Reg,
                "POWERSHELL" => DocumentSyntax.PowerShell,
                "BAT" or "CMD" or "BATCH" => DocumentSyntax.Batch,
                _ => DocumentSyntax.None,
            },
        };
    }

    /// <summary>The proposals at <paramref name="position"/> of <paramref name="text"/>.</summary>
    public static CompletionList At(string text, Position position, DocumentSyntax syntax, SettingsCatalog catalog)
    {
        if (syntax == DocumentSyntax.None || position.Line < 0 || position.Character < 0)
        {
            return CompletionList.Empty;
        }

        var offset = TextBuffer.OffsetOf(text, position);
        var lineStart = offset == 0 ? 0 : text.LastIndexOfAny(['\r', '\n'], offset - 1) + 1;
        if (LineNumberOf(text, lineStart) != position.Line)
        {
            return CompletionList.Empty; // A line past the end of the text.
        }

        var lineEnd = text.IndexOfAny(['\r', '\n'], offset);
        var line = text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)];
        var cursor = offset - lineStart;
        var proposals = syntax == DocumentSyntax.Reg
            ? RegFileCompletion.At(text, lineStart, line, cursor, catalog)
            : CommandCompletion.At(line, cursor, syntax == DocumentSyntax.PowerShell, catalog);
        var items = new List<CompletionItem>();
        var narrowed = false;
        foreach (var p in proposals)
        {
            // Typed so far: the text from the proposal's start to the cursor. A proposal that
            // starts with it comes first; one that holds it elsewhere (after its quote) next.
            var typed = line[p.Start..cursor];
            var filter = p.Filter ?? p.NewText;
            var bare = typed.TrimStart('"', '\'');
            var rank = filter.StartsWith(typed, StringComparison.OrdinalIgnoreCase) ? "0"
                : bare.Length > 0 && filter.Contains(bare, StringComparison.OrdinalIgnoreCase) ? "1"
                : null;
            if (rank is null || string.Equals(p.NewText, line[p.Start..p.End], StringComparison.Ordinal))
            {
                narrowed = true;
                continue;
            }

            items.Add(new CompletionItem(p.Label)
            {
                Kind = p.Kind,
                Detail = p.Detail,
                Documentation = p.Entry is { } entry ? new MarkupContent("markdown", HoverContent.Markdown(entry)) : null,
                SortText = rank + p.Sort + " " + p.Label.ToUpperInvariant(),
                FilterText = filter,
                Preselect = p.Preselect ? true : null,
                Tags = p.Deprecated ? [CompletionItemTag.Deprecated] : null,
                TextEdit = new LspTextEdit(new LspRange(new Position(position.Line, p.Start), new Position(position.Line, p.End)), p.NewText),
            });
        }

        // A list narrowed by what was typed is incomplete: the client asks again when the typed
        // text changes (a deleted character widens it), instead of filtering a stale list.
        return items.Count == 0 && !narrowed ? CompletionList.Empty : new CompletionList(narrowed, items);
    }

    private static int LineNumberOf(string text, int lineStart)
    {
        var line = 0;
        for (var i = 0; i < lineStart; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
            }
        }

        return line;
    }

    /// <summary>Proposals of the value names the catalog knows in <paramref name="key"/>.</summary>
    public static IEnumerable<Proposal> ValueNames(
        SettingsCatalog catalog,
        Core.Model.RegistryKeyPath key,
        int start,
        int end,
        Func<CatalogEntry, string> newText,
        Func<string, string> filter,
        ISet<string> written)
    {
        foreach (var entry in CatalogSummary.ValuesIn(catalog, key))
        {
            var name = entry.Name!;
            var again = written.Contains(name);
            yield return new Proposal(name, newText(entry), start, end, CompletionItemKind.Property)
            {
                Detail = again ? CatalogSummary.Detail(entry) + " (already set in this key)" : CatalogSummary.Detail(entry),
                Entry = entry,
                Filter = filter(name),
                Deprecated = entry.Deprecated is not null,
                Sort = entry.Deprecated is not null ? "3" : again ? "2" : "1",
            };
        }
    }
}

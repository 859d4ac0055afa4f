namespace HvLint.LanguageServer;

// The LSP 3.17 completion messages the server uses (kept apart from Protocol.cs, which holds
// the rest of the subset). Names are the specification's; nulls are left out.

/// <summary>What the server tells the client about completion: the characters that ask for it.</summary>
public sealed record CompletionOptions(IReadOnlyList<string> TriggerCharacters);

/// <summary>LSP's CompletionItemKind values the server uses.</summary>
public static class CompletionItemKind
{
    public const int Module = 9;
    public const int Value = 12;
    public const int Keyword = 14;
    public const int Property = 10;
    public const int EnumMember = 20;
}

/// <summary>LSP's CompletionItemTag.</summary>
public static class CompletionItemTag
{
    public const int Deprecated = 1;
}

/// <summary>
/// One proposal. <see cref="TextEdit"/> replaces what the user typed of it (its range starts
/// where the proposal's text starts and ends at or after the cursor, on the cursor's line);
/// <see cref="FilterText"/> is what a client matches the typed text against.
/// </summary>
public sealed record CompletionItem(string Label)
{
    public int? Kind { get; init; }

    public string? Detail { get; init; }

    public MarkupContent? Documentation { get; init; }

    public string? SortText { get; init; }

    public string? FilterText { get; init; }

    public bool? Preselect { get; init; }

    public IReadOnlyList<int>? Tags { get; init; }

    public LspTextEdit? TextEdit { get; init; }
}

/// <summary>
/// The answer to textDocument/completion. <see cref="IsIncomplete"/> when the server narrowed
/// the list by what was typed, so that the client asks again as the typed text changes.
/// </summary>
public sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items)
{
    public static CompletionList Empty { get; } = new(false, []);
}

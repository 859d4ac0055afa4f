using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HvLint.LanguageServer;

// The LSP 3.17 messages the server uses, and nothing more. Names are the specification's:
// the JSON formatter writes properties in camelCase (Position.Line is "line") and leaves nulls
// out, so an optional property the server does not set is absent, as the specification allows.

/// <summary>A place in a document: zero-based line and UTF-16 code unit offset in it.</summary>
public sealed record Position(int Line, int Character);

/// <summary>A range of a document, end exclusive.</summary>
public sealed record LspRange(Position Start, Position End);

/// <summary>A range in a document named by URI.</summary>
public sealed record LspLocation(string Uri, LspRange Range);

public sealed record TextDocumentIdentifier(string Uri);

/// <summary>A document and its version; a null version (written as null: a file the editor may not have open) is any version.</summary>
public sealed record VersionedTextDocumentIdentifier(string Uri, [property: JsonProperty(NullValueHandling = NullValueHandling.Include)] int? Version);

public sealed record TextDocumentItem(string Uri, string? LanguageId, int Version, string Text);

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary>A change: the whole text when <see cref="Range"/> is null, else the text that replaces the range.</summary>
public sealed record TextDocumentContentChangeEvent(LspRange? Range, string Text);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record CodeDescription(string Href);

public sealed record DiagnosticRelatedInformation(LspLocation Location, string Message);

/// <summary>LSP's DiagnosticSeverity.</summary>
public static class DiagnosticSeverity
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Information = 3;
    public const int Hint = 4;
}

/// <summary>LSP's DiagnosticTag.</summary>
public static class DiagnosticTag
{
    public const int Unnecessary = 1;
    public const int Deprecated = 2;
}

/// <summary>LSP's Diagnostic. <see cref="Code"/> is a token: a client may send a number.</summary>
public sealed record LspDiagnostic(LspRange Range, int? Severity, JToken? Code, string Message)
{
    public CodeDescription? CodeDescription { get; init; }

    public string? Source { get; init; }

    public IReadOnlyList<DiagnosticRelatedInformation>? RelatedInformation { get; init; }

    public IReadOnlyList<int>? Tags { get; init; }
}

public sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<LspDiagnostic> Diagnostics);

public sealed record CodeActionContext(IReadOnlyList<LspDiagnostic>? Diagnostics, IReadOnlyList<string>? Only);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, LspRange Range, CodeActionContext? Context);

public sealed record LspTextEdit(LspRange Range, string NewText);

public sealed record TextDocumentEdit(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<LspTextEdit> Edits);

/// <summary>LSP's CreateFile resource operation.</summary>
public sealed record CreateFile(string Uri)
{
    public string Kind { get; } = "create";
}

/// <summary>Edits: <see cref="TextDocumentEdit"/>s and resource operations (<see cref="CreateFile"/>), applied in order.</summary>
public sealed record WorkspaceEdit(IReadOnlyList<object> DocumentChanges);

public sealed record CodeAction(string Title, string Kind, WorkspaceEdit Edit)
{
    public IReadOnlyList<LspDiagnostic>? Diagnostics { get; init; }

    public bool? IsPreferred { get; init; }
}

/// <summary>LSP's CodeActionKind values the server offers.</summary>
public static class CodeActionKinds
{
    public const string QuickFix = "quickfix";
    public const string Source = "source";
    public const string SourceFixAll = "source.fixAll";
    public const string FixAllHvLint = "source.fixAll.hvlint";
}

/// <summary>LSP's TextDocumentSyncKind.</summary>
public static class TextDocumentSyncKind
{
    public const int None = 0;
    public const int Full = 1;
    public const int Incremental = 2;
}

public sealed record SaveOptions(bool IncludeText);

public sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);

public sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds);

public sealed record ServerCapabilities(TextDocumentSyncOptions TextDocumentSync, CodeActionOptions CodeActionProvider)
{
    public bool? HoverProvider { get; init; }

    public CompletionOptions? CompletionProvider { get; init; }
}

public sealed record ServerInfo(string Name, string? Version);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

/// <summary>LSP's MessageType.</summary>
public static class MessageType
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Info = 3;
    public const int Log = 4;
}

public sealed record LogMessageParams(int Type, string Message);

public sealed record FileEvent(string Uri, int Type);

public sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);

public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

/// <summary>LSP's MarkupContent; <see cref="Kind"/> is "markdown" or "plaintext".</summary>
public sealed record MarkupContent(string Kind, string Value);

public sealed record Hover(MarkupContent Contents, LspRange? Range);

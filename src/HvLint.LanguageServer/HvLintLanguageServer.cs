using System.Collections.Concurrent;
using System.Text;
using HvLint.Core.Configuration;
using HvLint.Core.Engine;
using HvLint.Core.Fixes;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;
using StreamJsonRpc;

namespace HvLint.LanguageServer;

/// <summary>
/// HvLint's language server: LSP 3.17 over JSON-RPC with LSP's header framing. Findings are
/// pushed for open documents (on open, on change after a short pause, on save); code actions
/// are the findings' fixes and "fix all safe fixes".
/// </summary>
public static class HvLintLanguageServer
{
    /// <summary>
    /// Serves one client over <paramref name="input"/> and <paramref name="output"/> (stdin and
    /// stdout for <c>hvlint lsp</c>) until it sends <c>exit</c> or closes the stream. Returns the
    /// process exit code: 0 after shutdown then exit, 1 otherwise (the specification's rule).
    /// </summary>
    /// <param name="input">What the client writes.</param>
    /// <param name="output">Where the server writes; nothing but protocol goes there.</param>
    /// <param name="log">Where the server's own log goes (stderr).</param>
    /// <param name="engine">The engine (the CLI's: built-in catalog, every front end and rule).</param>
    public static async Task<int> RunAsync(Stream input, Stream output, TextWriter log, LintEngine engine)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(engine);
        var formatter = new JsonMessageFormatter();
        formatter.JsonSerializer.ContractResolver = new CamelCasePropertyNamesContractResolver();
        formatter.JsonSerializer.NullValueHandling = NullValueHandling.Ignore;
        using var handler = new HeaderDelimitedMessageHandler(output, input, formatter);
        using var rpc = new JsonRpc(handler);
        var server = new Server(rpc, engine, log);
        rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        rpc.StartListening();
        var finished = await Task.WhenAny(rpc.Completion, server.Exited).ConfigureAwait(false);
        if (finished == server.Exited)
        {
            return await server.Exited.ConfigureAwait(false);
        }

        return server.ShutdownRequested ? 0 : 1;
    }
}

/// <summary>The methods of the protocol the server answers (the JSON-RPC target).</summary>
#pragma warning disable CA1822 // The protocol's methods are instance methods of the target, even those that need no state.
internal sealed class Server
{
    /// <summary>How long a document rests after a change before it is linted.</summary>
    private static readonly TimeSpan s_debounce = TimeSpan.FromMilliseconds(150);

    private readonly JsonRpc _rpc;
    private readonly TextWriter _log;
    private readonly InMemoryWorkspace _workspace = new(DiskWorkspace.Instance);
    private readonly DocumentLinter _linter;
    private readonly ConcurrentDictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Server(JsonRpc rpc, LintEngine engine, TextWriter log)
    {
        _rpc = rpc;
        _log = log;
        _linter = new DocumentLinter(engine, _workspace);
    }

    public Task<int> Exited => _exited.Task;

    public bool ShutdownRequested { get; private set; }

    [JsonRpcMethod("initialize")]
    public InitializeResult Initialize(JToken? parameters)
    {
        _ = parameters;
        return new InitializeResult(
            new ServerCapabilities(
                new TextDocumentSyncOptions(OpenClose: true, TextDocumentSyncKind.Incremental, new SaveOptions(IncludeText: false)),
                new CodeActionOptions([CodeActionKinds.QuickFix, CodeActionKinds.FixAllHvLint]))
            {
                HoverProvider = true,
                CompletionProvider = new CompletionOptions(Completions.TriggerCharacters),
            },
            new ServerInfo("hvlint", typeof(HvLintLanguageServer).Assembly.GetName().Version?.ToString(3)));
    }

    [JsonRpcMethod("initialized")]
    public void Initialized(JToken? parameters) => _ = parameters;

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        ShutdownRequested = true;
        foreach (var document in _documents.Values)
        {
            document.CancelPending();
        }

        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => _exited.TrySetResult(ShutdownRequested ? 0 : 1);

    [JsonRpcMethod("textDocument/didOpen")]
    public void DidOpen(DidOpenTextDocumentParams parameters)
    {
        var item = parameters.TextDocument;
        var document = new OpenDocument(item.Uri, item.LanguageId, item.Version, item.Text);
        if (_documents.TryRemove(item.Uri, out var old))
        {
            old.CancelPending();
        }

        _documents[item.Uri] = document;
        SetBuffer(document);
        Schedule(document, TimeSpan.Zero);
    }

    [JsonRpcMethod("textDocument/didChange")]
    public void DidChange(DidChangeTextDocumentParams parameters)
    {
        if (!_documents.TryGetValue(parameters.TextDocument.Uri, out var document))
        {
            Log(MessageType.Warning, $"didChange for a document that is not open: {parameters.TextDocument.Uri}");
            return;
        }

        lock (document)
        {
            var text = document.Text;
            foreach (var change in parameters.ContentChanges)
            {
                text = TextBuffer.Apply(text, change);
            }

            document.Text = text;
            document.Version = parameters.TextDocument.Version ?? document.Version + 1;
        }

        SetBuffer(document);
        Schedule(document, s_debounce);
    }

    [JsonRpcMethod("textDocument/didSave")]
    public void DidSave(DidSaveTextDocumentParams parameters)
    {
        if (_documents.TryGetValue(parameters.TextDocument.Uri, out var document))
        {
            Schedule(document, TimeSpan.Zero);
        }
    }

    [JsonRpcMethod("textDocument/didClose")]
    public async Task DidCloseAsync(DidCloseTextDocumentParams parameters)
    {
        if (!_documents.TryRemove(parameters.TextDocument.Uri, out var document))
        {
            return;
        }

        document.CancelPending();
        if (DocumentUris.ToPath(document.Uri) is { } path)
        {
            _workspace.Remove(path);
        }

        // A closed document's findings go away with it (what ruff and ShellCheck's servers do).
        await document.Publishing.WaitAsync().ConfigureAwait(false);
        try
        {
            document.Closed = true;
            await _rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(document.Uri, null, [])).ConfigureAwait(false);
        }
        finally
        {
            document.Publishing.Release();
        }
    }

    // The client watches the files (the server does not register a watcher yet): a changed,
    // created or deleted hvlint.json is read again and every open document linted again.
    [JsonRpcMethod("workspace/didChangeWatchedFiles")]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters)
    {
        if (!parameters.Changes.Any(c => IsConfiguration(c.Uri)))
        {
            return;
        }

        _linter.ReloadConfiguration();
        foreach (var document in _documents.Values)
        {
            Schedule(document, TimeSpan.Zero);
        }
    }

    private static bool IsConfiguration(string uri)
    {
        var name = uri[(uri.LastIndexOf('/') + 1)..];
        return name is ConfigurationResolver.FileName or ConfigurationResolver.HiddenFileName;
    }

    [JsonRpcMethod("textDocument/codeAction")]
    public IReadOnlyList<CodeAction> CodeAction(CodeActionParams parameters)
    {
        if (!_documents.TryGetValue(parameters.TextDocument.Uri, out var document) || document.Linted is not { } linted || linted.Source is null)
        {
            return [];
        }

        int version;
        string text;
        lock (document)
        {
            version = document.Version;
            text = document.Text;
        }

        // Fixes are edits of the text that was linted; a newer text has no fixes until it is linted.
        if (linted.Version != version || !string.Equals(linted.Text, text, StringComparison.Ordinal))
        {
            return [];
        }

        var only = parameters.Context?.Only;
        var actions = new List<CodeAction>();
        if (Wanted(only, CodeActionKinds.QuickFix))
        {
            foreach (var finding in linted.Findings)
            {
                if (!Overlaps(finding.Diagnostic.Range, parameters.Range))
                {
                    continue;
                }

                foreach (var fix in finding.Fixes)
                {
                    actions.Add(new CodeAction(fix.Title, CodeActionKinds.QuickFix, EditOf(document.Uri, version, linted, fix.Edits))
                    {
                        Diagnostics = [finding.Diagnostic],
                        IsPreferred = fix.Applicability == FixApplicability.Safe ? true : null,
                    });
                }
            }
        }

        if (Wanted(only, CodeActionKinds.FixAllHvLint))
        {
            // One round: the safe fixes that do not overlap one chosen before, in the order of the
            // findings; what they leave is found by the lint of the fixed text (hvlint check --fix repeats).
            var chosen = new List<TextEdit>();
            foreach (var fix in linted.Findings.SelectMany(f => f.Fixes.Take(1)).Where(f => f.Applicability == FixApplicability.Safe))
            {
                if (fix.Edits.All(e => chosen.All(c => !SpansOverlap(c, e))))
                {
                    chosen.AddRange(fix.Edits);
                }
            }

            if (chosen.Count > 0)
            {
                actions.Add(new CodeAction("Fix all safe HvLint findings", CodeActionKinds.FixAllHvLint, EditOf(document.Uri, version, linted, [.. chosen.OrderBy(e => e.Span.Start)])));
            }
        }

        return actions;
    }

    // The catalog entry of the write under the cursor. The writes of the last lint serve when it
    // linted the text the editor has; else the text is linted here (nothing is published), so a
    // hover never waits for the debounce or a pending lint.
    [JsonRpcMethod("textDocument/hover")]
    public Hover? Hover(TextDocumentPositionParams parameters)
    {
        try
        {
            if (!_documents.TryGetValue(parameters.TextDocument.Uri, out var document))
            {
                return null;
            }

            int version;
            string text;
            lock (document)
            {
                version = document.Version;
                text = document.Text;
            }

            var linted = document.Linted;
            if (linted is null || linted.Version != version || !string.Equals(linted.Text, text, StringComparison.Ordinal))
            {
                linted = _linter.Lint(document.Uri, version, text, document.LanguageId);
            }

            if (linted.Source is not { } source || parameters.Position.Line < 0 || parameters.Position.Line >= source.LineCount || parameters.Position.Character < 0)
            {
                return null;
            }

            // A position past the end of its line is on no write (not on the next line's).
            var line = parameters.Position.Line + 1;
            return parameters.Position.Character > source.GetLineText(line).Length
                ? null
                : HoverContent.At(linted, source.GetLineStart(line) + parameters.Position.Character);
        }
#pragma warning disable CA1031 // A hover that fails shows nothing and is logged; the server stays up.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log(MessageType.Error, $"hvlint: hover failed in {parameters.TextDocument.Uri}: {ex.GetType().Name}: {ex.Message}");
            return null;
        }
    }

    // What may be typed at the cursor, from the buffer as it is now (Completions reads the line
    // and, in a .reg file, the key line above it; nothing is linted).
    [JsonRpcMethod("textDocument/completion")]
    public CompletionList Completion(TextDocumentPositionParams parameters)
    {
        try
        {
            if (!_documents.TryGetValue(parameters.TextDocument.Uri, out var document))
            {
                return CompletionList.Empty;
            }

            string text;
            lock (document)
            {
                text = document.Text;
            }

            return Completions.At(text, parameters.Position, Completions.SyntaxOf(document.Uri, document.LanguageId), _linter.CatalogFor(document.Uri));
        }
#pragma warning disable CA1031 // A completion that fails offers nothing and is logged; the server stays up.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log(MessageType.Error, $"hvlint: completion failed in {parameters.TextDocument.Uri}: {ex.GetType().Name}: {ex.Message}");
            return CompletionList.Empty;
        }
    }

    private static bool Wanted(IReadOnlyList<string>? only, string kind) =>
        only is null || only.Count == 0 || only.Any(o => kind == o || kind.StartsWith(o + ".", StringComparison.Ordinal));

    private static bool SpansOverlap(TextEdit a, TextEdit b) =>
        a.Span.Start < b.Span.End && b.Span.Start < a.Span.End || (a.Span.Start == b.Span.Start);

    private static bool Overlaps(LspRange a, LspRange b) => !Before(a.End, b.Start) && !Before(b.End, a.Start);

    private static bool Before(Position a, Position b) => a.Line < b.Line || (a.Line == b.Line && a.Character < b.Character);

    private static WorkspaceEdit EditOf(string uri, int version, LintedVersion linted, IReadOnlyList<TextEdit> edits) =>
        new([new TextDocumentEdit(
            new VersionedTextDocumentIdentifier(uri, version),
            [.. edits.Select(e => new LspTextEdit(DocumentLinter.RangeOf(linted.Source!, e.Span), e.NewText))])]);

    private void SetBuffer(OpenDocument document)
    {
        if (DocumentUris.ToPath(document.Uri) is { } path)
        {
            string text;
            lock (document)
            {
                text = document.Text;
            }

            _workspace.Set(path, Encoding.UTF8.GetBytes(text));
        }
    }

    // Lints the document after a pause; a newer change cancels the wait and drops the result of
    // a lint already running, so an older version is never published over a newer one.
    private void Schedule(OpenDocument document, TimeSpan delay)
    {
        var token = document.Restart();
        _ = Task.Run(() => LintAsync(document, delay, token), CancellationToken.None);
    }

    private async Task LintAsync(OpenDocument document, TimeSpan delay, CancellationToken token)
    {
        try
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, token).ConfigureAwait(false);
            }

            int version;
            string text;
            lock (document)
            {
                version = document.Version;
                text = document.Text;
            }

            token.ThrowIfCancellationRequested();
            LintedVersion linted;
            try
            {
                linted = _linter.Lint(document.Uri, version, text, document.LanguageId);
            }
#pragma warning disable CA1031 // A document that cannot be linted gets no findings and a log message; the server stays up.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Log(MessageType.Error, $"hvlint: could not lint {document.Uri}: {ex.GetType().Name}: {ex.Message}");
                linted = new LintedVersion(version, text, null, []);
            }

            foreach (var notification in linted.Notifications)
            {
                Log(MessageType.Warning, $"hvlint: {notification.Path}: {notification.RuleId}: {notification.Message}");
            }

            await document.Publishing.WaitAsync(token).ConfigureAwait(false);
            try
            {
                bool current;
                lock (document)
                {
                    current = !document.Closed && document.Version == version && !token.IsCancellationRequested;
                }

                if (!current)
                {
                    return;
                }

                document.Linted = linted;
                await _rpc.NotifyWithParameterObjectAsync(
                    "textDocument/publishDiagnostics",
                    new PublishDiagnosticsParams(document.Uri, version, [.. linted.Findings.Select(f => f.Diagnostic)])).ConfigureAwait(false);
            }
            finally
            {
                document.Publishing.Release();
            }
        }
        catch (OperationCanceledException)
        {
            // A newer version is on its way.
        }
        catch (ConnectionLostException)
        {
            // The client went away.
        }
        catch (ObjectDisposedException)
        {
            // The server is stopping.
        }
    }

    private void Log(int type, string message)
    {
        _log.WriteLine(message);
        _ = _rpc.NotifyWithParameterObjectAsync("window/logMessage", new LogMessageParams(type, message)).ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
    }

    /// <summary>An open document: its text as the editor has it, and its pending lint.</summary>
    private sealed class OpenDocument(string uri, string? languageId, int version, string text)
    {
        private CancellationTokenSource? _pending;

        public string Uri { get; } = uri;

        public string? LanguageId { get; } = languageId;

        public int Version { get; set; } = version;

        public string Text { get; set; } = text;

        public bool Closed { get; set; }

        /// <summary>The last version published, with its fixes (for code actions).</summary>
        public LintedVersion? Linted { get; set; }

        /// <summary>Held while the document's diagnostics are sent, so they go out in order.</summary>
        public SemaphoreSlim Publishing { get; } = new(1, 1);

        public CancellationToken Restart()
        {
            var next = new CancellationTokenSource();
            var previous = Interlocked.Exchange(ref _pending, next);
            previous?.Cancel();
            return next.Token;
        }

        public void CancelPending() => Interlocked.Exchange(ref _pending, null)?.Cancel();
    }
}
#pragma warning restore CA1822

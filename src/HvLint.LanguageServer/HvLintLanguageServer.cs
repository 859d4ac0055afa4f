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
/// pushed for open documents (on open, on change after a short pause, on save, and when a
/// document they apply changes); code actions are the findings' fixes, "fix all safe fixes",
/// "suppress on this line" and "disable in hvlint.json". The editor's settings apply where
/// hvlint.json is silent.
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
    /// <summary>
    /// How long a document rests after a change before it is linted: 150 ms, or the milliseconds
    /// in HVLINT_LSP_DEBOUNCE_MS (0 to 10000; the latency benchmark sets 0 to time the lint itself).
    /// </summary>
    private static readonly TimeSpan s_debounce = TimeSpan.FromMilliseconds(
        int.TryParse(Environment.GetEnvironmentVariable("HVLINT_LSP_DEBOUNCE_MS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ms) && ms <= 10_000 ? ms : 150);

    private readonly JsonRpc _rpc;
    private readonly TextWriter _log;
    private readonly InMemoryWorkspace _workspace = new(DiskWorkspace.Instance);
    private readonly DocumentLinter _linter;
    private readonly ConcurrentDictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly RuleIndex _rules;

    // Before initialize, requests are refused and notifications dropped; after shutdown,
    // requests are invalid (LSP 3.17, "Server lifecycle").
    private volatile int _state = States.Created;
    private JObject _capabilities = [];
    private IReadOnlyList<string> _roots = [];

    public Server(JsonRpc rpc, LintEngine engine, TextWriter log)
    {
        _rpc = rpc;
        _log = log;
        _linter = new DocumentLinter(engine, _workspace);
        _rules = new RuleIndex(engine.Descriptors);
    }

    public Task<int> Exited => _exited.Task;

    public bool ShutdownRequested { get; private set; }

    [JsonRpcMethod("initialize")]
    public InitializeResult Initialize(JToken? parameters)
    {
        if (_state != States.Created)
        {
            throw new LocalRpcException(_state == States.Running ? "initialize was already sent." : "the server is shut down.") { ErrorCode = ErrorCodes.InvalidRequest };
        }

        _capabilities = parameters?["capabilities"] as JObject ?? [];
        _roots = RootsOf(parameters);
        if (parameters?["initializationOptions"] is JObject options)
        {
            _linter.Configure(EditorSettings.Read(options, _rules, m => Log(MessageType.Warning, "hvlint: initializationOptions: " + m)));
        }

        _state = States.Running;
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

    // After initialized the server may ask the client: it registers its watcher of the
    // configuration files (when the client can register watchers), and pulls the editor's
    // settings (when the client answers workspace/configuration).
    [JsonRpcMethod("initialized")]
    public void Initialized(JToken? parameters)
    {
        _ = parameters;
        if (_state != States.Running)
        {
            return;
        }

        if (Capability("workspace", "didChangeWatchedFiles", "dynamicRegistration") is true)
        {
            _ = RequestInBackgroundAsync("client/registerCapability", new
            {
                registrations = new[]
                {
                    new
                    {
                        id = "hvlint-configuration-files",
                        method = "workspace/didChangeWatchedFiles",
                        registerOptions = new { watchers = ConfigurationGlobs.Select(g => new { globPattern = g }).ToArray() },
                    },
                },
            });
        }

        if (Capability("workspace", "configuration") is true)
        {
            _ = PullSettingsAsync();
        }
    }

    /// <summary>The files whose change makes the server read the configuration again.</summary>
    internal static IReadOnlyList<string> ConfigurationGlobs { get; } = ["**/" + ConfigurationResolver.FileName, "**/" + ConfigurationResolver.HiddenFileName];

    // The editor's settings changed: pulled again when the client answers
    // workspace/configuration, else taken from the notification ({ "hvlint": { ... } }).
    [JsonRpcMethod("workspace/didChangeConfiguration")]
    public void DidChangeConfiguration(JToken? parameters)
    {
        if (_state != States.Running)
        {
            return;
        }

        if (Capability("workspace", "configuration") is true)
        {
            _ = PullSettingsAsync();
            return;
        }

        var settings = parameters?["settings"];
        var section = settings?["hvlint"] is JObject hvlint ? hvlint : settings as JObject;
        if (section is not null)
        {
            ApplySettings(section);
        }
    }

    private async Task PullSettingsAsync()
    {
        var answer = await RequestInBackgroundAsync("workspace/configuration", new { items = new[] { new { section = "hvlint" } } }).ConfigureAwait(false);
        if (answer is JArray { Count: > 0 } items && items[0] is JObject section)
        {
            ApplySettings(section);
        }
    }

    private void ApplySettings(JObject section)
    {
        if (_linter.Configure(EditorSettings.Read(section, _rules, m => Log(MessageType.Warning, "hvlint: settings: " + m))))
        {
            foreach (var document in _documents.Values)
            {
                Schedule(document, TimeSpan.Zero);
            }
        }
    }

    private async Task<JToken?> RequestInBackgroundAsync(string method, object parameters)
    {
        try
        {
            return await _rpc.InvokeWithParameterObjectAsync<JToken?>(method, parameters).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A client that refuses or fails a request leaves the server as it was.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _log.WriteLine($"hvlint: {method} failed: {ex.GetType().Name}: {ex.Message}");
            return null;
        }
    }

    private bool? Capability(params string[] path)
    {
        JToken? token = _capabilities;
        foreach (var name in path)
        {
            token = token is JObject o ? o[name] : null;
        }

        return token?.Type == JTokenType.Boolean ? (bool)token : null;
    }

    private bool ClientCreatesFiles =>
        Capability("workspace", "workspaceEdit", "documentChanges") is true
        && _capabilities.SelectToken("workspace.workspaceEdit.resourceOperations") is JArray operations
        && operations.Any(o => (string?)o == "create");

    private static List<string> RootsOf(JToken? parameters)
    {
        var roots = new List<string>();
        if (parameters?["workspaceFolders"] is JArray folders)
        {
            roots.AddRange(folders.Select(f => (string?)f["uri"]).OfType<string>().Select(DocumentUris.ToPath).OfType<string>());
        }

        if (roots.Count == 0 && (string?)parameters?["rootUri"] is { } rootUri && DocumentUris.ToPath(rootUri) is { } root)
        {
            roots.Add(root);
        }

        return roots;
    }

    private void Require()
    {
        switch (_state)
        {
            case States.Created:
                throw new LocalRpcException("the server is not initialized: send initialize first.") { ErrorCode = ErrorCodes.ServerNotInitialized };
            case States.ShutDown:
                throw new LocalRpcException("the server is shut down: only exit is accepted.") { ErrorCode = ErrorCodes.InvalidRequest };
        }
    }

    private bool Running => _state == States.Running;

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        Require();
        _state = States.ShutDown;
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
        if (!Running)
        {
            return;
        }

        var item = parameters.TextDocument;
        var document = new OpenDocument(item.Uri, item.LanguageId, item.Version, item.Text);
        if (_documents.TryRemove(item.Uri, out var old))
        {
            old.CancelPending();
        }

        _documents[item.Uri] = document;
        SetBuffer(document);
        Schedule(document, TimeSpan.Zero);
        ScheduleImporters(document, TimeSpan.Zero);
    }

    [JsonRpcMethod("textDocument/didChange")]
    public void DidChange(DidChangeTextDocumentParams parameters)
    {
        if (!Running)
        {
            return;
        }

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
        ScheduleImporters(document, s_debounce);
    }

    [JsonRpcMethod("textDocument/didSave")]
    public void DidSave(DidSaveTextDocumentParams parameters)
    {
        if (Running && _documents.TryGetValue(parameters.TextDocument.Uri, out var document))
        {
            Schedule(document, TimeSpan.Zero);
        }
    }

    [JsonRpcMethod("textDocument/didClose")]
    public async Task DidCloseAsync(DidCloseTextDocumentParams parameters)
    {
        if (!Running || !_documents.TryRemove(parameters.TextDocument.Uri, out var document))
        {
            return;
        }

        document.CancelPending();
        if (DocumentUris.ToPath(document.Uri) is { } path)
        {
            _workspace.Remove(path);
        }

        // What the document's lint placed in other open documents goes; what it applies is read from the disk again.
        await ForgetForeignFromAsync(document).ConfigureAwait(false);
        ScheduleImporters(document, TimeSpan.Zero);

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

    // A changed, created or deleted hvlint.json is read again and every open document linted
    // again. The client watches the files on its own, or with the watcher registered after initialized.
    [JsonRpcMethod("workspace/didChangeWatchedFiles")]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters)
    {
        if (!Running || !parameters.Changes.Any(c => IsConfiguration(c.Uri)))
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
        Require();
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
            var inRange = linted.Findings.Where(f => Overlaps(f.Diagnostic.Range, parameters.Range)).ToList();
            foreach (var finding in inRange)
            {
                foreach (var fix in finding.Fixes)
                {
                    actions.Add(new CodeAction(fix.Title, CodeActionKinds.QuickFix, EditOf(document.Uri, version, linted, fix.Edits))
                    {
                        Diagnostics = [finding.Diagnostic],
                        IsPreferred = fix.Applicability == FixApplicability.Safe ? true : null,
                    });
                }
            }

            // After the fixes: suppress each finding where it is, then turn its rule off.
            var suppressions = new HashSet<(string, int)>();
            foreach (var finding in inRange)
            {
                if (SuppressionEdit.For(linted, finding, document.Uri, document.LanguageId) is { } edit && suppressions.Add((finding.RuleId, edit.Range.Start.Line)))
                {
                    actions.Add(new CodeAction(
                        $"Suppress {finding.RuleId} on this line",
                        CodeActionKinds.QuickFix,
                        new WorkspaceEdit([new TextDocumentEdit(new VersionedTextDocumentIdentifier(document.Uri, version), [edit])]))
                    {
                        Diagnostics = [finding.Diagnostic],
                    });
                }
            }

            foreach (var rule in inRange.GroupBy(f => f.RuleId))
            {
                if (DisableInConfiguration(document.Uri, rule.Key, [.. rule.Select(f => f.Diagnostic)]) is { } disable)
                {
                    actions.Add(disable);
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
        Require();
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

    // Turns the rule off in the hvlint.json that applies to the document (as hvlint check finds
    // it), or in a new one when none applies: at the workspace folder that holds the document
    // when hvlint check would find it there (inside the repository), else next to the document.
    private CodeAction? DisableInConfiguration(string uri, string ruleId, IReadOnlyList<LspDiagnostic> diagnostics)
    {
        if (DocumentUris.ToPath(uri) is not { } file || _rules.Find(ruleId) is null)
        {
            return null;
        }

        try
        {
            var configuration = _linter.Resolver.ConfigurationFor(file);
            if (configuration is not null)
            {
                var configurationUri = DocumentUris.FromPath(configuration.FullPath);
                var open = _documents.Values.FirstOrDefault(d => DocumentUris.ToPath(d.Uri) == configuration.FullPath);
                int? version = null;
                string text;
                if (open is not null)
                {
                    lock (open)
                    {
                        (text, version, configurationUri) = (open.Text, open.Version, open.Uri);
                    }
                }
                else
                {
                    text = File.ReadAllText(configuration.FullPath);
                }

                if (ConfigurationEdit.Disable(text, configuration, file, ruleId, _rules) is not { } edits)
                {
                    return null;
                }

                return new CodeAction(
                    $"Disable {ruleId} in {Path.GetFileName(configuration.FullPath)}",
                    CodeActionKinds.QuickFix,
                    new WorkspaceEdit([new TextDocumentEdit(
                        new VersionedTextDocumentIdentifier(configurationUri, version),
                        [.. edits.Select(e => new LspTextEdit(new LspRange(PositionOf(text, e.Start), PositionOf(text, e.End)), e.NewText))])]))
                {
                    Diagnostics = diagnostics,
                };
            }

            if (!ClientCreatesFiles)
            {
                return null;
            }

            var newUri = DocumentUris.FromPath(Path.Combine(NewConfigurationFolder(file), ConfigurationResolver.FileName));
            var start = new Position(0, 0);
            return new CodeAction(
                $"Disable {ruleId} in a new {ConfigurationResolver.FileName}",
                CodeActionKinds.QuickFix,
                new WorkspaceEdit([
                    new CreateFile(newUri),
                    new TextDocumentEdit(new VersionedTextDocumentIdentifier(newUri, null), [new LspTextEdit(new LspRange(start, start), ConfigurationEdit.NewFile(ruleId))]),
                ]))
            {
                Diagnostics = diagnostics,
            };
        }
        catch (Exception ex) when (ex is ConfigurationException or IOException or UnauthorizedAccessException)
        {
            // A configuration that cannot be read gets no edit (its error is the document's log message).
            return null;
        }
    }

    private string NewConfigurationFolder(string file)
    {
        var folder = Path.GetDirectoryName(file)!;
        string? repository = null;
        for (var d = folder; d is not null; d = Path.GetDirectoryName(d))
        {
            if (Directory.Exists(Path.Combine(d, ".git")) || File.Exists(Path.Combine(d, ".git")))
            {
                repository = d;
                break;
            }
        }

        return _roots
            .Where(root => IsAtOrUnder(folder, root) && (repository is null || IsAtOrUnder(root, repository)))
            .OrderByDescending(root => root.Length)
            .FirstOrDefault() ?? folder;
    }

    private static bool IsAtOrUnder(string path, string folder)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var trimmed = Path.TrimEndingDirectorySeparator(folder);
        return path.Equals(trimmed, comparison) || path.StartsWith(trimmed + Path.DirectorySeparatorChar, comparison);
    }

    /// <summary>The LSP position of an offset of a text.</summary>
    private static Position PositionOf(string text, int offset)
    {
        int line = 0, lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new Position(line, Math.Min(offset, text.Length) - lineStart);
    }

    // What may be typed at the cursor, from the buffer as it is now (Completions reads the line
    // and, in a .reg file, the key line above it; nothing is linted).
    [JsonRpcMethod("textDocument/completion")]
    public CompletionList Completion(TextDocumentPositionParams parameters)
    {
        Require();
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

            // Findings in applied files that are not open are shown on the line that applies them.
            var moved = linted.Foreign
                .Where(f => f.InvolvesDocument && OpenDocumentAt(f.Path) is null)
                .Select(f => new Finding(OnApplyingLine(linted, f), []) { Suppressible = false })
                .ToList();
            if (moved.Count > 0)
            {
                linted = linted with { Findings = [.. linted.Findings, .. moved] };
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
                await PublishAsync(document, linted).ConfigureAwait(false);
            }
            finally
            {
                document.Publishing.Release();
            }

            // Findings in applied files that are open are shown there, with that file's own.
            await ShareForeignAsync(document, linted).ConfigureAwait(false);
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

    // The document's own findings, and what the lints of open documents that apply it placed
    // in it (less what its own lint found too).
    private Task PublishAsync(OpenDocument document, LintedVersion linted)
    {
        var diagnostics = linted.Findings.Select(f => f.Diagnostic).ToList();
        var own = diagnostics.Select(Identity).ToHashSet();
        lock (document)
        {
            foreach (var d in document.ForeignFrom.Values.SelectMany(d => d))
            {
                if (own.Add(Identity(d)))
                {
                    diagnostics.Add(d);
                }
            }
        }

        return _rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(document.Uri, linted.Version, diagnostics));
    }

    private static (string?, LspRange, string) Identity(LspDiagnostic d) => ((string?)d.Code, d.Range, d.Message);

    private async Task ShareForeignAsync(OpenDocument importer, LintedVersion linted)
    {
        foreach (var other in _documents.Values)
        {
            if (ReferenceEquals(other, importer) || DocumentUris.ToPath(other.Uri) is not { } path)
            {
                continue;
            }

            var these = linted.Foreign.Where(f => f.Path == path).Select(f => f.Diagnostic with { }).ToList();
            bool changed;
            lock (other)
            {
                var before = other.ForeignFrom.GetValueOrDefault(importer.Uri) ?? [];
                changed = !before.Select(Identity).SequenceEqual(these.Select(Identity));
                if (these.Count == 0)
                {
                    other.ForeignFrom.Remove(importer.Uri);
                }
                else
                {
                    other.ForeignFrom[importer.Uri] = these;
                }
            }

            if (changed)
            {
                await RepublishAsync(other).ConfigureAwait(false);
            }
        }
    }

    private async Task ForgetForeignFromAsync(OpenDocument importer)
    {
        foreach (var other in _documents.Values)
        {
            bool removed;
            lock (other)
            {
                removed = other.ForeignFrom.Remove(importer.Uri);
            }

            if (removed)
            {
                await RepublishAsync(other).ConfigureAwait(false);
            }
        }
    }

    private async Task RepublishAsync(OpenDocument document)
    {
        await document.Publishing.WaitAsync().ConfigureAwait(false);
        try
        {
            if (!document.Closed && document.Linted is { } linted)
            {
                await PublishAsync(document, linted).ConfigureAwait(false);
            }
        }
        finally
        {
            document.Publishing.Release();
        }
    }

    private OpenDocument? OpenDocumentAt(string path) => _documents.Values.FirstOrDefault(d => DocumentUris.ToPath(d.Uri) == path);

    // Lints again, after the same pause, the open documents whose last lint read this one (they
    // apply it): their findings depend on its text.
    private void ScheduleImporters(OpenDocument document, TimeSpan delay)
    {
        if (DocumentUris.ToPath(document.Uri) is not { } path)
        {
            return;
        }

        foreach (var other in _documents.Values)
        {
            if (!ReferenceEquals(other, document) && other.Linted is { } linted && linted.Dependencies.Contains(path))
            {
                Schedule(other, delay);
            }
        }
    }

    // A finding in an applied file that is not open, shown on the applying document: on the line
    // that applies the file (the first that names it), with the finding's own place as related
    // information.
    private static LspDiagnostic OnApplyingLine(LintedVersion linted, ForeignFinding foreign)
    {
        var name = Path.GetFileName(foreign.Path);
        var range = new LspRange(new Position(0, 0), new Position(0, 0));
        if (linted.Source is { } source)
        {
            var names = new[] { name }.Concat(linted.LinkedFiles.Select(Path.GetFileName)).OfType<string>();
            var line = names
                .Select(n => Enumerable.Range(1, source.LineCount).FirstOrDefault(l => source.GetLineText(l).Contains(n, StringComparison.OrdinalIgnoreCase)))
                .FirstOrDefault(l => l > 0);
            if (line > 0)
            {
                var text = source.GetLineText(line);
                var indent = text.Length - text.TrimStart().Length;
                range = new LspRange(new Position(line - 1, indent), new Position(line - 1, text.TrimEnd().Length));
            }
        }

        var diagnostic = foreign.Diagnostic;
        var at = diagnostic.Range.Start;
        return diagnostic with
        {
            Range = range,
            Message = $"{name}:{at.Line + 1}:{at.Character + 1}: {diagnostic.Message}",
            RelatedInformation = [new DiagnosticRelatedInformation(new LspLocation(foreign.Uri, diagnostic.Range), "the finding is here, in the applied file"), .. diagnostic.RelatedInformation ?? []],
        };
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

        /// <summary>What the lints of other open documents (that apply this one) found in it, by their URI; locked with the document.</summary>
        public Dictionary<string, IReadOnlyList<LspDiagnostic>> ForeignFrom { get; } = new(StringComparer.Ordinal);

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

/// <summary>Where the server is in its lifecycle.</summary>
internal static class States
{
    public const int Created = 0;
    public const int Running = 1;
    public const int ShutDown = 2;
}

/// <summary>The JSON-RPC and LSP error codes the server answers with.</summary>
internal static class ErrorCodes
{
    public const int InvalidRequest = -32600;
    public const int ServerNotInitialized = -32002;
}

using HvLint.Core.Catalog;
using HvLint.Core.Configuration;
using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Rules;
using HvLint.Core.Suppressions;
using HvLint.Core.Text;

namespace HvLint.Core.Engine;

/// <summary>A message about the tool itself (a rule or front end that crashed), not about the input.</summary>
public sealed record ToolNotification(string Path, string RuleId, string Message)
{
    /// <summary>The exception behind the notification, for hosts that show stack traces on request.</summary>
    public Exception? Exception { get; init; }
}

/// <summary>The result of linting one file.</summary>
public sealed record FileResult(string Path, SourceText? Source, IReadOnlyList<Write> Writes, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<ToolNotification> Notifications)
{
    /// <summary>Files this file applies with a literal path (full paths), from the front end.</summary>
    public IReadOnlyList<string> LinkedFiles { get; init; } = [];

    /// <summary>
    /// Findings that an inline suppression hides, with the suppression's reason. They are not
    /// in <see cref="Diagnostics"/>; hosts count them, and SARIF reports them as suppressed.
    /// </summary>
    public IReadOnlyList<SuppressedDiagnostic> Suppressed { get; init; } = [];
}

/// <summary>
/// Settings the engine applies on top of the rules' defaults. A host may give different
/// options per file (configuration overrides for a folder); the engine and catalog stay the same.
/// </summary>
public sealed class LintOptions
{
    /// <summary>Severity per rule ID; null turns the rule off.</summary>
    public IReadOnlyDictionary<string, Severity?> RuleSeverities { get; init; } = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The Windows Server release the hosts run (rules read it as <see cref="RuleContext.Target"/>).</summary>
    public WindowsTarget Target { get; init; } = WindowsTargets.Default;

    /// <summary>Whether hvlint-disable comments and SuppressMessageAttribute are applied (default true).</summary>
    public bool InlineSuppressions { get; init; } = true;

    /// <summary>Whether a suppression without a reason is a finding (HV0982; default true).</summary>
    public bool RequireSuppressionReason { get; init; } = true;

    /// <summary>The date suppression expiry ('until YYYY-MM-DD') is checked against; null: today (UTC).</summary>
    public DateOnly? Today { get; init; }
}

/// <summary>
/// Runs front ends and rules over files. Built once per process from the catalog, the front
/// ends and the rules; thread-safe, so files are linted in parallel.
/// </summary>
public sealed class LintEngine
{
    private readonly SettingsCatalog _catalog;
    private readonly IReadOnlyList<IWriteExtractor> _extractors;
    private readonly IReadOnlyList<Rule> _rules;
    private readonly LintOptions _options;
    private readonly RuleIndex _ruleIndex;

    /// <summary>Creates an engine.</summary>
    public LintEngine(SettingsCatalog catalog, IEnumerable<IWriteExtractor> extractors, IEnumerable<Rule> rules, LintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(extractors);
        ArgumentNullException.ThrowIfNull(rules);
        _catalog = catalog;
        _extractors = [.. extractors];
        _rules = [.. rules];
        _options = options ?? new LintOptions();
        Descriptors = CoreDiagnostics.All.Concat(_extractors.SelectMany(e => e.Diagnostics)).Concat(_rules.Select(r => r.Descriptor))
            .DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        _ruleIndex = new RuleIndex(Descriptors);
    }

    /// <summary>Every rule and parse finding the engine can produce, ordered by ID.</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors { get; }

    /// <summary>The catalog.</summary>
    public SettingsCatalog Catalog => _catalog;

    /// <summary>The options of every file when a request gives none (<see cref="LintRequest.OptionsOf"/> null).</summary>
    public LintOptions Options => _options;

    /// <summary>
    /// An engine with the same front ends, rules and options over another catalog (the
    /// built-in one plus an organisation's catalog files, for example).
    /// </summary>
    public LintEngine WithCatalog(SettingsCatalog catalog) => new(catalog, _extractors, _rules, _options);

    /// <summary>Whether some front end reads files with this path's extension.</summary>
    public bool CanLint(string path) => FindExtractor(path) is not null;

    /// <summary>
    /// Lints the documents of a request, one worker per core, and hands each document's result
    /// out as soon as the results of the documents before it are out, in the order given, then
    /// the results of the linked files the run followed. A document that applies other files
    /// with a literal path (reg import, dot-sourcing) is also checked together with them, as
    /// applied at that point (the host pass). The run keeps only the files being linted and the
    /// results not yet taken, so a host that writes each result and drops it lints any number
    /// of files in bounded memory. Stopping the enumeration stops the run. Every file is read
    /// through the request's workspace; bad input and unreadable files become findings.
    /// </summary>
    public IEnumerable<FileResult> Lint(LintRequest request) => Lint(request, Environment.ProcessorCount, LintRun.PartFiles);

    /// <summary>The streaming run with a given number of workers and part size (tests vary them).</summary>
    internal IEnumerable<FileResult> Lint(LintRequest request, int workers, int partFiles)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var document in request.Documents)
        {
            _ = FindExtractor(document.DisplayPath) ?? throw new ArgumentException($"No front end reads '{document.DisplayPath}'.", nameof(request));
        }

        var scope = request.Links == LinkPolicy.None ? LinkScope.None : request.LinkScope ?? LinkScope.Of(request.Documents.Select(d => d.FullPath));
        return new LintRun(this, request, scope, workers, partFiles).Results();
    }

    /// <summary>
    /// Lints content that has no location (a test's sample, text from a pipe): a request for one
    /// document with <see cref="LinkPolicy.None"/>, read from <paramref name="content"/>.
    /// </summary>
    public FileResult LintBytes(string displayPath, byte[] content, LintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(displayPath);
        ArgumentNullException.ThrowIfNull(content);
        return Lint(new LintRequest(displayPath, displayPath)
        {
            Workspace = new OneDocument(content),
            OptionsOf = options is null ? null : _ => options,
            Links = LinkPolicy.None,
        }).Single();
    }

    private static FileResult Unreadable(string displayPath, Exception ex, LintOptions options)
    {
        var empty = new SourceText(displayPath, string.Empty);
        var d = new Diagnostic(CoreDiagnostics.FileUnreadable, Severity.Error, $"Cannot read '{displayPath}': {ex.Message}", new Location(empty, new TextSpan(0, 0)));
        return new FileResult(displayPath, empty, [], ApplyOptions([d], options), []);
    }

    private static ExtractionResult? TryReadAndExtract(IWriteExtractor extractor, IDocumentWorkspace workspace, string fullPath, string displayPath, bool located, LintOptions options, out FileResult? failed)
    {
        byte[] content;
        try
        {
            content = workspace.ReadAllBytes(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            failed = Unreadable(displayPath, ex, options);
            return null;
        }

        failed = null;
        if (TextSniffer.WhyNotText(content) is { } why)
        {
            failed = NotText(displayPath, why, options);
            return null;
        }

        try
        {
            // Without a location, relative links resolve against nothing that is followed.
            return located ? extractor.Extract(displayPath, content, fullPath) : extractor.Extract(displayPath, content);
        }
#pragma warning disable CA1031 // A crashing front end must not stop the run: report it like Roslyn's AD0001.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            failed = FrontEndFailed(extractor, displayPath, ex);
            return null;
        }
    }

    // The file is read once, as the front end parses it, and its bytes are never held whole. The
    // text check looks at the file's first bytes, as it does when the file is read whole.
    private static ExtractionResult? TryExtractStream(IStreamingWriteExtractor extractor, IDocumentWorkspace workspace, string fullPath, string displayPath, LintOptions options, out FileResult? failed)
    {
        failed = null;
        Stream stream;
        try
        {
            stream = workspace.OpenRead(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            failed = Unreadable(displayPath, ex, options);
            return null;
        }

        using (stream)
        {
            try
            {
                var head = new byte[TextSniffer.HeadSize];
                var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
                if (TextSniffer.WhyNotText(head.AsSpan(0, read)) is { } why)
                {
                    failed = NotText(displayPath, why, options);
                    return null;
                }

                stream.Position = 0;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failed = Unreadable(displayPath, ex, options);
                return null;
            }

            try
            {
                return extractor.Extract(displayPath, stream);
            }
            catch (IOException ex)
            {
                // The file could not be read to its end (a disk error, a file cut while read).
                failed = Unreadable(displayPath, ex, options);
                return null;
            }
#pragma warning disable CA1031 // A crashing front end must not stop the run: report it like Roslyn's AD0001.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failed = FrontEndFailed(extractor, displayPath, ex);
                return null;
            }
        }
    }

    // One finding on the file, nothing else: its 'lines' would be garbage findings.
    private static FileResult NotText(string displayPath, string why, LintOptions options)
    {
        var empty = new SourceText(displayPath, string.Empty);
        var d = new Diagnostic(CoreDiagnostics.FileNotText, Severity.Error, $"'{displayPath}' is not text ({why}): it looks like a program, an archive or an image saved as {System.IO.Path.GetExtension(displayPath)}. HvLint checked nothing in it; lint the script it should be, or exclude the file.", new Location(empty, new TextSpan(0, 0)));
        return new FileResult(displayPath, empty, [], ApplyOptions([d], options), []);
    }

    private static FileResult FrontEndFailed(IWriteExtractor extractor, string displayPath, Exception ex) =>
        new(displayPath, null, [], [], [new ToolNotification(displayPath, extractor.Language, $"The {extractor.Language} front end failed: {ex.GetType().Name}: {ex.Message}") { Exception = ex }]);

    /// <summary>
    /// Reads <paramref name="fullPath"/> through <paramref name="workspace"/>, extracts it and runs
    /// the rules over it, leaving the host pass, severities and suppressions for later.
    /// <paramref name="located"/> false: the path is a name only (<see cref="LinkPolicy.None"/>).
    /// </summary>
    internal Unit Prepare(string fullPath, string displayPath, LintOptions options, LinkScope scope, IDocumentWorkspace workspace, bool located)
    {
        var unit = new Unit(located ? Path.GetFullPath(fullPath) : fullPath, options);
        if (located && scope.WhySymbolicLinkNotFollowed(unit.FullPath) is { } why)
        {
            // A file found in the tree (or named) that is a symbolic link to a file elsewhere:
            // reading it would print another file's lines (a pull request can add such a link).
            var empty = new SourceText(displayPath, string.Empty);
            var rule = CoreDiagnostics.LinkedFileOutsideTree;
            var d = new Diagnostic(rule, rule.DefaultSeverity, $"'{displayPath}' is not read: it is a symbolic link and {why}. HvLint checked nothing in it.", new Location(empty, new TextSpan(0, 0)));
            unit.Finished = new FileResult(displayPath, empty, [], ApplyOptions([d], options), []);
            return unit;
        }

        var extractor = FindExtractor(displayPath) ?? throw new ArgumentException($"No front end reads '{displayPath}'.", nameof(displayPath));
        var extracted = extractor is IStreamingWriteExtractor streaming
            ? TryExtractStream(streaming, workspace, fullPath, displayPath, options, out var failed)
            : TryReadAndExtract(extractor, workspace, fullPath, displayPath, located, options, out failed);
        if (extracted is null)
        {
            unit.Finished = failed;
            return unit;
        }

        // Without a location nothing is followed; a UNC or device path is still named.
        var extraction = CheckLinks(extracted, scope, uncAndDevicesOnly: !located);
        unit.Extraction = extraction;
        unit.Diagnostics.AddRange(extraction.Diagnostics);
        RunRules(extraction, options, unit.Diagnostics, unit.HostRuleDiagnostics, unit.Notifications);
        return unit;
    }

    /// <summary>
    /// Keeps the links that may be followed (inside <paramref name="scope"/>, to a file a front
    /// end reads) and reports each other link to such a file (HV0960) instead: a linked file
    /// outside the tree is never read, so its lines and its configuration never reach the output.
    /// </summary>
    private ExtractionResult CheckLinks(ExtractionResult extraction, LinkScope scope, bool uncAndDevicesOnly)
    {
        if (extraction.Links.Count == 0)
        {
            return extraction;
        }

        var kept = new List<FileLink>(extraction.Links.Count);
        var findings = new List<Diagnostic>();
        foreach (var link in extraction.Links)
        {
            var shown = link.Written ?? link.Path;
            var why = !CanLint(link.Path) && !CanLint(shown) ? null
                : uncAndDevicesOnly ? (LinkScope.UncOrDevice(shown) ?? LinkScope.UncOrDevice(link.Path)) is { } kind ? $"it is {kind}, which HvLint never opens" : null
                : scope.WhyNotFollowed(link);
            if (why is null)
            {
                kept.Add(link);
                continue;
            }

            var rule = CoreDiagnostics.LinkedFileOutsideTree;
            findings.Add(new Diagnostic(
                rule,
                rule.DefaultSeverity,
                $"'{shown}' is not read: {why}. HvLint checked none of the writes it makes; if it belongs to this configuration, keep it in the repository or lint it too.",
                new Location(extraction.Source, link.Span)));
        }

        return findings.Count == 0 ? extraction : extraction with { Diagnostics = [.. extraction.Diagnostics, .. findings], Links = kept };
    }

    /// <summary>
    /// Runs every active rule's per-write hooks and per-file hooks over one file: findings into
    /// <paramref name="diagnostics"/>, except the per-file findings of rules that also analyze a
    /// host, into <paramref name="hostRuleDiagnostics"/> (a host that covers the file replaces them).
    /// </summary>
    private void RunRules(ExtractionResult extraction, LintOptions options, List<Diagnostic> diagnostics, List<Diagnostic> hostRuleDiagnostics, List<ToolNotification> notifications)
    {
        var keyOf = KeyLookup();
        var active = ActiveRules(options);
        var target = options.Target;
        var report = MessagePool.Into(diagnostics);

        // Plain loops with try/catch, and one context per write that every rule gets in turn,
        // rather than a closure and a context per rule and write: a large script has tens of
        // thousands of writes, and each allocation (in ReadyToRun code, each delegate's slow
        // runtime helper too) adds up.
        IReadOnlyList<Write> writes = active.Length == 0 ? [] : extraction.Writes;
        foreach (var write in writes)
        {
            RuleContext? context = write switch
            {
                RegistryWrite rw => new RegistryWriteContext(_catalog, rw, keyOf(rw), EntryOf(rw, keyOf), active[0].Descriptor, report) { Target = target },
                BcdWrite bw => new BcdWriteContext(_catalog, bw, active[0].Descriptor, report) { Target = target },
                HyperVSettingWrite hw => new HyperVSettingWriteContext(_catalog, hw, active[0].Descriptor, report) { Target = target },
                _ => null,
            };
            if (context is null)
            {
                continue;
            }

            foreach (var rule in active)
            {
                try
                {
                    context.Use(rule.Descriptor);
                    AnalyzeWrite(rule, context);
                }
#pragma warning disable CA1031 // A crashing rule must not stop the others (Roslyn's AD0001).
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    notifications.Add(RuleFailed(rule, extraction.Source, ex));
                }
            }
        }

        RunFileRules(active, extraction.Source, extraction.Writes, target, keyOf, report, MessagePool.Into(hostRuleDiagnostics), notifications);
    }

    private CatalogEntry? EntryOf(RegistryWrite write, Func<RegistryWrite, KeyMatch> keyOf) =>
        write.ValueName is null || write.NameCertainty == Certainty.Unresolved ? null : _catalog.FindValue(keyOf(write), write.ValueName);

    // The per-write hook of the write's kind.
    private static void AnalyzeWrite(Rule rule, RuleContext context)
    {
        switch (context)
        {
            case RegistryWriteContext registry:
                rule.AnalyzeRegistryWrite(registry);
                break;
            case BcdWriteContext bcd:
                rule.AnalyzeBcdWrite(bcd);
                break;
            case HyperVSettingWriteContext hyperV:
                rule.AnalyzeHyperVSettingWrite(hyperV);
                break;
        }
    }

    /// <summary>
    /// The host pass's one call into the engine: the per-file hooks of the active rules that
    /// also analyze a host (<see cref="Rule.AnalyzesHost"/>), with the options of the host's
    /// first file, over the writes of the host's files in the order they apply.
    /// </summary>
    internal List<Diagnostic> RunHostRules(HostFile root, IReadOnlyList<Write> writes, List<ToolNotification> notifications)
    {
        var found = new List<Diagnostic>();
        var report = MessagePool.Into(found);
        var rules = ActiveRules(root.Options).Where(r => r.AnalyzesHost).ToArray();
        RunFileRules(rules, root.Extraction.Source, writes, root.Options.Target, KeyLookup(), report, report, notifications);
        return found;
    }

    /// <summary>
    /// Runs the per-file hooks over a sequence of writes (one file's, or a host's); a rule that
    /// also analyzes a host reports into <paramref name="hostRuleReport"/>.
    /// </summary>
    private void RunFileRules(Rule[] active, SourceText source, IReadOnlyList<Write> writes, WindowsTarget target, Func<RegistryWrite, KeyMatch> keyOf, Action<Diagnostic> report, Action<Diagnostic> hostRuleReport, List<ToolNotification> notifications)
    {
        // What several rules work out about the same writes, once (FileContext.Shared).
        var shared = new Dictionary<object, object>();
        foreach (var rule in active)
        {
            try
            {
                rule.AnalyzeFile(new FileContext(_catalog, source, writes, keyOf, rule.Descriptor, rule.AnalyzesHost ? hostRuleReport : report, shared) { Target = target });
            }
#pragma warning disable CA1031 // A crashing rule must not stop the others (Roslyn's AD0001).
            catch (Exception ex)
#pragma warning restore CA1031
            {
                notifications.Add(RuleFailed(rule, source, ex));
            }
        }
    }

    private Rule[] ActiveRules(LintOptions options) => _rules.Where(r => SeverityOf(r.Descriptor, options) is not null).ToArray();

    private Func<RegistryWrite, KeyMatch> KeyLookup()
    {
        // Consecutive writes usually share their key (the values under one key of a .reg file
        // share its path object), so the last answer is tried first by reference.
        var keyCache = new Dictionary<RegistryKeyPath, KeyMatch>();
        RegistryKeyPath? lastKey = null;
        KeyMatch? lastMatch = null;
        return w =>
        {
            if (ReferenceEquals(w.Key, lastKey))
            {
                return lastMatch!;
            }

            if (!keyCache.TryGetValue(w.Key, out var m))
            {
                m = _catalog.MatchKey(w.Key);
                keyCache[w.Key] = m;
            }

            (lastKey, lastMatch) = (w.Key, m);
            return m;
        };
    }

    /// <summary>The final result of a file: its raw findings with severities and suppressions applied.</summary>
    internal FileResult Finish(Unit unit) => unit.Finished ?? Finish(unit.Extraction!, unit.Options, [.. unit.Diagnostics, .. unit.HostRuleDiagnostics], unit.Notifications);

    /// <summary>
    /// Applies severities and the file's inline suppressions to the raw findings of one file,
    /// then renders the fixes rules state as write changes (<see cref="FixRendering"/>).
    /// </summary>
    private FileResult Finish(ExtractionResult extraction, LintOptions options, List<Diagnostic> diagnostics, List<ToolNotification> notifications)
    {
        var configured = ApplyOptions(DiagnosticMerger.Merge(diagnostics), options);
        IReadOnlyList<SuppressedDiagnostic> suppressed = [];
        if (options.InlineSuppressions)
        {
            var outcome = Suppressor.Apply(
                extraction,
                configured,
                _ruleIndex,
                id => !options.RuleSeverities.TryGetValue(id, out var s) || s is not null,
                options.RequireSuppressionReason,
                options.Today ?? DateOnly.FromDateTime(DateTime.UtcNow));
            suppressed = outcome.Suppressed;
            configured = outcome.Findings.Count == 0 && outcome.Suppressed.Count == 0
                ? configured
                : ApplyOptions(outcome.Kept.Concat(outcome.Findings), options);
        }

        configured = FixRendering.Render(extraction, configured, notifications);
        return new FileResult(extraction.Source.Path, extraction.Source, extraction.Writes, configured, notifications)
        {
            LinkedFiles = extraction.LinkedFiles,
            Suppressed = suppressed,
        };
    }

    private static ToolNotification RuleFailed(Rule rule, SourceText source, Exception ex) =>
        new(source.Path, rule.Descriptor.Id, $"Rule {rule.Descriptor.Id} failed: {ex.GetType().Name}: {ex.Message}") { Exception = ex };

    private static Severity? SeverityOf(RuleDescriptor d, LintOptions options) =>
        options.RuleSeverities.TryGetValue(d.Id, out var s) ? s : d.DefaultSeverity;

    // A finding keeps the severity it was reported with (the rule's default, or lower for one
    // finding) unless the configuration names the rule; a cap (an inferred fact) holds either way.
    private static Diagnostic[] ApplyOptions(IEnumerable<Diagnostic> diagnostics, LintOptions options) => diagnostics
        .Select(d => (options.RuleSeverities.TryGetValue(d.Rule.Id, out var configured) ? configured : d.Severity) is { } s
            ? WithSeverity(d, d.MaxSeverity is { } max && s > max ? max : s)
            : null)
        .OfType<Diagnostic>()
        .OrderBy(d => d.Location.Span.Start)
        .ThenBy(d => d.Rule.Id, StringComparer.Ordinal)
        .ToArray();

    // Most findings keep their rule's severity: a copy of each would double a file's findings in memory.
    private static Diagnostic WithSeverity(Diagnostic d, Severity severity) => d.Severity == severity ? d : d with { Severity = severity };

    private IWriteExtractor? FindExtractor(string path)
    {
        var ext = System.IO.Path.GetExtension(path).ToLowerInvariant();
        return _extractors.FirstOrDefault(e => e.FileExtensions.Contains(ext));
    }

    /// <summary>The content of a document that has no location, whatever path it is asked for.</summary>
    private sealed class OneDocument(byte[] content) : IDocumentWorkspace
    {
        public bool Exists(string fullPath) => false;

        public byte[] ReadAllBytes(string fullPath) => content;

        public Stream OpenRead(string fullPath) => new MemoryStream(content, writable: false);
    }
}

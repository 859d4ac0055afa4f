using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Rules;
using HvLint.Core.Text;

namespace HvLint.Core.Engine;

/// <summary>A message about the tool itself (a rule that crashed), not about the input.</summary>
public sealed record ToolNotification(string Path, string RuleId, string Message);

/// <summary>The result of linting one file.</summary>
public sealed record FileResult(string Path, SourceText? Source, IReadOnlyList<Write> Writes, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<ToolNotification> Notifications)
{
    /// <summary>Files this file applies with a literal path (full paths), from the front end.</summary>
    public IReadOnlyList<string> LinkedFiles { get; init; } = [];
}

/// <summary>Per-run settings the engine applies on top of the rules' defaults.</summary>
public sealed class LintOptions
{
    /// <summary>Severity per rule ID; null turns the rule off.</summary>
    public IReadOnlyDictionary<string, Severity?> RuleSeverities { get; init; } = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase);
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
    }

    /// <summary>Every rule and parse finding the engine can produce, ordered by ID.</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors { get; }

    /// <summary>The catalog.</summary>
    public SettingsCatalog Catalog => _catalog;

    /// <summary>Whether some front end reads files with this path's extension.</summary>
    public bool CanLint(string path) => FindExtractor(path) is not null;

    /// <summary>
    /// Lints files in parallel; results come back in the order given. When
    /// <paramref name="displayPathOf"/> is given, files that the linted files apply with a
    /// literal path (reg import, dot-sourcing) are linted too, each once, after the others.
    /// </summary>
    public IReadOnlyList<FileResult> LintFiles(IReadOnlyList<(string FullPath, string DisplayPath)> files, Func<string, string>? displayPathOf = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var all = new List<FileResult>();
        var seen = new HashSet<string>(files.Select(f => Path.GetFullPath(f.FullPath)), StringComparer.Ordinal);
        IReadOnlyList<(string FullPath, string DisplayPath)> batch = files;
        while (batch.Count > 0)
        {
            var results = new FileResult[batch.Count];
            var current = batch;
            Parallel.For(0, current.Count, i => results[i] = LintFile(current[i].FullPath, current[i].DisplayPath));
            all.AddRange(results);
            batch = displayPathOf is null
                ? []
                : results.SelectMany(r => r.LinkedFiles)
                    .Select(Path.GetFullPath)
                    .Where(f => CanLint(f) && File.Exists(f) && seen.Add(f))
                    .Select(f => (f, displayPathOf(f)))
                    .ToArray();
        }

        return all;
    }

    /// <summary>Reads and lints one file. Never throws for bad input or an unreadable file.</summary>
    public FileResult LintFile(string fullPath, string displayPath)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            var empty = new SourceText(displayPath, string.Empty);
            var d = new Diagnostic(CoreDiagnostics.FileUnreadable, Severity.Error, $"Cannot read '{displayPath}': {ex.Message}", new Location(empty, new TextSpan(0, 0)));
            return new FileResult(displayPath, empty, [], ApplyOptions([d]), []);
        }

        return LintBytes(displayPath, bytes);
    }

    /// <summary>Lints the content of one file.</summary>
    public FileResult LintBytes(string displayPath, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var extractor = FindExtractor(displayPath) ?? throw new ArgumentException($"No front end reads '{displayPath}'.", nameof(displayPath));
        ExtractionResult extraction;
        try
        {
            extraction = extractor.Extract(displayPath, content);
        }
#pragma warning disable CA1031 // A crashing front end must not stop the run: report it like Roslyn's AD0001.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new FileResult(displayPath, null, [], [], [new ToolNotification(displayPath, extractor.Language, $"The {extractor.Language} front end failed: {ex.GetType().Name}: {ex.Message}")]);
        }

        return Analyze(extraction);
    }

    /// <summary>Runs the rules over an extraction.</summary>
    public FileResult Analyze(ExtractionResult extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var diagnostics = new List<Diagnostic>(extraction.Diagnostics);
        var notifications = new List<ToolNotification>();
        var keyCache = new Dictionary<RegistryKeyPath, KeyMatch>();
        KeyMatch KeyOf(RegistryWrite w)
        {
            if (!keyCache.TryGetValue(w.Key, out var m))
            {
                m = _catalog.MatchKey(w.Key);
                keyCache[w.Key] = m;
            }

            return m;
        }

        var active = _rules.Where(r => SeverityOf(r.Descriptor) is not null).ToArray();
        foreach (var write in extraction.Writes)
        {
            switch (write)
            {
                case RegistryWrite rw:
                    var key = KeyOf(rw);
                    var entry = rw.ValueName is null || rw.NameCertainty == Certainty.Unresolved ? null : _catalog.FindValue(key, rw.ValueName);
                    foreach (var rule in active)
                    {
                        Run(rule, extraction.Source, notifications, () => rule.AnalyzeRegistryWrite(new RegistryWriteContext(_catalog, rw, key, entry, rule.Descriptor, diagnostics.Add)));
                    }

                    break;
                case BcdWrite bw:
                    foreach (var rule in active)
                    {
                        Run(rule, extraction.Source, notifications, () => rule.AnalyzeBcdWrite(new BcdWriteContext(_catalog, bw, rule.Descriptor, diagnostics.Add)));
                    }

                    break;
            }
        }

        foreach (var rule in active)
        {
            Run(rule, extraction.Source, notifications, () => rule.AnalyzeFile(new FileContext(_catalog, extraction.Source, extraction.Writes, KeyOf, rule.Descriptor, diagnostics.Add)));
        }

        return new FileResult(extraction.Source.Path, extraction.Source, extraction.Writes, ApplyOptions(diagnostics), notifications)
        {
            LinkedFiles = extraction.LinkedFiles,
        };
    }

    private static void Run(Rule rule, SourceText source, List<ToolNotification> notifications, Action action)
    {
        try
        {
            action();
        }
#pragma warning disable CA1031 // A crashing rule must not stop the others (Roslyn's AD0001).
        catch (Exception ex)
#pragma warning restore CA1031
        {
            notifications.Add(new ToolNotification(source.Path, rule.Descriptor.Id, $"Rule {rule.Descriptor.Id} failed: {ex.GetType().Name}: {ex.Message}"));
        }
    }

    private Severity? SeverityOf(RuleDescriptor d) =>
        _options.RuleSeverities.TryGetValue(d.Id, out var s) ? s : d.DefaultSeverity;

    private Diagnostic[] ApplyOptions(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .Select(d => SeverityOf(d.Rule) is { } s ? d with { Severity = s } : null)
        .OfType<Diagnostic>()
        .OrderBy(d => d.Location.Span.Start)
        .ThenBy(d => d.Rule.Id, StringComparer.Ordinal)
        .ToArray();

    private IWriteExtractor? FindExtractor(string path)
    {
        var ext = System.IO.Path.GetExtension(path).ToLowerInvariant();
        return _extractors.FirstOrDefault(e => e.FileExtensions.Contains(ext));
    }
}

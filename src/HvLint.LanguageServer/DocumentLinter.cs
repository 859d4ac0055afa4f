using System.Text;
using HvLint.Core.Catalog;
using HvLint.Core.Configuration;
using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.Core.Fixes;
using HvLint.Core.Model;
using HvLint.Core.Text;
using Newtonsoft.Json.Linq;

namespace HvLint.LanguageServer;

/// <summary>One finding as the editor shows it, with the fixes of the engine's finding.</summary>
internal sealed record Finding(LspDiagnostic Diagnostic, IReadOnlyList<CodeFix> Fixes)
{
    /// <summary>The rule's ID.</summary>
    public string RuleId => (string?)Diagnostic.Code ?? string.Empty;

    /// <summary>Whether an inline directive can suppress it where it is shown (not for a finding shown in place of one in another file).</summary>
    public bool Suppressible { get; init; } = true;
}

/// <summary>A finding the engine placed in a file the document applies (reg import, dot-sourcing), in that file's coordinates.</summary>
/// <param name="Path">The full path of the applied file.</param>
/// <param name="Uri">Its URI.</param>
/// <param name="Diagnostic">The finding, with ranges in the applied file.</param>
/// <param name="InvolvesDocument">Whether the finding names a place in the applying document (the other write of a conflict): linting the applied file alone cannot find it.</param>
internal sealed record ForeignFinding(string Path, string Uri, LspDiagnostic Diagnostic, bool InvolvesDocument);

/// <summary>The result of linting one version of a document.</summary>
internal sealed record LintedVersion(int Version, string Text, SourceText? Source, IReadOnlyList<Finding> Findings)
{
    /// <summary>The writes found in the document (for hover), and the catalog they were judged by.</summary>
    public IReadOnlyList<Write> Writes { get; init; } = [];

    /// <summary>The catalog of the document's configuration; null when nothing was linted.</summary>
    public SettingsCatalog? Catalog { get; init; }

    /// <summary>What the engine said about the run (a rule that failed, for example), for the log.</summary>
    public IReadOnlyList<ToolNotification> Notifications { get; init; } = [];

    /// <summary>The full paths of the files the lint read besides the document (what it applies, directly or not).</summary>
    public IReadOnlySet<string> Dependencies { get; init; } = new HashSet<string>();

    /// <summary>The files the document applies directly (full paths), in the front end's order.</summary>
    public IReadOnlyList<string> LinkedFiles { get; init; } = [];

    /// <summary>Findings the engine placed in applied files.</summary>
    public IReadOnlyList<ForeignFinding> Foreign { get; init; } = [];

    /// <summary>Whether a suppression without a reason is a finding for this document (its configuration's requireSuppressionReason).</summary>
    public bool RequireSuppressionReason { get; init; } = true;
}

/// <summary>
/// Lints an open document as <c>hvlint check</c> lints its file: the configuration found for
/// its path (hvlint.json as the CLI finds it), linked files followed inside its repository, read
/// from the open buffers first and the disk next.
/// </summary>
internal sealed class DocumentLinter
{
    private readonly LintEngine _engine;
    private volatile ConfigurationResolver _resolver;
    private readonly InMemoryWorkspace _workspace;
    private volatile EditorSettings _editor = EditorSettings.None;

    public DocumentLinter(LintEngine engine, InMemoryWorkspace workspace)
    {
        _engine = engine;
        _workspace = workspace;
        _resolver = NewResolver();
    }

    /// <summary>The rules the engine has, by ID, name or category.</summary>
    /// <summary>The resolver of the current configuration (as the CLI finds hvlint.json).</summary>
    public ConfigurationResolver Resolver => _resolver;

    /// <summary>The engine's rule descriptors.</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors => _engine.Descriptors;

    /// <summary>Forgets the configuration files read so far: the next lint reads them again.</summary>
    public void ReloadConfiguration() => _resolver = NewResolver();

    /// <summary>Uses the editor's settings beneath every hvlint.json from the next lint on; false when they are the same as before.</summary>
    public bool Configure(EditorSettings settings)
    {
        if (settings.Equals(_editor))
        {
            return false;
        }

        _editor = settings;
        _resolver = NewResolver();
        return true;
    }

    private ConfigurationResolver NewResolver() => new(_engine.Descriptors)
    {
        DefaultTarget = _editor.Target,
        DefaultRules = _editor.Rules,
    };

    /// <summary>
    /// The catalog a document is judged by: its configuration's, else the built-in one (also
    /// when the configuration cannot be read: the lint reports that, completion goes on).
    /// </summary>
    public SettingsCatalog CatalogFor(string uri)
    {
        try
        {
            return DocumentUris.ToPath(uri) is { } file && _resolver.SettingsFor(file).Catalog is { } catalog ? catalog : _engine.Catalog;
        }
        catch (ConfigurationException)
        {
            return _engine.Catalog;
        }
    }

    /// <summary>Lints <paramref name="text"/> as the document at <paramref name="uri"/>; null when HvLint does not lint such a file.</summary>
    public LintedVersion Lint(string uri, int version, string text, string? languageId)
    {
        var file = DocumentUris.ToPath(uri);
        var resolver = _resolver;
        LintRequest request;
        LintEngine engine = _engine;
        var requireReason = true;
        if (file is not null)
        {
            if (!_engine.CanLint(file))
            {
                return new LintedVersion(version, text, null, []);
            }

            var settings = resolver.SettingsFor(file);
            requireReason = settings.Options.RequireSuppressionReason;
            if (settings.Catalog is { } catalog)
            {
                engine = _engine.WithCatalog(catalog);
            }

            request = new LintRequest(file, file)
            {
                Workspace = _workspace,
                OptionsOf = path => resolver.SettingsFor(path).Options,
                Links = LinkPolicy.Follow,
            };
        }
        else
        {
            // A buffer with no file (untitled:): its language names its front end; nothing is followed.
            var name = "untitled" + ExtensionOf(languageId);
            if (!_engine.CanLint(name))
            {
                return new LintedVersion(version, text, null, []);
            }

            var bytes = Encoding.UTF8.GetBytes(text);
            var memory = new InMemoryWorkspace();
            memory.Set(name, bytes);
            // No file, so no hvlint.json: the editor's settings alone.
            var editor = _editor;
            var severities = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase);
            foreach (var setting in editor.Rules.Where(r => r.IsCategory).Concat(editor.Rules.Where(r => !r.IsCategory)))
            {
                foreach (var id in setting.RuleIds)
                {
                    severities[id] = setting.Severity;
                }
            }

            var options = new LintOptions { RuleSeverities = severities, Target = editor.Target ?? WindowsTargets.Default };
            request = new LintRequest(Path.GetFullPath(name), name) { Workspace = memory, Links = LinkPolicy.None, OptionsOf = _ => options };
        }

        var results = engine.Lint(request).ToList();
        var result = results[0];
        var source = result.Source;
        var findings = new List<Finding>();
        var foreign = new List<ForeignFinding>();
        var dependencies = new HashSet<string>(StringComparer.Ordinal);
        if (source is not null)
        {
            // The document's own findings, and those the engine placed in the files it applies
            // (each linked file comes with its own result, after the document's).
            foreach (var linked in results)
            {
                if (!ReferenceEquals(linked, result))
                {
                    dependencies.Add(linked.Path);
                }

                foreach (var diagnostic in linked.Diagnostics)
                {
                    if (string.Equals(diagnostic.Location.Path, result.Path, StringComparison.Ordinal))
                    {
                        if (ReferenceEquals(linked, result))
                        {
                            findings.Add(new Finding(ToLsp(diagnostic, source, uri), diagnostic.Fixes));
                        }

                        continue;
                    }

                    if (file is null || !Path.IsPathFullyQualified(diagnostic.Location.Path))
                    {
                        continue;
                    }

                    var foreignUri = DocumentUris.FromPath(diagnostic.Location.Path);
                    var involves = diagnostic.Related.Any(r => string.Equals(r.Location.Path, result.Path, StringComparison.Ordinal));
                    foreign.Add(new ForeignFinding(diagnostic.Location.Path, foreignUri, ToLsp(diagnostic, diagnostic.Location.Source, foreignUri, source, uri), involves));
                }
            }
        }

        return new LintedVersion(version, text, source, findings)
        {
            Notifications = result.Notifications,
            Dependencies = dependencies,
            LinkedFiles = result.LinkedFiles,
            Foreign = foreign,
            RequireSuppressionReason = requireReason,
            Writes = source is null ? [] : [.. result.Writes.Where(w => ReferenceEquals(w.Source, source) || string.Equals(w.Source.Path, source.Path, StringComparison.Ordinal))],
            Catalog = engine.Catalog,
        };
    }

    private static string ExtensionOf(string? languageId) => languageId?.ToUpperInvariant() switch
    {
        "REG" => ".reg",
        "POWERSHELL" => ".ps1",
        "BAT" or "CMD" or "BATCH" => ".cmd",
        _ => string.Empty,
    };

    /// <summary>The range of a span of the linted text.</summary>
    public static LspRange RangeOf(SourceText source, TextSpan span)
    {
        var start = source.GetPosition(span.Start);
        var end = source.GetPosition(span.End);
        return new LspRange(new Position(start.Line - 1, start.Column - 1), new Position(end.Line - 1, end.Column - 1));
    }

    private static LspDiagnostic ToLsp(Diagnostic diagnostic, SourceText source, string uri, SourceText? document = null, string? documentUri = null)
    {
        var rule = diagnostic.Rule;
        var tags = new List<int>();
        if (rule.Category == RuleCategory.Deprecated)
        {
            tags.Add(DiagnosticTag.Deprecated);
        }

        // An unknown value name or key: nothing reads what the line writes.
        if (rule.Id is "HV0101" or "HV0102")
        {
            tags.Add(DiagnosticTag.Unnecessary);
        }

        var related = diagnostic.Related
            .Select(r => new DiagnosticRelatedInformation(
                new LspLocation(
                    ReferenceEquals(r.Location.Source, source) || r.Location.Path == source.Path ? uri
                    : document is not null && r.Location.Path == document.Path ? documentUri!
                    : DocumentUris.FromPath(r.Location.Path),
                    RangeOf(r.Location.Source, r.Location.Span)),
                r.Message))
            .ToArray();
        return new LspDiagnostic(RangeOf(source, diagnostic.Location.Span), SeverityOf(diagnostic.Severity), new JValue(rule.Id), diagnostic.Message)
        {
            CodeDescription = new CodeDescription(rule.HelpUri.AbsoluteUri),
            Source = "hvlint",
            RelatedInformation = related.Length > 0 ? related : null,
            Tags = tags.Count > 0 ? tags : null,
        };
    }

    private static int SeverityOf(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Information,
    };
}

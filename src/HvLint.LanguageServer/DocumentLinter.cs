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
internal sealed record Finding(LspDiagnostic Diagnostic, IReadOnlyList<CodeFix> Fixes);

/// <summary>The result of linting one version of a document.</summary>
internal sealed record LintedVersion(int Version, string Text, SourceText? Source, IReadOnlyList<Finding> Findings)
{
    /// <summary>The writes found in the document (for hover), and the catalog they were judged by.</summary>
    public IReadOnlyList<Write> Writes { get; init; } = [];

    /// <summary>The catalog of the document's configuration; null when nothing was linted.</summary>
    public SettingsCatalog? Catalog { get; init; }

    /// <summary>What the engine said about the run (a rule that failed, for example), for the log.</summary>
    public IReadOnlyList<ToolNotification> Notifications { get; init; } = [];
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

    public DocumentLinter(LintEngine engine, InMemoryWorkspace workspace)
    {
        _engine = engine;
        _workspace = workspace;
        _resolver = new ConfigurationResolver(engine.Descriptors);
    }

    /// <summary>Forgets the configuration files read so far: the next lint reads them again.</summary>
    public void ReloadConfiguration() => _resolver = new ConfigurationResolver(_engine.Descriptors);

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
        if (file is not null)
        {
            if (!_engine.CanLint(file))
            {
                return new LintedVersion(version, text, null, []);
            }

            var settings = resolver.SettingsFor(file);
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
            request = new LintRequest(Path.GetFullPath(name), name) { Workspace = memory, Links = LinkPolicy.None };
        }

        var result = engine.Lint(request).First();
        var source = result.Source;
        var findings = new List<Finding>();
        if (source is not null)
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                if (!string.Equals(diagnostic.Location.Path, result.Path, StringComparison.Ordinal))
                {
                    continue;
                }

                findings.Add(new Finding(ToLsp(diagnostic, source, uri), diagnostic.Fixes));
            }
        }

        return new LintedVersion(version, text, source, findings)
        {
            Notifications = result.Notifications,
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

    private static LspDiagnostic ToLsp(Diagnostic diagnostic, SourceText source, string uri)
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
                new LspLocation(ReferenceEquals(r.Location.Source, source) || r.Location.Path == source.Path ? uri : DocumentUris.FromPath(r.Location.Path), RangeOf(r.Location.Source, r.Location.Span)),
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

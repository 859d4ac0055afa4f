using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using HvLint.Core.Catalog;
using HvLint.Core.Configuration;
using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.Parsers.PowerShell;
using HvLint.Rules;
using Microsoft.CodeAnalysis.Text;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;
using RoslynLocation = Microsoft.CodeAnalysis.Location;

namespace HvLint.Analyzers;

/// <summary>
/// Lints the files of one compilation as <c>hvlint check</c> lints them: each file on its own,
/// with the hvlint.json found above it (its rules, severities, target, catalog files, include
/// and exclude), and HvLint's findings turned into Roslyn diagnostics at the same spans.
/// One per compilation, so an edited hvlint.json applies from the next build on.
/// </summary>
internal sealed class CompilationLinter
{
    private readonly LintEngine _baseEngine;
    private readonly ImmutableDictionary<string, Microsoft.CodeAnalysis.DiagnosticDescriptor> _descriptors;
    private readonly ConfigurationResolver _resolver;
    private readonly ConcurrentDictionary<SettingsCatalog, LintEngine> _engines = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<string, byte> _reportedConfigurationErrors = new(StringComparer.Ordinal);

    /// <summary>A linter over <paramref name="engine"/>, reporting with <paramref name="descriptors"/>.</summary>
    public CompilationLinter(LintEngine engine, ImmutableDictionary<string, Microsoft.CodeAnalysis.DiagnosticDescriptor> descriptors)
    {
        _baseEngine = engine;
        _descriptors = descriptors;
        _resolver = new ConfigurationResolver(s_configurationDescriptors.Value);
    }

    // hvlint.json may name any rule, the PowerShell front end's included: its schema is made from
    // every descriptor, as the CLI's is. The PowerShell extractor names no PowerShell type in its
    // fields or signatures, so asking for its descriptors loads no PowerShell assembly.
    private static readonly Lazy<IReadOnlyList<RuleDescriptor>> s_configurationDescriptors = new(() =>
        [.. AnalyzerEngines.Sources.Descriptors
            .Concat(AnalyzerEngines.AdditionalFiles.Descriptors)
            .Concat(new PowerShellScriptExtractor().Diagnostics)
            .DistinctBy(d => d.Id)],
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// HvLint's findings on one file as Roslyn diagnostics, located in <paramref name="locate"/>'s
    /// file. <paramref name="path"/> is the file's path (full when the compiler knows it), and
    /// <paramref name="lintPath"/> the name HvLint lints it under (its extension picks the front end).
    /// <paramref name="parsed"/>, when given, reads the file instead of the engine's front end
    /// (the compiler's own tree and semantic model).
    /// </summary>
    public IReadOnlyList<RoslynDiagnostic> Lint(string path, string lintPath, SourceText text, Func<TextSpan, RoslynLocation> locate, IWriteExtractor? parsed, CancellationToken cancellationToken)
    {
        var engine = _baseEngine;
        LintOptions? options = null;
        var diagnostics = new List<RoslynDiagnostic>();
        if (Path.IsPathFullyQualified(path))
        {
            try
            {
                if (IsExcluded(_resolver.ConfigurationFor(path), path))
                {
                    return [];
                }

                var settings = _resolver.SettingsFor(path);
                options = settings.Options;
                if (settings.Catalog is { } catalog)
                {
                    engine = _engines.GetOrAdd(catalog, c => _baseEngine.WithCatalog(c));
                }
            }
            catch (ConfigurationException ex)
            {
                // Once per message: every file under a broken hvlint.json would say the same.
                if (_reportedConfigurationErrors.TryAdd(ex.Message, 0))
                {
                    diagnostics.Add(RoslynDiagnostic.Create(HostDiagnostics.ConfigurationError, RoslynLocation.None, ex.Message));
                }

                return diagnostics;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (parsed is not null)
        {
            // An engine of this one file's front end, over the file's catalog: cheap beside the
            // lint itself (the catalog and rules are shared, not built again).
            engine = new LintEngine(engine.Catalog, [parsed], RuleSet.All);
        }

        var content = Encoding.UTF8.GetBytes(text.ToString());
        var result = engine.LintBytes(lintPath, content, options);
        bool InFile(HvLint.Core.Diagnostics.Location location) =>
            ReferenceEquals(location.Source, result.Source) || string.Equals(location.Path, lintPath, StringComparison.Ordinal);
        var length = text.Length;
        foreach (var finding in result.Diagnostics)
        {
            if (!InFile(finding.Location) || !_descriptors.TryGetValue(finding.Rule.Id, out var descriptor))
            {
                continue;
            }

            var additional = finding.Related
                .Where(r => InFile(r.Location))
                .Select(r => locate(SpanOf(r.Location.Span, length)))
                .ToArray();
            var fixes = finding.Fixes;

            diagnostics.Add(RoslynDiagnostic.Create(
                descriptor,
                locate(SpanOf(finding.Location.Span, length)),
                RoslynDescriptors.SeverityOf(finding.Severity),
                additional,
                FixProperties.Of(fixes, length),
                finding.Message));
        }

        foreach (var notification in result.Notifications)
        {
            diagnostics.Add(RoslynDiagnostic.Create(HostDiagnostics.InternalError, locate(new TextSpan(0, 0)), path, $"{notification.RuleId}: {notification.Message}"));
        }

        return diagnostics;
    }

    // The engine reads the same text the compiler holds (UTF-8 round trip of a UTF-16 string), so
    // its offsets are the compiler's; clamped all the same, a location outside the text is refused.
    private static TextSpan SpanOf(HvLint.Core.Text.TextSpan span, int length)
    {
        var start = Math.Clamp(span.Start, 0, length);
        var end = Math.Clamp(span.End, start, length);
        return TextSpan.FromBounds(start, end);
    }

    // hvlint.json's include and exclude choose the files 'hvlint check' walks into; a build
    // applies them to the files it compiles. git's ignore list does not apply: a compiled file
    // is part of the project whether git tracks it or not.
    private static bool IsExcluded(HvLintConfiguration? config, string path)
    {
        if (config is null)
        {
            return false;
        }

        var relative = config.RelativePath(path);
        if (relative.StartsWith("../", StringComparison.Ordinal) || relative == "..")
        {
            return false;
        }

        return config.Exclude.Any(g => g.IsMatch(relative)) || (config.Include.Count > 0 && !config.Include.Any(g => g.IsMatch(relative)));
    }
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HvLint.Analyzers;

/// <summary>
/// HvLint in a C# build: every C# file of the project is linted as <c>hvlint check</c> lints a
/// <c>.cs</c> file (its registry and bcdedit writes against the settings catalog), and each
/// finding is a build diagnostic with the rule's ID, severity and help link. Additional files
/// ending in .reg, .cmd or .bat are linted too. Configured by .editorconfig like any analyzer
/// (<c>dotnet_diagnostic.HV0101.severity = none</c>), and by the hvlint.json above each file.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HvLintAnalyzer : DiagnosticAnalyzer
{
    private static readonly Lazy<ImmutableDictionary<string, DiagnosticDescriptor>> s_sourceDescriptors =
        new(() => RoslynDescriptors.ById(AnalyzerEngines.Sources.Descriptors), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<ImmutableDictionary<string, DiagnosticDescriptor>> s_additionalDescriptors =
        new(() => RoslynDescriptors.ById(AnalyzerEngines.AdditionalFiles.Descriptors), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<ImmutableArray<DiagnosticDescriptor>> s_supported = new(
        () => [.. s_sourceDescriptors.Value.Values
            .Concat(s_additionalDescriptors.Value.Values)
            .DistinctBy(d => d.Id)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .Append(HostDiagnostics.ConfigurationError)
            .Append(HostDiagnostics.InternalError)],
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => s_supported.Value;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var sources = new CompilationLinter(AnalyzerEngines.Sources, s_sourceDescriptors.Value);
            var additional = new Lazy<CompilationLinter>(() => new CompilationLinter(AnalyzerEngines.AdditionalFiles, s_additionalDescriptors.Value));
            start.RegisterSemanticModelAction(model => AnalyzeTree(model, sources));
            start.RegisterAdditionalFileAction(file => AnalyzeAdditionalFile(file, additional.Value));
        });
    }

    private static void AnalyzeTree(SemanticModelAnalysisContext context, CompilationLinter linter)
    {
        var tree = context.SemanticModel.SyntaxTree;
        var path = tree.FilePath;
        // The extension picks HvLint's front end: a script (.csx) or a tree without a path is still C#.
        var lintPath = string.IsNullOrEmpty(path) ? "source.cs" : path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) ? path : path + ".cs";
        var text = tree.GetText(context.CancellationToken);
        foreach (var diagnostic in linter.Lint(path, lintPath, text, span => Location.Create(tree, span), new ParsedTreeExtractor(tree, context.SemanticModel, context.CancellationToken), context.CancellationToken))
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    private static void AnalyzeAdditionalFile(AdditionalFileAnalysisContext context, CompilationLinter linter)
    {
        var file = context.AdditionalFile;
        var path = file.Path;
        if (!AnalyzerEngines.AdditionalFileExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)) || file.GetText(context.CancellationToken) is not { } text)
        {
            return;
        }

        foreach (var diagnostic in linter.Lint(path, path, text, span => Location.Create(path, span, text.Lines.GetLinePositionSpan(span)), parsed: null, context.CancellationToken))
        {
            context.ReportDiagnostic(diagnostic);
        }
    }
}

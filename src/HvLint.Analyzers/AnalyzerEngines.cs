using HvLint.Core.Catalog;
using HvLint.Core.Engine;
using HvLint.Parsers.Batch;
using HvLint.Parsers.CSharp;
using HvLint.Parsers.Reg;
using HvLint.Rules;

namespace HvLint.Analyzers;

/// <summary>
/// The engines the analyzer runs, composed as the CLI composes its own but from the front ends
/// a compiler may load: the C# front end for source files, and the .reg and batch front ends
/// for additional files. Never the PowerShell front end: <c>FrontEnds.All</c> is not touched,
/// so System.Management.Automation is never loaded into the compiler (the package does not
/// ship it).
/// </summary>
internal static class AnalyzerEngines
{
    private static readonly Lazy<LintEngine> s_sources = new(
        () => new LintEngine(CatalogLoader.BuiltIn, [new CSharpFileExtractor()], RuleSet.All),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<LintEngine> s_additionalFiles = new(
        () => new LintEngine(CatalogLoader.BuiltIn, [new RegFileExtractor(), new BatchFileExtractor()], RuleSet.All),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The engine of C# source files, over the built-in catalog.</summary>
    public static LintEngine Sources => s_sources.Value;

    /// <summary>The engine of additional files (.reg, .cmd, .bat), over the built-in catalog.</summary>
    public static LintEngine AdditionalFiles => s_additionalFiles.Value;

    /// <summary>The extensions of additional files that are linted.</summary>
    public static IReadOnlyList<string> AdditionalFileExtensions { get; } = [".reg", ".cmd", ".bat"];
}

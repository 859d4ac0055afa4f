using HvLint.Core.Catalog;
using HvLint.Core.Engine;
using HvLint.Parsers;
using HvLint.TestKit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using RuleSet = HvLint.Rules.RuleSet;

namespace HvLint.Analyzers.Tests;

/// <summary>The build and 'hvlint check' give the same findings on the same C# file: same rules, same places, same severities.</summary>
public sealed class ParityTests
{
    [Fact]
    public async Task The_provisioning_example_has_the_same_findings_in_the_build_as_in_hvlint_check()
    {
        var text = File.ReadAllText(RepoPaths.Combine("examples", "csharp", "host-provisioning.cs"));
        // A path outside the repository: no hvlint.json applies to either side.
        var path = Path.Combine(Path.GetTempPath(), "hvlint-parity-" + Guid.NewGuid().ToString("N"), "host-provisioning.cs");

        var engine = new LintEngine(CatalogLoader.BuiltIn, FrontEnds.All, RuleSet.All);
        var cli = engine.LintBytes(path, System.Text.Encoding.UTF8.GetBytes(text)).Diagnostics
            .Select(d => $"{d.Rule.Id} {d.Severity.ToString().ToLowerInvariant()} {d.Location.Start.Line}:{d.Location.Start.Column}-{d.Location.End.Line}:{d.Location.End.Column}")
            .Order(StringComparer.Ordinal)
            .ToArray();

        var tree = CSharpSyntaxTree.ParseText(text, path: path);
        var compilation = CSharpCompilation.Create("Provisioning", [tree], InstalledReferences.All, new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        var build = (await compilation.WithAnalyzers([new HvLintAnalyzer()]).GetAnalyzerDiagnosticsAsync())
            .Select(d => (d.Id, Severity: d.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "note",
            }, Span: d.Location.GetLineSpan().Span))
            .Select(d => $"{d.Id} {d.Severity} {d.Span.Start.Line + 1}:{d.Span.Start.Character + 1}-{d.Span.End.Line + 1}:{d.Span.End.Character + 1}")
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.NotEmpty(cli);
        Assert.Equal(cli, build);
    }
}

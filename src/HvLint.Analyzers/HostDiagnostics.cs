using Microsoft.CodeAnalysis;

namespace HvLint.Analyzers;

/// <summary>
/// What the analyzer says about itself rather than about a file's writes: HvLint's command line
/// exits with 2 or 3 for these. They have IDs of their own (HVA...), outside the rules' HVnnnn,
/// so configuration of the rules never touches them.
/// </summary>
internal static class HostDiagnostics
{
    private const string HelpBase = "https://github.com/hvlint/hvlint/blob/main/docs/analyzer.md";

    /// <summary>An hvlint.json that cannot be read: the files under it are not linted (the CLI exits with 2).</summary>
    public static readonly DiagnosticDescriptor ConfigurationError = new(
        id: "HVA001",
        title: "HvLint configuration cannot be read",
        messageFormat: "{0}; the files it configures are not checked by HvLint",
        category: "configuration",
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An hvlint.json above a source file is not valid. HvLint checks no file it configures until it is fixed, as 'hvlint check' stops with exit code 2.",
        helpLinkUri: HelpBase + "#configuration");

    /// <summary>A rule or front end that failed on a file (the CLI exits with 3); the other rules' findings are still reported.</summary>
    public static readonly DiagnosticDescriptor InternalError = new(
        id: "HVA002",
        title: "HvLint failed on a file",
        messageFormat: "HvLint could not finish {0}: {1}",
        category: "internal",
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A rule or front end of HvLint failed on this file; the findings of the others are reported. Please report it with the file's text.",
        helpLinkUri: HelpBase + "#limits");
}

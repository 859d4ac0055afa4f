using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace HvLint.Analyzers.CodeFixes;

/// <summary>
/// The fixes HvLint renders for its findings (the edits of <c>hvlint check --fix</c>, such as
/// HV0101's rename of a misspelt value name inside its string literal) as code actions. The
/// analyzer carries each finding's fixes in the diagnostic; this provider applies their edits
/// and nothing else. A safe fix is one --fix applies on its own; an unsafe one changes what is
/// written (a did-you-mean rename), which is why it is offered to a person here and applied by
/// the command line only with --unsafe-fixes.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HvLintCodeFixProvider))]
[Shared]
public sealed class HvLintCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [.. new HvLintAnalyzer().SupportedDiagnostics.Select(d => d.Id)];

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var fixes = FixProperties.Read(diagnostic.Properties);
            for (var i = 0; i < fixes.Count; i++)
            {
                var fix = fixes[i];
                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        fix.Title,
                        ct => ApplyAsync(document, fix, ct),
                        // Fix all applies the same kind of fix (the rule's first, second, ... fix) everywhere.
                        equivalenceKey: $"HvLint.{diagnostic.Id}.{i}"),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> ApplyAsync(Document document, CarriedFix fix, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        if (fix.Edits.Any(e => e.Start < 0 || e.Length < 0 || e.Start + e.Length > text.Length))
        {
            return document;
        }

        return document.WithText(text.WithChanges(fix.Edits.Select(e => new TextChange(new TextSpan(e.Start, e.Length), e.NewText))));
    }
}

using HvLint.Core.Fixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using HvTextSpan = HvLint.Core.Text.TextSpan;

namespace HvLint.Analyzers;

/// <summary>
/// Renders the changes rules state for writes in C# as edits of the compiler's own tree, where
/// the C# front end renders none: a rename (HV0101's did-you-mean, HV0401's replacement) becomes
/// a new string literal in place of the one that holds the name, the argument or the constant it
/// comes from. Nothing else is rendered: a literal that is only part of the name (a
/// concatenation, an interpolation) or a change of data or type would need a rewrite of the
/// call, which a person should make.
/// </summary>
internal static class CSharpFixRenderer
{
    /// <summary>The change as a fix in <paramref name="root"/>'s text, or null when it cannot be rendered faithfully.</summary>
    public static CodeFix? Render(SyntaxNode root, WriteChange change)
    {
        if (change is not RenameValueChange { Write: { NameSpan: { } span, ValueName: { } name } } rename)
        {
            return null;
        }

        var token = root.FindToken(span.Start);
        if (token.Span.Start != span.Start || token.Span.Length != span.Length || !token.IsKind(SyntaxKind.StringLiteralToken) || token.ValueText != name)
        {
            return null;
        }

        var verbatim = token.Text.StartsWith('@');
        var literal = verbatim
            ? "@\"" + rename.NewName.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : SymbolDisplay.FormatLiteral(rename.NewName, quote: true);
        return new CodeFix(rename.Title, rename.Applicability, [new TextEdit(new HvTextSpan(span.Start, span.Length), literal)]);
    }
}

using HvLint.Core.Engine;
using HvLint.Parsers.Commands;
using Microsoft.CodeAnalysis;
using SourceEncoding = HvLint.Core.Text.SourceEncoding;

namespace HvLint.Parsers.CSharp;

/// <summary>
/// The C# front end for a host that already holds Roslyn's tree: an analyzer running inside
/// the compiler reads the tree and semantic model the compiler made, without parsing again.
/// </summary>
public static class CSharpWrites
{
    /// <summary>
    /// The writes of a parsed C# file, as <see cref="CSharpFileExtractor"/> gives them for its
    /// text; spans are offsets in <paramref name="tree"/>'s text. <paramref name="model"/> (the
    /// compilation's, when there is one) lets constants from other files and types be followed.
    /// </summary>
    public static ExtractionResult Read(SyntaxTree tree, SemanticModel? model = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var source = new HvLint.Core.Text.SourceText(tree.FilePath ?? string.Empty, tree.GetText(cancellationToken).ToString(), SourceEncoding.Utf8);
        var context = new CommandContext(source, "csharp");
        if (CSharpFileExtractor.MayWrite(source.Text))
        {
            CSharpFrontEnd.Walk(tree, model, context, static s => s, comments: true);
        }

        IReadOnlyList<HvLint.Core.Model.Write> writes = [.. context.Writes];
        return new ExtractionResult(source, writes, [.. context.Diagnostics])
        {
            Comments = [.. context.Comments],
            FixRenderer = new CSharpFixRenderer(writes),
        };
    }
}

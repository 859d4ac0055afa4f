using HvLint.Core.Suppressions;
using HvLint.Core.Text;
using HvLint.Parsers.Commands;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TextSpan = HvLint.Core.Text.TextSpan;

namespace HvLint.Parsers.CSharp;

/// <summary>
/// Parses C# with Roslyn (never compiling or running it) and walks it. With the extractor's
/// pre-check, this is the only entry into Microsoft.CodeAnalysis: linting .reg, batch or
/// PowerShell without C# in it never loads Roslyn.
/// </summary>
internal static class CSharpFrontEnd
{
    private static readonly CSharpParseOptions s_options = new(LanguageVersion.Preview, DocumentationMode.None);

    /// <summary>Parses a .cs file and walks it, adding its writes and comments to the context.</summary>
    public static void Extract(SourceText source, CommandContext context)
    {
        var tree = CSharpSyntaxTree.ParseText(source.Text, s_options, source.Path);
        Walk(tree, Compile(tree), context, static s => s, comments: true);
    }

    /// <summary>
    /// Reads C# that is part of another file (an Add-Type script): <paramref name="map"/> places
    /// each span of <paramref name="code"/> in the file the writes belong to.
    /// </summary>
    public static void ExtractEmbedded(string code, CommandContext context, Func<TextSpan, TextSpan> map)
    {
        var tree = CSharpSyntaxTree.ParseText(code, s_options);
        Walk(tree, Compile(tree), context, map, comments: false);
    }

    /// <summary>Walks a tree that is already parsed (by the compiler, in the analyzer), with its semantic model when there is one.</summary>
    public static void Walk(SyntaxTree tree, SemanticModel? model, CommandContext context, Func<TextSpan, TextSpan> map, bool comments)
    {
        var root = tree.GetRoot();
        new CSharpWalker(root, model, context, map).Walk();
        if (comments)
        {
            ReadComments(root, context);
        }
    }

    /// <summary>
    /// A compilation of the one tree with no references: enough for the semantic model to bind
    /// the file's own names (constants, locals, fields) and fold its constants; the framework's
    /// types stay unbound, and the registry API is recognised by name.
    /// </summary>
    private static SemanticModel Compile(SyntaxTree tree) =>
        CSharpCompilation.Create("hvlint", [tree], references: [], new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)).GetSemanticModel(tree, ignoreAccessibility: true);

    private static void ReadComments(SyntaxNode root, CommandContext context)
    {
        foreach (var trivia in root.DescendantTrivia())
        {
            var span = new TextSpan(trivia.SpanStart, trivia.Span.Length);
            switch (trivia.Kind())
            {
                case SyntaxKind.SingleLineCommentTrivia:
                    context.Comments.Add(new SourceComment(span, TextSpan.FromBounds(span.Start + 2, span.End)));
                    break;
                case SyntaxKind.MultiLineCommentTrivia:
                    var end = trivia.ToString().EndsWith("*/", StringComparison.Ordinal) && span.Length >= 4 ? span.End - 2 : span.End;
                    context.Comments.Add(new SourceComment(span, TextSpan.FromBounds(span.Start + 2, end)));
                    break;
            }
        }
    }
}

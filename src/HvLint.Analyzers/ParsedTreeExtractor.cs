using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.Parsers.CSharp;
using Microsoft.CodeAnalysis;

namespace HvLint.Analyzers;

/// <summary>
/// The C# front end over one tree the compiler already parsed and bound: the writes come from
/// the compiler's syntax tree and semantic model (<see cref="CSharpWrites.Read"/>), so the file
/// is not parsed again and constants declared in other files of the project are followed. The
/// bytes the engine hands over are ignored: they are the same tree's text.
/// </summary>
internal sealed class ParsedTreeExtractor(SyntaxTree tree, SemanticModel model, CancellationToken cancellationToken) : IWriteExtractor
{
    private static readonly CSharpFileExtractor s_files = new();

    /// <inheritdoc />
    public string Language => s_files.Language;

    /// <inheritdoc />
    public IReadOnlyList<string> FileExtensions => s_files.FileExtensions;

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Diagnostics => s_files.Diagnostics;

    /// <inheritdoc />
    public ExtractionResult Extract(string path, byte[] content) => CSharpWrites.Read(tree, model, cancellationToken);
}

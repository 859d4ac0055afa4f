using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Suppressions;
using HvLint.Core.Text;

namespace HvLint.Core.Engine;

/// <summary>What a front end makes of one file: its text, its writes, and its parse findings.</summary>
public sealed record ExtractionResult(SourceText Source, IReadOnlyList<Write> Writes, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>
    /// The places where this file applies another file with a literal path (reg import, a
    /// dot-sourced script), in order; the host lints each linked file once in the same run and
    /// checks the linked writes as applied at that point.
    /// </summary>
    public IReadOnlyList<FileLink> Links { get; init; } = [];

    /// <summary>
    /// The file's comments in order, as its front end reads them: inline suppressions
    /// (hvlint-disable...) are read from these.
    /// </summary>
    public IReadOnlyList<SourceComment> Comments { get; init; } = [];

    /// <summary>Suppressions written as the language's own attributes (PowerShell's SuppressMessageAttribute), with the code each covers.</summary>
    public IReadOnlyList<AttributeSuppression> AttributeSuppressions { get; init; } = [];

    /// <summary>Renders the fixes rules state as write changes in this file's syntax; null: the front end renders none.</summary>
    public HvLint.Core.Fixes.IFixRenderer? FixRenderer { get; init; }

    /// <summary>The distinct full paths of <see cref="Links"/>.</summary>
    public IReadOnlyList<string> LinkedFiles => [.. Links.Select(l => l.Path).Distinct(StringComparer.Ordinal)];
}

/// <summary>
/// A place where a file applies another file: <c>reg import</c>, or a dot-sourced script.
/// </summary>
/// <param name="Path">The linked file's full path.</param>
/// <param name="Span">The statement that applies it.</param>
/// <param name="WriteIndex">How many of the file's own writes come before it (the linked writes apply between them).</param>
/// <param name="IsConditional">Whether the statement runs only on some paths.</param>
public sealed record FileLink(string Path, TextSpan Span, int WriteIndex, bool IsConditional)
{
    /// <summary>
    /// The path as the script writes it, when the front end knows it: a UNC or device path is
    /// recognised from it (never from <see cref="Path"/>, which resolving has already changed).
    /// </summary>
    public string? Written { get; init; }
}

/// <summary>
/// A front end: turns the bytes of a file into the neutral write model. It never throws on bad
/// input: a malformed line becomes a parse finding with an exact span.
/// </summary>
public interface IWriteExtractor
{
    /// <summary>A short language name, e.g. "reg".</summary>
    string Language { get; }

    /// <summary>File extensions it reads, with the dot, lower case.</summary>
    IReadOnlyList<string> FileExtensions { get; }

    /// <summary>The parse findings it can produce.</summary>
    IReadOnlyList<RuleDescriptor> Diagnostics { get; }

    /// <summary>Decodes and parses a file; <paramref name="path"/> is the path shown to users.</summary>
    ExtractionResult Extract(string path, byte[] content);

    /// <summary>
    /// Decodes and parses a file whose location on disk is known: relative paths in it (reg
    /// import, dot-sourcing) resolve against <paramref name="fullPath"/>'s folder.
    /// </summary>
    ExtractionResult Extract(string path, byte[] content, string fullPath) => Extract(path, content);
}

/// <summary>
/// A front end that reads a file from a stream without holding its bytes: for the large files
/// its language has (a whole-hive registry export is 100-300 MB), the engine hands it the open
/// file instead of reading it into memory first.
/// </summary>
public interface IStreamingWriteExtractor : IWriteExtractor
{
    /// <summary>Decodes and parses a file from its stream, with the result <see cref="IWriteExtractor.Extract(string, byte[])"/> gives on its bytes.</summary>
    ExtractionResult Extract(string path, Stream content);
}

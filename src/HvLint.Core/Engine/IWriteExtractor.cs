using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Text;

namespace HvLint.Core.Engine;

/// <summary>What a front end makes of one file: its text, its writes, and its parse findings.</summary>
public sealed record ExtractionResult(SourceText Source, IReadOnlyList<Write> Writes, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>
    /// Files this file applies with a literal path (reg import, a dot-sourced script), resolved
    /// to full paths; the host lints each of them once in the same run.
    /// </summary>
    public IReadOnlyList<string> LinkedFiles { get; init; } = [];
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

    /// <summary>Decodes and parses a file.</summary>
    ExtractionResult Extract(string path, byte[] content);
}

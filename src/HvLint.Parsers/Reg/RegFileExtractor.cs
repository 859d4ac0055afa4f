using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.Core.Text;

namespace HvLint.Parsers.Reg;

/// <summary>The .reg front end (placeholder until the parser lands).</summary>
public sealed class RegFileExtractor : IWriteExtractor
{
    /// <inheritdoc />
    public string Language => "reg";

    /// <inheritdoc />
    public IReadOnlyList<string> FileExtensions { get; } = [".reg"];

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Diagnostics { get; } = [];

    /// <inheritdoc />
    public ExtractionResult Extract(string path, byte[] content) => new(new SourceText(path, string.Empty), [], []);
}

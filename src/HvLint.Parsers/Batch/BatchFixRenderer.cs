using HvLint.Core.Fixes;
using HvLint.Core.Model;
using HvLint.Parsers.Commands;

namespace HvLint.Parsers.Batch;

/// <summary>Renders write changes in a batch file: its writes are all reg.exe and bcdedit commands.</summary>
internal sealed class BatchFixRenderer(IReadOnlyList<Write> writes) : IFixRenderer
{
    /// <inheritdoc />
    public CodeFix? Render(WriteChange change) => CommandFixRenderer.Render(change, writes);
}

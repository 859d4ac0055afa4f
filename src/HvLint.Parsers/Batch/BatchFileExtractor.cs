using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.Core.Model;
using HvLint.Core.Text;
using HvLint.Parsers.Commands;

namespace HvLint.Parsers.Batch;

/// <summary>
/// The batch front end (.cmd, .bat): reads the script as cmd.exe does, follows its variables,
/// branches and subroutine calls, and turns its reg.exe and bcdedit commands into writes.
/// </summary>
public sealed class BatchFileExtractor : IWriteExtractor
{
    /// <inheritdoc />
    public string Language => "batch";

    /// <inheritdoc />
    public IReadOnlyList<string> FileExtensions { get; } = [".cmd", ".bat"];

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Diagnostics { get; } = [.. BatchDiagnostics.All, .. CommandDiagnostics.All];

    /// <inheritdoc />
    public ExtractionResult Extract(string path, byte[] content) => Extract(path, content, path);

    /// <inheritdoc />
    public ExtractionResult Extract(string path, byte[] content, string fullPath)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(fullPath);
        ArgumentNullException.ThrowIfNull(content);
        var (text, encoding) = BatchDecoder.Decode(content);
        var source = new SourceText(path, text, encoding);
        var context = new CommandContext(source, "batch");
        var script = new BatchScript(source, ScriptDirectory(fullPath));
        var interpreter = new BatchInterpreter(script, context);
        interpreter.Run();

        // A subroutine called twice with the same mistake reports it once.
        var diagnostics = interpreter.ParseFindings.Concat(context.Diagnostics)
            .DistinctBy(d => (d.Rule.Id, d.Location.Span, d.Message))
            .OrderBy(d => d.Location.Span.Start).ThenBy(d => d.Rule.Id, StringComparer.Ordinal)
            .ToArray();
        var writes = context.Writes.ToArray<Write>();
        return new ExtractionResult(source, writes, diagnostics) { Links = [.. context.Links], Comments = script.Comments, FixRenderer = new BatchFixRenderer(writes) };
    }

    private static string? ScriptDirectory(string path)
    {
        try
        {
            return Path.GetDirectoryName(Path.GetFullPath(path));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException or System.Security.SecurityException)
        {
            return null;
        }
    }
}

using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.Core.Text;
using HvLint.Parsers.Commands;

namespace HvLint.Parsers.CSharp;

/// <summary>
/// The C# front end: .cs files read with Roslyn, the compiler's own parser and semantic model,
/// never compiled or run. Registry.SetValue, RegistryKey writes and Process.Start of reg.exe
/// or bcdedit become the same writes a .reg file or a script gives.
/// </summary>
/// <remarks>
/// This class names no Roslyn type: the parsing lives in <see cref="CSharpFrontEnd"/>, entered
/// only for a file that mentions the registry or a process, so linting other files (or a C#
/// repository's thousands of files without registry code) never loads or runs the parser.
/// </remarks>
public sealed class CSharpFileExtractor : IWriteExtractor
{
    /// <inheritdoc />
    public string Language => "csharp";

    /// <inheritdoc />
    public IReadOnlyList<string> FileExtensions { get; } = [".cs"];

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Diagnostics { get; } = [];

    /// <inheritdoc />
    public ExtractionResult Extract(string path, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);

        // Roslyn reads a byte-order mark, else UTF-8, as the compiler does (a file that is not
        // valid UTF-8 is read in the ANSI code page here, as by PowerShell).
        var (text, encoding) = PowerShell.PowerShellScriptExtractor.Decode(content);
        var source = new SourceText(path, text, encoding);
        var context = new CommandContext(source, "csharp");
        if (MayWrite(text))
        {
            s_threads.Run(() => CSharpFrontEnd.Extract(source, context));
        }

        IReadOnlyList<HvLint.Core.Model.Write> writes = [.. context.Writes];
        return new ExtractionResult(source, writes, [.. context.Diagnostics])
        {
            Comments = [.. context.Comments],
            FixRenderer = new CSharpFixRenderer(writes),
        };
    }

    /// <summary>
    /// Whether the text can hold a write HvLint reads: every form names the registry
    /// (Registry, RegistryKey) or a process (Process, ProcessStartInfo). Most C# files name
    /// neither and are not parsed at all.
    /// </summary>
    internal static bool MayWrite(string text) =>
        text.Contains("Registry", StringComparison.Ordinal) || text.Contains("Process", StringComparison.Ordinal);

    // Roslyn's parser guards its own recursion, but the semantic model's binder recurses once
    // per operand of a long chain: read on a thread with a large stack, as PowerShell is.
    private static readonly PowerShell.LargeStackThreads s_threads = new(64 * 1024 * 1024);
}

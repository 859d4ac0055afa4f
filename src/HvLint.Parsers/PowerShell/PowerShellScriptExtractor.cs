using System.Text;
using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.Core.Text;
using HvLint.Parsers.Commands;

namespace HvLint.Parsers.PowerShell;

/// <summary>
/// The PowerShell front end: .ps1 and .psm1 scripts, DSC configurations included, read with
/// PowerShell's own parser and never run. Registry cmdlets, the .NET registry API, reg.exe,
/// bcdedit and DSC Registry resources become the same writes a .reg file gives.
/// </summary>
/// <remarks>
/// This class names no System.Management.Automation type, in fields or signatures: the parsing
/// lives in <see cref="PowerShellFrontEnd"/>, so the PowerShell assemblies load only when a
/// PowerShell file is linted.
/// </remarks>
public sealed class PowerShellScriptExtractor : IWriteExtractor
{
    // Before System.Management.Automation is first used (PowerShellFrontEnd is the only entry):
    // with telemetry on, it creates ~/.cache/powershell/telemetry.uuid and sends data; HvLint
    // writes nothing outside its output and phones nowhere. A host that set them keeps its values.
    static PowerShellScriptExtractor() => PowerShellEnvironment.Quiet();

    /// <inheritdoc />
    public string Language => "powershell";

    /// <inheritdoc />
    public IReadOnlyList<string> FileExtensions { get; } = [".ps1", ".psm1"];

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Diagnostics => PowerShellDiagnostics.All;

    /// <inheritdoc />
    public ExtractionResult Extract(string path, byte[] content) => Extract(path, content, path);

    /// <inheritdoc />
    public ExtractionResult Extract(string path, byte[] content, string fullPath)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(fullPath);
        ArgumentNullException.ThrowIfNull(content);
        var (text, encoding) = Decode(content);
        var source = new SourceText(path, text, encoding);
        var context = new CommandContext(source, "powershell");
        RunOnLargeStack(() => PowerShellFrontEnd.Extract(source, ScriptDirectory(fullPath), context));
        HvLint.Core.Model.Write[] writes = [.. context.Writes];
        return new ExtractionResult(source, writes, [.. context.Diagnostics])
        {
            FixRenderer = new PowerShellFixRenderer(writes),
            Links = [.. context.Links],
            Comments = [.. context.Comments],
            AttributeSuppressions = [.. context.AttributeSuppressions],
        };
    }

    /// <summary>
    /// PowerShell's parser and its AST visitors recurse once per operand of a chain such as
    /// 'a' + 'a' + ... (only bracket nesting is capped before parsing): 8,000 terms overflow
    /// a 512 KB stack, and a stack overflow kills the process. The script is read on a thread
    /// with a 256 MB stack (reserved address space, committed only as deep as a script goes),
    /// enough for chains of a hundred thousand terms and more.
    /// </summary>
    private const int StackSize = 256 * 1024 * 1024;

    private static readonly LargeStackThreads s_threads = new(StackSize);

    private static void RunOnLargeStack(Action work) => s_threads.Run(work);

    private static string? ScriptDirectory(string path)
    {
        try
        {
            return Path.GetDirectoryName(Path.GetFullPath(path));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    /// <summary>
    /// Decodes a script as PowerShell does: a byte-order mark decides (UTF-8, UTF-16LE/BE,
    /// UTF-32LE/BE, which .NET's StreamReader detects for both PowerShell editions); without
    /// one, valid UTF-8 is read as UTF-8 (PowerShell 7) and anything else as ANSI (Windows
    /// PowerShell 5.1). Invalid sequences in a BOM-marked file become U+FFFD, as in PowerShell.
    /// </summary>
    internal static (string Text, SourceEncoding Encoding) Decode(byte[] content)
    {
        // FF FE 00 00 is UTF-32LE, tested before FF FE (UTF-16LE), as StreamReader does.
        if (content is [0xFF, 0xFE, 0x00, 0x00, ..])
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetString(content, 4, (content.Length - 4) & ~3), SourceEncoding.Utf32LeBom);
        }

        if (content is [0x00, 0x00, 0xFE, 0xFF, ..])
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetString(content, 4, (content.Length - 4) & ~3), SourceEncoding.Utf32BeBom);
        }

        if (content is [0xEF, 0xBB, 0xBF, ..])
        {
            return (Encoding.UTF8.GetString(content, 3, content.Length - 3), SourceEncoding.Utf8Bom);
        }

        if (content is [0xFF, 0xFE, ..])
        {
            return (Encoding.Unicode.GetString(content, 2, (content.Length - 2) & ~1), SourceEncoding.Utf16LeBom);
        }

        if (content is [0xFE, 0xFF, ..])
        {
            return (Encoding.BigEndianUnicode.GetString(content, 2, (content.Length - 2) & ~1), SourceEncoding.Utf16BeBom);
        }

        try
        {
            return (new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content), SourceEncoding.Utf8);
        }
        catch (DecoderFallbackException)
        {
            return (Reg.RegDecoder.Ansi.GetString(content), SourceEncoding.Ansi);
        }
    }
}

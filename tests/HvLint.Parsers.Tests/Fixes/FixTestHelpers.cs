using System.Text;
using HvLint.Core.Engine;
using HvLint.Core.Fixes;
using HvLint.Core.Model;
using HvLint.Parsers.Batch;
using HvLint.Parsers.CSharp;
using HvLint.Parsers.PowerShell;
using HvLint.Parsers.Reg;

namespace HvLint.Parsers.Tests.Fixes;

/// <summary>Extracts a sample, renders a change of one of its writes, applies it and extracts the result again.</summary>
internal static class FixTestHelpers
{
    public const string RegHeader = "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]\r\n";

    public static ExtractionResult Extract(string text, string extension, bool utf16 = false) => extension switch
    {
        ".reg" => new RegFileExtractor().Extract("sample.reg", utf16 ? [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)] : Encoding.Latin1.GetBytes(text)),
        ".cmd" => new BatchFileExtractor().Extract("sample.cmd", Encoding.UTF8.GetBytes(text)),
        ".ps1" => new PowerShellScriptExtractor().Extract("sample.ps1", Encoding.UTF8.GetBytes(text)),
        ".cs" => new CSharpFileExtractor().Extract("sample.cs", Encoding.UTF8.GetBytes(text)),
        _ => throw new ArgumentException(extension, nameof(extension)),
    };

    /// <summary>The only value write of a sample (or the only BCD write).</summary>
    public static RegistryWrite Value(ExtractionResult result) => Assert.Single(result.Writes.OfType<RegistryWrite>(), w => w.IsValueWrite);

    public static BcdWrite Bcd(ExtractionResult result) => Assert.Single(result.Writes.OfType<BcdWrite>());

    /// <summary>The text after rendering and applying the change; fails when the renderer declines.</summary>
    public static string Apply(ExtractionResult result, WriteChange change)
    {
        Assert.NotNull(result.FixRenderer);
        var fix = result.FixRenderer!.Render(change);
        Assert.NotNull(fix);
        Assert.Equal(change.Title, fix!.Title);
        Assert.Equal(change.Applicability, fix.Applicability);
        return FixApplier.Apply(result.Source.Text, fix.Edits);
    }

    public static CodeFix? Render(ExtractionResult result, WriteChange change) => result.FixRenderer!.Render(change);

    public static RenameValueChange Rename(RegistryWrite write, string name) => new(write, name, $"Rename to '{name}'", FixApplicability.Unsafe);

    public static ReplaceDataChange Replace(RegistryWrite write, RegistryData data) => new(write, data, "Write other data", FixApplicability.Safe);

    public static RemoveWriteChange Remove(Write write) => new(write, "Remove the write", FixApplicability.Unsafe);

    public static ReplaceBcdValueChange SetBcd(BcdWrite write, string value) => new(write, value, $"Set it to {value}", FixApplicability.Unsafe);
}

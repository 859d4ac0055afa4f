using System.Text;
using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.Core.Model;
using HvLint.Parsers.Reg;

namespace HvLint.Parsers.Tests.Reg;

/// <summary>Runs the .reg front end on text and states expectations about its output.</summary>
internal static class RegTestHelpers
{
    public const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    public const string Migration = @"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";
    public const string VmsMp = @"HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\VmsMp\Parameters";

    /// <summary>An ANSI file (each char one byte, as Latin-1 and Windows-1252 agree on them).</summary>
    public static ExtractionResult Ansi(string text) => Extract(Encoding.Latin1.GetBytes(text));

    /// <summary>A UTF-16LE file with the FF FE byte-order mark, as regedit exports.</summary>
    public static ExtractionResult Utf16(string text) => Extract([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)]);

    public static ExtractionResult Extract(byte[] bytes) => new RegFileExtractor().Extract("test.reg", bytes);

    /// <summary>A file with the 5.00 header and one key line, followed by the given lines.</summary>
    public static ExtractionResult InKey(string body, string key = Migration) => Ansi(Header + "[" + key + "]\r\n" + body);

    public static RegistryWrite[] Writes(this ExtractionResult result) => result.Writes.Cast<RegistryWrite>().ToArray();

    public static RegistryWrite[] ValueWrites(this ExtractionResult result) => result.Writes().Where(w => w.IsValueWrite).ToArray();

    public static RegistryWrite SingleValue(this ExtractionResult result)
    {
        AssertNoFindings(result);
        return Assert.Single(result.ValueWrites());
    }

    public static void AssertNoFindings(this ExtractionResult result) =>
        Assert.True(result.Diagnostics.Count == 0, "unexpected findings:\n" + Describe(result));

    /// <summary>Asserts the exact set of findings: ID, 1-based line and column, and length.</summary>
    public static void AssertFindings(this ExtractionResult result, params (string Id, int Line, int Column, int Length)[] expected)
    {
        var actual = result.Diagnostics
            .Select(d => (d.Rule.Id, d.Location.Start.Line, d.Location.Start.Column, d.Location.Span.Length))
            .OrderBy(x => x.Line).ThenBy(x => x.Column).ThenBy(x => x.Id, StringComparer.Ordinal).ToArray();
        var wanted = expected.OrderBy(x => x.Line).ThenBy(x => x.Column).ThenBy(x => x.Id, StringComparer.Ordinal).ToArray();
        Assert.True(actual.SequenceEqual(wanted), "expected:\n  " + string.Join("\n  ", wanted) + "\nactual:\n" + Describe(result));
    }

    public static Diagnostic Finding(this ExtractionResult result, string id) =>
        Assert.Single(result.Diagnostics, d => d.Rule.Id == id);

    public static string Text(this ExtractionResult result, Core.Text.TextSpan? span) =>
        span is { } s ? result.Source.GetText(s) : "<null>";

    public static string Describe(ExtractionResult result) => string.Join("\n", result.Diagnostics.Select(d =>
        $"  ({d.Rule.Id}, {d.Location.Start.Line}, {d.Location.Start.Column}, {d.Location.Span.Length}) '{result.Source.GetText(d.Location.Span)}': {d.Message}"));
}

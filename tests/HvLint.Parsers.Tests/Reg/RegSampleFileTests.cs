using System.Globalization;
using System.Text;
using HvLint.Core.Engine;
using HvLint.Core.Model;
using HvLint.Core.Text;
using HvLint.TestKit;
using static HvLint.Parsers.Tests.Reg.RegTestHelpers;

namespace HvLint.Parsers.Tests.Reg;

/// <summary>
/// Whole sample files in TestData/Reg. mistakes.reg has a golden annotated copy; refresh it with
/// HVLINT_UPDATE_BASELINES=1 dotnet test and review the diff by eye.
/// </summary>
public class RegSampleFileTests
{
    private static ExtractionResult Sample(string name) =>
        Extract(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "Reg", name)));

    [Fact]
    public void Utf16_export_with_crlf_is_read_completely()
    {
        var result = Sample("export-utf16.reg");

        result.AssertNoFindings();
        Assert.Equal(SourceEncoding.Utf16LeBom, result.Source.Encoding);
        var values = result.ValueWrites().ToDictionary(w => w.ValueName!);
        Assert.Equal(8UL, values["MaximumActiveTransfers"].Data!.Number);
        Assert.Equal(@"D:\Hyper-V\Crash Dumps\", values["UefiCrashDumpPath"].Data!.Text);
        Assert.Equal(RegistryValueType.ExpandString, values["ImagePath"].Data!.Type);
        Assert.Equal(@"\SystemRoot\System32\drivers\vmbkmcl.sys", values["ImagePath"].Data!.Text);
        Assert.Equal(["{66841cd4-6ded-4f4b-8f17-fd23f8ddc3de}", "Microsoft Hyper-V VSS Writer"], values["ExcludedWriters"].Data!.Strings!);
        Assert.Equal(0x1020304050607080UL, values["Vmwp"].Data!.Number);
        Assert.Equal("Production \"uplink\"", values["FriendlyName"].Data!.Text);
        Assert.Equal(new byte[] { 0x00, 0x15, 0x5D, 0x1E, 0x8C, 0x01 }, values["NicCurrentMacAddress"].Data!.Bytes);
        Assert.StartsWith("hex(2):5c,00,53,00", result.Text(values["ImagePath"].DataSpan), StringComparison.Ordinal);
        Assert.EndsWith("73,00,00,00", result.Text(values["ImagePath"].DataSpan), StringComparison.Ordinal);
        Assert.Equal(RegistryOperation.DeleteKey, result.Writes()[^1].Operation);
    }

    [Fact]
    public void Ansi_file_reads_non_ascii_characters_and_ansi_hex_strings()
    {
        var result = Sample("ansi-1252.reg");

        result.AssertNoFindings();
        Assert.Equal(SourceEncoding.Ansi, result.Source.Encoding);
        var values = result.ValueWrites();
        Assert.Equal("Réseau externe", values[0].Data!.Text);
        Assert.Equal(@"\SystemRoot\System32\drivers\vmbkmcl.sys", values[1].Data!.Text);
    }

    [Fact]
    public void Utf8_bom_file_is_read_with_one_warning()
    {
        var result = Sample("utf8-bom.reg");

        result.AssertFindings(("HV0003", 1, 1, 36));
        Assert.Equal(2UL, result.ValueWrites().Single().Data!.Number);
    }

    [Fact]
    public void Mistakes_sample_matches_its_annotated_baseline()
    {
        var result = Sample("mistakes.reg");
        var actual = Annotate(result);
        var baseline = Path.Combine(AppContext.BaseDirectory, "TestData", "Reg", "mistakes.diagnostics.txt");
        if (Environment.GetEnvironmentVariable("HVLINT_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(RepoPaths.Combine("tests", "HvLint.Parsers.Tests", "TestData", "Reg", "mistakes.diagnostics.txt"), actual);
            return;
        }

        Assert.True(File.Exists(baseline), "no baseline; run HVLINT_UPDATE_BASELINES=1 dotnet test");
        Assert.Equal(File.ReadAllText(baseline).ReplaceLineEndings("\n"), actual);
    }

    // Each finding is written as a comment under its line; the writes follow at the end.
    private static string Annotate(ExtractionResult result)
    {
        var source = result.Source;
        var sb = new StringBuilder();
        for (var line = 1; line <= source.LineCount; line++)
        {
            sb.Append(source.GetLineText(line)).Append('\n');
            foreach (var d in result.Diagnostics.Where(d => d.Location.Start.Line == line).OrderBy(d => d.Location.Span.Start))
            {
                var start = d.Location.Start;
                sb.Append(CultureInfo.InvariantCulture, $";@[{start.Line}:{start.Column}+{d.Location.Span.Length}] {d.Rule.Id} {d.Rule.Name} ({d.Severity}): {d.Message}\n");
            }
        }

        sb.Append(";\n; writes:\n");
        foreach (var w in result.Writes())
        {
            // Control characters are escaped so that the baseline stays a text file.
            var shown = w.Data?.ToDisplayString().Replace("\0", "\\0", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
            var data = w.Data is null ? string.Empty : $" = {RegistryValueTypes.Name(w.Data.RawType)} {shown}";
            var name = w.ValueName is null ? string.Empty : $" '{w.DisplayName}'";
            sb.Append(CultureInfo.InvariantCulture, $"; {w.Order} {w.Operation} [{w.Key.Text}]{name}{data}\n");
        }

        return sb.ToString();
    }
}

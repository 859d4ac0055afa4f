using System.Diagnostics;
using System.Globalization;
using System.Text;
using HvLint.Core.Engine;
using HvLint.Core.Model;
using HvLint.Parsers.PowerShell;
using HvLint.TestKit;
using Xunit.Abstractions;

namespace HvLint.Parsers.Tests.PowerShell;

/// <summary>
/// Whole scripts in TestData/powershell. host-tuning.ps1 has a golden annotated copy; refresh it
/// with HVLINT_UPDATE_BASELINES=1 dotnet test and review the diff by eye.
/// </summary>
public class PsSampleFileTests(ITestOutputHelper output)
{
    private static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "powershell", name);

    private static ExtractionResult Sample(string name) =>
        new PowerShellScriptExtractor().Extract(SamplePath(name), File.ReadAllBytes(SamplePath(name)));

    [Fact]
    public void Host_tuning_sample_matches_its_annotated_baseline()
    {
        var result = Sample("host-tuning.ps1");
        var actual = Annotate(result);
        if (Environment.GetEnvironmentVariable("HVLINT_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(RepoPaths.Combine("tests", "HvLint.Parsers.Tests", "TestData", "powershell", "host-tuning.diagnostics.txt"), actual);
            return;
        }

        var baseline = SamplePath("host-tuning.diagnostics.txt");
        Assert.True(File.Exists(baseline), "no baseline; run HVLINT_UPDATE_BASELINES=1 dotnet test");
        Assert.Equal(File.ReadAllText(baseline).ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public void Dot_sourced_helper_is_linked_for_linting()
    {
        Assert.Equal([SamplePath("common.ps1")], Sample("host-tuning.ps1").LinkedFiles);
    }

    [Fact]
    public void A_two_megabyte_script_is_read_quickly()
    {
        var block = File.ReadAllText(SamplePath("host-tuning.ps1")).Replace(". \"$PSScriptRoot\\common.ps1\"", string.Empty, StringComparison.Ordinal);
        var text = new StringBuilder();
        var copies = 0;
        while (text.Length < 2 * 1024 * 1024)
        {
            // Each copy in its own function, as a large module would have them.
            text.Append(CultureInfo.InvariantCulture, $"function Set-Tuning{copies++} {{\n").Append(block.Replace("param(", "param($Unused,", StringComparison.Ordinal)).Append("\n}\n");
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        new PowerShellScriptExtractor().Extract("warm.ps1", Encoding.UTF8.GetBytes(block));
        var watch = Stopwatch.StartNew();
        var result = new PowerShellScriptExtractor().Extract("big.ps1", bytes);
        watch.Stop();
        output.WriteLine($"{bytes.Length / 1024} KiB, {copies} copies: {watch.ElapsedMilliseconds} ms, {result.Writes.Count} writes");

        Assert.Equal(copies * Sample("host-tuning.ps1").Writes.Count, result.Writes.Count);
        // A generous bound that only a quadratic slip would cross; the measured time is printed above.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
    }

    // Each finding as a comment under its line; the writes follow at the end.
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
                sb.Append(CultureInfo.InvariantCulture, $"#@[{start.Line}:{start.Column}+{d.Location.Span.Length}] {d.Rule.Id} {d.Rule.Name} ({d.Severity}): {d.Message}\n");
            }
        }

        sb.Append("#\n# writes:\n");
        foreach (var w in result.Writes)
        {
            sb.Append(CultureInfo.InvariantCulture, $"# {w.Order} line {source.GetPosition(w.Span.Start).Line}: ").Append(Describe(w, source)).Append('\n');
        }

        return sb.ToString();
    }

    private static string Describe(Write write, Core.Text.SourceText source)
    {
        static string At(Core.Text.SourceText s, Core.Text.TextSpan? span) => span is { } x ? $"@{s.GetPosition(x.Start).Line}:{s.GetPosition(x.Start).Column}" : string.Empty;
        switch (write)
        {
            case RegistryWrite w:
                var data = w.Data is null ? (w.Operation == RegistryOperation.SetValue ? " = <unresolved>" : string.Empty) : $" = {RegistryValueTypes.Name(w.Data.RawType)} {w.Data.ToDisplayString()}{At(source, w.DataSpan)} ({w.TypeOrigin}, {w.DataCertainty})";
                var name = w.ValueName is null ? string.Empty : $" '{w.DisplayName}'{At(source, w.NameSpan)}";
                var related = w.RelatedSpans.Count == 0 ? string.Empty : " related " + string.Join(", ", w.RelatedSpans.Select(s => At(source, s)));
                return $"{w.Operation} [{w.Key.Text}]{At(source, w.KeySpan)} ({w.KeyCertainty}){name}{data}{related}";
            case BcdWrite b:
                return $"bcd {b.Operation} {b.Object} {b.Element} = {b.Value}{At(source, b.ValueSpan)}";
            default:
                return write.Identity;
        }
    }
}

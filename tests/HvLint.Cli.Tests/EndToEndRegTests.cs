using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace HvLint.Cli.Tests;

/// <summary>
/// END-TO-END over real .reg input with the real engine (RegFileExtractor + RuleSet.All).
/// Written while the .reg parser and the rules were still landing: these tests assert only
/// structure (exit codes agree with the findings, the three formats agree with each other, the
/// SARIF passes the Multitool), never specific findings, so they hold whatever the rules report.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class EndToEndRegTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly ITestOutputHelper _output;

    public EndToEndRegTests(ITestOutputHelper output)
    {
        _output = output;

        // regedit exports UTF-16 LE with a BOM and CRLF line ends.
        var utf16 = """
            Windows Registry Editor Version 5.00

            ; Live migration tuning for the east cluster
            [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration]
            "MaximumActiveTransfers"=dword:00000008
            "MaximumActiveTransfer"=dword:00000010
            "AuthenticationType"=dword:00000000
            "MaximumActiveTransfers"=dword:000007d0

            [HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\vid\Parameters]
            "ForceSmallPages"=dword:00000001
            "ExoDeviceEnabledClient"=dword:00000001
            "SkipSmallLocalAllocations"="yes"

            """.ReplaceLineEndings("\r\n");
        File.WriteAllBytes(Path.Combine(_dir.Path, "east-host.reg"), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(utf16)]);

        _dir.Write("hosts/broken.reg", """
            Windows Registry Editor Version 5.00

            [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization
            "x"=dword:zz
            "y"=hex(b):01,02
            	"Tabbed"=dword:00000001
            [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Worker]
            "CurrentMacAddress"=hex:00,15,5d,00,00,
              01

            """);
        _dir.Write("hosts/placement.reg", """
            REGEDIT4

            [HKEY_CURRENT_USER\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization]
            "RequireSecureDeviceAssignment"=dword:00000000

            [HKEY_LOCAL_MACHINE\SOFTWARE\Wow6432Node\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration]
            "EnableCompression"=dword:00000001

            [-HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Replication]
            """);
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Exit_codes_agree_with_the_findings_at_every_fail_level()
    {
        var json = CliRunner.Run(_dir.Path, "check", "--format", "json");
        _output.WriteLine(json.Stdout);
        using var doc = JsonDocument.Parse(json.Stdout);
        var root = doc.RootElement;
        Assert.Equal(3, root.GetProperty("files").GetInt32());
        Assert.True(root.GetProperty("notifications").GetArrayLength() == 0, "A rule or front end crashed on real input:\n" + json);
        var severities = root.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("severity").GetString()).ToArray();
        Assert.Equal(severities.Contains("error") ? 1 : 0, json.ExitCode);

        var warning = CliRunner.Run(_dir.Path, "check", "--fail-level", "warning");
        Assert.Equal(severities.Any(s => s is "error" or "warning") ? 1 : 0, warning.ExitCode);
        var note = CliRunner.Run(_dir.Path, "check", "--fail-level", "note");
        Assert.Equal(severities.Length > 0 ? 1 : 0, note.ExitCode);

        // The summary line; "N fixable with --fix" may follow it.
        var summary = note.Stdout.TrimEnd('\n').Split('\n').Last(l => !l.Contains(" fixable with --fix", StringComparison.Ordinal));
        if (severities.Length == 0)
        {
            Assert.Equal("No problems found in 3 files.", summary);
        }
        else
        {
            Assert.Matches(@"^\d+ (error|warning|note)s?(, \d+ (warning|note)s?)*( in \d+ of 3 files| in 3 files)\.$", summary);
        }
    }

    [Fact]
    public void Text_json_and_sarif_report_the_same_findings_and_the_sarif_passes_the_multitool()
    {
        var json = CliRunner.Run(_dir.Path, "check", "--format", "json");
        var sarifPath = Path.Combine(_dir.Path, "out.sarif");
        var sarif = CliRunner.Run(_dir.Path, "check", "--format", "sarif", "--output", sarifPath);
        var text = CliRunner.Run(_dir.Path, "check");
        Assert.Equal(json.ExitCode, sarif.ExitCode);
        Assert.Equal(json.ExitCode, text.ExitCode);

        using var doc = JsonDocument.Parse(json.Stdout);
        var fromJson = doc.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{d.GetProperty("path").GetString()}:{d.GetProperty("startLine").GetInt32()}:{d.GetProperty("startColumn").GetInt32()} {d.GetProperty("ruleId").GetString()}")
            .ToArray();
        var log = Sarif.Parse(File.ReadAllText(sarifPath));
        var fromSarif = Sarif.Results(log).Select(r =>
        {
            var p = r!["locations"]![0]!["physicalLocation"]!;
            return $"{Uri.UnescapeDataString(Sarif.Str(p["artifactLocation"]!["uri"]))}:{Sarif.Int(p["region"]!["startLine"])}:{Sarif.Int(p["region"]!["startColumn"])} {Sarif.Str(r["ruleId"])}";
        }).ToArray();
        Assert.Equal(fromJson, fromSarif);
        foreach (var line in fromJson)
        {
            var (position, id) = (line[..line.IndexOf(' ', StringComparison.Ordinal)], line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
            Assert.Contains(text.Stdout.Split('\n'), l => l.StartsWith(position + ": ", StringComparison.Ordinal) && l.Contains(" " + id + ": ", StringComparison.Ordinal));
        }

        var results = Multitool.AssertNoErrors(sarifPath);
        _output.WriteLine($"{fromJson.Length} finding(s); Multitool warnings/notes: {results.Count}");
        foreach (var r in results)
        {
            _output.WriteLine("  " + r);
        }
    }
}

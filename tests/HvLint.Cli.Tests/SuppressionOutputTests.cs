using System.Text.Json;
using Xunit.Abstractions;

namespace HvLint.Cli.Tests;

/// <summary>How suppressed findings appear in text, JSON and SARIF, and how they affect the exit code.</summary>
public sealed class SuppressionOutputTests(ITestOutputHelper output) : IDisposable
{
    private const string Head = "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]\n";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private void WriteSample() => _dir.Write("a.reg", Head
        + "; hvlint-disable-next-line HV0301 -- until 2099-12-31: vendor test build (ticket 4712)\n"
        + "\"MaximumActiveTransfers\"=dword:000007d0\n"
        + "\"ContosoThrottle\"=dword:00000008 ; hvlint-disable-line HV0101 -- Contoso agent\n");

    [Fact]
    public void Text_counts_suppressed_findings_without_printing_them_and_they_do_not_fail_the_run()
    {
        WriteSample();
        var r = CliRunner.Run(_dir.Path, "check", "--fail-level", "note");
        output.WriteLine(r.ToString());
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("No problems found in 1 file (2 suppressed).\n", r.Stdout);
    }

    [Fact]
    public void Json_lists_suppressed_findings_with_their_justification_and_expiry()
    {
        WriteSample();
        var r = CliRunner.Run(_dir.Path, "check", "--format", "json");
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal(0, doc.RootElement.GetProperty("diagnostics").GetArrayLength());
        var suppressed = doc.RootElement.GetProperty("suppressed").EnumerateArray().ToArray();
        Assert.Equal(["HV0301", "HV0101"], suppressed.Select(s => s.GetProperty("ruleId").GetString()));
        Assert.Equal("vendor test build (ticket 4712)", suppressed[0].GetProperty("justification").GetString());
        Assert.Equal("2099-12-31", suppressed[0].GetProperty("until").GetString());
        Assert.Equal(JsonValueKind.Null, suppressed[1].GetProperty("until").ValueKind);
        Assert.Equal(5, suppressed[0].GetProperty("startLine").GetInt32());

        var excluded = CliRunner.Run(_dir.Path, "check", "--format", "json", "--exclude-suppressed");
        using var doc2 = JsonDocument.Parse(excluded.Stdout);
        Assert.Equal(0, doc2.RootElement.GetProperty("suppressed").GetArrayLength());
    }

    [Fact]
    public void Sarif_keeps_suppressed_results_with_an_in_source_suppression_and_passes_the_multitool()
    {
        WriteSample();
        _dir.Write("b.reg", Head + "\"ContosoOther\"=dword:00000008\n; hvlint-disable-next-line HV0101\n\"ContosoThird\"=dword:00000008\n");
        var sarif = Path.Combine(_dir.Path, "out.sarif");
        var r = CliRunner.Run(_dir.Path, "check", "--format", "sarif", "--output", sarif);
        Assert.Equal(1, r.ExitCode);
        var log = Sarif.Parse(File.ReadAllText(sarif));
        var results = Sarif.Results(log);
        var suppressed = results.Where(x => x!["suppressions"] is not null).ToArray();
        Assert.Equal(3, suppressed.Length);
        Assert.All(suppressed, x => Assert.Equal("inSource", Sarif.Str(x!["suppressions"]![0]!["kind"])));
        Assert.Equal("vendor test build (ticket 4712)", Sarif.Str(suppressed[0]!["suppressions"]![0]!["justification"]));
        Assert.Equal("2099-12-31", Sarif.Str(suppressed[0]!["suppressions"]![0]!["properties"]!["until"]));
        Assert.Null(suppressed[2]!["suppressions"]![0]!["justification"]);
        Assert.Contains(results, x => Sarif.Str(x!["ruleId"]) == "HV0982");
        Assert.Contains(results, x => Sarif.Str(x!["ruleId"]) == "HV0101" && x!["suppressions"] is null);
        Assert.Contains(Sarif.Rules(log), x => Sarif.Str(x!["id"]) == "HV0980" && x!["help"]!["markdown"]!.ToString().Contains("UnusedSuppression", StringComparison.Ordinal));

        foreach (var v in Multitool.AssertNoErrors(sarif))
        {
            output.WriteLine(v.ToString());
        }

        var excluded = Path.Combine(_dir.Path, "excluded.sarif");
        CliRunner.Run(_dir.Path, "check", "--format", "sarif", "--output", excluded, "--exclude-suppressed");
        Assert.DoesNotContain(Sarif.Results(Sarif.Parse(File.ReadAllText(excluded))), x => x!["suppressions"] is not null);
    }

    [Fact]
    public void An_expired_suppression_reports_the_finding_again_and_fails_the_run()
    {
        _dir.Write("a.reg", Head + "; hvlint-disable-next-line HV0301 -- until 2025-06-30: vendor test\n\"MaximumActiveTransfers\"=dword:000007d0\n");
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        int Run(DateOnly today) => Program.Run(["check"], new CliHost { Stdout = stdout, Stderr = stderr, WorkingDirectory = _dir.Path, Today = today, GetEnvironmentVariable = _ => null });

        Assert.Equal(0, Run(new DateOnly(2025, 6, 30)));
        stdout.GetStringBuilder().Clear();
        Assert.Equal(1, Run(new DateOnly(2025, 7, 1)));
        Assert.Contains("warning HV0983: The suppression of HV0301 expired on 2025-06-30", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("error HV0301:", stdout.ToString(), StringComparison.Ordinal);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace HvLint.Cli.Tests;

/// <summary>
/// Issue #6, "Done when", as one story on a scratch repository with real files and the real
/// engine: a few dozen findings in .reg, PowerShell and batch files; suppress one with a
/// reason; switch a rule off for one folder; write a baseline; insert lines above old findings
/// and make a new mistake elsewhere; exactly the new mistake fails the run, and that run's
/// SARIF passes the SARIF Multitool.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class AdoptionEndToEndTests(ITestOutputHelper output) : IDisposable
{
    private const string Migration = @"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";

    private readonly TempDir _repo = new();

    public void Dispose() => _repo.Dispose();

    private CliResult Check(params string[] args)
    {
        var r = CliRunner.Run(_repo.Path, ["check", .. args]);
        output.WriteLine($"$ hvlint check {string.Join(' ', args)}\n{r}\n");
        return r;
    }

    private static JsonElement[] Diagnostics(CliResult r)
    {
        using var doc = JsonDocument.Parse(r.Stdout);
        return [.. doc.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.Clone())];
    }

    private static string Key(JsonElement d) => $"{d.GetProperty("path").GetString()}:{d.GetProperty("ruleId").GetString()}";

    [Fact]
    public void A_team_adopts_HvLint_and_only_the_new_mistake_fails_the_run()
    {
        Directory.CreateDirectory(Path.Combine(_repo.Path, ".git"));
        _repo.Write(".gitignore", "build/\n");
        _repo.Write("hvlint.json", """{ "failLevel": "warning" }""");
        _repo.Write("hosts/east/host1.reg", Host1);
        _repo.Write("hosts/east/host2.reg", HandWritten);
        _repo.Write("hosts/west/host3.reg", LiveMigration);
        _repo.Write("lab/leftovers.reg", LabLeftovers);
        _repo.Write("scripts/tune-host.ps1", PowerShellScript);
        _repo.Write("scripts/tune-host.cmd", BatchScript);
        _repo.Write("build/generated.reg", LabLeftovers);

        // Day one: a few dozen findings in every language; git-ignored build output is not linted.
        var first = Check("--format", "json");
        Assert.Equal(1, first.ExitCode);
        var day1 = Diagnostics(first);
        Assert.True(day1.Length >= 24, first.Stdout);
        Assert.DoesNotContain(day1, d => d.GetProperty("path").GetString()!.StartsWith("build/", StringComparison.Ordinal));
        Assert.Contains(day1, d => Key(d) == "hosts/east/host1.reg:HV0101" && d.GetProperty("message").GetString()!.Contains("ContosoThrottle", StringComparison.Ordinal));
        Assert.Contains(day1, d => Key(d) == "lab/leftovers.reg:HV0601");
        Assert.Contains(day1, d => Key(d) == "scripts/tune-host.ps1:HV0601");
        Assert.Contains(day1, d => d.GetProperty("path").GetString() == "scripts/tune-host.cmd");

        // Suppress one finding with a reason: it is counted, not printed.
        _repo.Write("hosts/east/host1.reg", Host1.Replace(
            "\"ContosoThrottle\"",
            "; hvlint-disable-next-line UnknownValueName -- read by the Contoso migration agent, not by Hyper-V (ticket 4711)\n\"ContosoThrottle\"",
            StringComparison.Ordinal));
        var suppressed = Check();
        Assert.DoesNotContain("ContosoThrottle", suppressed.Stdout, StringComparison.Ordinal);
        Assert.Contains("(1 suppressed).\n", suppressed.Stdout, StringComparison.Ordinal);

        // Switch the debug-only rule off for the lab folder only.
        _repo.Write("hvlint.json", """
            {
              "failLevel": "warning",
              "overrides": [ { "files": ["lab/**"], "rules": { "DebugOnlySetting": "off" } } ]
            }
            """);
        var tuned = Diagnostics(Check("--format", "json"));
        Assert.DoesNotContain(tuned, d => Key(d) == "lab/leftovers.reg:HV0601");
        Assert.Contains(tuned, d => Key(d) == "lab/leftovers.reg:HV0501");
        Assert.Contains(tuned, d => Key(d) == "scripts/tune-host.ps1:HV0601");
        Assert.Equal(day1.Length - 1 - 3, tuned.Length);

        // Record a baseline: the run passes, and writing it again gives the same bytes.
        var written = Check("--write-baseline", "hvlint.baseline.json");
        Assert.Equal(0, written.ExitCode);
        Assert.Contains($"wrote {tuned.Length} finding(s) to hvlint.baseline.json", written.Stderr, StringComparison.Ordinal);
        var baselineText = File.ReadAllText(Path.Combine(_repo.Path, "hvlint.baseline.json"));
        Check("--write-baseline", "hvlint.baseline.json");
        Assert.Equal(baselineText, File.ReadAllText(Path.Combine(_repo.Path, "hvlint.baseline.json")));
        Assert.DoesNotContain("\"line", baselineText, StringComparison.Ordinal);
        Assert.Equal(0, Check("--baseline", "hvlint.baseline.json").ExitCode);

        // Lines inserted above old findings, and one new mistake in another file: the same
        // out-of-range value that host3 already has, which is new there.
        foreach (var file in new[] { "hosts/east/host1.reg", "hosts/west/host3.reg", "lab/leftovers.reg", "scripts/tune-host.ps1" })
        {
            var full = Path.Combine(_repo.Path, file);
            var lines = File.ReadAllLines(full).ToList();
            lines.Insert(1, file.EndsWith(".ps1", StringComparison.Ordinal) ? "# Reviewed in change 1234.\n# Applies to every node." : "; Reviewed in change 1234.\n; Applies to every node.\n");
            File.WriteAllText(full, string.Join("\n", lines) + "\n");
        }

        _repo.Write("hosts/east/host5.reg", $"Windows Registry Editor Version 5.00\n\n[{Migration}]\n\"MaximumActiveTransfers\"=dword:000007d0\n");

        var text = Check("--baseline", "hvlint.baseline.json");
        Assert.Equal(1, text.ExitCode);
        var reported = text.Stdout.Split('\n').Where(l => l.Contains(": error HV", StringComparison.Ordinal) || l.Contains(": warning HV", StringComparison.Ordinal) || l.Contains(": note HV", StringComparison.Ordinal)).ToArray();
        var only = Assert.Single(reported);
        Assert.StartsWith("hosts/east/host5.reg:4:26: error HV0301:", only, StringComparison.Ordinal);
        Assert.Contains($"(1 suppressed, {tuned.Length} in the baseline).", text.Stdout, StringComparison.Ordinal);

        var json = Diagnostics(Check("--baseline", "hvlint.baseline.json", "--format", "json"));
        var newOne = Assert.Single(json);
        Assert.Equal("hosts/east/host5.reg:HV0301", Key(newOne));
        Assert.Equal("new", newOne.GetProperty("baselineState").GetString());

        // The same run as SARIF: every result has its baseline state, the suppressed finding
        // keeps its reason, and the Multitool finds no error.
        var sarifPath = Path.Combine(_repo.Path, "out", "hvlint.sarif");
        Directory.CreateDirectory(Path.GetDirectoryName(sarifPath)!);
        Assert.Equal(1, Check("--baseline", "hvlint.baseline.json", "--format", "sarif", "--output", sarifPath).ExitCode);
        var log = Sarif.Parse(File.ReadAllText(sarifPath));
        var results = Sarif.Results(log).Select(x => x!.AsObject()).ToArray();
        Assert.All(results, x => Assert.NotNull(x["baselineState"]));
        var fresh = Assert.Single(results, x => (string?)x["baselineState"] == "new" && x["suppressions"] is null);
        Assert.Equal("hosts/east/host5.reg", Sarif.Str(fresh["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]));
        Assert.Equal(tuned.Length, results.Count(x => (string?)x["baselineState"] == "unchanged"));
        var hidden = Assert.Single(results, x => x["suppressions"] is JsonArray);
        Assert.Equal("inSource", Sarif.Str(hidden["suppressions"]![0]!["kind"]));
        Assert.Equal("read by the Contoso migration agent, not by Hyper-V (ticket 4711)", Sarif.Str(hidden["suppressions"]![0]!["justification"]));
        Multitool.AssertNoErrors(sarifPath);

        // For GitHub code scanning, which does not honour SARIF suppressions, leave them out.
        var ghas = Path.Combine(_repo.Path, "out", "ghas.sarif");
        Check("--baseline", "hvlint.baseline.json", "--format", "sarif", "--exclude-suppressed", "--output", ghas);
        Assert.DoesNotContain(Sarif.Results(Sarif.Parse(File.ReadAllText(ghas))), x => x!["suppressions"] is not null);
    }

    private const string Host1 = """
        Windows Registry Editor Version 5.00

        ; Live migration tuning for the east cluster
        [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration]
        "MaximumActiveTransfers"=dword:00000008
        "MaximumActiveTransfer"=dword:00000010
        "ContosoThrottle"=dword:00000008
        "MaximumActiveTransfers"=dword:000007d0

        [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\VML]
        "TraceLevel"=dword:00000005

        [HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\vid\Parameters]
        "ForceSmallPages"=dword:00000001
        "SkipSmallLocalAllocations"="yes"

        """;

    private const string HandWritten = """
        Windows Registry Editor Version 5.00

        ; Written by hand. Every section below has a mistake that regedit skips without a word.
        [HKLM\SYSTEM\CurrentControlSet\Services\vid\Parameters]
        "PageBackingSize"=dword:00000001

        [HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\VmsMp\Parameters]
        "VmsMaxNicResetTimeInSeconds"=dword:0000000078
        VmsQueueSchedulingMode=dword:00000001
        "VmsNumberOfIndirectionTableEntries"=dword:0x80

        [ HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\vhdmp\Parameters]
        "CachePagePriority"=dword:00000005

        [HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\storvsp ]
        "NominalIoTimeout"=dword:0000001e

        """;

    private const string LiveMigration = """
        Windows Registry Editor Version 5.00

        ; Live-migration tuning for the cluster nodes, copied from an old runbook.
        [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration]
        "EnableVirtualSystemMigration"=dword:00000001
        "MaximumActiveVmMigrationCount"=dword:00000004
        "MaximumActiveStorageMigrationCount"="4"
        "MaximumActiveTransfers"=dword:000007d0
        "EnableCompresion"=dword:00000001
        "AuthenticationType"=dword:00000001
        "MaximumActiveVmMigrationCount"=dword:00000008

        [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Worker]
        "MaxNestedTlbSize"=dword:00000010

        """;

    private const string LabLeftovers = """
        Windows Registry Editor Version 5.00

        ; Settings left over from a lab investigation.
        [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\VML]
        "DebugBreakEnabled"=dword:00000001
        "TraceLevel"=dword:00000005

        [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Replication]
        "DisableCertRevocationCheck"=dword:00000001
        "AllowUntrustedRootCAOnReplica"=dword:00000001

        [HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\hvcrash\Parameters]
        "DebugFlags"=dword:00000003

        [HKEY_LOCAL_MACHINE\SOFTWARE\Wow6432Node\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration]
        "MaximumActiveTransfers"=dword:00000010

        """;

    private const string PowerShellScript = """
        # Tuning applied by the host build pipeline.
        $migration = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration'
        Set-ItemProperty -Path $migration -Name MaximumActiveTransfers -Value 4000 -Type DWord
        Set-ItemProperty -Path $migration -Name EnableCompresion -Value 1 -Type DWord
        Set-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\VML' -Name TraceLevel -Value 5 -Type DWord

        """;

    private const string BatchScript = """
        @echo off
        rem Tuning for hosts that are built without PowerShell.
        reg add "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration" /v MaximumActiveTransfers /t REG_DWORD /d 2000 /f
        reg add "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration" /v EnableCompresion /t REG_DWORD /d 1 /f
        reg add "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Replication" /v DisableCertRevocationCheck /t REG_DWORD /d 1 /f

        """;
}

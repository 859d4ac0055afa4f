using System.Text.Json;
using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.Core.Model;
using HvLint.Core.Rules;
using HvLint.Parsers;

namespace HvLint.Cli.Tests;

/// <summary>hvlint.json through the CLI: discovery, settings, command-line precedence and errors.</summary>
public sealed class ConfigurationCliTests : IDisposable
{
    private const string Head = "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]\n";
    private const string Unknown = Head + "\"ContosoThrottle\"=dword:00000008\n";

    private readonly TempDir _repo = new();

    public ConfigurationCliTests()
    {
        Directory.CreateDirectory(Path.Combine(_repo.Path, ".git"));
    }

    public void Dispose() => _repo.Dispose();

    private static string[] Findings(CliResult r)
    {
        using var doc = JsonDocument.Parse(r.Stdout);
        return [.. doc.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => $"{d.GetProperty("path").GetString()}:{d.GetProperty("ruleId").GetString()}:{d.GetProperty("severity").GetString()}")];
    }

    [Fact]
    public void Each_file_uses_its_nearest_configuration_wherever_hvlint_runs_from()
    {
        _repo.Write("hvlint.json", """{ "rules": { "HV0101": "error" } }""");
        _repo.Write("lab/.hvlint.json", """{ "rules": { "unknown-name": "note" } }""");
        _repo.Write("hosts/a.reg", Unknown);
        _repo.Write("lab/b.reg", Unknown);

        Assert.Equal(["hosts/a.reg:HV0101:error", "lab/b.reg:HV0101:note"], Findings(CliRunner.Run(_repo.Path, "check", "--format", "json")));
        Assert.Equal(["../hosts/a.reg:HV0101:error"], Findings(CliRunner.Run(Path.Combine(_repo.Path, "lab"), "check", "../hosts", "--format", "json")));
    }

    [Fact]
    public void The_config_option_replaces_the_search()
    {
        _repo.Write("hvlint.json", """{ "rules": { "HV0101": "error" } }""");
        _repo.Write("ci/quiet.json", """{ "rules": { "HV0101": "off" } }""");
        _repo.Write("a.reg", Unknown);
        Assert.Empty(Findings(CliRunner.Run(_repo.Path, "check", "--config", "ci/quiet.json", "--format", "json")));
    }

    [Fact]
    public void The_fail_level_comes_from_configuration_and_the_command_line_wins()
    {
        _repo.Write("a.reg", Unknown);
        Assert.Equal(1, CliRunner.Run(_repo.Path, "check").ExitCode);
        _repo.Write("hvlint.json", """{ "failLevel": "error" }""");
        Assert.Equal(0, CliRunner.Run(_repo.Path, "check").ExitCode);
        Assert.Equal(1, CliRunner.Run(_repo.Path, "check", "--fail-level", "warning").ExitCode);
    }

    [Fact]
    public void Folders_skip_git_ignored_and_excluded_files_but_named_files_are_linted()
    {
        _repo.Write(".gitignore", "out/\n*.tmp.reg\n");
        _repo.Write("hvlint.json", """{ "exclude": ["archive/**"] }""");
        foreach (var path in new[] { "a.reg", "out/b.reg", "c.tmp.reg", "archive/d.reg", "hosts/e.reg" })
        {
            _repo.Write(path, Unknown);
        }

        Assert.Equal(["a.reg:HV0101:warning", "hosts/e.reg:HV0101:warning"], Findings(CliRunner.Run(_repo.Path, "check", "--format", "json")));
        Assert.Equal(["archive/d.reg:HV0101:warning"], Findings(CliRunner.Run(_repo.Path, "check", "archive/d.reg", "--format", "json")));
    }

    [Fact]
    public void An_extra_catalog_teaches_HvLint_a_private_value_for_the_files_under_its_configuration()
    {
        _repo.Write("org/contoso.json", """
            {
              "area": "contoso",
              "description": "Contoso's own tuning values.",
              "entries": [
                {
                  "store": "registry",
                  "key": "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration",
                  "name": "ContosoThrottle",
                  "types": ["REG_DWORD"],
                  "constraint": { "kind": "integer", "min": 1, "max": 64, "onInvalid": "clamped", "basis": "documented" },
                  "description": "Migration throttle read by the Contoso agent.",
                  "source": "Contoso runbook 12"
                }
              ]
            }
            """);
        _repo.Write("hosts/hvlint.json", """{ "catalogs": ["../org/contoso.json"] }""");
        _repo.Write("hosts/a.reg", Unknown);
        _repo.Write("hosts/b.reg", Head + "\"ContosoThrottle\"=dword:00000100\n");
        _repo.Write("other/c.reg", Unknown);

        Assert.Equal(["hosts/b.reg:HV0301:error", "other/c.reg:HV0101:warning"], Findings(CliRunner.Run(_repo.Path, "check", "--format", "json")));
    }

    [Fact]
    public void Bad_configuration_stops_the_run_with_exit_code_2_and_the_place()
    {
        _repo.Write("hvlint.json", "{\n  \"rules\": {\n    \"HV0101\": \"warn\"\n  }\n}\n");
        _repo.Write("a.reg", Unknown);
        var r = CliRunner.Run(_repo.Path, "check");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal(string.Empty, r.Stdout);
        Assert.Equal("hvlint: configuration error: hvlint.json:3:15: rules.HV0101: 'warn' is not allowed; expected 'error', 'warning', 'note' or 'off'. Did you mean 'warning'?\n", r.Stderr);
    }

    [Fact]
    public void A_missing_config_file_is_a_configuration_error()
    {
        var r = CliRunner.Run(_repo.Path, "check", "--config", "nope.json");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("nope.json: the configuration file does not exist", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_read_the_target_from_configuration_and_the_command_line_wins()
    {
        _repo.Write("hvlint.json", """{ "target": "ws2016", "overrides": [ { "files": ["legacy/**"], "target": "ws2008r2" } ] }""");
        _repo.Write("a.reg", Head);
        _repo.Write("legacy/b.reg", Head);
        var engine = new LintEngine(CatalogLoader.BuiltIn, FrontEnds.All, [new TargetEcho()]);

        string[] Targets(params string[] args)
        {
            var r = CliRunner.Run(_repo.Path, engine, ["check", "--format", "json", .. args]);
            using var doc = JsonDocument.Parse(r.Stdout);
            return [.. doc.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("message").GetString()!)];
        }

        Assert.Equal(["ws2016", "ws2008r2"], Targets());
        Assert.Equal(["ws2022", "ws2022"], Targets("--target", "ws2022"));
        Assert.Equal(2, CliRunner.Run(_repo.Path, engine, ["check", "--target", "2019"]).ExitCode);
    }

    [Fact]
    public void The_help_describes_the_new_options()
    {
        var help = CliRunner.Run(_repo.Path, "check", "--help").Stdout;
        foreach (var option in new[] { "--config FILE", "--target", "--baseline FILE", "--write-baseline FILE", "--exclude-suppressed" })
        {
            Assert.Contains(option, help, StringComparison.Ordinal);
        }
    }

    /// <summary>Reports the target it sees once per file, so tests can observe what rules read.</summary>
    private sealed class TargetEcho : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new("HV0993", "FakeTargetEcho", "Echoes the target.", "Test rule.", RuleCategory.Script);

        public override void AnalyzeFile(FileContext context) => context.Report(new Core.Text.TextSpan(0, 1), WindowsTargets.Name(context.Target));
    }
}

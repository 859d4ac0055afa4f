using HvLint.Cli.Output;
using HvLint.Core.Diagnostics;

namespace HvLint.Cli.Commands;

/// <summary>hvlint check [PATH...]: lints files and folders and reports in text, JSON or SARIF.</summary>
internal static class CheckCommand
{
    private static readonly OptionSpec[] s_options =
    [
        new("format", ValueName: "FORMAT", AllowedValues: ["text", "json", "sarif"]),
        new("output", ShortName: "o", ValueName: "FILE"),
        new("fail-level", ValueName: "LEVEL", AllowedValues: ["error", "warning", "note"]),
        new("no-color"),
    ];

    public static int Run(string[] args, CliHost host)
    {
        var parsed = Arguments.Parse("check", args, s_options);
        if (parsed.HelpRequested)
        {
            host.Stdout.Write(Usage.Check);
            return ExitCodes.Success;
        }

        var format = parsed.Value("format", "text")!;
        var failLevel = parsed.Value("fail-level", "error") switch
        {
            "note" => Severity.Note,
            "warning" => Severity.Warning,
            _ => Severity.Error,
        };
        // '--output -' is stdout, as in most tools.
        var output = parsed.Value("output") is { } o and not "-" ? OutputFile.Prepare(o, host) : null;
        var paths = parsed.Positionals.Count == 0 ? ["."] : parsed.Positionals;

        var engine = host.CreateEngine();
        var targets = FileCollector.Collect(paths, engine, host);
        var results = engine.LintFiles([.. targets.Select(t => (t.FullPath, t.DisplayPath))], f => FileCollector.DisplayPath(f, host.WorkingDirectory));
        var report = new CheckReport(results, engine.Descriptors, engine.Catalog.Version, host.WorkingDirectory);

        var color = output is null && host.StdoutIsTerminal && !parsed.Has("no-color")
            && string.IsNullOrEmpty(host.GetEnvironmentVariable("NO_COLOR"));
        var text = format switch
        {
            "json" => JsonFormatter.Format(report),
            "sarif" => SarifFormatter.Format(report, host.ReadRuleDoc),
            _ => TextFormatter.Format(report, color),
        };

        if (output is null)
        {
            host.Stdout.Write(text);
        }
        else
        {
            output.Write(text);
        }

        // Internal errors go to stderr whatever the format, so a pipeline notices exit code 3.
        foreach (var n in report.Notifications)
        {
            host.Stderr.WriteLine($"hvlint: internal error: {n.Path}: {n.Message} ({n.RuleId})");
        }

        return report.ExitCode(failLevel);
    }
}

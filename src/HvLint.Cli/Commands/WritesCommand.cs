using System.Text;
using HvLint.Cli.Output;
using HvLint.Core.Model;

namespace HvLint.Cli.Commands;

/// <summary>hvlint writes [PATH...]: every registry and BCD write the files make, in order.</summary>
internal static class WritesCommand
{
    private static readonly OptionSpec[] s_options =
    [
        new("format", ValueName: "FORMAT", AllowedValues: ["text", "json", "reg"]),
        new("output", ShortName: "o", ValueName: "FILE"),
    ];

    public static int Run(string[] args, CliHost host)
    {
        var parsed = Arguments.Parse("writes", args, s_options);
        if (parsed.HelpRequested)
        {
            host.Stdout.Write(Usage.Writes);
            return ExitCodes.Success;
        }

        var format = parsed.Value("format", "text")!;
        var output = parsed.Value("output") is { } o and not "-" ? OutputFile.Prepare(o, host) : null;
        var paths = parsed.Positionals.Count == 0 ? ["."] : parsed.Positionals;
        var engine = host.CreateEngine();
        var targets = FileCollector.Collect(paths, engine, host);
        var results = engine.LintFiles([.. targets.Select(t => (t.FullPath, t.DisplayPath))], f => FileCollector.DisplayPath(f, host.WorkingDirectory));

        if (format == "reg")
        {
            var text = RegFileWriter.Write(results.SelectMany(r => r.Writes.OfType<RegistryWrite>().Select(w => (r.Path, w))));
            if (output is null)
            {
                host.Stdout.Write(text);
            }
            else
            {
                // What regedit exports and reads best: UTF-16LE with a byte-order mark.
                output.Write([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
            }

            var skipped = results.SelectMany(r => r.Writes).OfType<BcdWrite>().Count();
            if (skipped > 0)
            {
                host.Stderr.WriteLine($"hvlint: writes: {skipped} BCD write(s) have no .reg form and are not in the output; see 'hvlint writes' without --format reg.");
            }
        }
        else
        {
            var text = format == "json" ? WritesFormatter.Json(results) : WritesFormatter.Text(results);
            if (output is null)
            {
                host.Stdout.Write(text);
            }
            else
            {
                output.Write(text);
            }
        }

        foreach (var n in results.SelectMany(r => r.Notifications))
        {
            host.Stderr.WriteLine($"hvlint: internal error: {n.Path}: {n.Message} ({n.RuleId})");
        }

        return results.Any(r => r.Notifications.Count > 0) ? ExitCodes.InternalError : ExitCodes.Success;
    }
}

using System.Text;
using HvLint.Cli.Output;
using HvLint.Core.Engine;
using HvLint.Core.Model;

namespace HvLint.Cli.Commands;

/// <summary>hvlint writes [PATH...]: every registry and BCD write the files make, in order.</summary>
internal static class WritesCommand
{
    private static readonly OptionSpec[] s_options =
    [
        new("format", ValueName: "FORMAT", AllowedValues: ["text", "json", "reg"]),
        new("output", ShortName: "o", ValueName: "FILE"),
        new("stdin-filename", ValueName: "PATH"),
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
        using var output = parsed.Value("output") is { } o and not "-" ? OutputFile.Prepare(o, host) : null;
        var paths = parsed.Positionals.Count == 0 ? ["."] : parsed.Positionals;
        var engine = host.CreateEngine();
        var workspace = host.Workspace;
        CollectedFiles collected;
        if (StandardInput.IsRequested(parsed, "writes"))
        {
            (var piped, workspace) = StandardInput.Read(parsed, engine, host, "writes", host.Workspace);
            collected = new CollectedFiles([piped], []);
            paths = [piped.FullPath];
        }
        else
        {
            collected = FileCollector.Collect(paths, engine, host, command: "writes");
        }

        var results = engine.Lint(new LintRequest([.. collected.Targets.Select(t => new LintDocument(t.FullPath, t.DisplayPath))])
        {
            Workspace = workspace,
            Links = LinkPolicy.Follow,
            LinkScope = LinkScope.Of(paths.Select(p => host.FullPath(FileCollector.LiteralBase(p, host)))),
            DisplayPathOf = f => FileCollector.DisplayPath(f, host.WorkingDirectory),
        }).ToArray();

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

            var hyperV = results.SelectMany(r => r.Writes).OfType<HyperVSettingWrite>().Count();
            if (hyperV > 0)
            {
                host.Stderr.WriteLine($"hvlint: writes: {hyperV} Hyper-V cmdlet setting(s) have no .reg form and are not in the output; see 'hvlint writes' without --format reg.");
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

        InternalErrors.Report(results.SelectMany(r => r.Notifications), host);

        // Files HvLint could not read or list are missing from the output: say so, and fail.
        var unread = results.SelectMany(r => r.Diagnostics).Where(d => d.Rule.Id is "HV0001" or "HV0099")
            .Select(d => $"hvlint: writes: {TextEscaper.Escape(d.Message)}")
            .Concat(collected.UnreadableFolders.Select(f => $"hvlint: writes: cannot read the folder '{TextEscaper.Escape(f.DisplayPath)}': {f.Reason} None of its files are listed."))
            .ToArray();
        foreach (var line in unread)
        {
            host.Stderr.WriteLine(line);
        }

        // A file applied from outside the tree is not read, so its writes are not listed: say which.
        foreach (var d in results.SelectMany(r => r.Diagnostics).Where(d => d.Rule.Id == CoreDiagnostics.LinkedFileOutsideTree.Id))
        {
            var at = d.Location.Source.GetPosition(d.Location.Span.Start);
            host.Stderr.WriteLine($"hvlint: writes: {TextEscaper.Escape(d.Location.Source.Path)}:{at.Line}:{at.Column}: {TextEscaper.Escape(d.Message)}");
        }

        return results.Any(r => r.Notifications.Count > 0) ? ExitCodes.InternalError
            : unread.Length > 0 ? ExitCodes.Findings
            : ExitCodes.Success;
    }
}

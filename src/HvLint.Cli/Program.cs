using System.Globalization;
using HvLint.Cli.Commands;
using HvLint.Parsers.PowerShell;

namespace HvLint.Cli;

/// <summary>The entry point of the <c>hvlint</c> tool.</summary>
internal static class Program
{
    /// <summary>The process entry point: the only place that touches the console.</summary>
    public static int Main(string[] args)
    {
        StartupTrace.Mark("enter Main");

        // Before anything loads PowerShell's assemblies: no telemetry file under $HOME, no update check.
        PowerShellEnvironment.Quiet();
        var exitCode = Run(args, new CliHost
        {
            Stdout = new StdoutWriter(Console.Out),
            Stderr = Console.Error,
            WorkingDirectory = Environment.CurrentDirectory,
            StdoutIsTerminal = !Console.IsOutputRedirected,
        });

        // Only the real process traces: tests that run commands in process share one clock.
        StartupTrace.Report(Console.Error);
        return exitCode;
    }

    /// <summary>Runs the tool in-process with the given streams; returns the exit code.</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory) => Run(args, new CliHost
    {
        Stdout = stdout,
        Stderr = stderr,
        WorkingDirectory = workingDirectory,
    });

    /// <summary>Runs the tool in-process against a host; returns the exit code.</summary>
    internal static int Run(string[] args, CliHost host)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(host);
        var exitCode = ExitCodes.InternalError;
        try
        {
            exitCode = Dispatch(args, host);
        }
        catch (UsageException ex)
        {
            host.Stderr.WriteLine("hvlint: " + ex.Message);
            if (ex.Hint is not null)
            {
                host.Stderr.WriteLine(ex.Hint);
            }

            exitCode = ExitCodes.Usage;
        }
#pragma warning disable CA1031 // The top of the tool: any failure becomes exit code 3 with a short message, not a crash.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            host.Stderr.WriteLine($"hvlint: internal error: {ex.GetType().Name}: {ex.Message}");
            if (host.GetEnvironmentVariable("HVLINT_DEBUG") == "1")
            {
                host.Stderr.WriteLine(ex.ToString());
            }
            else
            {
                host.Stderr.WriteLine("Set HVLINT_DEBUG=1 to see the stack trace.");
            }

            exitCode = ExitCodes.InternalError;
        }
        finally
        {
            try
            {
                host.Stdout.Flush();
            }
            catch (UsageException ex)
            {
                // Stdout that cannot take the report (a full disk, /dev/full) is the user's
                // setup, not HvLint's fault: exit code 2 with the reason, as for --output.
                host.Stderr.WriteLine("hvlint: " + ex.Message);
                exitCode = ExitCodes.Usage;
            }

            host.Stderr.Flush();
        }

        return exitCode;
    }

    private static int Dispatch(string[] args, CliHost host)
    {
        if (args.Length == 0)
        {
            host.Stderr.Write(Usage.Main);
            return ExitCodes.Usage;
        }

        var command = args[0];
        var rest = args.AsSpan(1).ToArray();
        switch (command)
        {
            case "--version":
                host.Stdout.Write(VersionText());
                return ExitCodes.Success;
            case "-h" or "--help":
                host.Stdout.Write(Usage.Main);
                return ExitCodes.Success;
            case "help":
                return Help(rest, host);
            case "check":
                return CheckCommand.Run(rest, host);
            case "writes":
                return WritesCommand.Run(rest, host);
            case "rules":
                return RulesCommand.Run(rest, host);
            case "explain":
                return ExplainCommand.Run(rest, host);
            case "catalog":
                return CatalogCommand.Run(rest, host);
            case "lsp":
                return LspCommand.Run(rest, host);
            default:
                if (command.StartsWith('-'))
                {
                    throw new UsageException($"unknown option '{command}'.", "Run 'hvlint --help' for the commands and options.");
                }

                throw new UsageException(
                    $"unknown command '{command}'." + Suggestions.DidYouMean(command, Usage.Commands),
                    "Run 'hvlint --help' for the list of commands.");
        }
    }

    /// <summary>
    /// 'hvlint --version': the tool's version, then the built-in catalog's version (the short
    /// hash of its files that JSON and SARIF report as catalogVersion; rules/README.md).
    /// </summary>
    internal static string VersionText()
    {
        var catalog = HvLint.Core.Catalog.CatalogLoader.BuiltIn;
        return string.Create(CultureInfo.InvariantCulture, $"hvlint {ToolInfo.Version}\ncatalog {catalog.Version} ({catalog.Entries.Count} settings)\n");
    }

    private static int Help(string[] args, CliHost host)
    {
        if (args.Length == 0)
        {
            host.Stdout.Write(Usage.Main);
            return ExitCodes.Success;
        }

        var text = string.Join(' ', args) switch
        {
            "check" => Usage.Check,
            "writes" => Usage.Writes,
            "rules" => Usage.Rules,
            "explain" => Usage.Explain,
            "catalog" => Usage.Catalog,
            "catalog list" => Usage.CatalogList,
            "catalog show" => Usage.CatalogShow,
            "lsp" => Usage.Lsp,
            _ => throw new UsageException(
                string.Create(CultureInfo.InvariantCulture, $"no help for '{string.Join(' ', args)}'.") + Suggestions.DidYouMean(args[0], Usage.Commands),
                "Run 'hvlint --help' for the list of commands."),
        };
        host.Stdout.Write(text);
        return ExitCodes.Success;
    }
}

using HvLint.Core.Engine;

namespace HvLint.Cli;

/// <summary>
/// Prints internal errors (a rule or front end that crashed) on stderr, whatever the output
/// format, so that a pipeline sees why the exit code is 3. The stack trace is shown only with
/// HVLINT_DEBUG=1, as for an exception that reaches the top of the tool.
/// </summary>
internal static class InternalErrors
{
    public static void Report(IEnumerable<ToolNotification> notifications, CliHost host)
    {
        var debug = host.GetEnvironmentVariable("HVLINT_DEBUG") == "1";
        var any = false;
        foreach (var n in notifications)
        {
            any = true;
            host.Stderr.WriteLine($"hvlint: internal error: {TextEscaper.Escape(n.Path)}: {TextEscaper.Escape(n.Message)} ({n.RuleId})");
            if (debug && n.Exception is { } ex)
            {
                host.Stderr.WriteLine(ex.ToString());
            }
        }

        if (any && !debug)
        {
            host.Stderr.WriteLine("Set HVLINT_DEBUG=1 to see the stack trace.");
        }
    }
}

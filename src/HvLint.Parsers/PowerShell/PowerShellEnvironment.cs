namespace HvLint.Parsers.PowerShell;

/// <summary>
/// Environment variables that keep System.Management.Automation from writing under $HOME or
/// contacting the network. SMA reads them once, when its types first initialise, so they must be
/// set before that: the CLI sets them at start, and the PowerShell extractor before first use.
/// </summary>
public static class PowerShellEnvironment
{
    /// <summary>The variables and the values set when a variable is not set already.</summary>
    public static IReadOnlyList<(string Name, string Value)> Variables { get; } =
    [
        // No ~/.cache/powershell/telemetry.uuid, no Application Insights upload.
        ("POWERSHELL_TELEMETRY_OPTOUT", "1"),

        // No check for a newer PowerShell release (a cache file and a web request).
        ("POWERSHELL_UPDATECHECK", "Off"),
    ];

    /// <summary>Sets each variable that is not set yet.</summary>
    public static void Quiet()
    {
        foreach (var (name, value) in Variables)
        {
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(name)))
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }
}

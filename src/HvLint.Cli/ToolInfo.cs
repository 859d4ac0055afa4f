using System.Reflection;

namespace HvLint.Cli;

/// <summary>The tool's identity as reported in outputs.</summary>
internal static class ToolInfo
{
    /// <summary>The tool name shown in SARIF and JSON.</summary>
    public const string Name = "HvLint";

    /// <summary>The project's home page (absolute, as SARIF requires for informationUri).</summary>
    public static readonly Uri InformationUri = new("https://github.com/hvlint/hvlint");

    /// <summary>The semantic version, e.g. 0.1.0 (the informational version without build metadata).</summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var informational = typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return typeof(ToolInfo).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }

        // The SDK appends '+<commit>' (SourceLink); semanticVersion must stay a plain SemVer.
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}

using System.Globalization;

namespace HvLint.Core.Configuration;

/// <summary>
/// A configuration file (or a catalog file it names, or a baseline) that HvLint cannot use:
/// says which file, where, and what is expected. Hosts report it and stop (exit code 2);
/// bad configuration is never ignored.
/// </summary>
public sealed class ConfigurationException : Exception
{
    /// <summary>Creates the exception for a place in a file (line and column 1-based; 0 when unknown).</summary>
    public ConfigurationException(string path, int line, int column, string problem)
        : base(Format(path, line, column, problem))
    {
        FilePath = path;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>Creates the exception without a place.</summary>
    public ConfigurationException()
        : this(string.Empty, 0, 0, "invalid configuration")
    {
    }

    /// <summary>Creates the exception from a message only.</summary>
    public ConfigurationException(string message)
        : this(string.Empty, 0, 0, message)
    {
    }

    /// <summary>Creates the exception from a message and a cause.</summary>
    public ConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        FilePath = string.Empty;
        Problem = message;
    }

    /// <summary>The file at fault, as given or found.</summary>
    public string FilePath { get; }

    /// <summary>The 1-based line, or 0 when the problem is the whole file.</summary>
    public int Line { get; }

    /// <summary>The 1-based column, or 0.</summary>
    public int Column { get; }

    /// <summary>What is wrong and what is expected, without the place.</summary>
    public string Problem { get; }

    private static string Format(string path, int line, int column, string problem) =>
        path.Length == 0 ? problem
        : line <= 0 ? $"{path}: {problem}"
        : column <= 0 ? string.Create(CultureInfo.InvariantCulture, $"{path}:{line}: {problem}")
        : string.Create(CultureInfo.InvariantCulture, $"{path}:{line}:{column}: {problem}");
}

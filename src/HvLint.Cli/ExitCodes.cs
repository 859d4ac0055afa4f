namespace HvLint.Cli;

/// <summary>The exit codes of hvlint (STYLE.md: 0 clean, 1 findings, 2 usage, 3 internal).</summary>
internal static class ExitCodes
{
    /// <summary>No finding at or above the fail level.</summary>
    public const int Success = 0;

    /// <summary>Findings at or above the fail level.</summary>
    public const int Findings = 1;

    /// <summary>A usage or configuration error: unknown option, missing value, missing path.</summary>
    public const int Usage = 2;

    /// <summary>An internal error: a rule or front end crashed, or an unexpected exception.</summary>
    public const int InternalError = 3;
}

/// <summary>A mistake on the command line; reported in one line (and a hint) with exit code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message, string? hint = null)
        : base(message)
    {
        Hint = hint;
    }

    public UsageException()
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>A second line telling the user what to run or write instead.</summary>
    public string? Hint { get; }
}

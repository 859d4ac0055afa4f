using HvLint.Core.Engine;

namespace HvLint.Cli.Tests;

/// <summary>What one in-process run of hvlint printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}

/// <summary>Runs the CLI in-process (Program.Run) with captured streams.</summary>
internal static class CliRunner
{
    /// <summary>Runs with the real engine (built-in catalog, real front ends and rules).</summary>
    public static CliResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, engine: null, args);

    /// <summary>Runs with the fake front end and rules.</summary>
    public static CliResult RunFake(string workingDirectory, params string[] args) => Run(workingDirectory, FakeRules.Engine(), args);

    public static CliResult Run(
        string workingDirectory,
        LintEngine? engine,
        string[] args,
        bool terminal = false,
        IReadOnlyDictionary<string, string>? environment = null,
        Func<string, string?>? readRuleDoc = null,
        Func<string, (IEnumerable<string> Files, IEnumerable<string> Folders)>? listFolder = null,
        byte[]? stdin = null)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var host = new CliHost
        {
            Stdout = stdout,
            Stderr = stderr,
            WorkingDirectory = workingDirectory,
            StdoutIsTerminal = terminal,

            // The tests' own environment (NO_COLOR, HVLINT_DEBUG) must not change the results.
            GetEnvironmentVariable = name => environment is not null && environment.TryGetValue(name, out var v) ? v : null,
            CreateEngine = engine is null ? CliHost.DefaultEngine : () => engine,
            ReadRuleDoc = readRuleDoc ?? RuleDocs.Read,
            ListFolder = listFolder ?? FileCollector.ListFolder,

            // Standard input is the bytes given, or empty: a test never waits on the console.
            OpenStandardInput = () => new MemoryStream(stdin ?? [], writable: false),
        };

        var code = Program.Run(args, host);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>A temporary folder for one test, deleted afterwards.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hvlint-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes a file (UTF-8, no BOM) at a relative path, creating folders.</summary>
    public string Write(string relativePath, string content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

using System.Diagnostics;

namespace HvLint.TestKit;

/// <summary>
/// The Node tools the tests run (tests/tools/package.json): the SARIF Multitool and Ajv.
/// Installed once with 'npm ci' when missing, so a plain 'dotnet test' works on a fresh clone.
/// </summary>
public static class NodeTools
{
    private static readonly Lazy<string> s_dir = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The tools folder with node_modules installed.</summary>
    public static string Directory => s_dir.Value;

    /// <summary>Runs a program and returns its exit code and combined output.</summary>
    public static (int ExitCode, string Output) Run(string fileName, IEnumerable<string> arguments, string? workingDirectory = null, int timeoutSeconds = 300)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Directory,
        };
        foreach (var a in arguments)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start " + fileName);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeoutSeconds * 1000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish in {timeoutSeconds} s");
        }

        return (p.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>The path of the SARIF Multitool executable.</summary>
    public static string SarifMultitool
    {
        get
        {
            var (code, output) = Run("node", ["-e", "process.stdout.write(require('@microsoft/sarif-multitool-linux'))"]);
            if (code != 0)
            {
                throw new InvalidOperationException("cannot locate the SARIF Multitool: " + output);
            }

            return output.Trim();
        }
    }

    private static string Install()
    {
        var dir = RepoPaths.Combine("tests", "tools");
        if (!System.IO.Directory.Exists(Path.Combine(dir, "node_modules", "ajv")) || !System.IO.Directory.Exists(Path.Combine(dir, "node_modules", "@microsoft", "sarif-multitool-linux")))
        {
            var (code, output) = Run("npm", ["ci", "--no-audit", "--no-fund"], dir, 600);
            if (code != 0)
            {
                throw new InvalidOperationException("npm ci failed in tests/tools:\n" + output);
            }
        }

        return dir;
    }
}

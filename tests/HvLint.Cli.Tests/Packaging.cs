using System.Diagnostics;

namespace HvLint.Cli.Tests;

/// <summary>The packaging tests run one at a time: each packs the tool, which is slow and uses every core.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PackagingTests
{
    public const string Name = "Packaging";
}

/// <summary>What an external process printed and returned.</summary>
internal sealed record ProcessResult(int ExitCode, string Output)
{
    public override string ToString() => $"exit {ExitCode}\n{Output}";
}

/// <summary>Runs external programs (dotnet, git, pre-commit) for the packaging tests.</summary>
internal static class Processes
{
    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null, int timeoutSeconds = 900)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var a in arguments)
        {
            psi.ArgumentList.Add(a);
        }

        // The test host's own MSBuild settings must not leak into a nested 'dotnet pack'.
        foreach (var key in psi.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToArray())
        {
            psi.Environment.Remove(key);
        }

        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        psi.Environment["GIT_AUTHOR_NAME"] = psi.Environment["GIT_COMMITTER_NAME"] = "HvLint tests";
        psi.Environment["GIT_AUTHOR_EMAIL"] = psi.Environment["GIT_COMMITTER_EMAIL"] = "tests@hvlint.invalid";
        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
        {
            psi.Environment[k] = v;
        }

        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start " + fileName);
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeoutSeconds * 1000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish in {timeoutSeconds} s");
        }

        return new ProcessResult(p.ExitCode, stdout.Result + stderr.Result);
    }

    public static string? FindOnPath(string name) => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(d => Path.Combine(d, name))
        .FirstOrDefault(File.Exists);
}

/// <summary>
/// A git repository holding this repository's working tree as it is now (tracked and untracked
/// files that git does not ignore, uncommitted changes included) in one commit: what a clone
/// of the change under test would hold, without its bin/ and obj/.
/// </summary>
internal sealed class RepoSnapshot
{
    private RepoSnapshot(string path, string commit)
    {
        Path = path;
        Commit = commit;
    }

    public string Path { get; }

    public string Commit { get; }

    public static RepoSnapshot Create(string destination)
    {
        var root = CiFormatTests.RepoRoot();
        var files = Processes.Run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], root);
        Assert.True(files.ExitCode == 0, files.ToString());
        foreach (var relative in files.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal))
        {
            var source = System.IO.Path.Combine(root, relative);
            if (!File.Exists(source))
            {
                continue; // deleted in the working tree
            }

            var target = System.IO.Path.Combine(destination, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }

        Git(destination, "init", "-q");
        Git(destination, "add", "-A");
        Git(destination, "commit", "-q", "--no-verify", "-m", "snapshot");
        return new RepoSnapshot(destination, Git(destination, "rev-parse", "HEAD").Trim());
    }

    public static string Git(string directory, params string[] args)
    {
        var r = Processes.Run("git", ["-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", .. args], directory);
        Assert.True(r.ExitCode == 0, $"git {string.Join(' ', args)}: {r}");
        return r.Output;
    }
}

using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace HvLint.Cli.Tests;

/// <summary>
/// Runs the real hvlint process under strace over scripts that point outside the tree every way
/// they can (using module, using assembly, Import-Module, dot-sourcing, reg import, a UNC path)
/// and checks that every file it opens, creates, renames or deletes belongs to the linted folder
/// or to the process's own runtime: never $HOME, never the folder beside the tree.
/// </summary>
public sealed partial class FileAccessTraceTests(ITestOutputHelper output) : IDisposable
{
    private const string Secret = "SECRET_DB_PASSWORD_hunter2";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [StraceFact]
    public void Linting_opens_no_file_outside_the_tree_and_its_runtime()
    {
        var strace = StraceFactAttribute.FindOrInstall();
        Assert.True(strace is not null, "strace is needed and could not be installed (apt-get install strace); .ci/run installs it.");
        var outside = Path.Combine(_dir.Path, "outside");
        var home = Path.Combine(_dir.Path, "home");
        var tree = Path.Combine(_dir.Path, "tree");
        Directory.CreateDirectory(home);
        Directory.CreateDirectory(Path.Combine(tree, ".git"));
        WriteScratch(outside);

        foreach (var args in new[] { new[] { "check", "." }, ["writes", "."], ["check", "--as-one-host", "a.ps1", "b.cmd", "c.reg"], ["check", "a.ps1"] })
        {
            var (stdout, opened) = Trace(strace!, tree, home, args);
            var denied = opened.Where(p => !Allowed(p, tree)).Distinct().Order(StringComparer.Ordinal).ToArray();
            Assert.True(denied.Length == 0, $"hvlint {string.Join(' ', args)} touched files outside the tree and its runtime:\n{string.Join('\n', denied)}");
            Assert.DoesNotContain(Secret, stdout, StringComparison.Ordinal);
            Assert.Empty(Directory.EnumerateFileSystemEntries(home));
        }
    }

    private static bool Allowed(string path, string tree)
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!; // .../shared/Microsoft.NETCore.App/<version>
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        var tmp = Path.TrimEndingDirectorySeparator(Path.GetTempPath());
        string[] folders =
        [
            tree,
            dotnetRoot,
            AppContext.BaseDirectory, // the hvlint build output
            "/usr", "/lib", "/lib64", "/etc", "/proc", "/sys", "/dev",
        ];

        // The runtime's own debugger pipes, diagnostics socket and shared-memory folder.
        string[] runtimeFiles = [$"{tmp}/clr-debug-pipe-", $"{tmp}/dotnet-diagnostic-", $"{tmp}/.dotnet/"];
        return folders.Any(f => path == Path.TrimEndingDirectorySeparator(f) || path.StartsWith(Path.TrimEndingDirectorySeparator(f) + "/", StringComparison.Ordinal))
            || runtimeFiles.Any(p => path.StartsWith(p, StringComparison.Ordinal));
    }

    private void WriteScratch(string outside)
    {
        _dir.Write("outside/secret.reg", "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]\r\n\"MaximumActiveTransfers\"=\"" + Secret + "\"\r\n");
        _dir.Write("outside/evil.ps1", "Set-Content -Path $HOME/pwned -Value 1\n");
        _dir.Write("outside/evil.psm1", "function Get-Evil { }\n");
        _dir.Write("outside/evil.psd1", "@{ ModuleVersion = '1.0'; RootModule = 'evil.psm1'; ScriptsToProcess = @('evil.ps1') }\n");
        _dir.Write("outside/evil.dll", "MZ");
        _dir.Write("outside/hvlint.json", "{ \"rules\": ");
        var up = "..\\outside\\";
        _dir.Write(
            "tree/a.ps1",
            $"using module {outside}/evil.psd1\n"
            + $"using module {up}evil.psm1\n"
            + $"using module @{{ ModuleName = '{outside}/evil.psd1'\n  ModuleVersion = '1.0' }}\n"
            + $"using assembly {outside}/evil.dll\n"
            + $"Import-Module {outside}/evil.psm1\n"
            + $". {outside}/evil.ps1\n"
            + $". \"$PSScriptRoot\\{up}evil.ps1\"\n"
            + "Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration' -Name MaximumActiveTransfers -Value 4\n");
        _dir.Write("tree/b.cmd", $"reg import {up}secret.reg\r\nreg import {outside}/secret.reg\r\nreg import \\\\localhost\\share\\secret.reg\r\nreg import c.reg\r\n");
        _dir.Write("tree/c.reg", "Windows Registry Editor Version 5.00\r\n");
        File.CreateSymbolicLink(Path.Combine(_dir.Path, "tree", "d.reg"), Path.Combine(outside, "secret.reg"));
    }

    private (string Stdout, List<string> Opened) Trace(string strace, string tree, string home, string[] args)
    {
        var log = Path.Combine(_dir.Path, "strace.log");
        var hvlint = Path.Combine(AppContext.BaseDirectory, "hvlint.dll");
        var start = new ProcessStartInfo(strace)
        {
            WorkingDirectory = tree,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in (string[])["-f", "-qq", "-e", "trace=%file", "-o", log, "dotnet", hvlint, .. args])
        {
            start.ArgumentList.Add(a);
        }

        // A home of its own, so that anything written under $HOME shows; nothing else of ours.
        start.Environment["HOME"] = home;
        start.Environment["XDG_CACHE_HOME"] = null;
        start.Environment["XDG_DATA_HOME"] = null;
        start.Environment["XDG_CONFIG_HOME"] = null;
        start.Environment["POWERSHELL_TELEMETRY_OPTOUT"] = null;
        start.Environment["POWERSHELL_UPDATECHECK"] = null;
        start.Environment["DOTNET_CLI_HOME"] = null;
        start.Environment["NO_COLOR"] = "1";

        using var process = Process.Start(start)!;
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        var stderrTask = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "hvlint under strace did not finish in 3 minutes");
        var stdout = stdoutTask.Result;
        output.WriteLine($"hvlint {string.Join(' ', args)}: exit {process.ExitCode}\n{stdout}{stderrTask.Result}");
        Assert.True(process.ExitCode is 0 or 1, $"hvlint {string.Join(' ', args)} exited {process.ExitCode}:\n{stdout}{stderrTask.Result}");
        return (stdout, Opened(File.ReadAllLines(log), tree));
    }

    /// <summary>The paths of successful calls that open, create, rename, link or remove a file.</summary>
    private static List<string> Opened(string[] lines, string workingDirectory)
    {
        var pending = new Dictionary<string, (string Call, string Path)>(StringComparer.Ordinal);
        var paths = new List<string>();
        foreach (var line in lines)
        {
            string call, path, result;
            if (CallRegex().Match(line) is { Success: true } m)
            {
                (call, path) = (m.Groups["call"].Value, Unescape(m.Groups["path"].Value));
                if (line.EndsWith("<unfinished ...>", StringComparison.Ordinal))
                {
                    pending[m.Groups["pid"].Value] = (call, path);
                    continue;
                }

                result = m.Groups["rest"].Value;
            }
            else if (ResumedRegex().Match(line) is { Success: true } r && pending.Remove(r.Groups["pid"].Value, out var started))
            {
                (call, path, result) = (started.Call, started.Path, r.Groups["rest"].Value);
            }
            else
            {
                continue;
            }

            if (!ChangingCalls().IsMatch(call) || ResultRegex().Match(result) is not { Success: true } ret || ret.Groups["ret"].Value.StartsWith('-'))
            {
                continue;
            }

            paths.Add(Path.GetFullPath(path, workingDirectory));
        }

        return paths;
    }

    private static string Unescape(string s) => Regex.Unescape(s);

    // 1234 openat(AT_FDCWD, "/path", O_RDONLY) = 3 ; the first quoted argument is the path.
    [GeneratedRegex(@"^(?<pid>\d+)\s+(?<call>\w+)\((?:[^""]*?, )?""(?<path>(?:[^""\\]|\\.)*)""(?<rest>.*)$")]
    private static partial Regex CallRegex();

    [GeneratedRegex(@"^(?<pid>\d+)\s+<\.\.\. \w+ resumed>(?<rest>.*)$")]
    private static partial Regex ResumedRegex();

    [GeneratedRegex(@"\)\s+=\s+(?<ret>-?\d+|\?)")]
    private static partial Regex ResultRegex();

    [GeneratedRegex(@"^(open|openat|openat2|creat|mkdir|mkdirat|rename|renameat|renameat2|link|linkat|symlink|symlinkat|unlink|unlinkat|rmdir|truncate|mknod|mknodat|chmod|fchmodat|fchmodat2|chown|lchown|fchownat|utimensat|execve|execveat)$")]
    private static partial Regex ChangingCalls();
}

/// <summary>
/// A fact that needs strace (Linux). It installs strace with apt-get when it is missing and the
/// tests run as root; otherwise it is skipped on a developer machine, but never in CI (CI=true),
/// where it runs and fails, so the check cannot silently stop running.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class StraceFactAttribute : FactAttribute
{
    public StraceFactAttribute()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (!OperatingSystem.IsLinux())
        {
            Skip = "strace runs on Linux only; this check runs in CI.";
        }
        else if (FindOnPath("strace") is null && !CanInstall())
        {
            Skip = "strace is not installed (apt-get install strace) and cannot be installed without root; .ci/run installs it and CI runs this check.";
        }
    }

    /// <summary>strace's path, installing it with apt-get (as root) when it is missing.</summary>
    public static string? FindOrInstall()
    {
        if (FindOnPath("strace") is { } found)
        {
            return found;
        }

        if (CanInstall())
        {
            Run("apt-get", "update", "-qq");
            Run("apt-get", "install", "-y", "-qq", "--no-install-recommends", "strace");
        }

        return FindOnPath("strace");
    }

    private static bool CanInstall() => OperatingSystem.IsLinux() && Environment.UserName == "root" && FindOnPath("apt-get") is not null;

    private static void Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var p = Process.Start(start)!;
        _ = p.StandardOutput.ReadToEndAsync();
        _ = p.StandardError.ReadToEndAsync();
        p.WaitForExit(TimeSpan.FromMinutes(5));
    }

    private static string? FindOnPath(string name) => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(d => Path.Combine(d, name))
        .FirstOrDefault(File.Exists);
}

using System.Diagnostics;

namespace HvLint.Cli.Tests;

/// <summary>
/// Runs the real hvlint process with HVLINT_TRACE_STARTUP=1 and reads the assemblies it loaded:
/// PowerShell's parser (tens of assemblies' worth of start-up) and the SARIF SDK load only when
/// a run needs them, so linting a .reg file starts near the runtime's own floor.
/// </summary>
public sealed class StartupTraceTests : IDisposable
{
    private const string Reg = "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]\r\n\"MaximumActiveTransfers\"=dword:00000004\r\n";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Linting_only_reg_files_loads_neither_PowerShell_nor_the_SARIF_SDK()
    {
        _dir.Write("one.reg", Reg);
        var (exitCode, stderr) = RunTraced("check", "one.reg");
        Assert.Equal(1, exitCode);
        var loaded = LoadedAssemblies(stderr);
        Assert.Contains("HvLint.Parsers", loaded);
        Assert.DoesNotContain("System.Management.Automation", loaded);
        Assert.DoesNotContain("Sarif", loaded);
        Assert.DoesNotContain("Newtonsoft.Json", loaded);
    }

    [Fact]
    public void Linting_a_PowerShell_file_loads_PowerShell_and_sarif_output_loads_the_SARIF_SDK()
    {
        _dir.Write("one.reg", Reg);
        _dir.Write("tune.ps1", "Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration' -Name MaximumActiveTransfers -Value 4\n");
        Assert.Contains("System.Management.Automation", LoadedAssemblies(RunTraced("check", "tune.ps1").Stderr));
        Assert.Contains("Sarif", LoadedAssemblies(RunTraced("check", "--format", "sarif", "one.reg").Stderr));
    }

    [Fact]
    public void The_trace_names_each_phase_with_its_time_and_compiled_methods()
    {
        _dir.Write("one.reg", Reg);
        var stderr = RunTraced("check", "one.reg").Stderr;
        Assert.Contains("ms  host and runtime start, before Main", stderr, StringComparison.Ordinal);
        Assert.Matches(@"ms  catalog load \(JIT: \d+ methods, [\d.]+ ms\)", stderr);
        Assert.Matches(@"ms  files linted \(JIT: \d+ methods", stderr);
        Assert.Matches(@"ms  in Main, in all \(JIT: \d+ methods", stderr);
    }

    private static HashSet<string> LoadedAssemblies(string stderr)
    {
        const string Marker = "assemblies loaded: ";
        var line = stderr.Split('\n').SingleOrDefault(l => l.Contains(Marker, StringComparison.Ordinal));
        Assert.True(line is not null, "no assembly list in the trace:\n" + stderr);
        return [.. line![(line.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length)..].Trim().Split(", ")];
    }

    private (int ExitCode, string Stderr) RunTraced(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _dir.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in (string[])[Path.Combine(AppContext.BaseDirectory, "hvlint.dll"), .. args])
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["HVLINT_TRACE_STARTUP"] = "1";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "hvlint did not finish in 2 minutes");
        return (process.ExitCode, stderr.Result);
    }
}

using System.Diagnostics;
using System.Globalization;

namespace HvLint.Benchmarks;

/// <summary>One run of a child process: wall time, CPU time, peak resident memory, output size.</summary>
internal sealed record Measurement(double WallSeconds, double CpuSeconds, long PeakBytes, long OutputBytes, int ExitCode, bool TimedOut, string Error)
{
    /// <summary>User + system time over wall time, in percent (NaN when the CPU time is unknown).</summary>
    public double CpuPercent => WallSeconds > 0 ? 100 * CpuSeconds / WallSeconds : double.NaN;
}

/// <summary>
/// Runs a child process and measures it. Under GNU time (/usr/bin/time, when it works here) the
/// kernel's own accounting gives the peak resident set (ru_maxrss) and the user + system time,
/// which a short process cannot escape; otherwise /proc/PID/status (VmHWM) and the process's
/// processor time are sampled every millisecond, which can miss the last moments of a process.
/// </summary>
internal static class ChildProcess
{
    private static readonly Lazy<bool> s_gnuTime = new(() => !SampleOnly && ProbeGnuTime());

    /// <summary>Do not use GNU time even where it works (--sample-memory: to check the fallback).</summary>
    public static bool SampleOnly { get; set; }

    /// <summary>How peak memory and CPU time are measured, for the report's header.</summary>
    public static string Method => s_gnuTime.Value
        ? "peak RSS and CPU time from /usr/bin/time (kernel rusage)"
        : "peak RSS sampled from /proc/PID/status every 1 ms; CPU time sampled (may miss a process's last moments)";

    /// <summary>Runs <paramref name="program"/> (an .dll runs under 'dotnet') and measures it; never throws for the child's failures.</summary>
    public static Measurement Run(string program, IEnumerable<string> args, string workingDirectory, TimeSpan timeout)
    {
        var command = new List<string>();
        if (program.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            command.Add("dotnet");
        }

        command.Add(program);
        command.AddRange(args);
        return s_gnuTime.Value ? RunUnderTime(command, workingDirectory, timeout) : RunSampled(command, workingDirectory, timeout);
    }

    private static Measurement RunUnderTime(List<string> command, string workingDirectory, TimeSpan timeout)
    {
        var report = Path.GetTempFileName();
        try
        {
            var m = Start(["/usr/bin/time", "-f", "%U %S %M", "-o", report, .. command], workingDirectory, timeout, sample: null);
            // GNU time writes "Command exited with non-zero status N" before the figures.
            var figures = File.Exists(report) ? File.ReadAllLines(report).LastOrDefault(l => l.Length > 0 && char.IsDigit(l[0])) : null;
            var parts = figures?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts is not { Length: 3 })
            {
                return m;
            }

            var cpu = double.Parse(parts[0], CultureInfo.InvariantCulture) + double.Parse(parts[1], CultureInfo.InvariantCulture);
            return m with { CpuSeconds = cpu, PeakBytes = long.Parse(parts[2], CultureInfo.InvariantCulture) * 1024 };
        }
        finally
        {
            File.Delete(report);
        }
    }

    private static Measurement RunSampled(List<string> command, string workingDirectory, TimeSpan timeout)
    {
        long peak = 0;
        var cpu = double.NaN;
        var m = Start(command, workingDirectory, timeout, p =>
        {
            peak = Math.Max(peak, PeakResidentBytes(p.Id));
            try
            {
                cpu = p.TotalProcessorTime.TotalSeconds;
            }
            catch (Exception e) when (e is InvalidOperationException or NotSupportedException or System.ComponentModel.Win32Exception)
            {
                // The process ended between two samples.
            }
        });
        return m with { PeakBytes = peak, CpuSeconds = cpu };
    }

    private static Measurement Start(List<string> command, string workingDirectory, TimeSpan timeout, Action<Process>? sample)
    {
        var info = new ProcessStartInfo(command[0]) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in command.Skip(1))
        {
            info.ArgumentList.Add(a);
        }

        var sw = Stopwatch.StartNew();
        Process p;
        try
        {
            p = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new Measurement(double.NaN, double.NaN, 0, 0, -1, false, $"cannot start {command[0]}: {e.Message}");
        }

        using (p)
        {
            // The output is counted, not kept: a report can be hundreds of megabytes.
            var output = CountAsync(p.StandardOutput.BaseStream);
            var error = p.StandardError.ReadToEndAsync();
            var timedOut = false;
            if (sample is null)
            {
                timedOut = !p.WaitForExit(timeout);
            }
            else
            {
                while (!p.WaitForExit(1))
                {
                    sample(p);
                    if (sw.Elapsed > timeout)
                    {
                        timedOut = true;
                        break;
                    }
                }
            }

            if (timedOut)
            {
                p.Kill(entireProcessTree: true);
                p.WaitForExit();
            }

            var wall = sw.Elapsed.TotalSeconds;
            var bytes = output.GetAwaiter().GetResult();
            var stderr = error.GetAwaiter().GetResult();
            return new Measurement(wall, double.NaN, 0, bytes, p.ExitCode, timedOut, stderr.Trim());
        }
    }

    private static async Task<long> CountAsync(Stream stream)
    {
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            total += read;
        }

        return total;
    }

    // VmHWM: the process's peak resident set so far (Linux); 0 where /proc is not available.
    private static long PeakResidentBytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    // GNU time is optional: a missing or non-GNU 'time' (BusyBox, BSD) falls back to sampling.
    private static bool ProbeGnuTime()
    {
        if (!File.Exists("/usr/bin/time") || !File.Exists("/bin/true"))
        {
            return false;
        }

        var report = Path.GetTempFileName();
        try
        {
            var m = Start(["/usr/bin/time", "-f", "%U %S %M", "-o", report, "/bin/true"], Path.GetTempPath(), TimeSpan.FromSeconds(10), sample: null);
            var parts = File.ReadAllText(report).Trim().Split(' ');
            return m.ExitCode == 0 && parts.Length == 3 && long.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kib) && kib > 0;
        }
        catch (IOException)
        {
            return false;
        }
        finally
        {
            File.Delete(report);
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace HvLint.Cli;

/// <summary>
/// With <c>HVLINT_TRACE_STARTUP=1</c>, each phase of a run is written to stderr when the run
/// ends: its wall time, how many methods the JIT compiled in it and how long that took, and
/// the assemblies loaded by the end. Start-up can so be measured on a user's machine without a
/// profiler (docs/performance.md); tests read the assembly list to check that PowerShell's
/// assemblies load only for PowerShell files. Off, a mark is one static field test.
/// </summary>
internal static class StartupTrace
{
    private static readonly Stopwatch? s_clock = Environment.GetEnvironmentVariable("HVLINT_TRACE_STARTUP") == "1" ? Stopwatch.StartNew() : null;
    private static readonly List<Sample> s_marks = [];

    /// <summary>Records that <paramref name="phase"/> has just finished.</summary>
    public static void Mark(string phase)
    {
        if (s_clock is null)
        {
            return;
        }

        lock (s_marks)
        {
            s_marks.Add(new Sample(phase, s_clock.Elapsed, JitInfo.GetCompiledMethodCount(currentThread: false), JitInfo.GetCompilationTime(currentThread: false)));
        }
    }

    /// <summary>Writes the phases recorded so far, the time before Main (host and runtime start) and the loaded assemblies.</summary>
    public static void Report(TextWriter stderr)
    {
        if (s_clock is null)
        {
            return;
        }

        Mark("end");
        var beforeMain = DateTime.Now - Process.GetCurrentProcess().StartTime - s_clock.Elapsed;
        stderr.WriteLine(Line(beforeMain.TotalMilliseconds, "host and runtime start, before Main"));
        lock (s_marks)
        {
            var last = new Sample(string.Empty, TimeSpan.Zero, 0, TimeSpan.Zero);
            foreach (var m in s_marks)
            {
                stderr.WriteLine(Line((m.At - last.At).TotalMilliseconds, string.Create(CultureInfo.InvariantCulture, $"{m.Phase} (JIT: {m.Methods - last.Methods} methods, {(m.JitTime - last.JitTime).TotalMilliseconds:F1} ms)")));
                last = m;
            }

            stderr.WriteLine(Line(last.At.TotalMilliseconds, string.Create(CultureInfo.InvariantCulture, $"in Main, in all (JIT: {last.Methods} methods, {last.JitTime.TotalMilliseconds:F1} ms)")));
            s_marks.Clear();
        }

        var assemblies = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name).Order(StringComparer.Ordinal).ToArray();
        stderr.WriteLine($"hvlint: startup trace: {assemblies.Length} assemblies loaded: {string.Join(", ", assemblies)}");
    }

    private static string Line(double milliseconds, string what) =>
        string.Create(CultureInfo.InvariantCulture, $"hvlint: startup trace: {milliseconds,8:F1} ms  {what}");

    private readonly record struct Sample(string Phase, TimeSpan At, long Methods, TimeSpan JitTime);
}

using System.Diagnostics;
using System.Globalization;
using System.Management.Automation.Language;
using System.Text;
using HvLint.Core.Catalog;
using HvLint.Core.Engine;
using HvLint.Parsers;
using HvLint.Parsers.PowerShell;
using HvLint.Rules;

namespace HvLint.Benchmarks;

/// <summary>
/// Speed and memory of HvLint, measured in process (cold = the first call in a fresh process,
/// warm = the median of the later ones) and as whole 'hvlint' processes (median wall time, peak
/// resident memory). Run: dotnet run -c Release --project tests/HvLint.Benchmarks [-- --runs N]
/// [--hvlint PATH] [--enforce]. --hvlint measures another build of the tool (an hvlint.dll, or an
/// installed 'hvlint' executable) instead of the one built next to the harness. With --enforce
/// the exit code is 1 when a measurement misses its target. docs/performance.md has the results.
/// </summary>
internal static class Program
{
    private static readonly List<(string Name, double Value, double Target, string Unit)> s_rows = [];

    public static int Main(string[] args)
    {
        var runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(5);
        var hvlint = args.SkipWhile(a => a != "--hvlint").Skip(1).Select(Path.GetFullPath).FirstOrDefault(Path.Combine(AppContext.BaseDirectory, "hvlint.dll"));
        var repo = RepoRoot();
        var work = Directory.CreateTempSubdirectory("hvlint-bench").FullName;
        try
        {
            var large = Path.Combine(work, "large.ps1");
            File.WriteAllText(large, Inputs.LargePowerShell(Path.Combine(repo, "examples", "powershell"), 2 * 1024 * 1024), new UTF8Encoding(false));
            var ordinary = Path.Combine(work, "ordinary.ps1");
            File.WriteAllText(ordinary, Inputs.OrdinaryPowerShell(Path.Combine(repo, "examples", "powershell"), 2 * 1024 * 1024), new UTF8Encoding(false));
            var many = Path.Combine(work, "many");
            Inputs.ManyRegFiles(many, Path.Combine(repo, "examples", "reg"), 1000);
            Console.WriteLine($"Inputs in {work}: large.ps1 {new FileInfo(large).Length / 1024} KiB, ordinary.ps1 {new FileInfo(ordinary).Length / 1024} KiB, many/ {Directory.GetFiles(many).Length} .reg files; {Environment.ProcessorCount} cores; {runs} runs each; tool {hvlint}.");
            Console.WriteLine();

            // Whole processes first, while this process has loaded nothing that could compete.
            Process("hvlint check large.ps1 (2 MiB PowerShell)", hvlint, ["check", large, "--format", "json"], work, runs, targetSeconds: 2.0, targetMiB: 400);
            Process("hvlint check ordinary.ps1 (2 MiB, few writes)", hvlint, ["check", ordinary, "--format", "json"], work, runs, targetSeconds: 1.5, targetMiB: 400);
            Process("hvlint check many/ (1000 .reg files)", hvlint, ["check", many, "--format", "json"], work, runs, targetSeconds: 2.0, targetMiB: 300);
            Process("hvlint check examples/", hvlint, ["check", Path.Combine(repo, "examples"), "--format", "json"], repo, runs, targetSeconds: 1.0, targetMiB: 200);

            var text = File.ReadAllText(large);
            var bytes = File.ReadAllBytes(large);
            // The front end reads DSC 'Configuration' as 'function' (PowerShell's parser would try
            // to load DSC's schemas); the parser-alone row parses the same text, for comparison.
            var asFunctions = Inputs.ConfigurationAsFunction(text);
            InProcess("PowerShell's parser alone, 2 MiB", () => Parser.ParseInput(asFunctions, out _, out _), runs, target: double.PositiveInfinity);
            InProcess("PowerShell front end (parse + walk), 2 MiB", () => new PowerShellScriptExtractor().Extract("large.ps1", bytes, large), runs, target: 0.8);
            var ordinaryBytes = File.ReadAllBytes(ordinary);
            InProcess("PowerShell front end, 2 MiB with few writes", () => new PowerShellScriptExtractor().Extract("ordinary.ps1", ordinaryBytes, ordinary), runs, target: 0.6);
            var engine = new LintEngine(CatalogLoader.BuiltIn, FrontEnds.All, RuleSet.All);
            InProcess("lint 2 MiB PowerShell in process", () => engine.LintFile(large, "large.ps1"), runs, target: 1.0);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        Console.WriteLine();
        var missed = s_rows.Where(r => r.Value > r.Target).ToArray();
        Console.WriteLine(missed.Length == 0 ? "All measurements are within their targets." : $"{missed.Length} measurement(s) miss their target.");
        return missed.Length > 0 && args.Contains("--enforce") ? 1 : 0;
    }

    private static void InProcess(string name, Action action, int runs, double target)
    {
        var times = new List<double>();
        for (var i = 0; i < runs + 1; i++)
        {
            var sw = Stopwatch.StartNew();
            action();
            times.Add(sw.Elapsed.TotalSeconds);
        }

        Row(name + ", cold", times[0], double.PositiveInfinity, "s");
        Row(name + ", warm", Median(times.Skip(1)), target, "s");
    }

    private static void Process(string name, string hvlint, string[] args, string workingDirectory, int runs, double targetSeconds, double targetMiB)
    {
        var times = new List<double>();
        long peak = 0;
        for (var i = 0; i < runs; i++)
        {
            var isDll = hvlint.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
            var info = new ProcessStartInfo(isDll ? "dotnet" : hvlint) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
            if (isDll)
            {
                info.ArgumentList.Add(hvlint);
            }

            foreach (var a in args)
            {
                info.ArgumentList.Add(a);
            }

            var sw = Stopwatch.StartNew();
            using var p = System.Diagnostics.Process.Start(info)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            while (!p.WaitForExit(5))
            {
                peak = Math.Max(peak, PeakResidentBytes(p.Id));
            }

            times.Add(sw.Elapsed.TotalSeconds);
            if (p.ExitCode is not (0 or 1))
            {
                throw new InvalidOperationException($"{name}: exit code {p.ExitCode}: {stderr.Result}");
            }

            _ = stdout.Result;
        }

        Row(name + ", wall", Median(times), targetSeconds, "s");
        Row(name + ", peak memory", peak / (1024.0 * 1024.0), targetMiB, "MiB");
    }

    // VmHWM: the process's peak resident set so far (Linux); 0 where /proc is not available.
    private static long PeakResidentBytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static void Row(string name, double value, double target, string unit)
    {
        s_rows.Add((name, value, target, unit));
        var verdict = double.IsPositiveInfinity(target) ? string.Empty : value <= target ? "ok" : "MISSED";
        var targetText = double.IsPositiveInfinity(target) ? "-" : string.Create(CultureInfo.InvariantCulture, $"{target:0.##} {unit}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-58} {value,9:0.000} {unit,-4} target {targetText,-9} {verdict}"));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HvLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from a build inside the repository (HvLint.sln not found above " + AppContext.BaseDirectory + ").");
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace HvLint.Benchmarks;

/// <summary>
/// Speed and memory of HvLint. One command prints every row of issue 13's table, each measured
/// side by side with its reference in the same run, and their ratio; then the older rows.
/// <code>
/// dotnet run -c Release --project tests/HvLint.Benchmarks [-- OPTIONS]
///   --only TEXT     run only the groups whose name contains TEXT (repeatable; --list shows them)
///   --runs N        runs per measurement (default 5; a group stops repeating after --budget)
///   --budget S      seconds after which a group stops repeating its runs (default 60)
///   --timeout S     a run still going after S seconds is stopped and reported "timed out" (default 600)
///   --hvlint PATH   measure another build (an hvlint.dll or an installed 'hvlint') instead of the one built here
///   --enforce       exit code 1 when a row misses its target, times out or fails
///   --sample-memory sample /proc for peak memory and CPU time instead of using /usr/bin/time
///   --keep          leave the generated inputs in their temporary folder (to profile hvlint on them)
/// dotnet run -c Release --project tests/HvLint.Benchmarks -- micro [BenchmarkDotNet options]
/// </code>
/// docs/performance.md has the results.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "micro")
        {
            return Micro.Run(args[1..]);
        }

        HarnessOptions options;
        try
        {
            options = HarnessOptions.Parse(args);
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        ChildProcess.SampleOnly = args.Contains("--sample-memory");
        var harness = new Harness(options);
        if (args.Contains("--list"))
        {
            foreach (var (name, optIn, _) in harness.Groups)
            {
                Console.WriteLine(optIn ? name + " (only with --only)" : name);
            }

            return 0;
        }

        return harness.Run();
    }
}

/// <summary>The harness's command-line options.</summary>
internal sealed record HarnessOptions(int Runs, TimeSpan Budget, TimeSpan Timeout, string Hvlint, IReadOnlyList<string> Only, bool Enforce, bool Keep)
{
    public static HarnessOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        double Number(string name, double fallback) => Value(name) is { } v
            ? double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d > 0 ? d : throw new FormatException($"{name} needs a positive number, not '{v}'.")
            : fallback;
        var only = args.Select((a, i) => (a, i)).Where(x => x.a == "--only" && x.i + 1 < args.Length).Select(x => args[x.i + 1]).ToArray();
        var hvlint = Value("--hvlint") is { } h ? Path.GetFullPath(h) : Path.Combine(AppContext.BaseDirectory, "hvlint.dll");
        return new HarnessOptions((int)Number("--runs", 5), TimeSpan.FromSeconds(Number("--budget", 60)), TimeSpan.FromSeconds(Number("--timeout", 600)), hvlint, only, args.Contains("--enforce"), args.Contains("--keep"));
    }
}

/// <summary>The measurement groups and what they share: the work folder, the tool, the table.</summary>
internal sealed partial class Harness
{
    private const string Issue = "Issue 13's table";
    private readonly HarnessOptions _options;
    private readonly string _repo;
    private readonly Table _table = new();
    private string _work = string.Empty;
    private double _startupSeconds = double.NaN;

    public Harness(HarnessOptions options)
    {
        _options = options;
        _repo = Repo.Root;
        Groups =
        [
            ("reg-20MB-export", false, Reg20MB),
            ("reg-50k-keys", false, Reg50kKeys),
            ("reg-100k-values", false, Reg100kValues),
            ("reg-50MB-findings", false, Reg50MBFindings),
            ("reg-50MB-findings-unbounded", true, Reg50MBFindingsUnbounded),
            ("start-up", false, StartUp),
            ("mixed-10k-files", false, Mixed10k),
            ("ps-2MiB-warm", false, PowerShellWarm),
            ("lsp", false, Lsp),
            ("other:ps-large-process", false, OtherLargePowerShell),
            ("other:ps-ordinary-process", false, OtherOrdinaryPowerShell),
            ("other:reg-1000-files", false, OtherManyReg),
            ("other:examples", false, OtherExamples),
            ("other:in-process", false, OtherInProcess),
        ];
    }

    /// <summary>The groups in the order they run: the issue's table first. Opt-in groups run only when --only names them.</summary>
    public IReadOnlyList<(string Name, bool OptIn, Action Run)> Groups { get; }

    public int Run()
    {
        var selected = Groups.Where(g => _options.Only.Count == 0
            ? !g.OptIn
            : _options.Only.Any(o => g.Name.Contains(o, StringComparison.OrdinalIgnoreCase))).ToArray();
        if (selected.Length == 0)
        {
            Console.Error.WriteLine("No group matches --only; --list shows them.");
            return 2;
        }

        if (!File.Exists(_options.Hvlint))
        {
            Console.Error.WriteLine($"hvlint not found at {_options.Hvlint}.");
            return 2;
        }

        _work = Directory.CreateTempSubdirectory("hvlint-bench").FullName;
        try
        {
            PrintMachine(selected.Select(g => g.Name));
            var issueHeaderPrinted = false;
            var otherHeaderPrinted = false;
            var lspHeaderPrinted = false;
            foreach (var (name, _, run) in selected)
            {
                var other = name.StartsWith("other:", StringComparison.Ordinal);
                if (name == "lsp")
                {
                    // Issue 16's rows: the language server, not whole 'hvlint check' processes.
                    if (!lspHeaderPrinted)
                    {
                        Table.PrintHeader("Issue 16: the language server ('hvlint lsp' process; didChange to its publishDiagnostics)");
                        lspHeaderPrinted = true;
                        issueHeaderPrinted = false;
                    }
                }
                else if (!other && !issueHeaderPrinted)
                {
                    Table.PrintHeader(Issue + " (whole 'hvlint check --format json' processes unless the measure says in process)");
                    issueHeaderPrinted = true;
                }
                else if (other && !otherHeaderPrinted)
                {
                    Table.PrintHeader("Other measurements");
                    otherHeaderPrinted = true;
                }

                try
                {
                    run();
                }
                catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException or TimeoutException)
                {
                    _table.Add(new Row(name, "-", "-", "-", double.NaN, "-", Verdict.Failed, e.Message));
                }

                GC.Collect();
            }
        }
        finally
        {
            if (_options.Keep)
            {
                Console.WriteLine($"Inputs kept in {_work}.");
            }
            else
            {
                Directory.Delete(_work, recursive: true);
            }
        }

        Table.PrintHeader("Summary (all rows)");
        foreach (var row in _table.Rows)
        {
            Table.Print(row);
        }

        var missed = _table.Rows.Count(r => r.Verdict is Verdict.Missed or Verdict.TimedOut or Verdict.Failed);
        Console.WriteLine();
        Console.WriteLine(missed == 0 ? "Every measured row is within its target." : $"{missed} row(s) miss their target, timed out or failed.");
        return missed > 0 && _options.Enforce ? 1 : 0;
    }

    private void PrintMachine(IEnumerable<string> groups)
    {
        var cpu = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() : null;
        var memory = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() : null;
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {cpu ?? "unknown CPU"}, {memory ?? "unknown"} memory; {RuntimeInformation.OSDescription}; .NET {Environment.Version}.");
        Console.WriteLine($"Tool: {_options.Hvlint}. Runs: {_options.Runs} (a group stops repeating after {_options.Budget.TotalSeconds:0} s; a run is stopped after {_options.Timeout.TotalSeconds:0.#} s).");
        Console.WriteLine($"Memory: {ChildProcess.Method}. MB = 10^6 bytes. Times are medians, peaks the maximum over the runs.");
        Console.WriteLine($"Groups: {string.Join(", ", groups)}. Inputs in {_work}.");
    }

    private string Input(string name) => Path.Combine(_work, name);

    private Measurement[] Repeat(Func<Measurement> run, int? runs = null)
    {
        var list = new List<Measurement>();
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < (runs ?? _options.Runs); i++)
        {
            var m = run();
            list.Add(m);
            if (m.TimedOut || m.ExitCode is not (0 or 1) || sw.Elapsed > _options.Budget)
            {
                break;
            }
        }

        return [.. list];
    }

    private Measurement Hvlint(params string[] args) => ChildProcess.Run(_options.Hvlint, args, _work, _options.Timeout);

    private Measurement[] HvlintCheck(string path, params string[] extra) => Repeat(() => Hvlint(["check", path, "--format", "json", .. extra]));

    // The reference for reading a file: 'cat file > /dev/null', a whole process like hvlint.
    private Measurement[] Cat(string path) =>
        Repeat(() => ChildProcess.Run("/bin/sh", ["-c", "cat \"$1\" > /dev/null", "sh", path], _work, _options.Timeout));

    /// <summary>A failed or stopped run becomes the group's row; true when there was one.</summary>
    private bool Failed(string input, Measurement[] runs)
    {
        var bad = runs.FirstOrDefault(m => m.TimedOut || m.ExitCode is not (0 or 1));
        if (bad is null)
        {
            return false;
        }

        var note = bad.TimedOut
            ? $"stopped after {_options.Timeout.TotalSeconds:0.#} s"
            : $"exit code {bad.ExitCode}: {bad.Error.Split('\n').FirstOrDefault()}";
        _table.Add(new Row(input, "wall", bad.TimedOut ? "> " + Table.Seconds(bad.WallSeconds) : "-", "-", double.NaN, "-", bad.TimedOut ? Verdict.TimedOut : Verdict.Failed, note));
        return true;
    }

    private static double Wall(Measurement[] runs) => Table.Median(runs.Select(m => m.WallSeconds));

    private static double Peak(Measurement[] runs) => runs.Max(m => (double)m.PeakBytes) is var p && p > 0 ? p : double.NaN;

    /// <summary>hvlint's start-up (check of a one-value .reg), measured once and shared by the throughput rows.</summary>
    private double StartupSeconds()
    {
        if (double.IsNaN(_startupSeconds))
        {
            var one = Input("one.reg");
            RegInputs.One(one);
            var runs = Repeat(() => Hvlint("check", one, "--format", "json"), Math.Max(3, _options.Runs));
            _startupSeconds = runs.Any(m => m.TimedOut || m.ExitCode is not (0 or 1)) ? 0 : Wall(runs);
        }

        return _startupSeconds;
    }

    /// <summary>In-process timings: the first call (cold) then the later ones (warm), within the budget.</summary>
    private List<double> Times(Action action, int? runs = null)
    {
        var times = new List<double>();
        var total = Stopwatch.StartNew();
        for (var i = 0; i < (runs ?? _options.Runs) + 1; i++)
        {
            // Every call starts from the same heap: what the previous call left (a syntax tree,
            // a file's writes) is collected before the clock starts, not during the next call.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var sw = Stopwatch.StartNew();
            action();
            times.Add(sw.Elapsed.TotalSeconds);
            if (total.Elapsed > _options.Budget)
            {
                break;
            }
        }

        return times;
    }

    private static double Warm(List<double> times) => times.Count > 1 ? Table.Median(times.Skip(1)) : times[0];
}

/// <summary>Where the repository is, found from the build output.</summary>
internal static class Repo
{
    public static string Root { get; } = Find();

    private static string Find()
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

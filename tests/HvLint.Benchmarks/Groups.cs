using System.Globalization;
using System.Management.Automation.Language;
using System.Text;
using HvLint.Core.Catalog;
using HvLint.Core.Engine;
using HvLint.Parsers;
using HvLint.Parsers.PowerShell;
using HvLint.Parsers.Reg;
using HvLint.Rules;

namespace HvLint.Benchmarks;

/// <summary>The groups of rows: each generates its inputs, measures hvlint and its reference, and adds rows.</summary>
internal sealed partial class Harness
{
    private const double RegTargetMBps = 200;

    private void Reg20MB()
    {
        const string input = ".reg 20 MB export, 8 values/key";
        var path = Input("export-20MB.reg");
        RegInputs.Export(path, 20_000_000, withMistakes: false);
        var size = new FileInfo(path).Length;
        var runs = HvlintCheck(path);
        if (Failed(input, runs))
        {
            return;
        }

        WholeProcessThroughput(input, size, runs, Cat(path), withTarget: true);
        var peak = Peak(runs);
        _table.Add(new Row(input, "peak memory", Table.MB(peak), "file " + Table.MB(size), peak / size, "<= 2x the file", Table.AtMost(peak / size, 2)));

        // In process: the .reg front end alone against reading the bytes.
        var bytes = File.ReadAllBytes(path);
        var read = Times(() => File.ReadAllBytes(path));
        var parse = Times(() => new RegFileExtractor().Extract("export-20MB.reg", bytes));
        _table.Add(new Row(input, "parse, in process, warm", Table.Seconds(Warm(parse)) + " = " + Table.MBps(size / 1e6 / Warm(parse)), "File.ReadAllBytes " + Table.Seconds(Warm(read)), Warm(parse) / Warm(read), "<= 0.2 s (>= 200 MB/s)", Table.AtMost(Warm(parse), size / 1e6 / RegTargetMBps)));
        var engine = new LintEngine(CatalogLoader.BuiltIn, FrontEnds.All, RuleSet.All);
        var lint = Times(() => engine.LintBytes("export-20MB.reg", bytes));
        _table.Add(new Row(input, "lint, in process, warm", Table.Seconds(Warm(lint)) + " = " + Table.MBps(size / 1e6 / Warm(lint)), "File.ReadAllBytes " + Table.Seconds(Warm(read)), Warm(lint) / Warm(read), "-", Verdict.None, parse.Count < 2 || lint.Count < 2 ? "cold only" : string.Empty));
    }

    private void Reg50kKeys()
    {
        const string input = ".reg 50,000 keys of 1 value";
        var path = Input("keys-50k.reg");
        RegInputs.ManyKeys(path, 50_000);
        RegCounted(input, path, 50_000, "key", withTarget: true);
    }

    private void Reg100kValues()
    {
        const string input = ".reg 100,000 values, one key";
        var path = Input("values-100k.reg");
        RegInputs.ManyValues(path, 100_000);
        RegCounted(input, path, 100_000, "value", withTarget: false);
    }

    // A .reg of many keys or values: throughput as in the export row (the issue sets that target
    // for the keys, none for the values), and the cost per key or value.
    private void RegCounted(string input, string path, int count, string unit, bool withTarget)
    {
        var size = new FileInfo(path).Length;
        var runs = HvlintCheck(path);
        if (Failed(input, runs))
        {
            return;
        }

        WholeProcessThroughput(input, size, runs, Cat(path), withTarget);
        var net = Wall(runs) - StartupSeconds();
        _table.Add(new Row(input, "per " + unit + " (net of start-up)", (1e6 * net / count).ToString("0.0", CultureInfo.InvariantCulture) + " us", "start-up " + Table.Seconds(StartupSeconds()), double.NaN, "-", Verdict.None));
        var peak = Peak(runs);
        _table.Add(new Row(input, "peak memory", Table.MB(peak), "file " + Table.MB(size), peak / size, "-", Verdict.None));
    }

    private void Reg50MBFindings() => Reg50MB(".reg 50 MB, many findings", []);

    // The bound on findings per rule lifted: the whole report. Opt-in (it took 10 GB before streaming).
    private void Reg50MBFindingsUnbounded() => Reg50MB(".reg 50 MB, all findings", ["--max-findings-per-rule", "0"]);

    private void Reg50MB(string input, string[] extra)
    {
        var path = Input("findings-50MB.reg");
        if (!File.Exists(path))
        {
            RegInputs.Export(path, 50_000_000, withMistakes: true);
        }

        var size = new FileInfo(path).Length;
        var runs = HvlintCheck(path, extra);
        if (Failed(input, runs))
        {
            return;
        }

        WholeProcessThroughput(input, size, runs, Cat(path), withTarget: false);
        var peak = Peak(runs);
        _table.Add(new Row(input, "peak memory", Table.MB(peak), "file " + Table.MB(size), peak / size, "<= 1000 MB", Table.AtMost(peak, 1e9)));
        var output = runs[^1].OutputBytes;
        _table.Add(new Row(input, "JSON report size", Table.MB(output), "file " + Table.MB(size), (double)output / size, "-", Verdict.None));
    }

    private void WholeProcessThroughput(string input, long size, Measurement[] runs, Measurement[] cat, bool withTarget)
    {
        var wall = Wall(runs);
        var startup = StartupSeconds();
        var net = size / 1e6 / Math.Max(wall - startup, 1e-3);
        var catWall = cat.Any(m => m.ExitCode != 0) ? double.NaN : Wall(cat);
        _table.Add(new Row(input, "wall", Table.Seconds(wall) + " = " + Table.MBps(size / 1e6 / wall), "cat > /dev/null " + Table.Seconds(catWall), wall / catWall, "-", Verdict.None, runs.Length < _options.Runs ? $"{runs.Length} run(s)" : string.Empty));
        _table.Add(new Row(input, "throughput net of start-up", Table.MBps(net), "start-up " + Table.Seconds(startup), double.NaN, withTarget ? ">= 200 MB/s" : "-", withTarget ? Table.AtLeast(net, RegTargetMBps) : Verdict.None));
    }

    private void StartUp()
    {
        const string input = "hvlint check one.reg";
        var one = Input("one.reg");
        RegInputs.One(one);
        var hello = Path.Combine(AppContext.BaseDirectory, "hello.dll");
        if (!File.Exists(hello))
        {
            _table.Add(new Row(input, "wall", "-", "-", double.NaN, "<= 2x", Verdict.Failed, "hello.dll not built next to the harness"));
            return;
        }

        // Interleaved, after one untimed run of each, so that both see the same disk cache and load.
        Hvlint("check", one, "--format", "json");
        ChildProcess.Run(hello, [], _work, _options.Timeout);
        var tool = new List<Measurement>();
        var reference = new List<Measurement>();
        for (var i = 0; i < Math.Max(_options.Runs, 3) * 2; i++)
        {
            tool.Add(Hvlint("check", one, "--format", "json"));
            reference.Add(ChildProcess.Run(hello, [], _work, _options.Timeout));
        }

        if (Failed(input, [.. tool]))
        {
            return;
        }

        var wall = Wall([.. tool]);
        var helloWall = Wall([.. reference]);
        _startupSeconds = wall;
        _table.Add(new Row(input, "start-up wall", Table.Seconds(wall), "dotnet hello.dll " + Table.Seconds(helloWall), wall / helloWall, "<= 2x", Table.AtMost(wall / helloWall, 2)));
        var peak = Peak([.. tool]);
        var helloPeak = Peak([.. reference]);
        _table.Add(new Row(input, "peak memory", Table.MB(peak), "dotnet hello.dll " + Table.MB(helloPeak), peak / helloPeak, "-", Verdict.None));
    }

    private void Mixed10k()
    {
        const string input = "10,000 mixed example files";
        var folder = Input("mixed");
        Inputs.MixedExamples(folder, Path.Combine(_repo, "examples"), 10_000);
        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
        var runs = HvlintCheck(folder);
        if (Failed(input, runs))
        {
            return;
        }

        var read = Times(() =>
        {
            foreach (var f in files)
            {
                File.ReadAllBytes(f);
            }
        });
        var wall = Wall(runs);
        _table.Add(new Row(input, "wall", Table.Seconds(wall), "reading them in process " + Table.Seconds(Warm(read)), wall / Warm(read), "<= 10 s", Table.AtMost(wall, 10)));
        var cpu = Table.Median(runs.Select(m => m.CpuPercent));
        var cores = Environment.ProcessorCount;
        _table.Add(new Row(input, "CPU (user+sys)/wall", cpu.ToString("0", CultureInfo.InvariantCulture) + " %", $"{cores} cores = {cores * 100} %", cpu / (cores * 100), $">= {cores * 75} % (3/4 of the cores)", Table.AtLeast(cpu, cores * 75)));
        _table.Add(new Row(input, "peak memory", Table.MB(Peak(runs)), "-", double.NaN, "<= 300 MB", Table.AtMost(Peak(runs), 300e6)));
    }

    private void PowerShellWarm()
    {
        const string input = "PowerShell 2 MiB, in process";
        var path = Input("large.ps1");
        File.WriteAllText(path, Inputs.LargePowerShell(Path.Combine(_repo, "examples", "powershell"), 2 * 1024 * 1024), new UTF8Encoding(false));
        var bytes = File.ReadAllBytes(path);

        // The front end reads DSC 'Configuration' as 'function' (PowerShell's parser would try to
        // load DSC's schemas); the reference parses that same text. Interleaved, so that both
        // see the same machine load.
        var asFunctions = Inputs.ConfigurationAsFunction(File.ReadAllText(path));
        var parser = new List<double>();
        var frontEnd = new List<double>();
        var total = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < Math.Max(_options.Runs, 3) + 1 && (i < 2 || total.Elapsed < _options.Budget); i++)
        {
            parser.AddRange(Times(() => Parser.ParseInput(asFunctions, out _, out _), 0));
            frontEnd.AddRange(Times(() => new PowerShellScriptExtractor().Extract("large.ps1", bytes, path), 0));
        }

        var ratio = Warm(frontEnd) / Warm(parser);
        _table.Add(new Row(input, "front end, warm", Table.Seconds(Warm(frontEnd)), "Parser.ParseInput " + Table.Seconds(Warm(parser)), ratio, "<= 1.25x", Table.AtMost(ratio, 1.25)));
        _table.Add(new Row(input, "front end, cold", Table.Seconds(frontEnd[0]), "Parser.ParseInput " + Table.Seconds(parser[0]), frontEnd[0] / parser[0], "-", Verdict.None));
    }

    private void OtherLargePowerShell()
    {
        var path = Input("large.ps1");
        File.WriteAllText(path, Inputs.LargePowerShell(Path.Combine(_repo, "examples", "powershell"), 2 * 1024 * 1024), new UTF8Encoding(false));
        OtherProcess("large.ps1 (2 MiB PowerShell)", path, 2.0, 400e6);
    }

    private void OtherOrdinaryPowerShell()
    {
        var path = Input("ordinary.ps1");
        File.WriteAllText(path, Inputs.OrdinaryPowerShell(Path.Combine(_repo, "examples", "powershell"), 2 * 1024 * 1024), new UTF8Encoding(false));
        OtherProcess("ordinary.ps1 (2 MiB, few writes)", path, 1.5, 400e6);
    }

    private void OtherManyReg()
    {
        var folder = Input("many");
        Inputs.ManyRegFiles(folder, Path.Combine(_repo, "examples", "reg"), 1000);
        OtherProcess("many/ (1000 .reg files)", folder, 2.0, 300e6);
    }

    private void OtherExamples() => OtherProcess("examples/", Path.Combine(_repo, "examples"), 1.0, 200e6);

    private void OtherProcess(string input, string path, double targetSeconds, double targetBytes)
    {
        var runs = HvlintCheck(path);
        if (Failed(input, runs))
        {
            return;
        }

        _table.Add(new Row(input, "wall", Table.Seconds(Wall(runs)), "-", double.NaN, "<= " + Table.Seconds(targetSeconds), Table.AtMost(Wall(runs), targetSeconds)));
        _table.Add(new Row(input, "peak memory", Table.MB(Peak(runs)), "-", double.NaN, "<= " + Table.MB(targetBytes), Table.AtMost(Peak(runs), targetBytes)));
    }

    private void OtherInProcess()
    {
        var examples = Path.Combine(_repo, "examples", "powershell");
        var large = Input("large.ps1");
        File.WriteAllText(large, Inputs.LargePowerShell(examples, 2 * 1024 * 1024), new UTF8Encoding(false));
        var ordinary = Input("ordinary.ps1");
        File.WriteAllText(ordinary, Inputs.OrdinaryPowerShell(examples, 2 * 1024 * 1024), new UTF8Encoding(false));
        var ordinaryBytes = File.ReadAllBytes(ordinary);
        var largeBytes = File.ReadAllBytes(large);
        InProcess("ordinary.ps1 (2 MiB, few writes)", "front end, in process", () => new PowerShellScriptExtractor().Extract("ordinary.ps1", ordinaryBytes, ordinary), 0.6);
        var engine = new LintEngine(CatalogLoader.BuiltIn, FrontEnds.All, RuleSet.All);
        InProcess("large.ps1 (2 MiB PowerShell)", "lint, in process", () => engine.LintBytes("large.ps1", largeBytes), 1.0);
    }

    private void InProcess(string input, string measure, Action action, double target)
    {
        var times = Times(action);
        _table.Add(new Row(input, measure + ", cold", Table.Seconds(times[0]), "-", double.NaN, "-", Verdict.None));
        _table.Add(new Row(input, measure + ", warm", Table.Seconds(Warm(times)), "-", double.NaN, "<= " + Table.Seconds(target), Table.AtMost(Warm(times), target)));
    }
}

using System.Management.Automation.Language;
using System.Text;
using BenchmarkDotNet.Attributes;
using HvLint.Parsers.PowerShell;
using HvLint.Parsers.Reg;

namespace HvLint.Benchmarks;

/// <summary>The .reg front end on a 1 MB regedit export (UTF-16LE, eight values per key).</summary>
[MemoryDiagnoser]
public class RegParserBenchmarks
{
    private readonly RegFileExtractor _extractor = new();
    private byte[] _export = [];

    [GlobalSetup]
    public void Setup() => _export = RegInputs.ExportBytes(1_000_000, withMistakes: false);

    [Benchmark(Description = ".reg front end, 1 MB export")]
    public int Parse() => _extractor.Extract("export.reg", _export).Writes.Count;
}

/// <summary>The PowerShell front end against PowerShell's own parser alone, on a script of about 300 KB.</summary>
[MemoryDiagnoser]
public class PowerShellBenchmarks
{
    private readonly PowerShellScriptExtractor _extractor = new();
    private byte[] _bytes = [];
    private string _asFunctions = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var text = Inputs.LargePowerShell(Path.Combine(Repo.Root, "examples", "powershell"), 300 * 1024);
        _bytes = new UTF8Encoding(false).GetBytes(text);
        _asFunctions = Inputs.ConfigurationAsFunction(text);
    }

    [Benchmark(Baseline = true, Description = "Parser.ParseInput alone, 300 KB")]
    public int ParserAlone() => Parser.ParseInput(_asFunctions, out _, out var errors).EndBlock is null ? -1 : errors.Length;

    [Benchmark(Description = "PowerShell front end, 300 KB")]
    public int FrontEnd() => _extractor.Extract("large.ps1", _bytes).Writes.Count;
}

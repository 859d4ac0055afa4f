using BenchmarkDotNet.Attributes;
using HvLint.Core.Catalog;
using HvLint.Core.Engine;
using HvLint.Parsers;
using HvLint.Rules;

namespace HvLint.Benchmarks;

/// <summary>
/// The whole engine (front end, every rule, suppressions) per write: a .reg of
/// <see cref="Writes"/> values linted once, the time divided by the number of writes. Hyper-V
/// writes (a quarter of them mistakes) and other software's writes, which the rules should pass
/// over cheaply.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    public const int Writes = 2000;
    private readonly LintEngine _engine = new(CatalogLoader.BuiltIn, FrontEnds.All, RuleSet.All);
    private byte[] _hyperV = [];
    private byte[] _other = [];

    [GlobalSetup]
    public void Setup()
    {
        _hyperV = RegInputs.Writes(Writes, hyperV: true);
        _other = RegInputs.Writes(Writes, hyperV: false);
    }

    [Benchmark(OperationsPerInvoke = Writes, Description = "LintBytes per write, Hyper-V keys")]
    public int PerHyperVWrite() => _engine.LintBytes("hyperv.reg", _hyperV).Diagnostics.Count;

    [Benchmark(OperationsPerInvoke = Writes, Description = "LintBytes per write, other software's keys")]
    public int PerOtherWrite() => _engine.LintBytes("other.reg", _other).Diagnostics.Count;
}

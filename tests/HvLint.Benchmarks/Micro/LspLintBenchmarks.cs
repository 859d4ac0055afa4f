using System.Text;
using BenchmarkDotNet.Attributes;
using HvLint.Core.Catalog;
using HvLint.Core.Engine;
using HvLint.Parsers;
using HvLint.Rules;

namespace HvLint.Benchmarks;

/// <summary>
/// What one keystroke costs the language server: a lint of the whole document, for the 'lsp'
/// group's three documents of 5,000 lines (<see cref="LspInputs"/>), each after 100 of its edits
/// (so that it has findings). '-- micro --filter *LspLint*'; the allocation column matters as
/// much as the time, since garbage collection is a large part of a lint.
/// </summary>
[MemoryDiagnoser]
public class LspLintBenchmarks
{
    private readonly LintEngine _engine = new(CatalogLoader.BuiltIn, FrontEnds.All, RuleSet.All);
    private byte[] _reg = [];
    private byte[] _batch = [];
    private byte[] _powerShell = [];

    [GlobalSetup]
    public void Setup()
    {
        _reg = Edited(LspInputs.Reg(5000));
        _batch = Edited(LspInputs.Batch(5000));
        _powerShell = Edited(LspInputs.PowerShell(5000));
    }

    [Benchmark(Description = ".reg, 5,000 lines")]
    public int Reg() => _engine.LintBytes("tuning.reg", _reg).Diagnostics.Count;

    [Benchmark(Description = "batch, 5,000 lines")]
    public int Batch() => _engine.LintBytes("tuning.cmd", _batch).Diagnostics.Count;

    [Benchmark(Description = "PowerShell, 5,000 lines")]
    public int PowerShell() => _engine.LintBytes("tuning.ps1", _powerShell).Diagnostics.Count;

    private static byte[] Edited(EditedDocument document)
    {
        for (var k = 0; k < 100; k++)
        {
            document.Edit(k);
        }

        return Encoding.UTF8.GetBytes(document.Text);
    }
}

using BenchmarkDotNet.Attributes;
using HvLint.Core.Catalog;
using HvLint.Core.Model;
using HvLint.Core.Text;

namespace HvLint.Benchmarks;

/// <summary>
/// Catalog look-ups as the rules make them for every write: the key (one of Hyper-V's, and one of
/// other software, which should cost no more than a hash look-up), the value in a matched key, and
/// the did-you-mean suggestion for a misspelt name against the key's known names.
/// </summary>
[MemoryDiagnoser]
public class CatalogBenchmarks
{
    private readonly SettingsCatalog _catalog = CatalogLoader.BuiltIn;
    private readonly RegistryKeyPath _hyperV = RegistryKeyPath.TryParse(@"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration")!;
    private readonly RegistryKeyPath _partition = RegistryKeyPath.TryParse(@"HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\vid\Parameters\MemoryReserve\3")!;
    private readonly RegistryKeyPath _outside = RegistryKeyPath.TryParse(@"HKEY_LOCAL_MACHINE\SOFTWARE\Contoso\Agent\Settings\0004242")!;
    private KeyMatch _match = null!;
    private string[] _names = [];

    [GlobalSetup]
    public void Setup()
    {
        _match = _catalog.MatchKey(_hyperV);
        _names = [.. _match.KnownValueNames];
    }

    [Benchmark(Description = "MatchKey, Hyper-V key (Virtualization\\Migration)")]
    public int MatchKeyHyperV() => _catalog.MatchKey(_hyperV).Entries.Count;

    [Benchmark(Description = "MatchKey, Hyper-V key by pattern (MemoryReserve\\<partition>)")]
    public int MatchKeyPattern() => _catalog.MatchKey(_partition).Entries.Count;

    [Benchmark(Description = "MatchKey, key outside Hyper-V's namespaces")]
    public int MatchKeyOutside() => _catalog.MatchKey(_outside).Entries.Count;

    [Benchmark(Description = "FindValue, known name")]
    public bool FindValueKnown() => _catalog.FindValue(_match, "MaximumActiveTransfers") is not null;

    [Benchmark(Description = "FindValue, unknown name")]
    public bool FindValueUnknown() => _catalog.FindValue(_match, "EnableCompresion") is not null;

    [Benchmark(Description = "NameSuggester.Suggest against the key's names")]
    public int Suggest() => NameSuggester.Suggest("EnableCompresion", _names).Count;
}

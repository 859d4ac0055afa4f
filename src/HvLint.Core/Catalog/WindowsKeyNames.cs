using System.Collections.Frozen;
using System.Text.Json;
using HvLint.Core.Model;

namespace HvLint.Core.Catalog;

/// <summary>
/// The subkey names that Windows itself uses in parents it shares with Hyper-V (<c>Services</c>,
/// <c>Control</c>, <c>Control\Class</c>, ...), from <c>rules/windows/*.json</c>. A tuning script
/// writes these keys beside Hyper-V's; a name on this list is Windows' business, never a misspelt
/// Hyper-V key, however close it is to one (<c>StorSvc</c> and <c>storvsc</c>).
/// </summary>
public sealed class WindowsKeyNames
{
    private const string ResourcePrefix = "HvLint.Windows.";
    private static readonly Lazy<WindowsKeyNames> s_builtIn = new(() => Load(BuiltInFiles()), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly FrozenDictionary<string, FrozenSet<string>> _byParent;
    private readonly string[] _parents;

    private WindowsKeyNames(FrozenDictionary<string, FrozenSet<string>> byParent, string[] parents)
    {
        _byParent = byParent;
        _parents = parents;
    }

    /// <summary>The lists embedded in HvLint, loaded once.</summary>
    public static WindowsKeyNames BuiltIn => s_builtIn.Value;

    /// <summary>The parents that have a list, as the files write them (one per parent).</summary>
    public IReadOnlyList<string> Parents => _parents;

    /// <summary>The names and texts of the embedded files.</summary>
    public static IReadOnlyList<(string Name, string Json)> BuiltInFiles()
    {
        var assembly = typeof(WindowsKeyNames).Assembly;
        var files = new List<(string, string)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            files.Add((name[ResourcePrefix.Length..], reader.ReadToEnd()));
        }

        return files;
    }

    /// <summary>Loads lists given as (file name, JSON text); a broken file throws <see cref="CatalogException"/> naming it.</summary>
    public static WindowsKeyNames Load(IEnumerable<(string Name, string Json)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var byParent = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var parents = new List<string>();
        foreach (var (file, json) in files)
        {
            try
            {
                using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                foreach (var group in doc.RootElement.GetProperty("groups").EnumerateArray())
                {
                    var parentText = group.GetProperty("parent").GetString()!;
                    var parent = RegistryKeyPath.TryParse(parentText) ?? throw new FormatException($"'{parentText}' is not a registry key");
                    if (!byParent.TryGetValue(parent.MatchKey, out var names))
                    {
                        names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                        byParent[parent.MatchKey] = names;
                        parents.Add(parentText);
                    }

                    foreach (var n in group.GetProperty("names").EnumerateArray())
                    {
                        names.Add(n.ValueKind == JsonValueKind.String ? n.GetString()! : n.GetProperty("name").GetString()!);
                    }
                }
            }
            catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
            {
                throw new CatalogException($"{file}: {ex.Message}");
            }
        }

        return new WindowsKeyNames(byParent.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal), [.. parents]);
    }

    /// <summary>Whether Windows itself uses the subkey <paramref name="name"/> of <paramref name="parent"/>.</summary>
    public bool Contains(RegistryKeyPath parent, string name)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(name);
        return _byParent.TryGetValue(parent.MatchKey, out var names) && names.Contains(name);
    }

    /// <summary>The names listed for a parent (empty when it has no list).</summary>
    public IReadOnlySet<string> NamesUnder(RegistryKeyPath parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return _byParent.TryGetValue(parent.MatchKey, out var names) ? names : FrozenSet<string>.Empty;
    }
}

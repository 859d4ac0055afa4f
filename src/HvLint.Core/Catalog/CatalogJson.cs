using System.Collections;
using System.Globalization;
using System.Text.Json;
using HvLint.Core.Model;

namespace HvLint.Core.Catalog;

/// <summary>
/// The fields of one kind of catalog object: each JSON name and how its value is read into the
/// object, beside the object's properties (CatalogEntry.Fields). Unknown names are left to the
/// schema, which the tests and a user's extra catalogs are checked against. A table rather than
/// System.Text.Json's serializer: binding the catalog that way JIT-compiles some 900 more methods
/// at every start (measured: about a quarter more CPU for `hvlint check one.reg`).
/// </summary>
/// <typeparam name="T">The object read.</typeparam>
/// <param name="required">The names that must be present.</param>
internal sealed class CatalogFields<T>(params string[] required) : IEnumerable<string>
    where T : new()
{
    private readonly Dictionary<string, Action<T, JsonElement>> _fields = new(StringComparer.Ordinal);
    private Action<T>? _complete;

    /// <summary>The names that must be present.</summary>
    public IReadOnlyList<string> Required { get; } = required;

    /// <summary>Adds a field.</summary>
    public void Add(string name, Action<T, JsonElement> read) => _fields.Add(name, read);

    /// <summary>Adds the fields of a basis written inline, beside the object's own fields: "basis", "reasoning", "source".</summary>
    public void Add(Func<T, InlineBasis> basis)
    {
        Add("basis", (t, j) => basis(t).Name = CatalogJson.Str(j));
        Add("reasoning", (t, j) => basis(t).Reasoning = CatalogJson.Str(j));
        Add("source", (t, j) => basis(t).Source = CatalogJson.Str(j));
    }

    /// <summary>Sets what runs once every field is read: facts computed from several fields, and checks across them.</summary>
    public void Add(Action<T> complete) => _complete = complete;

    /// <summary>Reads one JSON object.</summary>
    public T Read(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"expected an object, found {json.ValueKind.ToString().ToLowerInvariant()}");
        }

        foreach (var name in Required)
        {
            if (!json.TryGetProperty(name, out _))
            {
                throw new FormatException($"'{name}' is missing");
            }
        }

        var target = new T();
        foreach (var property in json.EnumerateObject())
        {
            if (_fields.TryGetValue(property.Name, out var read))
            {
                read(target, property.Value);
            }
        }

        _complete?.Invoke(target);
        return target;
    }

    /// <summary>The JSON names, in the order they were added.</summary>
    public IEnumerator<string> GetEnumerator() => _fields.Keys.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A basis written inline in an object (a constraint, a gate), gathered while its fields are read.</summary>
internal sealed class InlineBasis
{
    public string? Name { get; set; }

    public string? Reasoning { get; set; }

    public string? Source { get; set; }

    /// <summary>The basis, checked (<see cref="CatalogJson.Provenance(string?, string?, string?, string)"/>).</summary>
    public Provenance Read(string what) => CatalogJson.Provenance(Name, Reasoning, Source, what);
}

/// <summary>How the catalog writes its scalars: numbers as numbers or "0x..." text, releases, tags, registry types, bases.</summary>
internal static class CatalogJson
{
    /// <summary>Text, or null when the value is not a string.</summary>
    public static string? Str(JsonElement v) => v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>A string property of an object, or null.</summary>
    public static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? Str(v) : null;

    /// <summary>Text that must be a string.</summary>
    public static string Text(JsonElement v) => v.GetString()!;

    /// <summary>true only for JSON true.</summary>
    public static bool Bool(JsonElement v) => v.ValueKind == JsonValueKind.True;

    /// <summary>An array mapped item by item; not an array: empty.</summary>
    // A loop rather than LINQ: Select and ToArray over JSON elements are generic code that the
    // JIT compiles afresh for each element type at every start, even in a ReadyToRun build.
    public static T[] Arr<T>(JsonElement v, Func<JsonElement, T> map)
    {
        if (v.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var result = new T[v.GetArrayLength()];
        var i = 0;
        foreach (var item in v.EnumerateArray())
        {
            result[i++] = map(item);
        }

        return result;
    }

    /// <summary>A scalar: a number, "0x..." text for a number, other text, or true/false (1/0).</summary>
    public static CatalogValue Value(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Number => v.TryGetUInt64(out var u) ? new CatalogValue(u, null) : new CatalogValue(null, v.GetRawText()),
        JsonValueKind.String when v.GetString()!.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            && ulong.TryParse(v.GetString()!.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var h) => new CatalogValue(h, null),
        JsonValueKind.String => new CatalogValue(null, v.GetString()),
        JsonValueKind.True => new CatalogValue(1, null),
        JsonValueKind.False => new CatalogValue(0, null),
        _ => new CatalogValue(null, v.GetRawText()),
    };

    /// <summary>An enum written in camelCase (multiString, busParams).</summary>
    public static T Enum<T>(JsonElement v)
        where T : struct, Enum => System.Enum.Parse<T>(v.GetString()!, ignoreCase: true);

    /// <summary>An enum's name as the catalog writes it.</summary>
    public static string Name<T>(T value)
        where T : struct, Enum => value.ToString() is var name && name.Length > 0 ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    /// <summary>A registry type (REG_DWORD).</summary>
    public static RegistryValueType RegistryType(JsonElement v) =>
        RegistryValueTypes.TryParse(v.GetString()!, out var type) ? type : throw new FormatException($"unknown type {v}");

    /// <summary>A tag (debug-only).</summary>
    public static CatalogTag Tag(JsonElement v) =>
        CatalogTags.TryParse(v.GetString()!, out var tag) ? tag : throw new FormatException($"unknown tag {v}");

    // Release names are read once here; rules compare releases, not their names.

    /// <summary>A Windows Server release (ws2016).</summary>
    public static WindowsTarget? Release(JsonElement v) => Release(Str(v));

    /// <summary>A Windows Server release (ws2016), or null.</summary>
    public static WindowsTarget? Release(string? name) =>
        name is null ? null : WindowsTargets.TryParse(name, out var target) ? target : throw new FormatException($"unknown Windows release {name}");

    /// <summary>A basis written as an object of its own: { "basis", "reasoning", "source" }.</summary>
    public static Provenance Provenance(JsonElement e, string what) => Provenance(Str(e, "basis"), Str(e, "reasoning"), Str(e, "source"), what);

    /// <summary>
    /// The basis of a fact: "documented" (optionally with its own "source") or "inferred" with
    /// its "reasoning". The built-in catalog states a basis for every fact (its schema, checked
    /// by a test, requires one); in a user's extra catalog an absent basis means the entry's
    /// source states the fact.
    /// </summary>
    public static Provenance Provenance(string? basisName, string? reasoning, string? source, string what)
    {
        var basis = basisName switch
        {
            "documented" or null => FactBasis.Documented,
            "inferred" => FactBasis.Inferred,
            var other => throw new FormatException($"{what}: unknown basis '{other}'"),
        };
        if (basis == FactBasis.Inferred && string.IsNullOrWhiteSpace(reasoning))
        {
            throw new FormatException($"{what}: an inferred fact needs its 'reasoning'");
        }

        return basis == FactBasis.Documented && reasoning is null && source is null
            ? Catalog.Provenance.Documented
            : new Provenance(basis, reasoning, source);
    }
}

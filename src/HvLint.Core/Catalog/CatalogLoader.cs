using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using HvLint.Core.Model;

namespace HvLint.Core.Catalog;

/// <summary>A catalog file that cannot be loaded: names the file and the JSON path.</summary>
public sealed class CatalogException(string message) : Exception(message);

/// <summary>Reads catalog area files into a <see cref="SettingsCatalog"/>.</summary>
public static class CatalogLoader
{
    private const string ResourcePrefix = "HvLint.Catalog.";
    private static readonly Lazy<SettingsCatalog> s_builtIn = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The catalog embedded in HvLint, loaded once.</summary>
    public static SettingsCatalog BuiltIn => s_builtIn.Value;

    /// <summary>The names and texts of the embedded catalog files (schema excluded).</summary>
    public static IReadOnlyList<(string Name, string Json)> BuiltInFiles()
    {
        var assembly = typeof(CatalogLoader).Assembly;
        var files = new List<(string, string)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && !n.EndsWith("Schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            files.Add((name[ResourcePrefix.Length..], reader.ReadToEnd()));
        }

        return files;
    }

    /// <summary>The catalog schema embedded in HvLint.</summary>
    public static string BuiltInSchema()
    {
        using var stream = typeof(CatalogLoader).Assembly.GetManifestResourceStream(ResourcePrefix + "Schema.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Loads catalog files given as (file name, JSON text).</summary>
    public static SettingsCatalog Load(IEnumerable<(string Name, string Json)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Load(files.Select(f => (f.Name, new ReadOnlyMemory<byte>(System.Text.Encoding.UTF8.GetBytes(f.Json)))));
    }

    // The embedded files are read as the UTF-8 bytes they are: no decoding to strings that
    // the hash and the JSON reader would encode back (a few milliseconds of every start).
    private static SettingsCatalog LoadBuiltIn() => Load(BuiltInUtf8Files());

    private static IEnumerable<(string Name, ReadOnlyMemory<byte> Utf8)> BuiltInUtf8Files()
    {
        var assembly = typeof(CatalogLoader).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && !n.EndsWith("Schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);

            // As StreamReader (BuiltInFiles) does: a byte order mark is not part of the text.
            var text = bytes.AsMemory();
            yield return (name[ResourcePrefix.Length..], text.Span.StartsWith(Utf8Bom) ? text[Utf8Bom.Length..] : text);
        }
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static SettingsCatalog Load(IEnumerable<(string Name, ReadOnlyMemory<byte> Utf8)> files)
    {
        var entries = new List<CatalogEntry>();
        var owned = new List<OwnedLocation>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, utf8) in files)
        {
            // The version hashes each file's name, a line break and its text, as UTF-8.
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name + "\n"));
            hash.AppendData(utf8.Span);
            try
            {
                using var doc = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                ReadFile(doc.RootElement, entries, owned);
            }
            catch (JsonException ex)
            {
                throw new CatalogException($"{name}: {ex.Message}");
            }
            catch (Exception ex) when (ex is FormatException or InvalidOperationException or KeyNotFoundException)
            {
                throw new CatalogException($"{name}: {ex.Message}");
            }
        }

        var version = Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
        return new SettingsCatalog(entries, owned, version);
    }

    private static void ReadFile(JsonElement root, List<CatalogEntry> entries, List<OwnedLocation> owned)
    {
        var area = root.GetProperty("area").GetString()!;
        var sets = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        if (root.TryGetProperty("placeholders", out var ph))
        {
            foreach (var p in ph.EnumerateObject())
            {
                sets[p.Name] = Map(p.Value, v => v.GetString()!);
            }
        }

        // Most entries share their key with others: each pattern is compiled once per file
        // (patterns are immutable; their placeholder sets are the file's).
        var patterns = new Dictionary<string, KeyPattern>(StringComparer.Ordinal);
        KeyPattern Pattern(string text)
        {
            if (!patterns.TryGetValue(text, out var pattern))
            {
                pattern = KeyPattern.Parse(text, sets);
                patterns[text] = pattern;
            }

            return pattern;
        }

        if (root.TryGetProperty("owns", out var owns))
        {
            foreach (var o in owns.EnumerateArray())
            {
                var except = o.TryGetProperty("except", out var ex) ? Map(ex, e => Pattern(e.GetString()!)) : [];
                owned.Add(new OwnedLocation(area, Pattern(o.GetProperty("key").GetString()!), o.GetProperty("scope").GetString() == "subtree", except));
            }
        }

        var index = 0;
        foreach (var e in root.GetProperty("entries").EnumerateArray())
        {
            try
            {
                entries.Add(ReadEntry(area, e, Pattern));
            }
            catch (Exception ex) when (ex is FormatException or InvalidOperationException or KeyNotFoundException)
            {
                throw new FormatException($"entries[{index}]: {ex.Message}", ex);
            }

            index++;
        }
    }

    private static CatalogEntry ReadEntry(string area, JsonElement e, Func<string, KeyPattern> pattern)
    {
        var store = e.GetProperty("store").GetString() == "bcd" ? CatalogStore.Bcd : CatalogStore.Registry;
        var key = Str(e, "key");
        return new CatalogEntry
        {
            Area = area,
            Store = store,
            Key = key,
            KeyPattern = key is null ? null : pattern(key),
            Name = Str(e, "name"),
            NamePattern = Str(e, "namePattern"),
            KeyOnly = e.TryGetProperty("keyOnly", out var ko) && ko.GetBoolean(),
            Aliases = Arr(e, "aliases", a => new CatalogAlias(a.GetProperty("name").GetString()!, a.GetProperty("documented").GetBoolean(), Str(a, "note"))),
            Types = Arr(e, "types", t => RegistryValueTypes.TryParse(t.GetString()!, out var rt) ? rt : throw new FormatException($"unknown type {t}")),
            TypesBasis = e.TryGetProperty("typesBasis", out var tb) ? ReadProvenance(tb, "typesBasis") : Provenance.Documented,
            NotReadHere = Str(e, "notReadHere"),
            ElementId = Str(e, "elementId"),
            BcdObjects = Arr(e, "bcdObjects", o => o.GetString()!),
            Default = e.TryGetProperty("default", out var d) ? Value(d) : null,
            Constraint = e.TryGetProperty("constraint", out var c) ? ReadConstraint(c) : null,
            ReadBy = Arr(e, "readBy", r => r.GetString()!),
            Tags = Arr(e, "tags", t => CatalogTags.TryParse(t.GetString()!, out var tag) ? tag : throw new FormatException($"unknown tag {t}")).ToHashSet(),
            Security = e.TryGetProperty("security", out var s)
                ? new SecurityInfo(s.GetProperty("insecureWhen").GetString()!, Arr(s, "insecureValues", Value), s.GetProperty("severity").GetDouble(), s.GetProperty("loss").GetString()!)
                : null,
            Deprecated = e.TryGetProperty("deprecated", out var dep)
                ? new DeprecationInfo(Release(Str(dep, "lastTarget")), Str(dep, "replacement"), dep.GetProperty("note").GetString()!)
                : null,
            Requires = Arr(e, "requires", ReadGate),
            ManagedBy = Str(e, "managedBy"),
            BcdElement = Str(e, "bcdElement"),
            WindowsFrom = e.TryGetProperty("windows", out var w) ? Release(Str(w, "from")) : null,
            Description = e.GetProperty("description").GetString()!,
            Source = e.GetProperty("source").GetString()!,
            Note = Str(e, "note"),
        };
    }

    // Release names are read once here; rules compare releases, not their names.
    private static WindowsTarget? Release(string? name) =>
        name is null ? null : WindowsTargets.TryParse(name, out var target) ? target : throw new FormatException($"unknown Windows release {name}");

    private static GateRequirement ReadGate(JsonElement g)
    {
        var name = g.GetProperty("name").GetString()!;
        var keyText = Str(g, "key");
        var key = keyText is null ? null
            : keyText.Contains('<', StringComparison.Ordinal) ? throw new FormatException($"requires '{name}': the gate key must be a literal key, not a pattern ({keyText})")
            : RegistryKeyPath.TryParse(keyText) ?? throw new FormatException($"requires '{name}': '{keyText}' is not a registry key");
        var condition = g.GetProperty("condition").GetString() switch
        {
            "equals" => GateCondition.EqualTo,
            "atLeast" => GateCondition.AtLeast,
            "zero" => GateCondition.Zero,
            "nonZero" => GateCondition.NonZero,
            var other => throw new FormatException($"requires '{name}': unknown condition '{other}'"),
        };
        ulong? value = g.TryGetProperty("value", out var v) ? Value(v).Number ?? throw new FormatException($"requires '{name}': the value must be a number") : null;
        var takesValue = condition is GateCondition.EqualTo or GateCondition.AtLeast;
        if (takesValue != value.HasValue)
        {
            throw new FormatException($"requires '{name}': 'equals' and 'atLeast' take a value, 'zero' and 'nonZero' do not");
        }

        return new GateRequirement(name, key, condition, value, g.GetProperty("note").GetString()!) { Basis = ReadProvenance(g, $"requires '{name}'") };
    }

    private static ValueConstraint ReadConstraint(JsonElement c)
    {
        var kind = c.GetProperty("kind").GetString()!;
        var constraint = new ValueConstraint
        {
            Kind = Enum.Parse<ConstraintKind>(kind, ignoreCase: true),
            Min = c.TryGetProperty("min", out var min) ? Value(min).Number : null,
            Max = c.TryGetProperty("max", out var max) ? Value(max).Number : null,
            PowerOfTwo = Bool(c, "powerOfTwo"),
            Even = Bool(c, "even"),
            ByteLength = c.TryGetProperty("byteLength", out var bl) ? (bl.TryGetInt32(out var b) ? b : throw new FormatException($"byteLength {bl.GetRawText()} is not a whole number from 1 to 2147483647.")) : null,
            NonZeroIsTrue = Bool(c, "nonZeroIsTrue"),
            ZeroMeansDefault = Bool(c, "zeroMeansDefault"),
            Values = Arr(c, "values", v => new EnumValue(Value(v.GetProperty("value")), Str(v, "name"), Arr(v, "aliases", a => a.GetString()!), v.GetProperty("meaning").GetString()!, !v.TryGetProperty("documented", out var doc) || doc.GetBoolean())),
            Bits = Arr(c, "bits", b => new BitFlag(Value(b.GetProperty("mask")).Number ?? 0, b.GetProperty("meaning").GetString()!)),
            LessOrEqualTo = Str(c, "lessOrEqualTo"),
            GreaterOrEqualTo = Str(c, "greaterOrEqualTo"),
            OnInvalid = c.TryGetProperty("onInvalid", out var oi) ? Enum.Parse<InvalidBehavior>(oi.GetString()!, ignoreCase: true) : InvalidBehavior.Unknown,
            InvalidNote = Str(c, "invalidNote"),
            Basis = ReadProvenance(c, "constraint"),
            OrderBasis = c.TryGetProperty("order", out var order) ? ReadProvenance(order, "constraint.order") : Provenance.Documented,
        };

        // What Windows does with invalid data is a claim users act on: only a source may make it.
        return constraint.OnInvalid != InvalidBehavior.Unknown && constraint.Basis.IsInferred
            ? throw new FormatException($"constraint: onInvalid '{Str(c, "onInvalid")}' is a claim about Windows and needs a documented basis; use 'unknown' for an inferred constraint")
            : constraint;
    }

    /// <summary>
    /// The basis of a fact: "documented" (optionally with its own "source") or "inferred" with
    /// its "reasoning". The built-in catalog states a basis for every fact (its schema, checked
    /// by a test, requires one); in a user's extra catalog an absent basis means the entry's
    /// source states the fact.
    /// </summary>
    private static Provenance ReadProvenance(JsonElement e, string what)
    {
        var basis = Str(e, "basis") switch
        {
            "documented" or null => FactBasis.Documented,
            "inferred" => FactBasis.Inferred,
            var other => throw new FormatException($"{what}: unknown basis '{other}'"),
        };
        var reasoning = Str(e, "reasoning");
        if (basis == FactBasis.Inferred && string.IsNullOrWhiteSpace(reasoning))
        {
            throw new FormatException($"{what}: an inferred fact needs its 'reasoning'");
        }

        return basis == FactBasis.Documented && reasoning is null && Str(e, "source") is null
            ? Provenance.Documented
            : new Provenance(basis, reasoning, Str(e, "source"));
    }

    private static CatalogValue Value(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Number => v.TryGetUInt64(out var u) ? new CatalogValue(u, null) : new CatalogValue(null, v.GetRawText()),
        JsonValueKind.String when v.GetString()!.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            && ulong.TryParse(v.GetString()!.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var h) => new CatalogValue(h, null),
        JsonValueKind.String => new CatalogValue(null, v.GetString()),
        JsonValueKind.True => new CatalogValue(1, null),
        JsonValueKind.False => new CatalogValue(0, null),
        _ => new CatalogValue(null, v.GetRawText()),
    };

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool Bool(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    private static T[] Arr<T>(JsonElement e, string name, Func<JsonElement, T> map) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? Map(v, map) : [];

    // A loop rather than LINQ: Select and ToArray over JSON elements are generic code that the
    // JIT compiles afresh for each element type at every start, even in a ReadyToRun build.
    private static T[] Map<T>(JsonElement array, Func<JsonElement, T> map)
    {
        var result = new T[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            result[i++] = map(item);
        }

        return result;
    }
}

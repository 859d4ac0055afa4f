using System.Security.Cryptography;
using System.Text.Json;

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
                sets[p.Name] = CatalogJson.Arr(p.Value, CatalogJson.Text);
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
                var except = o.TryGetProperty("except", out var ex) ? CatalogJson.Arr(ex, e => Pattern(e.GetString()!)) : [];
                var scope = o.GetProperty("scope").GetString();
                owned.Add(new OwnedLocation(area, Pattern(o.GetProperty("key").GetString()!), scope == "subtree", except) { NearMissesOnly = scope == "nearMisses" });
            }
        }

        var index = 0;
        foreach (var e in root.GetProperty("entries").EnumerateArray())
        {
            try
            {
                var entry = CatalogEntry.Fields.Read(e);
                entry.Area = area;
                entry.KeyPattern = entry.Key is { } key ? Pattern(key) : null;
                entries.Add(entry);
            }
            catch (Exception ex) when (ex is FormatException or InvalidOperationException or KeyNotFoundException or ArgumentException)
            {
                throw new FormatException($"entries[{index}]: {ex.Message}", ex);
            }

            index++;
        }
    }
}

using System.Globalization;
using HvLint.Core.Diagnostics;
using HvLint.Core.Model;

namespace HvLint.Core.Configuration;

/// <summary>One "rules" entry as written: the key, the rules it names, and the severity (null: off).</summary>
public sealed record RuleSetting(string Key, IReadOnlyList<string> RuleIds, Severity? Severity, bool IsCategory);

/// <summary>One entry of "overrides": settings for the files its patterns match.</summary>
public sealed record ConfigurationOverride(IReadOnlyList<Glob> Files, IReadOnlyList<RuleSetting> Rules, WindowsTarget? Target, bool? RequireSuppressionReason);

/// <summary>
/// One loaded hvlint.json: what it sets, with its patterns compiled and its rule keys resolved
/// to rule IDs. Paths in it are relative to its folder.
/// </summary>
public sealed class HvLintConfiguration
{
    private HvLintConfiguration(string fullPath, string displayPath)
    {
        FullPath = fullPath;
        DisplayPath = displayPath;
        Directory = System.IO.Path.GetDirectoryName(fullPath)!;
    }

    /// <summary>The file's full path.</summary>
    public string FullPath { get; }

    /// <summary>The file's path as shown to users.</summary>
    public string DisplayPath { get; }

    /// <summary>The folder the file's relative paths and patterns start from.</summary>
    public string Directory { get; }

    /// <summary>"target", if set.</summary>
    public WindowsTarget? Target { get; private init; }

    /// <summary>"failLevel", if set.</summary>
    public Severity? FailLevel { get; private init; }

    /// <summary>"maxFindingsPerRule", if set: the findings shown per file and rule (0: all).</summary>
    public int? MaxFindingsPerRule { get; private init; }

    /// <summary>"requireSuppressionReason", if set.</summary>
    public bool? RequireSuppressionReason { get; private init; }

    /// <summary>"gitignore" (default true).</summary>
    public bool Gitignore { get; private init; } = true;

    /// <summary>"include" patterns (empty: everything).</summary>
    public IReadOnlyList<Glob> Include { get; private init; } = [];

    /// <summary>"exclude" patterns.</summary>
    public IReadOnlyList<Glob> Exclude { get; private init; } = [];

    /// <summary>"rules", in the order written.</summary>
    public IReadOnlyList<RuleSetting> Rules { get; private init; } = [];

    /// <summary>"overrides", in the order written.</summary>
    public IReadOnlyList<ConfigurationOverride> Overrides { get; private init; } = [];

    /// <summary>"catalogs", as full paths of files (folders expanded), in order.</summary>
    public IReadOnlyList<string> CatalogFiles { get; private init; } = [];

    /// <summary>Where each catalog file was named (1-based line and column), for errors about its content.</summary>
    internal IReadOnlyDictionary<string, (int Line, int Column)> CatalogLines { get; private init; } = new Dictionary<string, (int Line, int Column)>();

    /// <summary>A path relative to the configuration's folder, with '/' separators.</summary>
    public string RelativePath(string fullPath) => System.IO.Path.GetRelativePath(Directory, fullPath).Replace('\\', '/');

    /// <summary>
    /// Loads and checks a configuration file against <paramref name="schema"/> (the schema
    /// generated from <paramref name="descriptors"/>). Throws <see cref="ConfigurationException"/>
    /// with the file, line and what is expected for anything wrong.
    /// </summary>
    /// <remarks>
    /// Catalog files must lie inside <paramref name="repositoryRoot"/> (the git root, or the
    /// configuration's folder outside a repository), symbolic links resolved.
    /// </remarks>
    internal static HvLintConfiguration Load(string fullPath, string displayPath, IReadOnlyList<RuleDescriptor> descriptors, SchemaValidator schema, string? repositoryRoot = null)
    {
        byte[] bytes;
        try
        {
            bytes = FileChecks.ReadRegularFile(fullPath, FileChecks.MaxConfigurationBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(displayPath, 0, 0, "cannot be read: " + ex.Message);
        }

        var root = JsonTree.Parse(displayPath, bytes);
        if (!root.IsObject)
        {
            throw new ConfigurationException(displayPath, root.Line, root.Column, $"expected a JSON object with HvLint's settings, found {root.KindName}.");
        }

        var errors = schema.Validate(root);
        if (errors.Count > 0)
        {
            throw SchemaErrors(displayPath, errors, null);
        }

        var directory = System.IO.Path.GetDirectoryName(fullPath)!;
        var rules = new RuleIndex(descriptors);
        var catalogs = new List<string>();
        var catalogLines = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        var boundary = FileChecks.RealPath(repositoryRoot ?? directory);
        foreach (var item in root["catalogs"]?.Items ?? [])
        {
            foreach (var file in CatalogPaths(item, directory, boundary, displayPath))
            {
                if (!catalogLines.ContainsKey(file))
                {
                    catalogs.Add(file);
                    catalogLines[file] = (item.Line, item.Column);
                }
            }
        }

        return new HvLintConfiguration(fullPath, displayPath)
        {
            Target = ParseTarget(root["target"]),
            FailLevel = root["failLevel"] is { } fail ? ParseSeverity(fail.Text!) : null,
            MaxFindingsPerRule = root["maxFindingsPerRule"] is { IsNumber: true } max ? (int)max.Number : null,
            RequireSuppressionReason = Bool(root["requireSuppressionReason"]),
            Gitignore = Bool(root["gitignore"]) ?? true,
            Include = Globs(root["include"], "include", displayPath),
            Exclude = Globs(root["exclude"], "exclude", displayPath),
            Rules = RuleSettings(root["rules"], rules),
            Overrides = [.. (root["overrides"]?.Items ?? []).Select((o, i) => new ConfigurationOverride(
                Globs(o["files"], string.Create(CultureInfo.InvariantCulture, $"overrides[{i}].files"), displayPath),
                RuleSettings(o["rules"], rules),
                ParseTarget(o["target"]),
                Bool(o["requireSuppressionReason"])))],
            CatalogFiles = catalogs,
            CatalogLines = catalogLines,
        };
    }

    /// <summary>
    /// One exception for all of a file's schema errors: the first is its place; every error
    /// is one 'path:line:column: problem' line of the message, so a user fixes them in one go.
    /// </summary>
    internal static ConfigurationException SchemaErrors(string displayPath, IReadOnlyList<SchemaError> errors, string? hint)
    {
        const int MaxShown = 10;
        static string Text(SchemaError e, string? hint) => (e.Where.Length == 0 ? string.Empty : e.Where + ": ") + e.Message + (hint is null ? string.Empty : " " + hint);
        var first = errors[0];
        var lines = errors.Skip(1).Take(MaxShown - 1).Select(e => new ConfigurationException(displayPath, e.Line, e.Column, Text(e, null)).Message).ToList();
        if (errors.Count > MaxShown)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"...and {errors.Count - MaxShown} more."));
        }

        return new ConfigurationException(displayPath, first.Line, first.Column, string.Join("\n", [Text(first, hint), .. lines]));
    }

    /// <summary>Parses a severity name of configuration; null for "off".</summary>
    public static Severity? ParseSeverity(string name) => name.ToLowerInvariant() switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "note" => Severity.Note,
        "off" => null,
        _ => throw new ArgumentException($"'{name}' is not a severity; expected error, warning, note or off.", nameof(name)),
    };

    private static WindowsTarget? ParseTarget(JsonTree? node) =>
        node is not null && WindowsTargets.TryParse(node.Text, out var t) ? t : null;

    private static bool? Bool(JsonTree? node) => node?.Kind switch
    {
        JsonTreeKind.True => true,
        JsonTreeKind.False => false,
        _ => null,
    };

    // The schema has already checked that every key is a known ID, name or category.
    private static RuleSetting[] RuleSettings(JsonTree? node, RuleIndex index) =>
        node is null ? [] : [.. node.Properties.Select(p => index.Resolve(p.Name) is var (ids, isCategory)
            ? new RuleSetting(p.Name, ids, ParseSeverity(p.Value.Text!), isCategory)
            : throw new InvalidOperationException("unresolved rule key " + p.Name))];

    private static Glob[] Globs(JsonTree? node, string where, string displayPath)
    {
        if (node is null)
        {
            return [];
        }

        var globs = new List<Glob>();
        for (var i = 0; i < node.Items.Count; i++)
        {
            var item = node.Items[i];
            try
            {
                globs.Add(Glob.Parse(item.Text!));
            }
            catch (FormatException ex)
            {
                throw new ConfigurationException(displayPath, item.Line, item.Column, string.Create(CultureInfo.InvariantCulture, $"{where}[{i}]: '{item.Text}' is not a valid pattern: {ex.Message}"));
            }
        }

        return [.. globs];
    }

    // A catalog path must be relative, stay inside the repository (links resolved) and name
    // regular files of a bounded size: a configuration from a stranger's pull request must not
    // make HvLint read /etc/passwd, hang on a pipe or fill memory from /dev/zero.
    private static string[] CatalogPaths(JsonTree item, string directory, string boundary, string displayPath)
    {
        var text = item.Text!;
        ConfigurationException Refused(string why) => new(displayPath, item.Line, item.Column, $"catalogs: '{text}' {why}");
        if (System.IO.Path.IsPathRooted(text) || text.StartsWith('\\') || text.StartsWith('/') || (text.Length >= 2 && text[1] == ':'))
        {
            throw Refused("is an absolute path; give a path relative to the configuration's folder, inside the repository.");
        }

        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, text.Replace('\\', System.IO.Path.DirectorySeparatorChar)));
        if (!FileChecks.IsInside(full, boundary) && !FileChecks.IsInside(FileChecks.RealPath(full), boundary))
        {
            throw Refused("is outside the repository; catalog files must be inside it, relative to the configuration's folder.");
        }

        switch (FileChecks.KindOf(full))
        {
            case FileKind.Regular:
                return [CheckedCatalogFile(full, boundary, Refused)];
            case FileKind.Directory:
                if (!FileChecks.IsInside(FileChecks.RealPath(full), boundary))
                {
                    throw Refused("is a link to a folder outside the repository; catalog files must be inside it.");
                }

                var files = System.IO.Directory.GetFiles(full, "*.json").Order(StringComparer.Ordinal).ToArray();
                return files.Length > 0
                    ? [.. files.Select(f => CheckedCatalogFile(f, boundary, why => Refused($"(its file '{System.IO.Path.GetFileName(f)}') " + why)))]
                    : throw Refused("is a folder with no .json catalog files.");
            case FileKind.Special:
                throw Refused("is not a regular file (a device, a pipe or a socket); a catalog is a JSON file.");
            default:
                throw Refused($"does not exist; expected a catalog file or a folder of them, relative to '{displayPath}'.");
        }
    }

    private static string CheckedCatalogFile(string full, string boundary, Func<string, ConfigurationException> refused)
    {
        if (!FileChecks.IsInside(FileChecks.RealPath(full), boundary))
        {
            throw refused("is a link to a file outside the repository; catalog files must be inside it.");
        }

        var kind = FileChecks.KindOf(full);
        if (kind != FileKind.Regular)
        {
            throw refused("is not a regular file (a device, a pipe or a socket); a catalog is a JSON file.");
        }

        if (new FileInfo(full).Length > FileChecks.MaxConfigurationBytes)
        {
            throw refused(string.Create(CultureInfo.InvariantCulture, $"is larger than {FileChecks.MaxConfigurationBytes / (1024 * 1024)} MiB, the most HvLint reads for a catalog."));
        }

        return full;
    }
}

/// <summary>Resolves what configuration and suppressions call a rule: an ID, a name, or a category.</summary>
public sealed class RuleIndex
{
    private readonly Dictionary<string, RuleDescriptor> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly IReadOnlyList<RuleDescriptor> _descriptors;

    /// <summary>Indexes descriptors by ID and by name.</summary>
    public RuleIndex(IReadOnlyList<RuleDescriptor> descriptors)
    {
        ArgumentNullException.ThrowIfNull(descriptors);
        _descriptors = descriptors;
        foreach (var d in descriptors)
        {
            _byKey.TryAdd(d.Id, d);
            _byKey.TryAdd(d.Name, d);
        }
    }

    /// <summary>The descriptor with this ID or name (case-insensitive), or null.</summary>
    public RuleDescriptor? Find(string idOrName) => _byKey.GetValueOrDefault(idOrName);

    /// <summary>Every ID and name, for suggestions.</summary>
    public IEnumerable<string> Keys => _descriptors.Select(d => d.Id).Concat(_descriptors.Select(d => d.Name));

    /// <summary>The IDs an ID, a name or a category stands for, or null when it is none of them.</summary>
    public (IReadOnlyList<string> Ids, bool IsCategory)? Resolve(string key)
    {
        if (Find(key) is { } d)
        {
            return ([d.Id], false);
        }

        if (RuleCategories.TryParse(key, out var category))
        {
            return ([.. _descriptors.Where(x => x.Category == category).Select(x => x.Id)], true);
        }

        return null;
    }
}

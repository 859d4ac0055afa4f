using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.Core.Model;

namespace HvLint.Core.Configuration;

/// <summary>What applies to one file: the engine options, the fail level and the configuration they come from.</summary>
public sealed record FileSettings(LintOptions Options, Severity FailLevel, HvLintConfiguration? Configuration)
{
    /// <summary>The catalog of the file's configuration when it adds catalog files; null: the built-in catalog.</summary>
    public SettingsCatalog? Catalog { get; init; }
}

/// <summary>
/// Finds and applies configuration for files: the nearest hvlint.json (or .hvlint.json) above
/// each file, up to the repository root, or one file given explicitly. Every folder is looked
/// up once and every file loaded once (cached, thread-safe), so linting thousands of files
/// reads each configuration once.
/// </summary>
public sealed class ConfigurationResolver
{
    /// <summary>The configuration file name.</summary>
    public const string FileName = "hvlint.json";

    /// <summary>The alternative, hidden configuration file name.</summary>
    public const string HiddenFileName = ".hvlint.json";

    private static readonly Lazy<SchemaValidator> s_catalogSchema = new(() =>
        new SchemaValidator(JsonTree.Parse("catalog.schema.json", Encoding.UTF8.GetBytes(CatalogLoader.BuiltInSchema()))));

    private readonly IReadOnlyList<RuleDescriptor> _descriptors;
    private readonly string? _explicitPath;
    private readonly Func<string, string> _displayPathOf;
    private readonly Lazy<SchemaValidator> _schema;
    private readonly ConcurrentDictionary<string, string?> _nearest = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<HvLintConfiguration>> _loaded = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<SettingsCatalog>> _catalogs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FileSettings> _settings = new(StringComparer.Ordinal);
    private readonly RepositoryRoots _roots = new();
    private readonly GitIgnoreIndex _gitIgnore;

    /// <summary>
    /// Creates a resolver. <paramref name="explicitPath"/> (--config) makes one file apply to
    /// every linted file; otherwise configuration is searched for. <paramref name="displayPathOf"/>
    /// renders paths in error messages.
    /// </summary>
    public ConfigurationResolver(IReadOnlyList<RuleDescriptor> descriptors, string? explicitPath = null, Func<string, string>? displayPathOf = null)
    {
        ArgumentNullException.ThrowIfNull(descriptors);
        _descriptors = descriptors;
        _explicitPath = explicitPath is null ? null : Path.GetFullPath(explicitPath);
        _displayPathOf = displayPathOf ?? (p => p);
        _schema = new(() => new SchemaValidator(JsonTree.Parse(FileName + " schema", Encoding.UTF8.GetBytes(ConfigurationSchema.Generate(descriptors)))));
        _gitIgnore = new GitIgnoreIndex(_roots);
        if (_explicitPath is not null && !File.Exists(_explicitPath))
        {
            throw new ConfigurationException(_displayPathOf(_explicitPath), 0, 0, "the configuration file does not exist.");
        }
    }

    /// <summary>A target that wins over every configuration (hvlint check --target).</summary>
    public WindowsTarget? TargetOverride { get; init; }

    /// <summary>The date suppression expiry is checked against; null: today.</summary>
    public DateOnly? Today { get; init; }

    /// <summary>
    /// The target where configuration names none (an editor's setting): unlike
    /// <see cref="TargetOverride"/>, a configuration's target wins over it.
    /// </summary>
    public WindowsTarget? DefaultTarget { get; init; }

    /// <summary>
    /// Severities applied beneath every configuration's rules (an editor's settings): a
    /// configuration that sets a rule, by ID, name or category, wins.
    /// </summary>
    public IReadOnlyList<RuleSetting> DefaultRules { get; init; } = [];

    /// <summary>The configuration that applies to a file or folder (its nearest one), or null.</summary>
    public HvLintConfiguration? ConfigurationFor(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        var path = _explicitPath ?? Nearest(Path.GetDirectoryName(Path.GetFullPath(fullPath)));
        return path is null ? null : Load(path);
    }

    /// <summary>What applies to a file: severities, target, fail level, suppression settings and catalog.</summary>
    public FileSettings SettingsFor(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        var config = ConfigurationFor(fullPath);
        if (config is null)
        {
            return _settings.GetOrAdd(string.Empty, _ => Build(null, []));
        }

        var relative = config.RelativePath(Path.GetFullPath(fullPath));
        var matching = Enumerable.Range(0, config.Overrides.Count).Where(i => config.Overrides[i].Files.Any(g => g.IsMatch(relative))).ToArray();

        // Files that match the same overrides share one settings object (and one options object).
        var key = config.FullPath + "|" + string.Join(",", matching.Select(i => i.ToString(CultureInfo.InvariantCulture)));
        return _settings.GetOrAdd(key, _ => Build(config, [.. matching.Select(i => config.Overrides[i])]));
    }

    /// <summary>
    /// Whether a file or folder found by searching <paramref name="walkRoot"/> is skipped:
    /// by its configuration's exclude (and, for files, include) patterns, or because git
    /// ignores it (unless the configuration sets "gitignore": false).
    /// </summary>
    public bool IsExcluded(string fullPath, bool isDirectory, string walkRoot)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        var config = ConfigurationFor(fullPath);
        if (config is not null)
        {
            var relative = config.RelativePath(fullPath);
            if (!relative.StartsWith("../", StringComparison.Ordinal) && relative != "..")
            {
                if (config.Exclude.Any(g => g.IsMatch(relative)))
                {
                    return true;
                }

                if (!isDirectory && config.Include.Count > 0 && !config.Include.Any(g => g.IsMatch(relative)))
                {
                    return true;
                }
            }
        }

        return (config?.Gitignore ?? true) && _gitIgnore.IsIgnored(fullPath, isDirectory, walkRoot);
    }

    private FileSettings Build(HvLintConfiguration? config, IReadOnlyList<ConfigurationOverride> overrides)
    {
        var severities = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase);

        // Each layer (the file's rules, then each matching override in order) applies its
        // categories first and then its IDs and names, so a name beats a category of the same
        // layer and a later layer beats an earlier one.
        void Apply(IReadOnlyList<RuleSetting> settings)
        {
            foreach (var s in settings.Where(s => s.IsCategory).Concat(settings.Where(s => !s.IsCategory)))
            {
                foreach (var id in s.RuleIds)
                {
                    severities[id] = s.Severity;
                }
            }
        }

        var target = config?.Target;
        var requireReason = config?.RequireSuppressionReason;
        Apply(DefaultRules);
        Apply(config?.Rules ?? []);
        foreach (var o in overrides)
        {
            Apply(o.Rules);
            target = o.Target ?? target;
            requireReason = o.RequireSuppressionReason ?? requireReason;
        }

        var options = new LintOptions
        {
            RuleSeverities = severities,
            Target = TargetOverride ?? target ?? DefaultTarget ?? WindowsTargets.Default,
            RequireSuppressionReason = requireReason ?? true,
            Today = Today,
        };
        return new FileSettings(options, config?.FailLevel ?? Severity.Warning, config)
        {
            Catalog = config is { CatalogFiles.Count: > 0 } ? CatalogOf(config) : null,
        };
    }

    private string? Nearest(string? directory)
    {
        if (directory is null)
        {
            return null;
        }

        if (_nearest.TryGetValue(directory, out var cached))
        {
            return cached;
        }

        var visible = Path.Combine(directory, FileName);
        var hidden = Path.Combine(directory, HiddenFileName);
        var hasVisible = File.Exists(visible);
        var hasHidden = File.Exists(hidden);
        if (hasVisible && hasHidden)
        {
            throw new ConfigurationException(_displayPathOf(hidden), 0, 0, $"both {FileName} and {HiddenFileName} are in this folder, and HvLint would have to ignore one; keep one.");
        }

        // The search stops at the repository root: configuration above it belongs to someone else.
        var found = hasVisible ? visible
            : hasHidden ? hidden
            : _roots.IsRoot(directory) ? null
            : Nearest(Path.GetDirectoryName(directory));
        _nearest[directory] = found;
        return found;
    }

    private HvLintConfiguration Load(string path) =>
        _loaded.GetOrAdd(path, p => new Lazy<HvLintConfiguration>(
            () =>
            {
                var config = HvLintConfiguration.Load(p, _displayPathOf(p), _descriptors, _schema.Value, _roots.Find(Path.GetDirectoryName(p)!));
                if (config.CatalogFiles.Count > 0)
                {
                    // Loaded now, so that a bad catalog file is reported as the configuration's error.
                    _ = CatalogOf(config);
                }

                return config;
            },
            LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>The built-in catalog plus a configuration's catalog files, loaded once per distinct list.</summary>
    private SettingsCatalog CatalogOf(HvLintConfiguration config)
    {
        var key = string.Join("\n", config.CatalogFiles);
        return _catalogs.GetOrAdd(key, _ => new Lazy<SettingsCatalog>(() => LoadCatalog(config), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    private SettingsCatalog LoadCatalog(HvLintConfiguration config)
    {
        var extra = new List<(string Name, string Json)>();
        foreach (var file in config.CatalogFiles)
        {
            var display = _displayPathOf(file);
            byte[] bytes;
            try
            {
                bytes = FileChecks.ReadRegularFile(file, FileChecks.MaxConfigurationBytes);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                var (line, column) = config.CatalogLines[file];
                throw new ConfigurationException(config.DisplayPath, line, column, $"catalogs: '{display}' cannot be read: {ex.Message}");
            }

            // Never quote the file: its content is reported only as a place.
            var tree = JsonTree.Parse(display, bytes, quoteContent: false);
            var errors = s_catalogSchema.Value.Validate(tree);
            if (errors.Count > 0)
            {
                throw HvLintConfiguration.SchemaErrors(display, errors, "(catalog files follow rules/catalog.schema.json)");
            }

            extra.Add((display, Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF')));
        }

        try
        {
            return CatalogLoader.Load(CatalogLoader.BuiltInFiles().Concat(extra));
        }
        catch (CatalogException ex)
        {
            throw new ConfigurationException(config.DisplayPath, 0, 0, "catalogs: " + ex.Message);
        }
    }
}

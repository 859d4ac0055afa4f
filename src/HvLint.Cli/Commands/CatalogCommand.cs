using System.Globalization;
using System.Text;
using System.Text.Json;
using HvLint.Cli.Output;
using HvLint.Core.Catalog;
using HvLint.Core.Model;

namespace HvLint.Cli.Commands;

/// <summary>hvlint catalog list|show: the settings catalog, for scripts and for people.</summary>
internal static class CatalogCommand
{
    private static readonly OptionSpec[] s_listOptions =
    [
        new("format", ValueName: "FORMAT", AllowedValues: ["text", "json"]),
        new("store", ValueName: "STORE", AllowedValues: ["registry", "bcd", "hyperv"]),
    ];

    private static readonly string[] s_listHeader = ["STORE", "AREA", "KEY", "NAME", "TYPES", "DEFAULT", "TAGS"];

    public static int Run(string[] args, CliHost host)
    {
        if (args.Length == 0)
        {
            throw new UsageException("catalog: missing subcommand 'list' or 'show'.", "Run 'hvlint catalog --help' for usage.");
        }

        switch (args[0])
        {
            case "-h" or "--help":
                host.Stdout.Write(Usage.Catalog);
                return ExitCodes.Success;
            case "list":
                return List(args[1..], host);
            case "show":
                return Show(args[1..], host);
            default:
                throw new UsageException(
                    $"catalog: unknown subcommand '{args[0]}'; use 'list' or 'show'." + Suggestions.DidYouMean(args[0], ["list", "show"]),
                    "Run 'hvlint catalog --help' for usage.");
        }
    }

    private static int List(string[] args, CliHost host)
    {
        var parsed = Arguments.Parse("catalog list", args, s_listOptions);
        if (parsed.HelpRequested)
        {
            host.Stdout.Write(Usage.CatalogList);
            return ExitCodes.Success;
        }

        parsed.ExpectAtMost(0, "no arguments");
        var catalog = host.CreateEngine().Catalog;
        var entries = catalog.Entries.AsEnumerable();
        if (parsed.Value("store") is { } store)
        {
            var wanted = store switch { "bcd" => CatalogStore.Bcd, "hyperv" => CatalogStore.HyperV, _ => CatalogStore.Registry };
            entries = entries.Where(e => e.Store == wanted);
        }

        var ordered = entries
            .OrderBy(e => e.Store)
            .ThenBy(e => e.Key ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.DisplayName, StringComparer.OrdinalIgnoreCase)
            .ToArray();
        host.Stdout.Write(parsed.Value("format") == "json" ? ListJson(ordered, catalog.Version) : ListText(ordered));
        return ExitCodes.Success;
    }

    /// <summary>
    /// { "version": 1, "catalogVersion": "...", "entries": [ { store, area, key, name, namePattern,
    /// keyOnly, elementId, types, default, tags, description } ] } (absent facts are null); a Hyper-V
    /// entry also has wmiClass and cmdlets ("Set-VMHost -MaximumVirtualMachineMigrations").
    /// </summary>
    private static string ListJson(IReadOnlyList<CatalogEntry> entries, string catalogVersion) => JsonFormatter.Write(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("version", JsonFormatter.ShapeVersion);
        w.WriteString("catalogVersion", catalogVersion);
        w.WriteStartArray("entries");
        foreach (var e in entries)
        {
            w.WriteStartObject();
            w.WriteString("store", StoreName(e.Store));
            w.WriteString("area", e.Area);
            WriteStringOrNull(w, "key", e.Key);
            WriteStringOrNull(w, "name", e.Name);
            WriteStringOrNull(w, "namePattern", e.NamePattern);
            w.WriteBoolean("keyOnly", e.KeyOnly);
            WriteStringOrNull(w, "elementId", e.ElementId);
            if (e.Store == CatalogStore.HyperV)
            {
                WriteStringOrNull(w, "wmiClass", e.WmiClass);
                w.WriteStartArray("cmdlets");
                foreach (var c in e.Cmdlets)
                {
                    w.WriteStringValue(c.Parameter.Length == 0 ? c.Cmdlet : $"{c.Cmdlet} -{c.Parameter}");
                }

                w.WriteEndArray();
            }

            w.WriteStartArray("types");
            foreach (var t in e.Types)
            {
                w.WriteStringValue(RegistryValueTypes.Name(t));
            }

            w.WriteEndArray();
            w.WritePropertyName("default");
            WriteValue(w, e.Default);
            w.WriteStartArray("tags");
            foreach (var t in e.TagNames)
            {
                w.WriteStringValue(t);
            }

            w.WriteEndArray();
            w.WriteString("description", e.Description);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static string ListText(IReadOnlyList<CatalogEntry> entries)
    {
        var rows = new List<string[]> { s_listHeader };
        rows.AddRange(entries.Select(e => new[]
        {
            StoreName(e.Store),
            e.Area,
            e.Key ?? "-",
            e.DisplayName,
            e.Types.Count == 0 ? "-" : string.Join(',', e.Types.Select(RegistryValueTypes.Name)),
            e.Default?.ToString() ?? "-",
            e.Tags.Count == 0 ? "-" : string.Join(',', e.TagNames),
        }));
        return Columns.Format(rows);
    }

    private static int Show(string[] args, CliHost host)
    {
        var parsed = Arguments.Parse("catalog show", args, []);
        if (parsed.HelpRequested)
        {
            host.Stdout.Write(Usage.CatalogShow);
            return ExitCodes.Success;
        }

        var name = parsed.ExpectOne("setting name (e.g. 'hvlint catalog show hypervisorlaunchtype')");
        var catalog = host.CreateEngine().Catalog;
        var matches = catalog.Entries.Where(e => Names(e).Contains(name, StringComparer.OrdinalIgnoreCase))
            .OrderBy(e => e.Store)
            .ThenBy(e => e.Key ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            .ToArray();
        if (matches.Length == 0)
        {
            throw new UsageException(
                $"catalog show: no setting named '{name}'." + Suggestions.DidYouMean(name, catalog.Entries.SelectMany(Names)),
                "Run 'hvlint catalog list' for every setting.");
        }

        var sb = new StringBuilder();
        if (matches.Length > 1)
        {
            sb.Append(CultureInfo.InvariantCulture, $"'{name}' names {matches.Length} settings:\n\n");
        }

        for (var i = 0; i < matches.Length; i++)
        {
            if (i > 0)
            {
                sb.Append('\n');
            }

            Describe(sb, matches[i]);
        }

        host.Stdout.Write(sb.ToString());
        return ExitCodes.Success;
    }

    private static IEnumerable<string> Names(CatalogEntry e)
    {
        if (e.Name is { Length: > 0 })
        {
            yield return e.Name;
        }

        if (e.NamePattern is not null)
        {
            yield return e.NamePattern;
        }

        foreach (var a in e.Aliases)
        {
            yield return a.Name;
        }

        // A Hyper-V setting is also found by the cmdlet parameter that sets it.
        foreach (var c in e.Cmdlets)
        {
            if (!c.Parameter.Equals(e.Name, StringComparison.OrdinalIgnoreCase))
            {
                yield return c.Parameter;
            }
        }
    }

    /// <summary>Every fact of one entry, one labelled line each.</summary>
    private static void Describe(StringBuilder sb, CatalogEntry e)
    {
        sb.Append(CatalogEntryFacts.Title(e)).Append('\n');
        foreach (var fact in CatalogEntryFacts.Of(e))
        {
            sb.Append("  ").Append((fact.Label + ":").PadRight(15)).Append(fact.Value.Replace("\n", "\n" + new string(' ', 17), StringComparison.Ordinal)).Append('\n');
        }
    }

    private static string StoreName(CatalogStore store) => CatalogEntryFacts.StoreName(store);

    private static void WriteStringOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteValue(Utf8JsonWriter w, CatalogValue? value)
    {
        if (value?.Number is { } n)
        {
            w.WriteNumberValue(n);
        }
        else if (value?.Text is { } t)
        {
            w.WriteStringValue(t);
        }
        else
        {
            w.WriteNullValue();
        }
    }
}

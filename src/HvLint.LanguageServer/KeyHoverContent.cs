using System.Text;
using HvLint.Core.Catalog;
using HvLint.Core.Model;
using HvLint.Core.Text;

namespace HvLint.LanguageServer;

/// <summary>
/// The hover on a key name of a registry path: what the catalog knows about the key up to that
/// name (what it is for, what reads it, the values it holds, its subkeys, deprecation). Keys
/// outside Hyper-V's namespaces (no catalog entry, no location an area owns) show nothing.
/// </summary>
internal static class KeyHoverContent
{
    /// <summary>How many values the hover lists before it says how many more there are.</summary>
    private const int ListedValues = 12;

    /// <summary>The hover at <paramref name="offset"/> when it is on a key name of a literal key path of a write.</summary>
    public static Hover? At(SourceText source, SettingsCatalog catalog, IEnumerable<Write> writes, int offset)
    {
        foreach (var write in writes)
        {
            if (write is not RegistryWrite r || r.KeyCertainty != Certainty.Literal || offset < r.KeySpan.Start || offset > r.KeySpan.End)
            {
                continue;
            }

            var text = source.GetText(r.KeySpan);
            var written = WrittenKey.Read(text, r.KeySpan.Start, r.Form == WriteForm.RegistryCmdlet);

            // The text must spell the write's key name for name; anything else (a path the front
            // end resolved from elsewhere) is not a place to point at.
            if (written is null || written.Segments.Count != r.Key.Segments.Count
                || !written.Segments.Select(s => s.Name).SequenceEqual(r.Key.Segments, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            for (var depth = 0; depth < written.Segments.Count; depth++)
            {
                var segment = written.Segments[depth];
                if (offset >= segment.Start && offset <= segment.End)
                {
                    var key = r.Key.Ancestor(depth + 1);
                    return Markdown(catalog, key) is { } markdown
                        ? new Hover(new MarkupContent("markdown", markdown), DocumentLinter.RangeOf(source, TextSpan.FromBounds(segment.Start, segment.End)))
                        : null;
                }
            }
        }

        return null;
    }

    /// <summary>The key's facts as Markdown, or null when the key is not one of Hyper-V's.</summary>
    public static string? Markdown(SettingsCatalog catalog, RegistryKeyPath key)
    {
        var match = catalog.MatchKey(key);
        var entries = match.HiveMatches ? match.Entries : [];
        var segments = KeyPattern.SplitMatchPath(key.PathMatchKey);
        var owner = catalog.OwnedLocations.FirstOrDefault(o => o.Key.Hive == key.Hive && (o.Subtree ? o.Key.MatchesPrefix(segments) : o.Key.Matches(segments)));
        if (entries.Count == 0 && owner is null)
        {
            return null;
        }

        var keyEntry = entries.FirstOrDefault(e => e.KeyOnly);
        var values = entries.Where(e => !e.KeyOnly && (e.Name is not null || e.NamePattern is not null)).ToArray();
        var sb = new StringBuilder();
        sb.Append("**").Append(HoverContent.Escape(key.Text)).Append("** (registry key)\n");
        void Fact(string label, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                sb.Append("\n**").Append(label).Append(":** ").Append(HoverContent.Escape(value)).Append('\n');
            }
        }

        // A key that a pattern matches (Services\<HyperVService>) names the pattern.
        var patterns = entries.Select(e => e.Key).Append(owner?.Key.Text).OfType<string>().Where(k => k.Contains('<', StringComparison.Ordinal)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        Fact("Catalog key", patterns.Length == 0 ? null : string.Join(", ", patterns));

        Fact("Area", string.Join(", ", entries.Select(e => e.Area).Append(owner?.Area).OfType<string>().Distinct(StringComparer.Ordinal)));
        Fact("Description", keyEntry?.Description);
        // The binaries, without the functions some entries name (vmwp.exe!GetCompressorBufferCount).
        var readers = (keyEntry?.ReadBy ?? []).Concat(values.SelectMany(v => v.ReadBy)).Select(r => r.Split('!')[0]).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        Fact("Read by", readers.Length == 0 ? null : string.Join(", ", readers));
        if (keyEntry is not null)
        {
            Fact("Windows", WindowsOf(keyEntry));
            foreach (var fact in CatalogEntryFacts.Of(keyEntry).Where(f => f.Label is "Deprecated" or "Tags" or "Source"))
            {
                Fact(fact.Label, fact.Value);
            }
        }

        if (values.Length == 0)
        {
            sb.Append("\nThe catalog knows no values directly in this key.\n");
        }
        else
        {
            sb.Append("\n**Values (").Append(values.Length).Append("):**\n");
            foreach (var v in values.OrderBy(v => v.Deprecated is not null).ThenBy(v => v.DisplayName, StringComparer.OrdinalIgnoreCase).Take(ListedValues))
            {
                sb.Append("- ").Append(HoverContent.Escape(v.DisplayName)).Append(": ").Append(HoverContent.Escape(CatalogSummary.Detail(v)));
                if (WindowsOf(v) is { } windows)
                {
                    sb.Append("; ").Append(windows);
                }

                sb.Append('\n');
            }

            if (values.Length > ListedValues)
            {
                sb.Append("- and ").Append(values.Length - ListedValues).Append(" more\n");
            }
        }

        var subkeys = catalog.KnownSubkeyNames(key).Order(StringComparer.OrdinalIgnoreCase).ToArray();
        Fact("Subkeys the catalog knows", subkeys.Length == 0 ? null : string.Join(", ", subkeys.Take(ListedValues)) + (subkeys.Length > ListedValues ? $", and {subkeys.Length - ListedValues} more" : string.Empty));
        if (match.ValuesOwned)
        {
            sb.Append("\nA value name the catalog does not know here is reported (HV0101).\n");
        }
        else if (match.NearMissesOwned)
        {
            sb.Append("\nThe key is shared with Windows: a value name a few edits away from one listed here is reported (HV0101); other names are Windows' own.\n");
        }

        return sb.ToString();
    }

    private static string? WindowsOf(CatalogEntry entry) => (entry.WindowsFrom, entry.Deprecated?.LastTarget) switch
    {
        (null, null) => null,
        ({ } from, null) => $"from {Release(from)}",
        (null, { } until) => $"until {Release(until)}",
        ({ } from, { } until) => $"from {Release(from)} until {Release(until)}",
    };

    // A release's full name, as the rules' messages write it: "Windows Server 2008 R2".
    private static string Release(WindowsTarget target) => target switch
    {
        WindowsTarget.Ws2008R2 => "Windows Server 2008 R2",
        WindowsTarget.Ws2012R2 => "Windows Server 2012 R2",
        _ => "Windows Server " + WindowsTargets.Name(target)[2..],
    };
}

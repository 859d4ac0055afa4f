using System.Text;
using HvLint.Core.Catalog;
using HvLint.Core.Model;
using HvLint.Core.Text;

namespace HvLint.LanguageServer;

/// <summary>
/// What hover shows: the catalog entry of the write under the cursor (its value name, BCD
/// element, Hyper-V cmdlet parameter or CIM property, or data), in Markdown, with the facts <c>hvlint catalog show</c> prints; on a key
/// name of a registry path, what the catalog knows about that key (<see cref="KeyHoverContent"/>).
/// </summary>
internal static class HoverContent
{
    /// <summary>The hover at <paramref name="offset"/> of the linted text, or null when no known setting is there.</summary>
    public static Hover? At(LintedVersion linted, int offset)
    {
        if (linted.Source is not { } source || linted.Catalog is not { } catalog)
        {
            return null;
        }

        // The narrowest span that holds the position: the name or element, else the data.
        (TextSpan Span, CatalogEntry Entry)? best = null;
        foreach (var write in linted.Writes)
        {
            foreach (var span in SpansOf(write))
            {
                if (span is not { } s || offset < s.Start || offset > s.End || (best is { } b && b.Span.Length <= s.Length))
                {
                    continue;
                }

                if (EntryOf(catalog, write) is { } entry)
                {
                    best = (s, entry);
                }
            }
        }

        return best is { } found
            ? new Hover(new MarkupContent("markdown", Markdown(found.Entry)), DocumentLinter.RangeOf(source, found.Span))
            : KeyHoverContent.At(source, catalog, linted.Writes, offset);
    }

    private static IEnumerable<TextSpan?> SpansOf(Write write) => write switch
    {
        RegistryWrite r => [r.NameSpan, r.DataSpan],
        BcdWrite b => [b.ElementSpan, b.ValueSpan],
        HyperVSettingWrite h => [h.ParameterSpan, h.ValueSpan],
        _ => [],
    };

    private static CatalogEntry? EntryOf(SettingsCatalog catalog, Write write) => write switch
    {
        RegistryWrite { ValueName: { } name } r when r.NameCertainty != Certainty.Unresolved => catalog.FindValue(catalog.MatchKey(r.Key), name),
        BcdWrite b => catalog.FindBcdElement(b.Element),
        HyperVSettingWrite { Parameter: { } parameter, WmiClass: null } h => catalog.FindHyperVSetting(h.Cmdlet, parameter),
        HyperVSettingWrite { Parameter: { } property, WmiClass: { } wmiClass } => catalog.FindHyperVProperty(wmiClass, property),
        _ => null,
    };

    /// <summary>The entry as Markdown: its title, then one bold label per fact; a fact of several lines is a list.</summary>
    public static string Markdown(CatalogEntry entry)
    {
        var sb = new StringBuilder();
        sb.Append("**").Append(Escape(CatalogEntryFacts.Title(entry))).Append("**\n");
        foreach (var fact in CatalogEntryFacts.Of(entry))
        {
            var lines = fact.Value.Split('\n');
            sb.Append("\n**").Append(Escape(fact.Label)).Append(":** ").Append(Escape(lines[0])).Append('\n');
            for (var i = 1; i < lines.Length; i++)
            {
                sb.Append("- ").Append(Escape(lines[i])).Append('\n');
            }
        }

        return sb.ToString();
    }

    // Characters Markdown would read as markup are escaped so the text shows as written.
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}

using System.Globalization;
using HvLint.Core.Model;

namespace HvLint.Core.Catalog;

/// <summary>One labelled fact of a catalog entry ("Types", "REG_DWORD").</summary>
public sealed record CatalogFact(string Label, string Value);

/// <summary>
/// The facts of a catalog entry in words, in the order people read them: what
/// <c>hvlint catalog show</c> prints and what the language server's hover shows.
/// </summary>
public static class CatalogEntryFacts
{
    /// <summary>The entry's heading: the key and value name, or "BCD element" and its name.</summary>
    public static string Title(CatalogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Store switch
        {
            CatalogStore.Bcd => $"BCD element {entry.Name}",
            CatalogStore.HyperV => $"Hyper-V setting {entry.WmiClass}.{entry.Name}",
            _ => $"{entry.Key}\\{entry.DisplayName}",
        };
    }

    /// <summary>The store's name as the CLI spells it: registry, bcd or hyperv.</summary>
    public static string StoreName(CatalogStore store) => store switch { CatalogStore.Bcd => "bcd", CatalogStore.HyperV => "hyperv", _ => "registry" };

    /// <summary>Every fact the entry states, one per label; facts it does not state are left out.</summary>
    public static IReadOnlyList<CatalogFact> Of(CatalogEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var facts = new List<CatalogFact>();
        void Line(string label, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                facts.Add(new CatalogFact(label, value));
            }
        }

        Line("Area", e.Area);
        Line("Store", StoreName(e.Store));
        Line("Key", e.Key);
        Line("Name", e.Name is null ? null : e.DisplayName);
        Line("Name pattern", e.NamePattern);
        Line("Kind", e.KeyOnly ? "a key (no value)" : null);
        Line("Aliases", e.Aliases.Count == 0 ? null : string.Join(", ", e.Aliases.Select(a => a.Name + (a.Documented ? string.Empty : " (undocumented)") + (a.Note is null ? string.Empty : $" ({a.Note})"))));
        Line("WMI class", e.WmiClass is null ? null : e.WmiClass + (e.WmiType is null ? string.Empty : $" ({e.Name}: {e.WmiType})"));
        Line("Set with", e.Cmdlets.Count == 0 ? null : string.Join(", ", e.Cmdlets.Select(c => $"{c.Cmdlet} -{c.Parameter}")));
        Line("Registry", e.RegistryMirror is { } mirror ? $"{mirror.Key.Text}\\{mirror.Name} holds the same setting" : null);
        Line("Element ID", e.ElementId);
        Line("BCD objects", e.BcdObjects.Count == 0 ? null : string.Join(", ", e.BcdObjects));
        Line("Types", e.Types.Count == 0 ? null : string.Join(", ", e.Types.Select(RegistryValueTypes.Name)) + (e.Types.Count > 1 ? " (first preferred)" : string.Empty)
            + (e.TypesBasis.IsInferred ? " " + ConstraintWords.Basis(e.TypesBasis, e.Source) : string.Empty));
        Line("Default", e.Default?.ToString() ?? "none stated");
        if (e.Constraint is { } c)
        {
            Line("Accepts", ConstraintWords.Describe(c, e.Source));
            Line("When invalid", ConstraintWords.InvalidBehavior(c) is { } invalid && c.OnInvalid != InvalidBehavior.Unknown ? invalid + " " + ConstraintWords.Basis(c.Basis, e.Source) : ConstraintWords.InvalidBehavior(c));
        }

        if (e.WmiValues is { } w)
        {
            var relation = w.SameAsCmdlet ? "the property holds the cmdlet's value unchanged"
                : w.Map.Count > 0 ? string.Join(", ", w.Map.Select(m => (string.Equals(e.WmiType, "boolean", StringComparison.OrdinalIgnoreCase) ? (m.Value.Number == 1 ? "True" : "False") : m.Value.ToString()) + $" = {m.Name}"))
                : string.Create(CultureInfo.InvariantCulture, $"the property's own range, {w.Min?.ToString(CultureInfo.InvariantCulture) ?? "0"} to {w.Max?.ToString(CultureInfo.InvariantCulture) ?? "any"}");
            Line("WMI values", relation + " " + ConstraintWords.Basis(w.Basis, e.Source));
        }

        Line("Turns on", e.VbsFeature is { } f ? f.Feature + " when " + (f.OnWhenNonZero ? "not 0" : string.Join(" or ", f.OnValues)) + " " + ConstraintWords.Basis(f.Basis, e.Source) : null);
        Line("Read by", e.ReadBy.Count == 0 ? null : string.Join(", ", e.ReadBy));
        Line("Gates", e.Requires.Count == 0 ? null : string.Join("; ", e.Requires.Select(g => Gate(g) + " " + ConstraintWords.Basis(g.Basis, e.Source))));
        Line("Not read here", e.NotReadHere is null ? null : e.NotReadHere.TrimEnd('.') + ".");
        Line("Windows", (e.WindowsFrom, e.Deprecated?.LastTarget) switch
        {
            (null, null) => null,
            ({ } from, null) => $"from {WindowsTargets.Name(from)}",
            (null, { } until) => $"until {WindowsTargets.Name(until)}",
            ({ } from, { } until) => $"from {WindowsTargets.Name(from)} until {WindowsTargets.Name(until)}",
        });
        Line("Tags", e.Tags.Count == 0 ? null : string.Join(", ", e.TagNames));
        if (e.Security is { } s)
        {
            var when = s.InsecureWhen switch
            {
                "zero" => "0",
                "nonZero" => "not 0",
                "values" when s.InsecureValues.Count > 0 => string.Join(" or ", s.InsecureValues),
                _ => s.InsecureValues.Count == 0 ? s.InsecureWhen : $"{s.InsecureWhen} ({string.Join(", ", s.InsecureValues)})",
            };
            Line("Security", string.Create(CultureInfo.InvariantCulture, $"insecure when {when}; severity {s.Severity:0.0}. {s.Loss}")
                + (s.TenantOnly ? " Only on a VM's adapter: not reported on a management OS adapter." : string.Empty));
        }

        if (e.Deprecated is { } d)
        {
            var parts = new List<string> { d.Note };
            if (d.LastTarget is not null)
            {
                parts.Add($"Last read by {WindowsTargets.Name(d.LastTarget.Value)}.");
            }

            if (d.Replacement is not null)
            {
                parts.Add($"Use {d.Replacement} instead.");
            }

            Line("Deprecated", string.Join(' ', parts));
        }

        Line("Managed by", e.ManagedBy);
        Line("Description", e.Description);
        Line("Note", e.Note);
        Line("Source", e.Source);
        return facts;
    }

    private static string Gate(GateRequirement g)
    {
        var where = g.Key is null ? $"'{g.Name}'" : $"'{g.Name}' in {g.Key.Text}";
        var condition = g.Condition switch
        {
            GateCondition.EqualTo => string.Create(CultureInfo.InvariantCulture, $"is {g.Value}"),
            GateCondition.AtLeast => string.Create(CultureInfo.InvariantCulture, $"is at least {g.Value}"),
            GateCondition.Zero => "is 0",
            _ => "is not 0",
        };
        return $"{where} {condition} ({g.Note})";
    }
}

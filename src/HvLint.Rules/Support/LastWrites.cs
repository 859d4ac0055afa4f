using HvLint.Core.Catalog;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>The set-value writes of a file whose value HvLint knows, the last one per value.</summary>
internal static class LastWrites
{
    private static readonly object s_key = new();

    /// <summary>
    /// The last known, unconditional set of each catalogued value, keyed by write identity;
    /// a later delete of the value or its key forgets it. Worked out once per file and shared
    /// by the rules that ask (HV0702, HV0703, HV0704, HV0706): it must not be changed.
    /// </summary>
    public static Dictionary<string, (RegistryWrite Write, CatalogEntry Entry)> Of(FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Shared(s_key, Compute);
    }

    private static Dictionary<string, (RegistryWrite Write, CatalogEntry Entry)> Compute(FileContext context)
    {
        var last = new Dictionary<string, (RegistryWrite, CatalogEntry)>(StringComparer.Ordinal);
        foreach (var w in context.EffectiveWrites().OfType<RegistryWrite>())
        {
            if (w.KeyCertainty == Certainty.Unresolved || w.NameCertainty == Certainty.Unresolved)
            {
                continue;
            }

            if (ForgetDeleted(last, w))
            {
                continue;
            }

            switch (w.Operation)
            {
                case RegistryOperation.SetValue when w.DataCertainty != Certainty.Unresolved && w.Data is not null && !w.IsConditional:
                    // A value the catalog does not know was never remembered under this
                    // identity: the same key and name always find the same entry, or none.
                    if (context.Catalog.FindValue(context.KeyOf(w), w.ValueName!) is { } entry)
                    {
                        last[w.Identity] = (w, entry);
                    }

                    break;
                case RegistryOperation.SetValue:
                    // Computed or conditional: what the value ends up as is not known.
                    last.Remove(w.Identity);
                    break;
            }
        }

        return last;
    }

    /// <summary>
    /// Forgets what a deletion resets, in a map keyed by write identity: the value it deletes, or
    /// everything at and below the key it deletes (a later write is then a fresh value, not a
    /// second one). False for a write that deletes nothing.
    /// </summary>
    public static bool ForgetDeleted<T>(Dictionary<string, T> last, RegistryWrite write)
    {
        switch (write.Operation)
        {
            case RegistryOperation.DeleteKey or RegistryOperation.DeleteAllValues:
                var prefix = $"reg:{write.Key.MatchKey}";
                foreach (var k in last.Keys.Where(k => k.StartsWith(prefix + ":", StringComparison.Ordinal) || k.StartsWith(prefix + "\\", StringComparison.Ordinal)).ToArray())
                {
                    last.Remove(k);
                }

                return true;
            case RegistryOperation.DeleteValue:
                last.Remove(write.Identity);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The last known write of another value under the same key.</summary>
    public static (RegistryWrite Write, CatalogEntry Entry)? Sibling(Dictionary<string, (RegistryWrite Write, CatalogEntry Entry)> last, RegistryWrite write, string name) =>
        last.TryGetValue($"reg:{write.Key.MatchKey}:{name.ToLowerInvariant()}", out var other) ? other : null;
}

using HvLint.Core.Catalog;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>For rules about a registry location rather than a value: one finding per key and file.</summary>
internal static class KeyWrites
{
    /// <summary>
    /// The first write that creates each key or sets a value in it, with the key-only entry that
    /// <paramref name="select"/> picks for it (null: not this rule's business), once per key: a
    /// .reg section, reg add and Set-ItemProperty alike, and a section with many values is one
    /// mistake, not one per value. Writes to a key computed at run time are skipped.
    /// </summary>
    public static IEnumerable<(RegistryWrite Write, CatalogEntry Entry)> FirstPerKey(FileContext context, Func<RegistryWrite, KeyMatch, CatalogEntry?> select)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var write in context.Writes.OfType<RegistryWrite>())
        {
            if (write.Operation is RegistryOperation.SetValue or RegistryOperation.CreateKey && write.KeyCertainty != Certainty.Unresolved
                && select(write, context.KeyOf(write)) is { } entry && seen.Add(write.Key.MatchKey))
            {
                yield return (write, entry);
            }
        }
    }
}

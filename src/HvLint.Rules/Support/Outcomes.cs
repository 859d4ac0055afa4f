using HvLint.Core.Catalog;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>
/// Which writes actually change something. A command that fails writes nothing, so it neither
/// overrides an earlier write nor is overridden: rules that compare writes (HV07xx, in one file
/// and across a host's files) look only at the writes that take effect. The failure itself is
/// the finding of the front end (HV0952, reg.exe's HV09xx) or of the value check (HV0310).
/// </summary>
internal static class Outcomes
{
    private static readonly object s_effective = new();

    /// <summary>The writes of the file (or host) that take effect, in order (worked out once per file, shared by the rules).</summary>
    public static IEnumerable<Write> EffectiveWrites(this FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Shared(s_effective, static c => c.Writes.Where(w => !Fails(w, c.Catalog)).ToArray());
    }

    /// <summary>
    /// Whether the write fails: its front end says so, or bcdedit rejects its value at write
    /// time (an element it does not know, as HV0110 checks it, or a value outside the catalog's
    /// value grammar, as HV0310 checks it).
    /// </summary>
    public static bool Fails(Write write, SettingsCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(catalog);
        if (write.Fails)
        {
            return true;
        }

        if (write is not BcdWrite bcd)
        {
            return false;
        }

        var entry = catalog.FindBcdElement(bcd.Element);
        return entry is null
            ? HV0110UnknownBcdElement.IsRejected(bcd.Element)
            : entry.Constraint is { } c && BcdValues.HasKnownValue(bcd, out var value) && HV0310InvalidBcdValue.Check(c, value) is not null;
    }
}

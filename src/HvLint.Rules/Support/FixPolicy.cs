using HvLint.Core.Catalog;
using HvLint.Core.Model;

namespace HvLint.Rules;

/// <summary>When a rule may state a fix for a write, and the fixes rules share.</summary>
internal static class FixPolicy
{
    /// <summary>
    /// Whether a fix may change or remove <paramref name="write"/>: it happens on every path, it
    /// does not fail, its key, name, object and data are written literally in the file, and it is
    /// not one of several writes a loop or a table makes (an edit there would change them all).
    /// A value computed or followed through variables is left to the author.
    /// </summary>
    public static bool CanEdit(Write write)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (write.IsConditional || write.Fails || write.RelatedSpans.Count > 0)
        {
            return false;
        }

        return write switch
        {
            RegistryWrite r => r.KeyCertainty == Certainty.Literal && r.NameCertainty == Certainty.Literal && r.DataCertainty == Certainty.Literal,
            BcdWrite b => b.ObjectCertainty == Certainty.Literal && b.ValueCertainty == Certainty.Literal,
            _ => false,
        };
    }

    /// <summary>A number as data of <paramref name="type"/> (REG_DWORD or REG_QWORD), or null when it does not fit.</summary>
    public static RegistryData? Number(RegistryValueType type, ulong number) => type switch
    {
        RegistryValueType.DWord when number <= uint.MaxValue => RegistryData.DWord((uint)number),
        RegistryValueType.QWord => RegistryData.QWord(number),
        _ => null,
    };

    /// <summary>Whether the entry's reader already uses <paramref name="bound"/> for the number written, as documented (clamped, or capped above the maximum).</summary>
    public static bool ReaderUsesBound(ValueConstraint c, ulong written, ulong bound) =>
        !c.Basis.IsInferred && (c.OnInvalid == InvalidBehavior.Clamped || (c.OnInvalid == InvalidBehavior.Capped && c.Max == bound && written > bound));
}

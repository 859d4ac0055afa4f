using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using HvLint.Core.Catalog;
using HvLint.Core.Model;

namespace HvLint.Rules;

/// <summary>
/// What a BCD value means for a catalog entry: the enum value it selects, whether it switches
/// the element on, whether two values are the same to bcdedit. The value itself is read once by
/// the bcdedit interpreter (<see cref="BcdValue"/>); nothing here reads text.
/// </summary>
internal static class BcdValues
{
    /// <summary>The enum value a keyword or number selects, case-insensitively.</summary>
    public static EnumValue? MatchEnum(ValueConstraint constraint, BcdValue value) =>
        constraint.Values.FirstOrDefault(v => Names(v, value.Keyword) || v.Value.Number is { } n && value.Integer == n);

    /// <summary>The keywords an enum accepts, for messages: "Off or Auto".</summary>
    public static string Keywords(ValueConstraint constraint)
    {
        var names = constraint.Values.Select(v => v.Name ?? v.Value.ToString()).ToArray();
        return names.Length switch
        {
            0 => string.Empty,
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + " or " + names[^1],
        };
    }

    /// <summary>Whether a BCD write sets a value that is known (not computed at run time).</summary>
    public static bool HasKnownValue(BcdWrite write, [NotNullWhen(true)] out BcdValue? value)
    {
        value = write.Value;
        return write.Operation == BcdOperation.Set && value is not null && write.ValueCertainty != Certainty.Unresolved;
    }

    /// <summary>
    /// Whether the value switches the element "on" in the security sense: a true boolean, a
    /// non-zero number, or an enum value stored as non-zero.
    /// </summary>
    public static bool? IsNonZero(CatalogEntry entry, BcdValue value)
    {
        if (entry.Constraint?.Kind == ConstraintKind.Boolean)
        {
            return value.Boolean;
        }

        if (value.Integer is { } n)
        {
            return n != 0;
        }

        return entry.Constraint is { Kind: ConstraintKind.Enum } c && MatchEnum(c, value) is { Value.Number: { } number } ? number != 0 : null;
    }

    /// <summary>The same value in bcdedit's eyes (booleans and enum keywords normalised).</summary>
    public static bool SameValue(CatalogEntry? entry, BcdValue a, BcdValue b)
    {
        if (a.Is(b.Keyword))
        {
            return true;
        }

        if (entry?.Constraint is { } c)
        {
            if (c.Kind == ConstraintKind.Boolean && a.Boolean is { } x && b.Boolean is { } y)
            {
                return x == y;
            }

            if (c.Kind == ConstraintKind.Enum && MatchEnum(c, a) is { } ea && MatchEnum(c, b) is { } eb)
            {
                return ReferenceEquals(ea, eb);
            }
        }

        return a.Integer is { } na && b.Integer is { } nb && na == nb;
    }

    /// <summary>
    /// Whether a catalog value (a number, or a keyword) is the same as a write's value in
    /// bcdedit's eyes: a number is compared as a number, a boolean and an enum value; a keyword
    /// by its spelling and the enum value it names.
    /// </summary>
    public static bool SameValue(CatalogEntry? entry, CatalogValue expected, BcdValue value)
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (expected.Number is not { } number)
        {
            return SameValue(entry, expected.ToString(), value);
        }

        if (value.Is(number.ToString(CultureInfo.InvariantCulture)))
        {
            return true;
        }

        if (entry?.Constraint is { } c)
        {
            // Only 0 and 1 are booleans.
            if (c.Kind == ConstraintKind.Boolean && number <= 1 && value.Boolean is { } on)
            {
                return on == (number == 1);
            }

            if (c.Kind == ConstraintKind.Enum && MatchEnum(c, number) is { } ea && MatchEnum(c, value) is { } eb)
            {
                return ReferenceEquals(ea, eb);
            }
        }

        return value.Integer == number;
    }

    /// <summary>
    /// Whether text from elsewhere (a REG_SZ fallback value, a catalog keyword) is the same as a
    /// write's value, read as bcdedit would read it: the same spelling, boolean or number, or the
    /// keyword of the same enum value.
    /// </summary>
    public static bool SameValue(CatalogEntry? entry, string text, BcdValue value)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SameValue(entry, BcdValue.Read(text), value);
    }

    /// <summary>The catalog name of the element a write targets (documented spelling), or the name as written.</summary>
    public static string CanonicalElement(BcdWrite write, CatalogEntry? entry) => entry?.Name ?? write.Element.ToLowerInvariant();

    // The enum value a number from the catalog selects: by its decimal spelling or its number.
    private static EnumValue? MatchEnum(ValueConstraint constraint, ulong number)
    {
        var text = number.ToString(CultureInfo.InvariantCulture);
        return constraint.Values.FirstOrDefault(v => Names(v, text) || v.Value.Number == number);
    }

    // Whether an enum value is spelled `text` (its name, an alias, or its text value).
    private static bool Names(EnumValue v, string text) =>
        v.Name is { } name && name.Equals(text, StringComparison.OrdinalIgnoreCase)
        || v.Aliases.Any(a => a.Equals(text, StringComparison.OrdinalIgnoreCase))
        || v.Value.Text is { } t && t.Equals(text, StringComparison.OrdinalIgnoreCase);
}

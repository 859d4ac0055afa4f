using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Fixes;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0310: a value that bcdedit or the boot loader does not accept for the element.</summary>
public sealed class HV0310InvalidBcdValue : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0310",
        "InvalidBcdValue",
        "A value that is not valid for the BCD element it is given to.",
        "Each BCD element has a value grammar: hypervisorlaunchtype takes Off or Auto (not On), booleans take on/off/yes/no/true/false/1/0, ports and channels are numbers in a range, the debug host is an IPv4 address. A value outside the documented grammar is a mistake even where what bcdedit then does is not documented; where the values are only inferred, the finding is a warning.",
        RuleCategory.Range)
    {
        Fix = new FixInfo(FixApplicability.Unsafe, "Moves a number outside the element's range to the nearest bound. Unsafe: bcdedit or the loader did not use the number written, so the bound is a new setting. Other invalid values (a word for a number, an unknown keyword) have no single meaning and no fix."),
    };

    /// <inheritdoc />
    public override void AnalyzeBcdWrite(BcdWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Entry is not { Constraint: { } c } entry || !BcdValues.HasKnownValue(context.Write, out var value))
        {
            return;
        }

        var problem = Check(c, value);
        if (problem is null)
        {
            return;
        }

        // No source says what bcdedit or the loader does with other data unless the catalog does.
        var effect = c.OnInvalid == InvalidBehavior.Rejected ? "bcdedit rejects it and the boot configuration is not changed."
            : "What bcdedit and the boot loader do with it is not documented.";
        context.Report(
            context.Write.ValueSpan ?? context.Write.ElementSpan,
            $"'{value}' is not {(c.Basis.IsInferred ? "one of the values expected" : "a documented value")} for {entry.Name}: {problem} {effect}{Facts.Inferred("The list of values", c.Basis)}",
            context.Write,
            atMost: Facts.AtMost(c.Basis),
            fix: Fix(context.Write, c, value));
    }

    internal static string? Check(ValueConstraint c, BcdValue value)
    {
        switch (c.Kind)
        {
            case ConstraintKind.Boolean when value.Boolean is null:
                return "it is an on/off element, so write on, off, yes, no, true, false, 1 or 0.";
            case ConstraintKind.Enum when c.Values.Count > 0 && BcdValues.MatchEnum(c, value) is null:
                return $"it takes {BcdValues.Keywords(c)}.";
            case ConstraintKind.Integer or ConstraintKind.Port:
                if (value.Integer is not { } n)
                {
                    return "it takes a number.";
                }

                var (hardMin, max) = Bounds(c);
                if (hardMin is { } min && n < min || max is { } mx && n > mx)
                {
                    return $"it takes a number from {hardMin ?? 0} to {max?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "any"}.";
                }

                return null;
            case ConstraintKind.Ipv4 when !value.IsIpv4Address:
                return "it takes an IPv4 address such as 192.168.1.2.";
            case ConstraintKind.BusParams when value.BusLocation is null:
                return "it takes a PCI location as bus.device.function, such as 0.25.0.";
            case ConstraintKind.DebugKey when !value.IsDebugKey:
                return "a debugger key uses only the characters 0-9, a-z and dots.";
            default:
                return null;
        }
    }

    // The range bcdedit and the loader enforce. A documented lower bound that the loader does
    // not enforce is HV0311's business.
    private static (ulong? Min, ulong? Max) Bounds(ValueConstraint c) =>
        (c.OnInvalid == InvalidBehavior.Unknown && c.Kind == ConstraintKind.Port ? null : c.Min,
         c.Kind == ConstraintKind.Port ? Math.Min(c.Max ?? 65535, 65535) : c.Max);

    // A number out of range moves to the nearest bound; nothing else has one obvious value.
    private static ReplaceBcdValueChange? Fix(BcdWrite write, ValueConstraint c, BcdValue value)
    {
        if (c.Kind is not (ConstraintKind.Integer or ConstraintKind.Port) || value.Integer is not { } n || !FixPolicy.CanEdit(write))
        {
            return null;
        }

        var (min, max) = Bounds(c);
        ulong? bound = min is { } lo && n < lo ? lo : max is { } hi && n > hi ? hi : null;
        return bound is { } b
            ? new ReplaceBcdValueChange(write, b.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Set it to {b.ToString(System.Globalization.CultureInfo.InvariantCulture)}", FixApplicability.Unsafe)
            : null;
    }
}

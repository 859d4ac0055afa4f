using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Fixes;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0301: a number outside the range its reader accepts.</summary>
public sealed class HV0301ValueOutOfRange : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0301",
        "ValueOutOfRange",
        "A number outside the range that its reader accepts.",
        "Hyper-V components check many tuning values against a range. For some, the documentation says what they do with a value outside it (clamp it, cap it, reset it to the default); for others it does not. Either way the host may not run with the value in the script.",
        RuleCategory.Range)
    {
        Fix = new FixInfo(FixApplicability.Unsafe, "Moves the number to the nearest bound of the range. Unsafe: it changes what is written and what the host runs with; safe where the reader is documented to clamp the number to that bound already."),
    };

    /// <inheritdoc />
    public override void AnalyzeRegistryWrite(RegistryWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!WriteChecks.TryGetNumber(context, out var entry, out var c, out var n)
            || c.Kind is not (ConstraintKind.Integer or ConstraintKind.Port) || (c.Min is null && c.Max is null))
        {
            return;
        }

        if (n == 0 && c.ZeroMeansDefault)
        {
            return;
        }

        var below = c.Min is { } min && n < min;
        var above = c.Max is { } max && n > max;
        if (!below && !above)
        {
            return;
        }

        var advice = c.Min is not null && c.Max is not null ? $"Use a value from {Facts.Decimal(c.Min.Value)} to {Facts.Decimal(c.Max.Value)}"
            : below ? $"Use {Facts.Decimal(c.Min!.Value)} or more" : $"Use {Facts.Decimal(c.Max!.Value)} or less";
        if (c.ZeroMeansDefault)
        {
            advice += ", or 0 for the default";
        }

        var where = (c.Min, c.Max) switch
        {
            ({ } lo, { } hi) => $"outside {Facts.Decimal(lo)}..{Facts.Decimal(hi)}",
            ({ } lo, null) => $"below the minimum {Facts.Decimal(lo)}",
            _ => $"above the maximum {Facts.Decimal(c.Max!.Value)}",
        };
        context.Report(
            context.Write.DataOrNameSpan,
            $"'{context.Write.DisplayName}' = {Facts.Value(context.Write, n)} is {where}; {Facts.OnInvalid(entry, c, n)}.{Facts.Inferred("The range", c.Basis)} {advice}.",
            context.Write,
            atMost: Facts.AtMost(c.Basis),
            fix: Fix(context, c, n, below ? c.Min!.Value : c.Max!.Value));
    }

    // The nearest bound, written with the write's own type (a REG_DWORD stays a REG_DWORD).
    private static ReplaceDataChange? Fix(RegistryWriteContext context, ValueConstraint c, ulong written, ulong bound)
    {
        var write = context.Write;
        if (!FixPolicy.CanEdit(write) || FixPolicy.Number(write.Data!.Type, bound) is not { } data)
        {
            return null;
        }

        var applicability = FixPolicy.ReaderUsesBound(c, written, bound) ? FixApplicability.Safe : FixApplicability.Unsafe;
        return new ReplaceDataChange(write, data, $"Write {Facts.Decimal(bound)}", applicability);
    }
}

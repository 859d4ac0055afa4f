using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0306: a bitmask with bits set that its reader does not define.</summary>
public sealed class HV0306UnknownFlagBits : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0306",
        "UnknownFlagBits",
        "A bitmask with bits set that its reader does not define.",
        "Flag values combine documented bits. A bit outside them does nothing today and may switch on unrelated behaviour in a later build; usually it is a decimal number written where hex was meant.",
        RuleCategory.Range,
        Severity.Warning);

    /// <inheritdoc />
    public override void AnalyzeRegistryWrite(RegistryWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!WriteChecks.TryGetNumber(context, out var entry, out var c, out var n) || c.Kind != ConstraintKind.Bitmask || c.Bits.Count == 0)
        {
            return;
        }

        var known = c.Bits.Aggregate(0UL, (acc, b) => acc | b.Mask);
        var extra = n & ~known;
        if (extra == 0)
        {
            return;
        }

        var bits = string.Join(", ", c.Bits.Select(b => $"0x{b.Mask:x} {b.Meaning}"));
        context.Report(
            context.Write.DataOrNameSpan,
            $"'{context.Write.DisplayName}' = {Facts.Value(context.Write, n)} sets bits 0x{extra:x} that {Facts.Reader(entry)} does not define (known bits: {bits}).{Facts.Inferred("The list of bits", c.Basis)} Set only the known bits.",
            context.Write,
            atMost: Facts.AtMost(c.Basis));
    }
}

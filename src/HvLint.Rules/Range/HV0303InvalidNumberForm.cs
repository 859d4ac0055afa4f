using System.Numerics;
using HvLint.Core.Diagnostics;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0303: a number that must be a power of two, or even, and is not.</summary>
public sealed class HV0303InvalidNumberForm : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0303",
        "InvalidNumberForm",
        "A number that must be a power of two, or even, and is not.",
        "Some values size tables or screen buffers and are only valid as a power of two or as an even number. The reader treats any other number as invalid.",
        RuleCategory.Range);

    /// <inheritdoc />
    public override void AnalyzeRegistryWrite(RegistryWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!WriteChecks.TryGetNumber(context, out var entry, out var c, out var n) || n == 0 && c.ZeroMeansDefault)
        {
            return;
        }

        if (c.PowerOfTwo && !BitOperations.IsPow2(n))
        {
            var lower = n == 0 ? 1UL : BitOperations.RoundUpToPowerOf2(n) >> 1;
            var upper = n == 0 ? 1UL : BitOperations.RoundUpToPowerOf2(n);
            context.Report(
                context.Write.DataOrNameSpan,
                $"'{context.Write.DisplayName}' = {Facts.Value(context.Write, n)} is not a power of two; {Facts.OnInvalid(entry, c, n)}.{Facts.Inferred("That it must be a power of two", c.Basis)} Use {Facts.Number(lower)} or {Facts.Number(upper)}.",
                context.Write,
                atMost: Facts.AtMost(c.Basis));
        }
        else if (c.Even && n % 2 == 1)
        {
            context.Report(
                context.Write.DataOrNameSpan,
                $"'{context.Write.DisplayName}' = {Facts.Value(context.Write, n)} is odd, but it must be even; {Facts.OnInvalid(entry, c, n)}.{Facts.Inferred("That it must be even", c.Basis)} Use {Facts.Number(n - 1)} or {Facts.Number(n + 1)}.",
                context.Write,
                atMost: Facts.AtMost(c.Basis));
        }
    }
}

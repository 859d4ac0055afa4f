using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0702: a lower bound set above its upper bound (a minimum above its maximum).</summary>
public sealed class HV0702OrderedPairViolated : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0702",
        "OrderedPairViolated",
        "A lower bound is set above its upper bound.",
        "Several settings come in pairs: a minimum and a maximum thread count, a low and a high utilisation threshold, the first and last address of the host's MAC or WWPN pool. When the lower one is set above the upper one the pair describes an empty range; where documented, the component caps the lower one.",
        RuleCategory.Conflict);

    /// <inheritdoc />
    public override bool AnalyzesHost => true;

    /// <inheritdoc />
    public override void AnalyzeFile(FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var last = LastWrites.Of(context);
        foreach (var (write, entry) in last.Values.OrderBy(x => x.Write.Order))
        {
            if (entry.Constraint?.LessOrEqualTo is not { } upperName || LastWrites.Sibling(last, write, upperName) is not { } upper)
            {
                continue;
            }

            var cmp = Compare(write.Data!, upper.Write.Data!);
            if (cmp is not > 0)
            {
                continue;
            }

            var where = RuleContext.Place(upper.Write, write);
            var effect = entry.Constraint.OnInvalid is Core.Catalog.InvalidBehavior.Capped or Core.Catalog.InvalidBehavior.Clamped
                ? $"{Facts.Reader(entry)} lowers it to {upperName}"
                : "the pair describes an empty range";
            context.Report(
                write.DataOrNameSpan,
                $"'{write.DisplayName}' = {Facts.Data(write)} is above '{upperName}' = {Facts.Data(upper.Write)} ({where}); {effect}.{Facts.Inferred("This ordering", entry.Constraint.OrderBasis)} Make '{write.DisplayName}' no greater than '{upperName}'.",
                write,
                [new RelatedLocation(context.At(upper.Write, upper.Write.DataOrNameSpan), $"The upper bound, '{upperName}'.")],
                atMost: Facts.AtMost(entry.Constraint.OrderBasis));
        }
    }

    // Numbers compare as numbers; addresses (MAC, WWPN) of equal length compare byte by byte,
    // most significant first, as the allocators walk them.
    private static int? Compare(RegistryData a, RegistryData b)
    {
        if (a.Number is { } x && b.Number is { } y)
        {
            return x.CompareTo(y);
        }

        if (a.Number is null && b.Number is null && a.Bytes is { } ba && b.Bytes is { } bb && ba.Count == bb.Count && ba.Count > 0)
        {
            for (var i = 0; i < ba.Count; i++)
            {
                if (ba[i] != bb[i])
                {
                    return ba[i].CompareTo(bb[i]);
                }
            }

            return 0;
        }

        return null;
    }
}

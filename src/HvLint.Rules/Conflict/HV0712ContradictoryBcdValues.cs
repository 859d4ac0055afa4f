using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0712: one element set to two different values on the same object, on the same path.</summary>
public sealed class HV0712ContradictoryBcdValues : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0712",
        "ContradictoryBcdValues",
        "A BCD element is set to two different values for the same boot entry.",
        "bcdedit applies the commands in order, so the last value wins. A script that sets hypervisorlaunchtype to Auto and then to Off for the same entry, with no branch between them, leaves Hyper-V off: the classic 'enable Hyper-V' script that disables it.",
        RuleCategory.Conflict);

    /// <inheritdoc />
    public override bool AnalyzesHost => true;

    /// <inheritdoc />
    public override void AnalyzeFile(FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var last = new Dictionary<string, BcdWrite>(StringComparer.Ordinal);
        foreach (var write in context.EffectiveWrites().OfType<BcdWrite>())
        {
            if (write.IsConditional || write.ObjectCertainty == Certainty.Unresolved)
            {
                continue;
            }

            var entry = context.Catalog.FindBcdElement(write.Element);
            var key = $"{write.Store}|{write.Object}|{BcdValues.CanonicalElement(write, entry)}";
            if (write.Operation == BcdOperation.DeleteValue)
            {
                last.Remove(key);
                continue;
            }

            if (!BcdValues.HasKnownValue(write, out var value))
            {
                last.Remove(key);
                continue;
            }

            if (last.TryGetValue(key, out var earlier) && !BcdValues.SameValue(entry, earlier.Value!, value))
            {
                var where = RuleContext.Place(earlier, write);
                context.Report(
                    write.ValueSpan ?? write.ElementSpan,
                    $"{BcdValues.CanonicalElement(write, entry)} is set to '{value}' here and to '{earlier.Value}' on {where} for {write.Object}, with no branch between them; the last one wins, so '{earlier.Value}' never takes effect. Keep the value you mean.",
                    write,
                    [new RelatedLocation(context.At(earlier, earlier.ValueSpan ?? earlier.ElementSpan), "The earlier value, overridden.")]);
            }

            last[key] = write;
        }
    }
}

using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0711: an element set and later deleted again by the same script.</summary>
public sealed class HV0711BcdSetThenDeleted : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0711",
        "BcdSetThenDeleted",
        "A BCD element is set and then deleted again.",
        "bcdedit /deletevalue removes the element so that its default applies again. When a script sets an element and later deletes it on the same object, on every path, the set never takes effect; usually the two lines were meant for different objects or the delete is left over from an older version of the script.",
        RuleCategory.Conflict);

    /// <inheritdoc />
    public override bool AnalyzesHost => true;

    /// <inheritdoc />
    public override void AnalyzeFile(FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sets = new Dictionary<string, BcdWrite>(StringComparer.Ordinal);
        foreach (var write in context.EffectiveWrites().OfType<BcdWrite>())
        {
            if (write.IsConditional || write.ObjectCertainty == Certainty.Unresolved)
            {
                continue;
            }

            var entry = context.Catalog.FindBcdElement(write.Element);
            var key = $"{write.Store}|{write.Object}|{BcdValues.CanonicalElement(write, entry)}";
            if (write.Operation == BcdOperation.Set)
            {
                sets[key] = write;
            }
            else if (sets.Remove(key, out var set))
            {
                var where = RuleContext.Place(set, write);
                context.Report(
                    write.ElementSpan,
                    $"This deletes {BcdValues.CanonicalElement(write, entry)} on {write.Object}, which {where} sets to '{set.Value}'; the set never takes effect. Remove one of the two.",
                    write,
                    [new RelatedLocation(context.At(set, set.ValueSpan ?? set.ElementSpan), "The set that the delete undoes.")]);
            }
        }
    }
}

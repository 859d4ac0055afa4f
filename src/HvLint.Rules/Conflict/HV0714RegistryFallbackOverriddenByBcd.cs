using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0714: a Control\Hypervisor fallback value that disagrees with the BCD element set alongside it.</summary>
public sealed class HV0714RegistryFallbackOverriddenByBcd : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0714",
        "RegistryFallbackOverriddenByBcd",
        "A Control\\Hypervisor registry value disagrees with the BCD element that overrides it.",
        "The hypervisor loader reads some settings from the BCD store first and falls back to a registry value of the same name under Control\\Hypervisor only when the BCD element is absent. When a configuration sets both to different values, the BCD value wins and the registry value is dead.",
        RuleCategory.Conflict);

    /// <inheritdoc />
    public override bool AnalyzesHost => true;

    /// <inheritdoc />
    public override void AnalyzeFile(FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bcd = FinalSets(context);
        if (bcd.Count == 0)
        {
            return;
        }

        foreach (var write in context.EffectiveWrites().OfType<RegistryWrite>())
        {
            if (write.Operation != RegistryOperation.SetValue || write.DataCertainty == Certainty.Unresolved || write.Data is not { } data
                || write.ValueName is null || context.Catalog.FindValue(context.KeyOf(write), write.ValueName) is not { BcdElement: { } element })
            {
                continue;
            }

            var entry = context.Catalog.FindBcdElement(element);
            if (entry is null || !bcd.TryGetValue(entry, out var match) || match is null || Agrees(entry, data, match.Value!))
            {
                continue;
            }

            var where = RuleContext.Place(match, write);
            context.Report(
                write.DataOrNameSpan,
                $"'{write.DisplayName}' = {data.ToDisplayString()} is only read when the BCD element {entry.Name} is absent, but {where} sets {entry.Name} to '{match.Value}'; the BCD value wins and this one is ignored. Set the value in one place.",
                write,
                [new RelatedLocation(context.At(match, match.ValueSpan ?? match.ElementSpan), "The BCD setting that wins.")]);
        }
    }

    /// <summary>
    /// The BCD set of each element that is in effect after every write: a later delete of the
    /// element on the same object undoes it, and a set or delete that happens only on some paths
    /// (or with a value computed at run time) makes the outcome unknown (null).
    /// </summary>
    private static Dictionary<CatalogEntry, BcdWrite?> FinalSets(FileContext context)
    {
        var final = new Dictionary<CatalogEntry, BcdWrite?>();
        foreach (var w in context.EffectiveWrites().OfType<BcdWrite>())
        {
            if (context.Catalog.FindBcdElement(w.Element) is not { } entry)
            {
                continue;
            }

            switch (w.Operation)
            {
                case BcdOperation.Set:
                    final[entry] = w.IsConditional || w.ValueCertainty == Certainty.Unresolved ? null : w;
                    break;
                case BcdOperation.DeleteValue when final.TryGetValue(entry, out var set) && (set is null || set.Object == w.Object):
                    if (w.IsConditional)
                    {
                        final[entry] = null;
                    }
                    else
                    {
                        final.Remove(entry);
                    }

                    break;
            }
        }

        return final;
    }

    private static bool Agrees(CatalogEntry entry, RegistryData data, BcdValue bcdValue)
    {
        if (entry.Constraint?.Kind == ConstraintKind.Boolean && bcdValue.Boolean is { } on && data.Number is { } n)
        {
            return on == (n != 0);
        }

        if (data.Text is { } text)
        {
            return BcdValues.SameValue(entry, text, bcdValue);
        }

        return data.Number is { } number && bcdValue.Integer == number;
    }
}

using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0705: a value written and later deleted (by name or with its key), in one file or across the files of one host.</summary>
public sealed class HV0705WriteUndoneByDelete : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0705",
        "WriteUndoneByDelete",
        "A Hyper-V value is written and later deleted again.",
        "Writes apply in order. A value that is set and then deleted, by name or together with its key, on every path, never takes effect. Usually the delete was meant for another value or key, or the set was left behind by an edit.",
        RuleCategory.Conflict);

    /// <inheritdoc />
    public override bool AnalyzesHost => true;

    /// <inheritdoc />
    public override void AnalyzeFile(FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sets = new Dictionary<string, RegistryWrite>(StringComparer.Ordinal);
        foreach (var w in context.EffectiveWrites().OfType<RegistryWrite>())
        {
            if (w.KeyCertainty == Certainty.Unresolved || w.NameCertainty == Certainty.Unresolved || w.IsConditional)
            {
                continue;
            }

            switch (w.Operation)
            {
                case RegistryOperation.SetValue:
                    var key = context.KeyOf(w);
                    if (key.Owner is not null || key.Entries.Count > 0)
                    {
                        sets[w.Identity] = w;
                    }

                    break;
                case RegistryOperation.DeleteValue when sets.Remove(w.Identity, out var set):
                    Report(context, w, [set], w.NameOrStatementSpan);
                    break;
                case RegistryOperation.DeleteKey or RegistryOperation.DeleteAllValues:
                    var prefix = $"reg:{w.Key.MatchKey}";
                    var undone = sets.Where(kv => kv.Key.StartsWith(prefix + ":", StringComparison.Ordinal)
                        || w.Operation == RegistryOperation.DeleteKey && kv.Key.StartsWith(prefix + "\\", StringComparison.Ordinal)).ToArray();
                    foreach (var kv in undone)
                    {
                        sets.Remove(kv.Key);
                    }

                    if (undone.Length > 0)
                    {
                        Report(context, w, [.. undone.Select(kv => kv.Value).OrderBy(x => x.Order)], w.KeySpan);
                    }

                    break;
            }
        }
    }

    private static void Report(FileContext context, RegistryWrite delete, RegistryWrite[] undone, Core.Text.TextSpan at)
    {
        var names = string.Join(", ", undone.Take(3).Select(u => $"'{u.DisplayName}' ({RuleContext.Place(u, delete)})")) + (undone.Length > 3 ? $" and {undone.Length - 3} more" : string.Empty);
        context.Report(
            at,
            $"This delete undoes {names}, written earlier on the same path; {(undone.Length == 1 ? "that write never takes" : "those writes never take")} effect. Remove the write or the delete, or point the delete at the key you meant.",
            delete,
            [.. undone.Select(u => new RelatedLocation(context.At(u, u.DataOrNameSpan), $"'{u.DisplayName}', deleted again."))]);
    }
}

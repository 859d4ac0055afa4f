using HvLint.Core.Diagnostics;
using HvLint.Core.Fixes;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0701: the same value written twice in one file with different data.</summary>
public sealed class HV0701ConflictingDuplicateValue : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0701",
        "ConflictingDuplicateValue",
        "The same value is written twice with different data.",
        "Writes are applied in order, so the last one wins and the earlier one never takes effect. Two different values for one setting in one file (or in the files of one host, with --as-one-host) usually mean a copy-and-paste mistake, and a reader cannot tell which one the author meant.",
        RuleCategory.Conflict)
    {
        Fix = new FixInfo(FixApplicability.Unsafe, "Removes the earlier write, which the later one overrides, when both are in the same file. Unsafe: the author may have meant the earlier data; the fix keeps the data in effect and drops the other."),
    };

    /// <inheritdoc />
    public override bool AnalyzesHost => true;

    // A fix edits the finding's file: the earlier write is removed only when it is in that file.
    private static RemoveWriteChange? RemoveEarlier(RegistryWrite earlier, RegistryWrite write) =>
        earlier.Source.Path == write.Source.Path && FixPolicy.CanEdit(earlier) && FixPolicy.CanEdit(write)
            ? new RemoveWriteChange(earlier, $"Remove the earlier write of '{write.DisplayName}'", FixApplicability.Unsafe)
            : null;

    /// <inheritdoc />
    public override void AnalyzeFile(FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var last = new Dictionary<string, RegistryWrite>(StringComparer.Ordinal);
        foreach (var write in context.EffectiveWrites().OfType<RegistryWrite>())
        {
            if (write.KeyCertainty == Certainty.Unresolved || write.NameCertainty == Certainty.Unresolved)
            {
                continue;
            }

            // A deletion resets the value, or everything below the key: a later write is a fresh value, not a conflict.
            if (LastWrites.ForgetDeleted(last, write))
            {
                continue;
            }

            switch (write.Operation)
            {
                case RegistryOperation.SetValue:
                    var key = context.KeyOf(write);
                    if (key.Owner is null && key.Entries.Count == 0)
                    {
                        break;
                    }

                    if (last.TryGetValue(write.Identity, out var earlier)
                        && earlier.Data is { } before && write.Data is { } after
                        && earlier.DataCertainty != Certainty.Unresolved && write.DataCertainty != Certainty.Unresolved
                        && !earlier.IsConditional && !write.IsConditional
                        && !before.SameAs(after))
                    {
                        var where = RuleContext.Place(earlier, write);
                        context.Report(
                            write.DataOrNameSpan,
                            $"'{write.DisplayName}' is set to {after.ToDisplayString()} here and to {before.ToDisplayString()} on {where}; the last write wins, so {where} never takes effect. Keep one of them.",
                            write,
                            [new RelatedLocation(context.At(earlier, earlier.DataOrNameSpan), $"The earlier write of '{write.DisplayName}', overridden.")],
                            fix: RemoveEarlier(earlier, write));
                    }

                    last[write.Identity] = write;
                    break;
            }
        }
    }
}

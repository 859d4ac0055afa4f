using HvLint.Core.Diagnostics;
using HvLint.Core.Fixes;
using HvLint.Core.Model;
using HvLint.Core.Rules;
using HvLint.Core.Text;

namespace HvLint.Rules;

/// <summary>HV0101: a value name that no Hyper-V component reads, in a key Hyper-V owns.</summary>
public sealed class HV0101UnknownValueName : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0101",
        "UnknownValueName",
        "A value name that no Hyper-V component reads.",
        "Hyper-V reads its tuning values by exact name. A misspelt name is written without complaint and then silently ignored, so the setting the author meant never takes effect. HvLint knows every value Hyper-V reads under the keys it owns and suggests the closest known name.",
        RuleCategory.UnknownName)
    {
        Fix = new FixInfo(FixApplicability.Unsafe, "Renames the value to the one known name closest to it, when exactly one is closest. Unsafe: the setting then takes effect, which changes what the host does."),
    };

    /// <inheritdoc />
    public override void AnalyzeRegistryWrite(RegistryWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var write = context.Write;
        if (!write.IsValueWrite || write.ValueName is null || write.NameCertainty == Certainty.Unresolved
            || write.KeyCertainty == Certainty.Unresolved || !(context.Key.ValuesOwned || context.Key.NearMissesOwned) || context.Entry is not null)
        {
            return;
        }

        // Subkeys whose values are free-form are declared by a key-only entry matching this key
        // with no value entries; an owned key with only key-only entries still owns its values.
        var name = write.DisplayName;
        var suggestions = context.Key.SuggestValueNames(write.ValueName);

        // In a key Hyper-V shares with Windows (Control\Lsa holds hundreds of Windows values)
        // only a near miss of a name catalogued there is a finding.
        if (!context.Key.ValuesOwned && suggestions.Count == 0)
        {
            return;
        }

        // A known name with a space or tab before or after it is a different value to Windows.
        var trimmed = write.ValueName.Trim();
        var padded = trimmed.Length != write.ValueName.Length
            && context.Key.KnownValueNames.FirstOrDefault(n => n.Equals(trimmed, StringComparison.OrdinalIgnoreCase)) is { } known ? known : null;
        var elsewhere = context.Catalog.FindValueAnywhere(write.ValueName)
            .Where(e => e.Key is not null && e.NotReadHere is null)
            .Select(e => e.Key!)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(2)
            .ToArray();
        if (write.Operation == RegistryOperation.DeleteValue)
        {
            // Deleting an unknown value is a harmless clean-up (often of an old misspelling):
            // a note, and never an invitation to delete the real setting instead.
            var meant = suggestions.Count > 0 ? $" If it was meant as '{suggestions[0]}', that setting is left unchanged." : string.Empty;
            context.Report(write.NameOrStatementSpan, $"This deletes '{name}', a value no Hyper-V component reads under '{write.Key.Text}'; the deletion is harmless.{meant}", write, severity: Severity.Note);
            return;
        }

        var verb = "Windows stores it and never reads it";
        WriteChange? fix = null;
        // A key shared with Windows holds values of other readers: the claim is about the names catalogued there.
        var reader = context.Key.ValuesOwned ? "Hyper-V" : "Windows";
        var message = $"'{name}' is not a value that {reader} reads under '{write.Key.Text}'; {verb}.";
        if (padded is not null)
        {
            message = $"'{name}' has a space or tab around '{padded}', which makes it a different value: Windows stores it beside '{padded}' and never reads it, so '{padded}' keeps its old value. Remove the whitespace.";
            if (FixPolicy.CanEdit(write))
            {
                fix = new RenameValueChange(write, padded, $"Rename it to '{padded}'", FixApplicability.Unsafe);
            }
        }
        else if (elsewhere.Length > 0)
        {
            message += $" A value of that name is read under '{elsewhere[0]}'" + (elsewhere.Length > 1 ? " (and other keys)" : string.Empty) + ": move it there.";
        }
        else
        {
            message += NameSuggester.DidYouMean(suggestions);
            if (OnlyBest(write.ValueName, suggestions) is { } meant && FixPolicy.CanEdit(write))
            {
                fix = new RenameValueChange(write, meant, $"Rename it to '{meant}'", FixApplicability.Unsafe);
            }
        }

        context.Report(write.NameOrStatementSpan, message, write, fix: fix);
    }

    // The suggestion to rename to: the closest name, when no other is as close.
    private static string? OnlyBest(string name, IReadOnlyList<string> suggestions) =>
        suggestions.Count == 1 || suggestions.Count > 1 && NameSuggester.Distance(name, suggestions[0]) < NameSuggester.Distance(name, suggestions[1])
            ? suggestions[0]
            : null;
}

using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Rules;
using HvLint.Core.Text;

namespace HvLint.Rules;

/// <summary>HV0121: a Hyper-V cmdlet parameter given a word its enum type does not have.</summary>
public sealed class HV0121UnknownCmdletEnumValue : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0121",
        "UnknownCmdletEnumValue",
        "A Hyper-V cmdlet parameter given a word its enum does not have.",
        "Parameters such as -MacAddressSpoofing, -MinimumBandwidthMode or -VirtualMachineMigrationAuthenticationType take one of a fixed set of words. PowerShell cannot convert any other word, so it refuses the whole command and none of its settings is applied.",
        RuleCategory.UnknownName,
        Severity.Error);

    /// <inheritdoc />
    public override void AnalyzeHyperVSettingWrite(HyperVSettingWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var write = context.Write;
        if (context.Entry is not { Constraint: { Kind: ConstraintKind.Enum } constraint } entry || HyperVValues.Known(write) is not { } text)
        {
            return;
        }

        if (write.WmiClass is not null)
        {
            ReportWmi(context, entry, text);
            return;
        }

        if (HyperVValues.Enum(entry, text) is not null || HyperVValues.Number(text) is not null)
        {
            return;
        }

        var names = constraint.Values.Select(v => v.Name ?? v.Value.ToString()).ToArray();
        var suggestions = NameSuggester.Suggest(text.Trim(), names);
        var fix = suggestions.Count > 0 ? $"Did you mean {suggestions[0]}?" : $"Write one of {string.Join(", ", names)}.";

        // A word of the parameter's type that this cmdlet refuses on purpose (New-VMSwitch
        // -SwitchType External) is no typo: the catalog's note on that word says what to write.
        if (constraint.InvalidNote is { } note && text.Trim() is { Length: >= 3 } word
            && System.Text.RegularExpressions.Regex.IsMatch(note, $@"\b{System.Text.RegularExpressions.Regex.Escape(word)}\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
        {
            fix = note;
        }
        context.Report(
            write.ValueOrParameterSpan,
            $"{HyperVValues.Parameter(write)} takes {string.Join(", ", names)}; PowerShell cannot convert '{text}', so it refuses the whole {write.CmdletAsWritten} command and none of its settings is applied. {fix}",
            write);
    }

    // A WMI property write carries the property's value, not the cmdlet's word: judged only
    // where the catalog maps the property's numbers to the cmdlet's names (wmiValues.map), and
    // only a number outside that map (a boolean property takes any value PowerShell converts).
    private static void ReportWmi(HyperVSettingWriteContext context, CatalogEntry entry, string text)
    {
        var write = context.Write;
        if (string.Equals(entry.WmiType, "boolean", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        HyperVValues.WmiEnum(entry, text, out var inMap, out var mapped);
        if (!mapped || inMap)
        {
            return;
        }

        var values = string.Join(", ", entry.WmiValues!.Map.Select(m => $"{m.Value} ({m.Name})"));
        context.Report(
            write.ValueOrParameterSpan,
            $"{HyperVValues.Parameter(write)} takes {values}; {text.Trim()} is none of them, so expect Hyper-V to reject the change made through {write.CmdletAsWritten} (inferred). Write one of the listed values.",
            write,
            atMost: Severity.Warning);
    }
}

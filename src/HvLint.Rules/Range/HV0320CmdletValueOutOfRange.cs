using System.Globalization;
using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0320: a Hyper-V cmdlet parameter given a number outside its documented range.</summary>
public sealed class HV0320CmdletValueOutOfRange : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0320",
        "CmdletValueOutOfRange",
        "A Hyper-V cmdlet parameter given a number outside its range.",
        "Percentages (-Reserve, -Maximum, -VmqWeight, -IovWeight), weights (-RelativeWeight), the memory buffer (-Buffer) and VLAN IDs (-VlanId) have a range; the cmdlet refuses a number outside it and sets nothing of the command.",
        RuleCategory.Range,
        Severity.Error);

    /// <inheritdoc />
    public override void AnalyzeHyperVSettingWrite(HyperVSettingWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var write = context.Write;
        if (context.Entry is not { Constraint: { Kind: ConstraintKind.Integer } constraint } entry || HyperVValues.Known(write) is not { } text
            || HyperVValues.Number(text) is not { } number || !HyperVValues.ConstraintApplies(write, entry))
        {
            return;
        }

        var below = constraint.Min is { } min && number < min;
        var above = constraint.Max is { } max && number > max;
        if (!below && !above)
        {
            return;
        }

        var range = (constraint.Min, constraint.Max) switch
        {
            ({ } lo, { } hi) => string.Create(CultureInfo.InvariantCulture, $"outside {lo} to {hi}"),
            ({ } lo, null) => string.Create(CultureInfo.InvariantCulture, $"below its least value, {lo}"),
            (null, { } hi) => string.Create(CultureInfo.InvariantCulture, $"above its greatest value, {hi}"),
            _ => string.Empty,
        };
        var basis = constraint.Basis;
        var wmi = write.WmiClass is not null;
        var effect = basis.IsInferred
            ? $"The range is inferred, not documented: {basis.ReasoningAfterColon}"
            : wmi
                ? $"The range is the one {string.Join(" and ", entry.Cmdlets.Select(c => $"{c.Cmdlet} -{c.Parameter}"))} enforces; written through {write.CmdletAsWritten}, expect Hyper-V to reject the change (inferred)."
                : $"The cmdlet refuses it, so none of the {write.CmdletAsWritten} command's settings is applied.";
        context.Report(
            write.ValueOrParameterSpan,
            $"{HyperVValues.Parameter(write)} {text} on {write.TargetDisplay} is {range}{(wmi ? string.Empty : $" ({entry.WmiClass}.{entry.Name})")}. {effect}",
            write,
            atMost: basis.IsInferred || wmi ? Severity.Warning : null);
    }
}

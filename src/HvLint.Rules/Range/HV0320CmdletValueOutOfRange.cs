using System.Globalization;
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
        if (context.Entry is not { } entry || HyperVValues.Known(write) is not { } text
            || HyperVValues.Number(text) is not { } number || HyperVValues.Range(write, entry) is not var (min, max, basis))
        {
            return;
        }

        var below = min is { } lo0 && number < lo0;
        var above = max is { } hi0 && number > hi0;
        if (!below && !above)
        {
            return;
        }

        var range = (min, max) switch
        {
            ({ } lo, { } hi) => string.Create(CultureInfo.InvariantCulture, $"outside {lo} to {hi}"),
            ({ } lo, null) => string.Create(CultureInfo.InvariantCulture, $"below its least value, {lo}"),
            (null, { } hi) => string.Create(CultureInfo.InvariantCulture, $"above its greatest value, {hi}"),
            _ => string.Empty,
        };
        var wmi = write.WmiClass is not null;
        var effect = basis.IsInferred
            ? $"The range is inferred, not documented: {basis.ReasoningAfterColon}"
            : !wmi
                ? $"The cmdlet refuses it, so none of the {write.CmdletAsWritten} command's settings is applied."
                : entry.WmiValues is { HasOwnRange: true }
                    ? $"That is the property's documented range; written through {write.CmdletAsWritten}, expect Hyper-V to reject the change (inferred)."
                    : $"The range is the one {string.Join(" and ", entry.Cmdlets.Select(c => $"{c.Cmdlet} -{c.Parameter}"))} enforces; written through {write.CmdletAsWritten}, expect Hyper-V to reject the change (inferred).";
        context.Report(
            write.ValueOrParameterSpan,
            $"{HyperVValues.Parameter(write)} {text} on {write.TargetDisplay} is {range}{(wmi ? string.Empty : $" ({entry.WmiClass}.{entry.Name})")}. {effect}",
            write,
            atMost: basis.IsInferred || wmi ? Severity.Warning : null);
    }
}

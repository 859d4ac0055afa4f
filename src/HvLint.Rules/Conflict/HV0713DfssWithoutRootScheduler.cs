using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0713: the DFSS switch set for a host that does not use the root scheduler.</summary>
public sealed class HV0713DfssWithoutRootScheduler : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0713",
        "DfssWithoutRootScheduler",
        "DisableDynamicFairShareScheduler is set, but the root scheduler that reads it is not selected.",
        "winhvr reads DisableDynamicFairShareScheduler only while the hypervisor runs the root scheduler. Windows Server uses the core scheduler, so unless the same configuration selects hypervisorschedulertype Root, the value has no effect.",
        RuleCategory.Conflict);

    /// <inheritdoc />
    public override bool AnalyzesHost => true;

    /// <inheritdoc />
    public override void AnalyzeFile(FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scheduler = context.EffectiveWrites().OfType<BcdWrite>()
            .Where(w => context.Catalog.FindBcdElement(w.Element)?.Name == "hypervisorschedulertype" && w.Operation == BcdOperation.Set)
            .ToArray();
        if (scheduler.Any(w => w.ValueCertainty == Certainty.Unresolved || w.Value?.Is("root") == true))
        {
            return;
        }

        foreach (var write in context.EffectiveWrites().OfType<RegistryWrite>())
        {
            if (write.Operation != RegistryOperation.SetValue || write.DataCertainty == Certainty.Unresolved || write.Data?.Number is not > 0
                || !string.Equals(write.ValueName, "DisableDynamicFairShareScheduler", StringComparison.OrdinalIgnoreCase)
                || context.Catalog.FindValue(context.KeyOf(write), write.ValueName!) is null)
            {
                continue;
            }

            var other = scheduler.LastOrDefault();
            var why = other is null
                ? "this configuration does not select the root scheduler (hypervisorschedulertype Root), and Windows Server runs the core scheduler"
                : $"this configuration selects hypervisorschedulertype {other.Value}";
            context.Report(
                write.DataOrNameSpan,
                $"DisableDynamicFairShareScheduler is only read under the root scheduler, but {why}; the value has no effect. Remove it, or select the root scheduler where it is supported.",
                write,
                other is null ? null : [new RelatedLocation(context.At(other, other.ValueSpan ?? other.ElementSpan), "The scheduler this configuration selects.")]);
        }
    }
}

using HvLint.Core.Diagnostics;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0312: the root scheduler selected on Windows Server.</summary>
public sealed class HV0312RootSchedulerOnServer : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0312",
        "RootSchedulerOnServer",
        "The root hypervisor scheduler is selected for a Windows Server host.",
        "The root scheduler is the default on Windows client and is not supported for Hyper-V on Windows Server, where the core scheduler (the default since Windows Server 2019) keeps SMT siblings of one core with one VM. Selecting root on a server trades that isolation for an unsupported configuration.",
        RuleCategory.Range,
        Severity.Warning);

    /// <inheritdoc />
    public override void AnalyzeBcdWrite(BcdWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Entry is not { Name: "hypervisorschedulertype" } || !BcdValues.HasKnownValue(context.Write, out var value)
            || !value.Is("root"))
        {
            return;
        }

        context.Report(
            context.Write.ValueSpan ?? context.Write.ElementSpan,
            "hypervisorschedulertype Root is not supported for Hyper-V on Windows Server; use Core (the default since Windows Server 2019) or Classic.",
            context.Write);
    }
}

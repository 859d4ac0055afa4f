using HvLint.Core.Diagnostics;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0510: a boot setting that weakens the host's security.</summary>
public sealed class HV0510BcdSecurityWeakening : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0510",
        "BcdSecurityWeakening",
        "A boot setting that weakens the security of the Hyper-V host.",
        "A few boot elements turn off a protection the hypervisor gives the whole host: the hypervisor debugger gives whoever is on the debug transport control of every VM, turning off hypervisor-enforced code integrity lets unsigned kernel code load, disabling the IOMMU lets devices reach any memory. Each finding carries a GitHub security-severity score.",
        RuleCategory.Security,
        securitySeverity: 6.0);

    /// <inheritdoc />
    public override void AnalyzeBcdWrite(BcdWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Entry is not { Security: { } security } entry || !BcdValues.HasKnownValue(context.Write, out var value))
        {
            return;
        }

        var insecure = security.InsecureWhen switch
        {
            "nonZero" => BcdValues.IsNonZero(entry, value) == true,
            "zero" => BcdValues.IsNonZero(entry, value) == false,
            "values" => security.InsecureValues.Any(v => BcdValues.SameValue(entry, v, value)),
            _ => false,
        };
        if (!insecure)
        {
            return;
        }

        context.Report(
            context.Write.ValueSpan ?? context.Write.ElementSpan,
            $"{entry.Name} {value} weakens the host: {Facts.Clause(security.Loss)}. Remove this setting unless the risk is accepted for this host, and record why.",
            context.Write,
            securitySeverity: security.Severity);
    }
}

using HvLint.Core.Diagnostics;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0111: an element spelled the way our configuration reference spells it, not as Microsoft documents it.</summary>
public sealed class HV0111UndocumentedBcdElementName : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0111",
        "UndocumentedBcdElementName",
        "A BCD element written under a name that Microsoft does not document.",
        "Some references name hypervisor elements differently from Microsoft's bcdedit documentation (hypervisorscheduler for hypervisorschedulertype, hypervisorserialdebugport for hypervisordebugport). HvLint understands both, but only the documented name is sure to work with bcdedit.",
        RuleCategory.UnknownName,
        Severity.Note);

    /// <inheritdoc />
    public override void AnalyzeBcdWrite(BcdWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Entry is not { Name: { } documented } entry
            || documented.Equals(context.Write.Element, StringComparison.OrdinalIgnoreCase)
            || entry.Aliases.FirstOrDefault(a => a.Name.Equals(context.Write.Element, StringComparison.OrdinalIgnoreCase)) is not { Documented: false })
        {
            return;
        }

        context.Report(
            context.Write.ElementSpan,
            $"'{context.Write.Element}' is not the documented name of this element; Microsoft documents it as '{documented}'. Write '{documented}'.",
            context.Write);
    }
}

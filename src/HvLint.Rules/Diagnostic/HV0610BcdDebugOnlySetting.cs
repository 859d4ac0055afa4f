using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Fixes;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0610: a debug-only boot switch turned on.</summary>
public sealed class HV0610BcdDebugOnlySetting : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0610",
        "BcdDebugOnlySetting",
        "A boot switch meant only for debugging is turned on.",
        "Some hypervisor boot switches exist for debugging the hypervisor itself; hypervisordisableslat, for instance, makes every VM use shadow paging and slows memory-heavy workloads badly. They do not belong on a production host.",
        RuleCategory.Diagnostic)
    {
        Fix = new FixInfo(FixApplicability.Unsafe, "Removes the bcdedit command that turns the switch on. Unsafe: the script no longer turns it on, which may be why it was written (a lab host)."),
    };

    /// <inheritdoc />
    public override void AnalyzeBcdWrite(BcdWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Settings that are also security-sensitive are HV0510's finding; one report is enough.
        if (context.Entry is not { } entry || !entry.HasTag(CatalogTag.DebugOnly) || entry.Security is not null
            || entry.Constraint?.Kind != Core.Catalog.ConstraintKind.Boolean
            || !BcdValues.HasKnownValue(context.Write, out var value) || value.Boolean != true)
        {
            return;
        }

        context.Report(
            context.Write.ValueSpan ?? context.Write.ElementSpan,
            $"{entry.Name} {value} is a debugging switch: {Facts.Clause(entry.Description)}. Turn it off (or /deletevalue it) on production hosts.",
            context.Write,
            fix: FixPolicy.CanEdit(context.Write) ? new RemoveWriteChange(context.Write, $"Remove the command that sets {entry.Name}", FixApplicability.Unsafe) : null);
    }
}

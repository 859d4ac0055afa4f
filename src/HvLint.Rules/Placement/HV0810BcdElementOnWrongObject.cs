using HvLint.Core.Diagnostics;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0810: a hypervisor element set on a BCD object that never reads it.</summary>
public sealed class HV0810BcdElementOnWrongObject : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0810",
        "BcdElementOnWrongObject",
        "A hypervisor boot element is set on a BCD object that does not read it.",
        "Hypervisor elements are read from the Windows boot loader entry that starts the host ({current}, {default} or a copy) and from {hypervisorsettings}, which loader entries inherit. Set on the boot manager, the memory tester or the kernel debugger settings, they are stored and never read.",
        RuleCategory.Placement);

    /// <inheritdoc />
    public override void AnalyzeBcdWrite(BcdWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Entry is not { Name: { } name } entry || entry.BcdObjects.Count == 0
            || !(name.StartsWith("hypervisor", StringComparison.Ordinal) || name.StartsWith("vsm", StringComparison.Ordinal))
            || context.Write.Object.ObjectType is not { } kind
            || entry.BcdObjects.Contains(kind, StringComparer.OrdinalIgnoreCase))
        {
            return;
        }

        context.Report(
            context.Write.ObjectSpan ?? context.Write.ElementSpan,
            $"{name} is read from a Windows boot loader entry or from {{hypervisorsettings}}, not from {context.Write.Object}; set there, it has no effect. Use {WriteAdvice.BcdObject(context.Write, "{current}")} (or the loader entry you boot), or {WriteAdvice.BcdObject(context.Write, "{hypervisorsettings}")}.",
            context.Write);
    }
}

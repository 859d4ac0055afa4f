using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0311: a number bcdedit accepts but the documentation says to avoid.</summary>
public sealed class HV0311BcdValueOutsideDocumentedRange : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0311",
        "BcdValueOutsideDocumentedRange",
        "A BCD number that bcdedit accepts but Microsoft's documentation says to avoid.",
        "For some elements the documentation recommends a range without the boot loader enforcing it; the best known is the network debugging port, which should be 49152 or higher so it does not collide with ports the host uses. The setting is stored, but the debugger may not connect.",
        RuleCategory.Range,
        Severity.Warning);

    /// <inheritdoc />
    public override void AnalyzeBcdWrite(BcdWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Entry is not { Constraint: { Kind: ConstraintKind.Port, OnInvalid: InvalidBehavior.Unknown, Min: { } min } } entry
            || !BcdValues.HasKnownValue(context.Write, out var value)
            || value.Integer is not { } port || port >= min || port > 65535)
        {
            return;
        }

        context.Report(
            context.Write.ValueSpan ?? context.Write.ElementSpan,
            $"{entry.Name} {port} is below {min}; the documentation asks for a port of {min} or higher, outside the range the host's own services use. Use a port from {min} to 65535.",
            context.Write);
    }
}

using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Fixes;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0601: a debug or trace setting switched on.</summary>
public sealed class HV0601DebugOnlySetting : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0601",
        "DebugOnlySetting",
        "A debugging or tracing setting switched on.",
        "Debug breaks, trace levels and diagnostic switches are for a lab host with a debugger attached. On a production host they cost performance, fill disks with traces, or stop a service at a breakpoint nobody is waiting at.",
        RuleCategory.Diagnostic)
    {
        Fix = new FixInfo(FixApplicability.Unsafe, "Removes the write that turns the setting on. Unsafe: the script no longer turns the diagnostic on, which may be why it was written (a lab host)."),
    };

    /// <inheritdoc />
    public override void AnalyzeRegistryWrite(RegistryWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!WriteChecks.TryGetKnownValue(context, out var entry, out var data) || !entry.HasTag(CatalogTag.DebugOnly))
        {
            return;
        }

        var active = data.Number is { } n
            ? n != 0 && (entry.Default?.Number is not { } d || d != n)
            : data.Text is { Length: > 0 } || data.Strings is { Count: > 0 } || data.Bytes is { Count: > 0 };
        if (!active)
        {
            return;
        }

        var off = entry.Default?.Number is { } def ? $"Remove it, or set it back to {Facts.Number(def)}," : "Remove it";
        context.Report(
            context.Write.DataOrNameSpan,
            $"'{context.Write.DisplayName}' = {Facts.Data(context.Write)} turns on a diagnostic setting of {Facts.Reader(entry)} that does not belong on a production host. {off} once diagnosis is done.",
            context.Write,
            fix: FixPolicy.CanEdit(context.Write) ? new RemoveWriteChange(context.Write, $"Remove the write of '{context.Write.DisplayName}'", FixApplicability.Unsafe) : null);
    }
}

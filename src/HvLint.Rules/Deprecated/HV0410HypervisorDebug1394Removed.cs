using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0410: the IEEE 1394 debug transport, which current Windows no longer has.</summary>
public sealed class HV0410HypervisorDebug1394Removed : Rule
{
    private static readonly HashSet<string> s_typeElements = new(StringComparer.OrdinalIgnoreCase) { "hypervisordebugtype", "debugtype" };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0410",
        "HypervisorDebug1394Removed",
        "A debugger set up over IEEE 1394 (FireWire), which Windows no longer supports.",
        "The 1394 debug transport is available only up to Windows 10 version 1607 and Windows Server 2016. On later releases a debugger configured for 1394 never connects.",
        RuleCategory.Deprecated);

    /// <inheritdoc />
    public override void AnalyzeBcdWrite(BcdWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The transport exists up to Windows Server 2016; on a host of that age it still works.
        if (context.Target <= WindowsTarget.Ws2016 || context.Entry?.Name is not { } name || !s_typeElements.Contains(name)
            || !BcdValues.HasKnownValue(context.Write, out var value) || value.Keyword != "1394")
        {
            return;
        }

        context.Report(
            context.Write.ValueSpan ?? context.Write.ElementSpan,
            $"{name} 1394 selects the FireWire debug transport, which is only available up to Windows 10 1607 and Windows Server 2016. Use NET (with a host IP and port) or SERIAL.",
            context.Write);
    }
}

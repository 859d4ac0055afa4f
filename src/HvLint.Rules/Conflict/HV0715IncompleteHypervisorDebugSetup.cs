using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0715: a hypervisor debugger turned on without the settings its transport needs.</summary>
public sealed class HV0715IncompleteHypervisorDebugSetup : Rule
{
    // What each transport needs (docs/formats.md §3.1, /hypervisorsettings; §3.4).
    private static readonly Dictionary<string, string[]> s_needs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["serial"] = ["hypervisordebugport", "hypervisorbaudrate"],
        ["net"] = ["hypervisorhostip", "hypervisorhostport"],
        ["1394"] = ["hypervisorchannel"],
    };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0715",
        "IncompleteHypervisorDebugSetup",
        "The hypervisor debugger is set up without a transport, or without the settings its transport needs.",
        "hypervisordebug on only says that the hypervisor should wait for a debugger; hypervisordebugtype chooses the transport, and each transport needs its own settings: a COM port and a baud rate for serial, the debugging host's IP address and port for net, a channel for 1394. Without them the debugger never connects, or connects where nobody expects it.",
        RuleCategory.Conflict);

    /// <inheritdoc />
    public override bool AnalyzesHost => true;

    /// <inheritdoc />
    public override void AnalyzeFile(FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sets = context.EffectiveWrites().OfType<BcdWrite>()
            .Where(w => w.Operation == BcdOperation.Set)
            .Select(w => (Write: w, Name: context.Catalog.FindBcdElement(w.Element)?.Name))
            .Where(x => x.Name is not null)
            .ToArray();
        var debugOn = sets.Where(x => x.Name == "hypervisordebug" && x.Write.Value?.Boolean == true).ToArray();
        if (debugOn.Length == 0)
        {
            return;
        }

        var types = sets.Where(x => x.Name == "hypervisordebugtype").ToArray();
        if (types.Length == 0)
        {
            foreach (var (write, _) in debugOn)
            {
                context.Report(
                    write.ValueSpan ?? write.ElementSpan,
                    "hypervisordebug is turned on, but this script sets no hypervisordebugtype, so the debugger uses whatever transport the store already holds. Set the transport: bcdedit /hypervisorsettings SERIAL DEBUGPORT:1 BAUDRATE:115200, or NET HOSTIP:<ip> PORT:<port>.",
                    write);
            }

            return;
        }

        foreach (var (write, _) in types)
        {
            if (write.ValueCertainty == Certainty.Unresolved || write.Value is null || !s_needs.TryGetValue(write.Value.Keyword, out var needed))
            {
                continue;
            }

            var missing = needed.Where(n => !sets.Any(x => x.Name == n)).ToArray();
            if (missing.Length > 0)
            {
                context.Report(
                    write.ValueSpan ?? write.ElementSpan,
                    $"The hypervisor debugger uses the {write.Value.Keyword.ToUpperInvariant()} transport, but this script does not set {string.Join(" or ", missing)}; the debugger cannot connect without {(missing.Length == 1 ? "it" : "them")}. Set {string.Join(" and ", missing)} as well.",
                    write);
            }
        }
    }
}

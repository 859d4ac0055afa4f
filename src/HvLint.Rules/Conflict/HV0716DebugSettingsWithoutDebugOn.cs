using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0716: hypervisor debugger settings written without turning the debugger on.</summary>
public sealed class HV0716DebugSettingsWithoutDebugOn : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0716",
        "DebugSettingsWithoutDebugOn",
        "Hypervisor debugger settings are written, but the debugger is never turned on.",
        "bcdedit /hypervisorsettings (and the individual hypervisordebug* elements) only describe the transport; they do not enable the hypervisor debugger for any boot entry. That takes bcdedit /set <entry> hypervisordebug on. A set-up script without it configures a debugger that never starts.",
        RuleCategory.Conflict,
        Severity.Note);

    /// <inheritdoc />
    public override bool AnalyzesHost => true;

    /// <inheritdoc />
    public override void AnalyzeFile(FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bcd = context.EffectiveWrites().OfType<BcdWrite>().Select(w => (Write: w, Name: context.Catalog.FindBcdElement(w.Element)?.Name)).ToArray();
        if (bcd.Any(x => x.Name == "hypervisordebug"))
        {
            return;
        }

        // Choosing a transport (hypervisordebugtype, which /hypervisorsettings sets) marks a
        // debugger set-up; changing one setting of an existing set-up (a baud rate) does not.
        var first = bcd.FirstOrDefault(x => x.Name == "hypervisordebugtype" && x.Write.Operation == BcdOperation.Set).Write;
        if (first is null)
        {
            return;
        }

        context.Report(
            first.ElementSpan,
            $"This script configures the hypervisor debugger's transport but never turns the debugger on; the settings have no effect until a boot entry has hypervisordebug on. Add bcdedit /set {WriteAdvice.BcdObject(first, "{current}")} hypervisordebug on.",
            first);
    }
}

using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0732: dynamic memory turned on for a VM that the same script sets up for nested virtualization.</summary>
public sealed class HV0732NestedVirtualizationWithDynamicMemory : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0732",
        "NestedVirtualizationWithDynamicMemory",
        "Dynamic memory on a VM that the script sets up to run Hyper-V.",
        "While Hyper-V runs inside a VM (Set-VMProcessor -ExposeVirtualizationExtensions $true), the VM's memory can only change while it is off, so dynamic memory never grows or shrinks it: the nested host runs on its startup memory whatever minimum, maximum and buffer the script gives it.",
        RuleCategory.Conflict);

    /// <inheritdoc />
    public override bool AnalyzesHost => true;

    /// <inheritdoc />
    public override void AnalyzeFile(FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Per VM (host and name as written): the last write of each that always runs, with its value;
        // null when the last one runs conditionally or its value is not known.
        var dynamic = new Dictionary<string, (bool On, HyperVSettingWrite Write)?>(StringComparer.OrdinalIgnoreCase);
        var nested = new Dictionary<string, (bool On, HyperVSettingWrite Write)?>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in context.Writes.OfType<HyperVSettingWrite>().Where(w => !w.Fails && w.WmiClass is null).OrderBy(w => w.Order))
        {
            var map = (w.Cmdlet, w.Parameter) switch
            {
                ("Set-VMMemory", "DynamicMemoryEnabled") or ("Set-VM", "DynamicMemory" or "StaticMemory") => dynamic,
                ("Set-VMProcessor", "ExposeVirtualizationExtensions") => nested,
                _ => null,
            };
            if (map is null)
            {
                continue;
            }

            if (w.TargetParameter is not ("VMName" or "Name" or "Get-VM") || AdapterSwitches.Literal(w) is not { } vm)
            {
                // A VM the script does not name: any VM's state may have changed.
                map.Clear();
                continue;
            }

            var text = HyperVValues.Known(w);
            bool? on = text is null ? null : AdapterSwitches.IsTrue(text) ? true : AdapterSwitches.IsFalse(text) ? false : null;
            if (on is { } value && w.Parameter == "StaticMemory")
            {
                on = !value;
            }

            map[$"{w.ComputerName ?? "."}|{vm}"] = on is { } known && !w.IsConditional ? (known, w) : null;
        }

        foreach (var (vm, state) in dynamic)
        {
            if (state is not (true, var memory) || nested.GetValueOrDefault(vm) is not (true, var processor))
            {
                continue;
            }

            var name = AdapterSwitches.Literal(memory);
            context.Report(
                memory.ValueOrParameterSpan,
                $"{memory.Parameter switch { "DynamicMemoryEnabled" => "-DynamicMemoryEnabled $true", "DynamicMemory" => "-DynamicMemory", _ => "-StaticMemory:$false" }} turns on dynamic memory for VM '{name}', which this script also sets up to run Hyper-V (-ExposeVirtualizationExtensions $true, {RuleContext.Place(processor, memory)}): while Hyper-V runs inside a VM its memory can only change while the VM is off, so dynamic memory never adjusts it and the nested host runs on its startup memory. Turn dynamic memory off for this VM and give it the memory it needs as its startup memory.",
                memory,
                related: [new RelatedLocation(context.At(processor, processor.ValueOrParameterSpan), $"Nested virtualization is turned on for VM '{name}' here.")]);
        }
    }
}

using System.Globalization;
using HvLint.Core.Diagnostics;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0322: Set-VMNetworkAdapter -IovWeight on an adapter whose switch the same script created without -EnableIov $true.</summary>
public sealed class HV0322IovOnSwitchWithoutIov : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0322",
        "IovOnSwitchWithoutIov",
        "SR-IOV weight on an adapter whose switch the script created without SR-IOV.",
        "SR-IOV can only be turned on when a virtual switch is created (New-VMSwitch -EnableIov $true); an -IovWeight on an adapter connected (New-VM, Add-VMNetworkAdapter or Connect-VMNetworkAdapter -SwitchName) to a switch created without it gets the adapter no virtual function, so its traffic keeps going through the switch in software.",
        RuleCategory.Range,
        Severity.Warning);

    /// <inheritdoc />
    public override void AnalyzeFile(FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Only what the script states literally, runs whenever it runs and does on this host: the
        // adapter's switch from New-VM, Add-VMNetworkAdapter or Connect-VMNetworkAdapter -SwitchName.
        foreach (var (w, links) in AdapterSwitches.Settings(context, "IovWeight"))
        {
            if (HyperVValues.Number(HyperVValues.Known(w)!) is not > 0 || links.Any(l => WithoutIov(l.Created) is null))
            {
                continue;
            }

            var created = WithoutIov(links[0].Created)!;
            var names = string.Join(" and ", links.Select(l => l.Switch).Distinct(StringComparer.OrdinalIgnoreCase).Select(n => $"'{n}'"));
            context.Report(
                w.ValueOrParameterSpan,
                string.Create(CultureInfo.InvariantCulture, $"-IovWeight {w.Value!.Trim()} on {AdapterSwitches.Describe(w)}, connected to {AdapterSwitches.Switches(links, w)}, which this script creates without -EnableIov $true ({RuleContext.Place(created.First, w)}): SR-IOV can only be turned on when a switch is created, so the adapter gets no virtual function and the weight does nothing. Create {names} with -EnableIov $true, or drop -IovWeight."),
                w,
                related: [new RelatedLocation(context.At(created.First, created.First.TargetSpan ?? created.First.ParameterSpan), $"Switch '{created.Name}' is created here without SR-IOV.")]);
        }
    }

    // The switch's creation when it is known to be without SR-IOV; null when with it or not known.
    private static AdapterSwitches.CreatedSwitch? WithoutIov(AdapterSwitches.CreatedSwitch? created) =>
        created is not null && (created.Written("EnableIov") is not { } iov || (HyperVValues.Known(iov) is { } text && AdapterSwitches.IsFalse(text)))
            ? created
            : null;
}

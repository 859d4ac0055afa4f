using System.Globalization;
using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
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
        "SR-IOV can only be turned on when a virtual switch is created (New-VMSwitch -EnableIov $true); an -IovWeight on an adapter connected to a switch created without it gets the adapter no virtual function, so its traffic keeps going through the switch in software.",
        RuleCategory.Range,
        Severity.Warning);

    /// <inheritdoc />
    public override void AnalyzeFile(FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Only what the script states literally, runs whenever it runs and does on this host.
        var writes = context.Writes.OfType<HyperVSettingWrite>()
            .Where(w => !w.Fails && w.Parameter is not null && w.ComputerName is null)
            .OrderBy(w => w.Order)
            .ToArray();

        // Switch name -> the New-VMSwitch call that created it without SR-IOV (null: with SR-IOV or unknown).
        var switches = new Dictionary<string, HyperVSettingWrite?>(StringComparer.OrdinalIgnoreCase);
        // VM name -> the switch New-VM connected its adapter to.
        var connected = new Dictionary<string, (string Switch, HyperVSettingWrite Write)>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in writes)
        {
            if (w.Cmdlet == "New-VMSwitch" && Literal(w) is { } name)
            {
                var call = writes.Where(o => o.Span == w.Span && ReferenceEquals(o.Source, w.Source)).ToArray();
                if (!ReferenceEquals(call[0], w))
                {
                    continue;
                }

                var iov = call.FirstOrDefault(o => o.Parameter == "EnableIov");
                var off = !call.Any(o => o.IsConditional)
                    && (iov is null || (HyperVValues.Known(iov) is { } text && IsFalse(text)));
                switches[name] = off ? w : null;
            }
            else if (w.Cmdlet == "New-VM" && w.Parameter == "SwitchName" && Literal(w) is { } vm && !w.IsConditional
                     && HyperVValues.Known(w) is { } sw && w.ValueCertainty != Certainty.Unresolved)
            {
                connected[vm] = (sw.Trim(), w);
            }
            else if (w.Cmdlet == "Set-VMNetworkAdapter" && w.Parameter == "IovWeight" && w.TargetParameter == "VMName" && Literal(w) is { } target
                     && HyperVValues.Known(w) is { } weight && HyperVValues.Number(weight) is > 0
                     && connected.TryGetValue(target, out var link)
                     && switches.TryGetValue(link.Switch, out var created) && created is not null)
            {
                context.Report(
                    w.ValueOrParameterSpan,
                    string.Create(CultureInfo.InvariantCulture, $"-IovWeight {weight.Trim()} on VM '{target}', whose adapter is connected to switch '{link.Switch}' ({RuleContext.Place(link.Write, w)}), which this script creates without -EnableIov $true ({RuleContext.Place(created, w)}): SR-IOV can only be turned on when a switch is created, so the adapter gets no virtual function and the weight does nothing. Create the switch with -EnableIov $true, or drop -IovWeight."),
                    w,
                    related: [new RelatedLocation(context.At(created, created.TargetSpan ?? created.ParameterSpan), $"Switch '{link.Switch}' is created here without SR-IOV.")]);
            }
        }
    }

    // The target's literal name, when it is one.
    private static string? Literal(HyperVSettingWrite w) =>
        w.Target is { } t && w.TargetCertainty != Certainty.Unresolved && !t.Contains('*', StringComparison.Ordinal) ? t : null;

    private static bool IsFalse(string text) => text.Trim().TrimStart('$') is var t
        && (t.Equals("false", StringComparison.OrdinalIgnoreCase) || t == "0");
}

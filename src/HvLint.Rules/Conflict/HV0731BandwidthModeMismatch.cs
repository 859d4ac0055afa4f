using System.Globalization;
using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0731: a minimum bandwidth weight on a switch the script created in Absolute or None mode, or an absolute minimum on one created in Weight or None mode.</summary>
public sealed class HV0731BandwidthModeMismatch : Rule
{
    // The parameter, the switch modes it cannot be used with, and the mode it needs.
    private static readonly (string Parameter, string[] Wrong, string Needs)[] s_parameters =
    [
        ("MinimumBandwidthWeight", ["Absolute", "None"], "Weight"),
        ("DefaultFlowMinimumBandwidthWeight", ["Absolute", "None"], "Weight"),
        ("MinimumBandwidthAbsolute", ["Weight", "None"], "Absolute"),
        ("DefaultFlowMinimumBandwidthAbsolute", ["Weight", "None"], "Absolute"),
    ];

    private static readonly string[] s_modes = ["Weight", "Absolute", "None"];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0731",
        "BandwidthModeMismatch",
        "Minimum bandwidth in a mode the switch was not created for.",
        "A virtual switch reserves minimum bandwidth in one mode, chosen when it is created (New-VMSwitch -MinimumBandwidthMode: Weight, Absolute or None) and not changeable afterwards; a relative weight on a switch in Absolute or None mode, or bits per second on one in Weight or None mode, is a reservation the switch does not make, so the adapter gets no minimum bandwidth.",
        RuleCategory.Conflict);

    /// <inheritdoc />
    public override bool AnalyzesHost => true;

    /// <inheritdoc />
    public override void AnalyzeFile(FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var modeEntry = context.Catalog.FindHyperVSetting("New-VMSwitch", "MinimumBandwidthMode");
        foreach (var (parameter, wrong, needs) in s_parameters)
        {
            foreach (var (w, links) in AdapterSwitches.Settings(context, parameter))
            {
                // 0 turns the reservation off, which any mode accepts.
                if (HyperVValues.Number(HyperVValues.Known(w)!) is not > 0)
                {
                    continue;
                }

                var modes = links.Select(l => (Link: l, Mode: Mode(l.Created, modeEntry))).ToArray();
                if (modes.Any(m => m.Mode is null || !wrong.Contains(m.Mode.Value.Name, StringComparer.OrdinalIgnoreCase)))
                {
                    continue;
                }

                var (link, (mode, modeWrite)) = (modes[0].Link, modes[0].Mode!.Value);
                var where = RuleContext.Place(modeWrite, w);
                var what = w.Cmdlet == "Set-VMSwitch"
                    ? $"switch '{link.Switch}', which this script creates with -MinimumBandwidthMode {mode} ({where})"
                    : $"{AdapterSwitches.Describe(w)}, connected to {AdapterSwitches.Switches(links, w)}, which this script creates with -MinimumBandwidthMode {mode} ({where})";
                var effect = mode == "None"
                    ? "a switch in None mode reserves no minimum bandwidth for any adapter"
                    : $"a switch in {mode} mode reserves minimum bandwidth {(mode == "Weight" ? "as a relative weight" : "in bits per second")}, not {(needs == "Weight" ? "as a weight" : "in bits per second")}";
                context.Report(
                    w.ValueOrParameterSpan,
                    string.Create(CultureInfo.InvariantCulture, $"-{w.Parameter} {w.Value!.Trim()} on {what}: {effect}, and the mode can only be chosen when the switch is created, so this reservation is not made. Create '{link.Switch}' with -MinimumBandwidthMode {needs}, or {(mode == "None" ? $"drop -{w.Parameter}" : $"set -{Counterpart(parameter)} instead")}."),
                    w,
                    related: [new RelatedLocation(context.At(modeWrite, modeWrite.ValueOrParameterSpan), $"Switch '{link.Switch}' is created here in {mode} mode.")]);
            }
        }
    }

    // The switch's mode when the New-VMSwitch call names it explicitly as Weight, Absolute or None;
    // Default is Weight in earlier references and Absolute in Windows Server 2025's, so it is not judged.
    private static (string Name, HyperVSettingWrite Write)? Mode(AdapterSwitches.CreatedSwitch? created, Core.Catalog.CatalogEntry? entry)
    {
        if (created?.Written("MinimumBandwidthMode") is not { } write || HyperVValues.Known(write) is not { } text)
        {
            return null;
        }

        var name = entry is not null && HyperVValues.Enum(entry, text) is { } value ? value.Name : text.Trim();
        return s_modes.FirstOrDefault(m => m.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } mode ? (mode, write) : null;
    }

    private static string Counterpart(string parameter) => parameter switch
    {
        "MinimumBandwidthWeight" => "MinimumBandwidthAbsolute",
        "MinimumBandwidthAbsolute" => "MinimumBandwidthWeight",
        "DefaultFlowMinimumBandwidthWeight" => "DefaultFlowMinimumBandwidthAbsolute",
        _ => "DefaultFlowMinimumBandwidthWeight",
    };
}

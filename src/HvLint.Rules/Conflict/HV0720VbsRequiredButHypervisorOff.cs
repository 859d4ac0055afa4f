using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>
/// HV0720: a file (or host) that turns on virtualization-based security, memory integrity,
/// Credential Guard or System Guard and also sets hypervisorlaunchtype or vsmlaunchtype to Off
/// on the entry Windows boots, so none of them starts.
/// </summary>
public sealed class HV0720VbsRequiredButHypervisorOff : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0720",
        "VbsRequiredButHypervisorOff",
        "A file requires virtualization-based security but keeps the hypervisor or Virtual Secure Mode from starting.",
        "Virtualization-based security (VBS) runs on the Windows hypervisor, and memory integrity (HVCI), Credential Guard and System Guard run inside VBS. 'bcdedit /set hypervisorlaunchtype off' keeps the hypervisor from starting and 'bcdedit /set vsmlaunchtype off' keeps Virtual Secure Mode from starting, so a file that also turns one of these features on leaves the host without it, and Windows boots without complaint.",
        RuleCategory.Conflict);

    /// <inheritdoc />
    public override bool AnalyzesHost => true;

    /// <inheritdoc />
    public override void AnalyzeFile(FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var off = FinalOff(context);
        if (off.Count == 0)
        {
            return;
        }

        // Which values turn a VBS feature on, and with which data, is the catalog's vbsFeature
        // (rules/catalog/device-guard.json, from Microsoft Learn's pages on each feature).
        var requirements = new List<(RegistryWrite Write, string Feature)>();
        foreach (var (write, _) in LastWrites.Of(context).Values)
        {
            if (write.Data?.Number is { } n && write.ValueName is { } name
                && context.Catalog.FindValue(context.KeyOf(write), name) is { VbsFeature: { } feature } && feature.TurnsOn(n))
            {
                requirements.Add((write, feature.Feature));
            }
        }

        if (requirements.Count == 0)
        {
            return;
        }

        requirements.Sort((a, b) => a.Write.Order.CompareTo(b.Write.Order));
        var first = requirements[0];
        var features = requirements.Select(r => r.Feature).Distinct(StringComparer.Ordinal).ToArray();
        var what = features.Length == 1 ? features[0] : string.Join(", ", features[..^1]) + " and " + features[^1];
        foreach (var bcd in off)
        {
            var stops = bcd.Element.Equals("vsmlaunchtype", StringComparison.OrdinalIgnoreCase) ? "Virtual Secure Mode" : "the hypervisor";
            var where = RuleContext.Place(first.Write, bcd);
            context.Report(
                bcd.ValueSpan ?? bcd.ElementSpan,
                $"{bcd.Element} {bcd.Value} keeps {stops} from starting, but {where} turns on {what} ('{first.Write.DisplayName}' = {Facts.Data(first.Write)}), which needs it: {what} will not run. Remove this setting, or stop requiring {what}.",
                bcd,
                [.. requirements.Select(r => new RelatedLocation(context.At(r.Write, r.Write.DataOrNameSpan), $"Turns on {r.Feature}."))]);
        }
    }

    // The unconditional sets of hypervisorlaunchtype or vsmlaunchtype to Off on the entry Windows
    // boots that no later write undoes. A boot entry made with bcdedit /copy or named by its GUID
    // is the usual "boot without Hyper-V" choice beside the default one, so only {current},
    // {default} and {bootloadersettings} in the system store count.
    private static List<BcdWrite> FinalOff(FileContext context)
    {
        var last = new Dictionary<string, BcdWrite?>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in context.EffectiveWrites().OfType<BcdWrite>())
        {
            if (context.Catalog.FindBcdElement(w.Element) is not { Name: "hypervisorlaunchtype" or "vsmlaunchtype" } entry
                || w.Store is not null || w.Object.Alias is not ("current" or "default" or "bootloadersettings"))
            {
                continue;
            }

            switch (w.Operation)
            {
                case BcdOperation.Set:
                    last[entry.Name!] = !w.IsConditional && BcdValues.HasKnownValue(w, out var value) && value.Is("off") ? w : null;
                    break;
                case BcdOperation.DeleteValue:
                    last[entry.Name!] = null;
                    break;
            }
        }

        return [.. last.Values.OfType<BcdWrite>()];
    }
}

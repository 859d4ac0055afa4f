using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0730: a host setting set both through a Hyper-V cmdlet and in its registry value, to different values.</summary>
public sealed class HV0730CmdletAndRegistryBothSet : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0730",
        "CmdletAndRegistryBothSet",
        "A host setting set both through a Hyper-V cmdlet and in the registry.",
        "Some host settings, such as the live-migration limits and authentication, are one setting with two front doors: Set-VMHost and a registry value under Virtualization\\Migration. A script that sets both to different values leaves whichever runs last in force, which is rarely what its reader expects.",
        RuleCategory.Conflict,
        Severity.Warning);

    /// <inheritdoc />
    public override bool AnalyzesHost => true;

    /// <inheritdoc />
    public override void AnalyzeFile(FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cmdlets = new List<(HyperVSettingWrite Write, CatalogEntry Entry)>();
        foreach (var w in context.Writes.OfType<HyperVSettingWrite>())
        {
            if (!w.Fails && !w.IsConditional && w.Scope == HyperVScope.Host && w.ComputerName is null && w.Parameter is not null
                && context.Catalog.FindHyperVSetting(w.Cmdlet, w.Parameter) is { RegistryMirror: not null } entry)
            {
                cmdlets.Add((w, entry));
            }
        }

        if (cmdlets.Count == 0)
        {
            return;
        }

        foreach (var r in context.Writes.OfType<RegistryWrite>())
        {
            if (r.Fails || r.IsConditional || r.Operation != RegistryOperation.SetValue || r.KeyCertainty == Certainty.Unresolved || r.NameCertainty == Certainty.Unresolved
                || r.DataCertainty == Certainty.Unresolved || r.Data?.Number is not { } stored)
            {
                continue;
            }

            foreach (var (w, entry) in cmdlets)
            {
                var mirror = entry.RegistryMirror!.Value;
                if (!string.Equals(r.Key.MatchKey, mirror.Key.MatchKey, StringComparison.Ordinal) || !string.Equals(r.ValueName, mirror.Name, StringComparison.OrdinalIgnoreCase)
                    || Number(w, entry) is not { } set || set == stored)
                {
                    continue;
                }

                var (later, earlier) = r.Order > w.Order && ReferenceEquals(r.Source, w.Source) ? ((Write)r, (Write)w) : ((Write)w, (Write)r);
                var span = later is HyperVSettingWrite hw ? hw.ValueOrParameterSpan : r.DataOrNameSpan;
                var other = earlier is HyperVSettingWrite ew ? ew.ValueOrParameterSpan : r.DataOrNameSpan;
                context.Report(
                    span,
                    $"{HyperVValues.Parameter(w)} {w.Value} and the registry value '{mirror.Name}' = {stored} ({RuleContext.Place(earlier, later)}) are the same host setting ({entry.WmiClass}.{entry.Name}) set to different values; the one applied last wins. Keep one of them.",
                    later,
                    related: [new RelatedLocation(context.At(earlier, other), "The other write of the same setting.")]);
            }
        }
    }

    // The number the cmdlet's value stands for in the registry: an enum's value, a number, or a boolean as 1/0.
    private static ulong? Number(HyperVSettingWrite w, CatalogEntry entry)
    {
        if (HyperVValues.Known(w) is not { } text)
        {
            return null;
        }

        if (HyperVValues.Enum(entry, text) is { Value.Number: { } n })
        {
            return n;
        }

        if (bool.TryParse(text, out var b))
        {
            return b ? 1UL : 0UL;
        }

        return HyperVValues.Number(text) is { } d && d >= 0 && d == decimal.Truncate(d) ? (ulong)d : null;
    }
}

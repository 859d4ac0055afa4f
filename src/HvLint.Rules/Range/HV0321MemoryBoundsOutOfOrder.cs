using System.Globalization;
using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0321: Set-VMMemory's -MinimumBytes, -StartupBytes and -MaximumBytes out of order for one VM.</summary>
public sealed class HV0321MemoryBoundsOutOfOrder : Rule
{
    private static readonly string[] s_order = ["MinimumBytes", "StartupBytes", "MaximumBytes"];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0321",
        "MemoryBoundsOutOfOrder",
        "Set-VMMemory minimum, startup and maximum memory out of order.",
        "A VM's dynamic memory runs between its minimum and its maximum and starts with its startup memory, so Hyper-V needs minimum <= startup <= maximum; Set-VMMemory refuses values out of that order and sets nothing of the command.",
        RuleCategory.Range,
        Severity.Warning);

    /// <inheritdoc />
    public override void AnalyzeFile(FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // The latest known bound per VM: within one call always; across calls only for a VM named
        // literally (or resolved) and writes that run whenever the script runs.
        var state = new Dictionary<string, Dictionary<string, (decimal Value, HyperVSettingWrite Write)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var call in context.Writes.OfType<HyperVSettingWrite>()
                     .Where(w => w.Cmdlet == "Set-VMMemory" && !w.Fails && w.Parameter is not null)
                     .GroupBy(w => (w.Span, w.Target)))
        {
            var writes = call.ToArray();
            var first = writes[0];
            var shared = first.TargetCertainty != Certainty.Unresolved && first.Target is not null && !writes.Any(w => w.IsConditional);
            var key = $"{first.ComputerName ?? "."}|{first.Target}";
            var bounds = shared && state.TryGetValue(key, out var known) ? new Dictionary<string, (decimal Value, HyperVSettingWrite Write)>(known, StringComparer.OrdinalIgnoreCase) : new(StringComparer.OrdinalIgnoreCase);
            foreach (var w in writes)
            {
                if (s_order.Contains(w.Parameter, StringComparer.OrdinalIgnoreCase))
                {
                    bounds.Remove(w.Parameter!);
                    if (HyperVValues.Known(w) is { } text && HyperVValues.Number(text) is { } n)
                    {
                        bounds[w.Parameter!] = (n, w);
                    }
                }
            }

            for (var i = 0; i < s_order.Length; i++)
            {
                for (var j = i + 1; j < s_order.Length; j++)
                {
                    if (!bounds.TryGetValue(s_order[i], out var low) || !bounds.TryGetValue(s_order[j], out var high) || low.Value <= high.Value)
                    {
                        continue;
                    }

                    // Report at a bound this call writes; the other may come from an earlier call.
                    var (here, there) = writes.Contains(high.Write) ? (high, low) : (low, high);
                    if (!writes.Contains(here.Write))
                    {
                        continue;
                    }

                    var place = ReferenceEquals(there.Write.Source, here.Write.Source) && there.Write.Span == here.Write.Span ? string.Empty : $" (set on {RuleContext.Place(there.Write, here.Write)})";
                    context.Report(
                        here.Write.ValueOrParameterSpan,
                        $"-{s_order[i]} {Size(low.Value)} is above -{s_order[j]} {Size(high.Value)}{place} for {first.TargetDisplay}: Hyper-V needs minimum <= startup <= maximum memory, so Set-VMMemory refuses the command and none of its settings is applied. Raise -{s_order[j]} or lower -{s_order[i]}.",
                        here.Write,
                        related: [new RelatedLocation(context.At(there.Write, there.Write.ValueOrParameterSpan), $"-{(ReferenceEquals(there.Write, low.Write) ? s_order[i] : s_order[j])} is set here.")]);
                }
            }

            if (shared)
            {
                state[key] = bounds;
            }
        }
    }

    // 4294967296 as 4GB, as scripts write it.
    private static string Size(decimal bytes)
    {
        foreach (var (unit, size) in new[] { ("TB", 1L << 40), ("GB", 1L << 30), ("MB", 1L << 20) })
        {
            if (bytes >= size && bytes % size == 0)
            {
                return (bytes / size).ToString(CultureInfo.InvariantCulture) + unit;
            }
        }

        return bytes.ToString(CultureInfo.InvariantCulture);
    }
}

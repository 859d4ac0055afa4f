using System.Globalization;
using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0321: a VM's minimum, startup and maximum memory out of order (Set-VMMemory, Set-VM, New-VM).</summary>
public sealed class HV0321MemoryBoundsOutOfOrder : Rule
{
    private static readonly string[] s_order = ["Minimum", "Startup", "Maximum"];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0321",
        "MemoryBoundsOutOfOrder",
        "A VM's minimum, startup and maximum memory out of order.",
        "A VM's dynamic memory runs between its minimum and its maximum and starts with its startup memory, so Hyper-V needs minimum <= startup <= maximum; Set-VMMemory and Set-VM refuse values out of that order and set nothing of the command.",
        RuleCategory.Range,
        Severity.Warning);

    /// <inheritdoc />
    public override void AnalyzeFile(FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // The latest known bound per VM: within one call always; across calls only for a VM named
        // literally (or resolved) and writes that run whenever the script runs. Set-VMMemory's
        // -MinimumBytes, Set-VM's -MemoryMinimumBytes and so on are the same bounds; New-VM makes a
        // new VM, whose only bound the script gives is its startup memory.
        var state = new Dictionary<string, Dictionary<string, (decimal Value, HyperVSettingWrite Write)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var call in context.Writes.OfType<HyperVSettingWrite>()
                     .Where(w => w.Cmdlet is "Set-VMMemory" or "Set-VM" or "New-VM" && w.WmiClass is null && !w.Fails && w.Parameter is not null)
                     .OrderBy(w => w.Order)
                     .GroupBy(w => (w.Source, w.Span, w.Target)))
        {
            var writes = call.ToArray();
            var first = writes[0];
            var shared = first.TargetCertainty != Certainty.Unresolved && first.Target is not null && !writes.Any(w => w.IsConditional);
            var key = $"{first.ComputerName ?? "."}|{first.Target}";
            var bounds = shared && first.Cmdlet != "New-VM" && state.TryGetValue(key, out var known) ? new Dictionary<string, (decimal Value, HyperVSettingWrite Write)>(known, StringComparer.OrdinalIgnoreCase) : new(StringComparer.OrdinalIgnoreCase);
            foreach (var w in writes)
            {
                if (Bound(w) is { } bound)
                {
                    bounds.Remove(bound);
                    if (HyperVValues.Known(w) is { } text && HyperVValues.Number(text) is { } n)
                    {
                        bounds[bound] = (n, w);
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
                        $"-{low.Write.Parameter} {Size(low.Value)} is above -{high.Write.Parameter} {Size(high.Value)}{place} for {first.TargetDisplay}: Hyper-V needs minimum <= startup <= maximum memory, so {here.Write.Cmdlet} refuses the command and none of its settings is applied. Raise -{high.Write.Parameter} or lower -{low.Write.Parameter}.",
                        here.Write,
                        related: [new RelatedLocation(context.At(there.Write, there.Write.ValueOrParameterSpan), $"-{there.Write.Parameter} is set here.")]);
                }
            }

            if (shared)
            {
                state[key] = bounds;
            }
        }
    }

    // Which bound a parameter sets: Minimum, Startup or Maximum; null for the others.
    private static string? Bound(HyperVSettingWrite w) => (w.Cmdlet, w.Parameter) switch
    {
        ("Set-VMMemory", "MinimumBytes") or ("Set-VM", "MemoryMinimumBytes") => "Minimum",
        ("Set-VMMemory", "StartupBytes") or ("Set-VM" or "New-VM", "MemoryStartupBytes") => "Startup",
        ("Set-VMMemory", "MaximumBytes") or ("Set-VM", "MemoryMaximumBytes") => "Maximum",
        _ => null,
    };
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

using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0801: a Hyper-V setting written to the 32-bit registry view.</summary>
public sealed class HV0801Wow64ViewWrite : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0801",
        "Wow64ViewWrite",
        "A Hyper-V setting written to the 32-bit registry view, where no Hyper-V component reads.",
        "Hyper-V's services and drivers are 64-bit and read the 64-bit registry. A key under Wow6432Node, or a reg.exe write with /reg:32, lands in the 32-bit view and is never seen.",
        RuleCategory.Placement);

    /// <inheritdoc />
    public override void AnalyzeFile(FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var seen = new HashSet<(RegistryKeyPath, RegistryView)>();
        foreach (var write in context.Writes.OfType<RegistryWrite>())
        {
            if (!(write.Key.IsWow6432Node || write.View == RegistryView.Registry32) || write.KeyCertainty == Certainty.Unresolved
                || write.Operation is RegistryOperation.DeleteKey or RegistryOperation.DeleteValue or RegistryOperation.DeleteAllValues
                || !seen.Add((write.Key, write.View)))
            {
                continue;
            }

            var key = context.KeyOf(write);
            if (key.Owner is null && key.Entries.Count == 0)
            {
                continue;
            }

            var how = write.Key.IsWow6432Node ? "goes through Wow6432Node" : write.Form is WriteForm.DotNet or WriteForm.CSharp ? "uses the 32-bit view (RegistryView.Registry32)" : "uses the 32-bit view (/reg:32)";
            var target = write.Key.Segments.Where(s => !s.Equals("Wow6432Node", StringComparison.OrdinalIgnoreCase)).ToArray();
            context.Report(
                write.KeySpan,
                $"This key {how}, but Hyper-V is 64-bit and reads only the 64-bit view; values written there are never read. {Advice(write, target)}",
                write);
        }
    }

    // The view switch (/reg:32, RegistryView.Registry32) is the thing to change; a Wow6432Node
    // path is changed by writing the path without it.
    private static string Advice(RegistryWrite write, string[] target)
    {
        var path = WriteAdvice.KeyPath(write, write.Key.Hive, target);
        return write.Key.IsWow6432Node ? $"Write to '{path}' in the 64-bit view." : WriteAdvice.To64BitView(write, path);
    }
}

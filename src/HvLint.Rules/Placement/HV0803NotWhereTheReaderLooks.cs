using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>
/// HV0803: a known value written at a key where the catalog knows its name but its reader does
/// not look (wcifs's boot-container values under Services\wcifs\Parameters).
/// </summary>
public sealed class HV0803NotWhereTheReaderLooks : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0803",
        "NotWhereTheReaderLooks",
        "A known Hyper-V value written to a key its reader does not read it from.",
        "Some values are known by name from where scripts put them, while the component that uses them reads them from another key. A write at the usual place is then not what configures the component. The finding is a note: HvLint knows the value is read elsewhere, not always where.",
        RuleCategory.Placement,
        Severity.Note);

    /// <inheritdoc />
    public override void AnalyzeRegistryWrite(RegistryWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Entry is not { NotReadHere: { } elsewhere } entry
            || context.Write.Operation != RegistryOperation.SetValue
            || context.Write.KeyCertainty == Certainty.Unresolved)
        {
            return;
        }

        context.Report(
            context.Write.NameOrStatementSpan,
            $"'{context.Write.DisplayName}' is a {Facts.Reader(entry)} value, but {Facts.Reader(entry)} does not read it from this key: {Facts.Clause(elsewhere)}. This write probably does not configure {Facts.Reader(entry)}.",
            context.Write);
    }
}

using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Fixes;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0305: an on/off switch given something other than 0 or 1.</summary>
public sealed class HV0305NonBooleanValue : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0305",
        "NonBooleanValue",
        "An on/off setting given a value other than 0 or 1.",
        "Switches are read as 0 (off) or 1 (on). Some readers treat any non-zero value as on, others compare with 1 and treat everything else as off; either way a value such as 2 or 0xFFFFFFFF does not say what the author meant.",
        RuleCategory.Range,
        Severity.Warning)
    {
        Fix = new FixInfo(FixApplicability.Safe, "Writes 1 where the reader is documented to treat any non-zero value as on, so the host reads the same setting. Where what the reader does is not documented there is no fix: 2 may mean on or off."),
    };

    /// <inheritdoc />
    public override void AnalyzeRegistryWrite(RegistryWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!WriteChecks.TryGetNumber(context, out var entry, out var c, out var n) || c.Kind != ConstraintKind.Boolean || n <= 1)
        {
            return;
        }

        var effect = c.NonZeroIsTrue && !c.Basis.IsInferred
            ? $"{Facts.Reader(entry)} treats any non-zero value as on, so this means on"
            : $"what {Facts.Reader(entry)} makes of it is not documented";
        context.Report(
            context.Write.DataOrNameSpan,
            $"'{context.Write.DisplayName}' = {Facts.Value(context.Write, n)} is {(c.Basis.IsInferred ? "not 0 or 1, and the setting is probably an on/off switch" : "an on/off setting")}; {effect}.{Facts.Inferred("That it is an on/off setting", c.Basis)} Write 1 (on) or 0 (off).",
            context.Write,
            atMost: Facts.AtMost(c.Basis),
            fix: Fix(context.Write, c));
    }

    // Any non-zero value already means on: 1 says the same thing plainly.
    private static ReplaceDataChange? Fix(Core.Model.RegistryWrite write, ValueConstraint c) =>
        c.NonZeroIsTrue && !c.Basis.IsInferred && FixPolicy.CanEdit(write) && FixPolicy.Number(write.Data!.Type, 1) is { } one
            ? new ReplaceDataChange(write, one, "Write 1 (on)", FixApplicability.Safe)
            : null;
}

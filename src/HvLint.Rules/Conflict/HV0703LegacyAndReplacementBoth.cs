using HvLint.Core.Diagnostics;
using HvLint.Core.Fixes;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0703: a legacy value and the value that replaces it, both written.</summary>
public sealed class HV0703LegacyAndReplacementBoth : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0703",
        "LegacyAndReplacementBoth",
        "A legacy value and the value that replaces it are both written.",
        "Some settings have an old spelling that is still read as a fallback (TimeSampleWindow for TimeSampleWindowInMicroseconds, VmsVmqMode for VmsQueueSchedulingMode). When both are written, the new one wins and the old one is ignored, so a reader of the script may believe the wrong value is in effect.",
        RuleCategory.Conflict)
    {
        Fix = new FixInfo(FixApplicability.Unsafe, "Removes the write of the legacy value when the write of its replacement is in the same file. Unsafe: a host on a release that reads only the legacy value would lose the setting."),
    };

    /// <inheritdoc />
    public override bool AnalyzesHost => true;

    /// <inheritdoc />
    public override void AnalyzeFile(FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var last = LastWrites.Of(context);
        foreach (var (write, entry) in last.Values.OrderBy(x => x.Write.Order))
        {
            if (entry.Deprecated?.Replacement is not { } replacement || LastWrites.Sibling(last, write, replacement) is not { } modern)
            {
                continue;
            }

            var where = RuleContext.Place(modern.Write, write);
            context.Report(
                write.NameOrStatementSpan,
                $"'{write.DisplayName}' is the legacy form of '{replacement}', which {where} also sets; {Facts.Reader(entry)} reads '{replacement}' and ignores '{write.DisplayName}' = {write.Data!.ToDisplayString()}. Remove the legacy value.",
                write,
                [new RelatedLocation(context.At(modern.Write, modern.Write.NameOrStatementSpan), $"'{replacement}', which wins.")],
                fix: write.Source.Path == modern.Write.Source.Path && FixPolicy.CanEdit(write) && FixPolicy.CanEdit(modern.Write)
                    ? new RemoveWriteChange(write, $"Remove the legacy value '{write.DisplayName}'", FixApplicability.Unsafe)
                    : null);
        }
    }
}

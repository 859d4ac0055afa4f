using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules.Catalog;

/// <summary>HV0201: a value written with a registry type its reader does not accept.</summary>
public sealed class HV0201RegistryTypeMismatch : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0201",
        "RegistryTypeMismatch",
        "A value written with a registry type that its reader does not accept.",
        "Hyper-V's services and drivers query each value with a fixed type. A REG_SZ \"8\" where a REG_DWORD is read is not converted: the query fails and the default stays in effect, with no event logged. This is the most common mistake in hand-written .reg files and scripts.",
        RuleCategory.Type);

    /// <inheritdoc />
    public override void AnalyzeRegistryWrite(RegistryWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!WriteChecks.TryGetKnownValue(context, out var entry, out var data) || entry.Types.Count == 0 || entry.Types.Contains(data.Type))
        {
            return;
        }

        var written = RegistryValueTypes.Name(data.RawType);
        var hint = HowToWrite(entry.Types[0], data);
        context.Report(
            context.Write.DataOrNameSpan,
            $"'{context.Write.DisplayName}' is written as {written} {data.ToDisplayString()}, but {Facts.Reader(entry)} reads it as {Facts.Types(entry)}; a value of the wrong type is not read and {Facts.DefaultPhrase(entry)} stays in effect. {hint}",
            context.Write);
    }

    private static string HowToWrite(RegistryValueType expected, RegistryData data)
    {
        var target = Facts.Type(expected);
        if (expected is RegistryValueType.DWord or RegistryValueType.QWord
            && data.Text is { } text
            && ulong.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return $"Write it as a {target} with the number {Facts.Number(n)}.";
        }

        return $"Write it as a {target}.";
    }
}

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
        var how = context.Write.TypeOrigin switch
        {
            // reg.exe without /t: spec §2.3.
            TypeOrigin.ToolDefault => $"is stored as {written} {data.ToDisplayString()} because no type is given",
            // PowerShell without -Type, Registry.SetValue without a kind: spec §4.1, §4.4.
            TypeOrigin.InferredFromValue => $"is created as {written} {data.ToDisplayString()} because no type is given and the value's .NET type decides",
            _ => $"is written as {written} {data.ToDisplayString()}",
        };
        var hint = HowToWrite(entry.Types[0], data, context.Write.TypeOrigin);
        context.Report(
            context.Write.DataOrNameSpan,
            $"'{context.Write.DisplayName}' {how}, but {Facts.Reader(entry)} reads it as {Facts.Types(entry)}; a value of the wrong type is not read and {Facts.DefaultPhrase(entry)} stays in effect.{Facts.Inferred("The type", entry.TypesBasis)} {hint}",
            context.Write,
            atMost: Facts.AtMost(entry.TypesBasis));
    }

    private static string HowToWrite(RegistryValueType expected, RegistryData data, TypeOrigin origin)
    {
        var target = Facts.Type(expected);
        return origin switch
        {
            TypeOrigin.ToolDefault => $"Add /t {target}" + (NumberIn(expected, data) is { } n ? $" /d {Facts.Decimal(n)}." : "."),
            TypeOrigin.InferredFromValue => $"Give the type explicitly: -Type {PowerShellKind(expected)} (or [Microsoft.Win32.RegistryValueKind]::{PowerShellKind(expected)})"
                + (NumberIn(expected, data) is { } v ? $" with the number {Facts.Decimal(v)}, not a string." : "."),
            _ => HowToWrite(expected, data),
        };
    }

    private static ulong? NumberIn(RegistryValueType expected, RegistryData data) =>
        expected is RegistryValueType.DWord or RegistryValueType.QWord
        && data.Text is { } text
        && ulong.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string PowerShellKind(RegistryValueType type) => type switch
    {
        RegistryValueType.DWord => "DWord",
        RegistryValueType.QWord => "QWord",
        RegistryValueType.ExpandString => "ExpandString",
        RegistryValueType.MultiString => "MultiString",
        RegistryValueType.Binary => "Binary",
        _ => "String",
    };

    private static string HowToWrite(RegistryValueType expected, RegistryData data) =>
        NumberIn(expected, data) is { } n ? $"Write it as a {Facts.Type(expected)} with the number {Facts.Number(n)}." : $"Write it as a {Facts.Type(expected)}.";
}

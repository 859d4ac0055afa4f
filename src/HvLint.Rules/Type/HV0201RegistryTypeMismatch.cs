using HvLint.Core.Diagnostics;
using HvLint.Core.Fixes;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0201: a value written with a registry type its reader does not accept.</summary>
public sealed class HV0201RegistryTypeMismatch : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0201",
        "RegistryTypeMismatch",
        "A value written with a registry type that its reader does not accept.",
        "Hyper-V's services and drivers query each value with a fixed type. A REG_SZ \"8\" where a REG_DWORD is read is not converted: the query fails and the default stays in effect, with no event logged. This is the most common mistake in hand-written .reg files and scripts.",
        RuleCategory.Type)
    {
        Fix = new FixInfo(FixApplicability.Unsafe, "Writes the number as the REG_DWORD or REG_QWORD the reader takes, when the data is a plain number that fits. Unsafe: the data of the wrong type was not read, so the number now takes effect instead of the default; safe when the number is the default."),
    };

    /// <inheritdoc />
    public override void AnalyzeRegistryWrite(RegistryWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!WriteChecks.TryGetKnownValue(context, out var entry, out var data) || entry.Types.Count == 0 || entry.Types.Contains(data.Type))
        {
            return;
        }

        var written = RegistryValueTypes.Name(data.RawType);
        var write = context.Write;
        var how = write.TypeOrigin switch
        {
            // A number the script passes that ends up as text: say so, it is not "a string" in the script.
            TypeOrigin.InferredFromValue when write.DataAsWritten is { } passed => $"is created as {written} {data.ToDisplayString()}: no type is given, so {passed} is stored as text",
            // reg.exe without /t: docs/formats.md §2.3; the DSC Registry resource without ValueType.
            TypeOrigin.ToolDefault => $"is stored as {written} {data.ToDisplayString()} because no type is given",
            // PowerShell without -Type, Registry.SetValue without a kind: docs/formats.md §4.1, §4.4.
            TypeOrigin.InferredFromValue => $"is created as {written} {data.ToDisplayString()} because no type is given and the value's .NET type decides",
            _ => $"is written as {written} {data.ToDisplayString()}",
        };
        var hint = WriteAdvice.HowToWrite(write, entry.Types[0], NumberIn(entry.Types[0], data));
        context.Report(
            write.DataOrNameSpan,
            $"'{write.DisplayName}' {how}, but {Facts.Reader(entry)} reads it as {Facts.Types(entry)}; a value of the wrong type is not read and {Facts.DefaultPhrase(entry)} stays in effect.{Facts.Inferred("The type", entry.TypesBasis)} {hint}",
            write,
            atMost: Facts.AtMost(entry.TypesBasis),
            fix: Fix(write, entry, FixNumber(data)));
    }

    // The reader queries the value with its type and ignores data of another type, so the
    // default is what the host runs with now. Writing the number as that type puts the number
    // into effect: what the author meant, but a change of behaviour (unsafe), unless the number
    // is the documented default, which is in effect already (safe).
    private static ReplaceDataChange? Fix(RegistryWrite write, Core.Catalog.CatalogEntry entry, ulong? number)
    {
        if (number is not { } n || !FixPolicy.CanEdit(write) || FixPolicy.Number(entry.Types[0], n) is not { } data)
        {
            return null;
        }

        var same = !entry.TypesBasis.IsInferred && entry.Default?.Number == n;
        return new ReplaceDataChange(write, data, $"Write it as {Facts.Type(entry.Types[0])} {Facts.Decimal(n)}", same ? FixApplicability.Safe : FixApplicability.Unsafe);
    }

    // The number the author meant, when the data is one (a QWord for a DWord) or is text of one.
    private static ulong? NumberIn(RegistryValueType expected, RegistryData data) =>
        expected is not (RegistryValueType.DWord or RegistryValueType.QWord) ? null
        : data.Number is { } number ? (expected == RegistryValueType.DWord && number > uint.MaxValue ? null : number)
        : data.Text is { } text
        && ulong.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    // The number a fix writes: the data's number, or text that is a plain decimal or 0x number.
    private static ulong? FixNumber(RegistryData data) => data.Number ?? (data.Text is { } text ? PlainNumber(text.Trim()) : null);

    // A plain decimal or 0x hexadecimal number, with nothing around it.
    private static ulong? PlainNumber(string text) =>
        text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? ulong.TryParse(text.AsSpan(2), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var hex) ? hex : null
            : ulong.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var dec) ? dec : null;
}

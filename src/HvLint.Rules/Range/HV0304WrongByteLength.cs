using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0304: binary data of the wrong length.</summary>
public sealed class HV0304WrongByteLength : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0304",
        "WrongByteLength",
        "Binary data that is not the length its reader expects.",
        "Binary settings such as MAC address bounds or world-wide names have a fixed length. A value one byte short or long is not a valid address, and the reader does not use it.",
        RuleCategory.Range);

    /// <inheritdoc />
    public override void AnalyzeRegistryWrite(RegistryWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!WriteChecks.TryGetKnownValue(context, out var entry, out var data)
            || entry.Constraint is not { ByteLength: { } length } c
            || data.Bytes is not { } bytes
            || data.Number is not null
            || bytes.Count == length
            || entry.Types.Count > 0 && !entry.Types.Contains(data.Type))
        {
            return;
        }

        var unit = length == 1 ? "byte" : "bytes";
        var what = c.Kind == ConstraintKind.Binary && length == 6 ? " (a MAC address)" : length == 8 ? " (a world-wide name)" : string.Empty;
        context.Report(
            context.Write.DataOrNameSpan,
            $"'{context.Write.DisplayName}' is {bytes.Count} byte{(bytes.Count == 1 ? string.Empty : "s")} long, but {Facts.Reader(entry)} expects exactly {length} {unit}{what}; {Facts.OnInvalid(entry, c)}.{Facts.Inferred("The length", c.Basis)} Write exactly {length} {unit}.",
            context.Write,
            atMost: Facts.AtMost(c.Basis));
    }
}

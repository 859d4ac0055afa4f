using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0302: a value that is not one of the values its reader understands.</summary>
public sealed class HV0302ValueNotAllowed : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0302",
        "ValueNotAllowed",
        "A value that is not one of the values its reader understands.",
        "Some settings select a mode from a short list (an authentication type, a scheduling mode, a page size class). Any other number selects no documented mode, and what the reader does with it is rarely documented.",
        RuleCategory.Range);

    /// <inheritdoc />
    public override void AnalyzeRegistryWrite(RegistryWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!WriteChecks.TryGetKnownValue(context, out var entry, out var data) || entry.Constraint is not { Kind: ConstraintKind.Enum } c || c.Values.Count == 0)
        {
            return;
        }

        if (entry.Types.Count > 0 && !entry.Types.Contains(data.Type))
        {
            return;
        }

        bool allowed;
        string shown;
        if (data.Number is { } n)
        {
            allowed = c.Values.Any(v => v.Value.Number == n);
            shown = Facts.Value(context.Write, n);
        }
        else if (data.Text is { } text)
        {
            allowed = c.Values.Any(v => string.Equals(v.Value.Text ?? v.Value.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase)
                || v.Name is not null && string.Equals(v.Name, text.Trim(), StringComparison.OrdinalIgnoreCase));
            shown = $"\"{text}\"";
        }
        else
        {
            return;
        }

        if (allowed)
        {
            return;
        }

        context.Report(
            context.Write.DataOrNameSpan,
            $"'{context.Write.DisplayName}' = {shown} is not one of {Facts.EnumValues(c)}; {Facts.OnInvalid(entry, c)}.{Facts.Inferred("This list of values", c.Basis)} Use one of those values.",
            context.Write,
            atMost: Facts.AtMost(c.Basis));
    }
}

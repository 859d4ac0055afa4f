using HvLint.Core.Diagnostics;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>HV0501: a setting whose value weakens the host's security.</summary>
public sealed class HV0501SecurityWeakeningSetting : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0501",
        "SecurityWeakeningSetting",
        "A setting whose value weakens the security of the Hyper-V host.",
        "Some tuning values switch off a protection: certificate revocation checks for Replica, authentication for PowerShell Direct, the worker process sandbox, DMA protection for assigned devices. They are sometimes set to get past an error in a lab and then copied to production.",
        RuleCategory.Security,
        securitySeverity: 5.0);

    /// <inheritdoc />
    public override void AnalyzeRegistryWrite(RegistryWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!WriteChecks.TryGetKnownValue(context, out var entry, out var data) || entry.Security is not { } security)
        {
            return;
        }

        var insecure = security.InsecureWhen switch
        {
            "nonZero" => data.Number is { } n ? n != 0 : data.Text is { Length: > 0 } || data.Strings is { Count: > 0 } || data.Bytes is { Count: > 0 },
            "zero" => data.Number == 0,
            "values" => security.InsecureValues.Any(v => v.Number is { } vn ? data.Number == vn : data.Text is { } t && string.Equals(t.Trim(), v.Text, StringComparison.OrdinalIgnoreCase)),
            _ => false,
        };
        if (!insecure)
        {
            return;
        }

        context.Report(
            context.Write.DataOrNameSpan,
            $"'{context.Write.DisplayName}' = {Facts.Data(context.Write)} weakens the host: {Facts.Clause(security.Loss)}. Remove this write unless the risk is accepted, and record why.",
            context.Write,
            securitySeverity: security.Severity);
    }
}

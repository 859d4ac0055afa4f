using HvLint.Core.Diagnostics;
using HvLint.Core.Rules;
using HvLint.Core.Text;

namespace HvLint.Rules;

/// <summary>HV0120: a Hyper-V cmdlet parameter PowerShell cannot bind, so the whole command fails.</summary>
public sealed class HV0120UnknownCmdletParameter : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0120",
        "UnknownCmdletParameter",
        "A Hyper-V cmdlet parameter PowerShell cannot bind.",
        "A misspelt or ambiguous parameter name makes PowerShell refuse the whole command before it runs: none of its settings is applied, and a script that does not stop on errors goes on as if it were.",
        RuleCategory.UnknownName,
        Severity.Error);

    /// <inheritdoc />
    public override void AnalyzeHyperVSettingWrite(HyperVSettingWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var write = context.Write;
        if (write.Parameter is not null)
        {
            return;
        }

        string why;
        string fix;
        if (write.Candidates.Count > 0)
        {
            why = $"-{write.ParameterAsWritten} is ambiguous for {write.Cmdlet} (it could be {string.Join(" or ", write.Candidates.Select(c => "-" + c))})";
            fix = $"Write the parameter's full name, such as -{write.Candidates[0]}.";
        }
        else
        {
            var suggestions = NameSuggester.Suggest(write.ParameterAsWritten, write.KnownParameters);
            why = $"{write.Cmdlet} has no parameter -{write.ParameterAsWritten}";
            fix = suggestions.Count > 0 ? $"Did you mean -{suggestions[0]}?" : $"Check the parameter in the cmdlet's reference (learn.microsoft.com/powershell/module/hyper-v/{write.Cmdlet.ToLowerInvariant()}).";
        }

        context.Report(write.ParameterSpan, $"{why}, so PowerShell refuses the whole {write.CmdletAsWritten} command and none of its settings is applied. {fix}", write);
    }
}

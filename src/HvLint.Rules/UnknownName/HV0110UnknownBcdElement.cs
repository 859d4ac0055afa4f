using HvLint.Core.Diagnostics;
using HvLint.Core.Rules;
using HvLint.Core.Text;

namespace HvLint.Rules;

/// <summary>HV0110: a bcdedit element name that bcdedit does not know.</summary>
public sealed class HV0110UnknownBcdElement : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0110",
        "UnknownBcdElement",
        "A BCD element name that bcdedit does not know.",
        "bcdedit names elements through a fixed table of friendly names; a misspelt name is not the documented element, so the boot setting the script means to change stays as it was, and in a script that nobody watches the host boots as before. HvLint knows every documented element and suggests the nearest one.",
        RuleCategory.UnknownName,
        Severity.Error);

    /// <inheritdoc />
    public override void AnalyzeBcdWrite(BcdWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var element = context.Write.Element;
        if (context.Entry is not null || !IsRejected(element))
        {
            return;
        }

        var suggestions = NameSuggester.Suggest(element, context.Catalog.BcdElementNames);
        context.Report(
            context.Write.ElementSpan,
            $"'{element}' is not a BCD element that Microsoft documents or HvLint knows, so this command does not set the element it means to.{NameSuggester.DidYouMean(suggestions)}",
            context.Write);
    }

    /// <summary>Whether bcdedit rejects an element name the catalog does not know.</summary>
    // custom:<hex id> and raw element IDs address elements by number, which bcdedit allows.
    internal static bool IsRejected(string element) =>
        !(element.StartsWith("custom:", StringComparison.OrdinalIgnoreCase) || element.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || element.Length == 0);
}

using HvLint.Core.Model;
using HvLint.Core.Text;

namespace HvLint.Parsers.Commands;

/// <summary>
/// One argument of a native command (reg.exe, bcdedit) as the program receives it, after the
/// shell (cmd.exe or PowerShell) has removed quotes and expanded what it could.
/// </summary>
/// <param name="Text">The argument as the program sees it; for an unresolved part, what is known.</param>
/// <param name="Span">Where the argument is written in the script (including its quotes).</param>
/// <param name="Certainty">Literal, resolved through variables, or unresolved (computed at run time).</param>
internal sealed record CommandArgument(string Text, TextSpan Span, Certainty Certainty = Certainty.Literal)
{
    /// <summary>The argument was a PowerShell script block ({...} unquoted), not text.</summary>
    public bool IsScriptBlock { get; init; }
}

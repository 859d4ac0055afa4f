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

    /// <summary>
    /// Other places the argument's text comes from, such as the argument of the <c>call :label</c>
    /// that reached a batch subroutine. The interpreters copy them to
    /// <see cref="RegistryWrite.RelatedSpans"/> and point value findings at them, because that is
    /// where the user has to change the text.
    /// </summary>
    public IReadOnlyList<TextSpan> Origins { get; init; } = [];

    /// <summary>
    /// A BCD object the argument stands for that is known only by how it was made: the GUID that
    /// <c>bcdedit /copy {current}</c> prints is "copy-of:{current}" (see
    /// <see cref="BcdEditInterpreter.CopyOfPrefix"/>). The shell front end sets it when it follows
    /// the printed GUID into a variable; the bcdedit interpreter then uses it as the object id.
    /// </summary>
    public string? BcdObject { get; init; }

    /// <summary>
    /// Optional: for each character of <see cref="Text"/>, where it is written (a source
    /// character, or the whole variable reference it was expanded from). Lets an interpreter
    /// point at part of an argument, such as the value of <c>PORT:%P%</c>.
    /// </summary>
    public IReadOnlyList<TextSpan>? CharacterSpans { get; init; }
}

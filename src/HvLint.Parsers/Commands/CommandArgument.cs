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
    /// <see cref="Write.RelatedSpans"/> and point value findings at them, because that is
    /// where the user has to change the text.
    /// </summary>
    public IReadOnlyList<TextSpan> Origins { get; init; } = [];

    /// <summary>
    /// A BCD object the argument stands for that is known only by how it was made: the GUID that
    /// <c>bcdedit /copy {current}</c> prints is the copy of {current} (see
    /// <see cref="BcdObjectReference.CopyOf"/>). The shell front end sets it when it follows the
    /// printed GUID into a variable; the bcdedit interpreter then uses it as the object.
    /// </summary>
    public BcdObjectReference? BcdObject { get; init; }

    /// <summary>
    /// Where the user edits the argument's text when all of it comes from one other place: the
    /// argument of the <c>call :label</c> that reached a batch subroutine (<c>"Foo"</c> for a
    /// <c>%1</c>). Writes point their spans there, with <see cref="Span"/> as a related place.
    /// </summary>
    public TextSpan? EditSpan { get; init; }

    /// <summary>The span a write should point at for this argument: <see cref="EditSpan"/>, else <see cref="Span"/>.</summary>
    public TextSpan WriteSpan => EditSpan ?? Span;

    /// <summary>
    /// The related places of a write made from these arguments: the places the text comes from,
    /// and, for an argument whose write span is moved to <see cref="EditSpan"/>, where it is used.
    /// </summary>
    public static TextSpan[] RelatedOf(params CommandArgument?[] args) =>
        args.Where(a => a is not null)
            .SelectMany(a => a!.EditSpan is { } edit ? [a.Span, .. a.Origins.Where(o => !(o.Start <= edit.Start && edit.End <= o.End))] : a.Origins)
            .Distinct()
            .ToArray();

    /// <summary>
    /// Optional: for each character of <see cref="Text"/>, where it is written (a source
    /// character, or the whole variable reference it was expanded from). Lets an interpreter
    /// point at part of an argument, such as the value of <c>PORT:%P%</c>.
    /// </summary>
    public IReadOnlyList<TextSpan>? CharacterSpans { get; init; }
}

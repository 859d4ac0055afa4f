using HvLint.Core.Text;

namespace HvLint.Core.Fixes;

/// <summary>Whether a fix may be applied without a person reading it (ruff's safe and unsafe fixes).</summary>
public enum FixApplicability
{
    /// <summary>
    /// Keeps what the script means and changes nothing beyond the finding: quoting <c>{current}</c>,
    /// adding <c>/f</c>, <c>HKLM:SOFTWARE</c> to <c>HKLM:\SOFTWARE</c>, REG_SZ "1" to the DWORD the
    /// service reads. <c>hvlint check --fix</c> applies it.
    /// </summary>
    Safe,

    /// <summary>
    /// Changes what is written (a did-you-mean rename, a value moved into range, a duplicate or a
    /// debug-only setting removed). Applied only with <c>--unsafe-fixes</c>.
    /// </summary>
    Unsafe,
}

/// <summary>One replacement in a file's decoded text: the text at <see cref="Span"/> becomes <see cref="NewText"/> (an empty span inserts).</summary>
/// <param name="Span">What is replaced, in UTF-16 code units of the decoded text.</param>
/// <param name="NewText">The replacement.</param>
public readonly record struct TextEdit(TextSpan Span, string NewText);

/// <summary>A fix of one finding: text edits in the finding's file, with a title for people.</summary>
/// <param name="Title">What the fix does, as a command: "Rename to 'MaximumActiveTransfers'".</param>
/// <param name="Applicability">Whether --fix applies it on its own.</param>
/// <param name="Edits">The edits, in the file of the finding; they do not overlap.</param>
public sealed record CodeFix(string Title, FixApplicability Applicability, IReadOnlyList<TextEdit> Edits);

/// <summary>
/// What a rule's fix does, for <c>hvlint explain</c> and the rule's page: its applicability and,
/// in a sentence, the edit.
/// </summary>
/// <param name="Applicability">Safe or unsafe.</param>
/// <param name="Description">The edit in one sentence: "Renames the value to the catalog's spelling."</param>
public sealed record FixInfo(FixApplicability Applicability, string Description);

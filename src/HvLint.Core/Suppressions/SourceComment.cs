using HvLint.Core.Text;

namespace HvLint.Core.Suppressions;

/// <summary>
/// A comment as its front end reads it, in the file's own comment syntax (';' in .reg,
/// 'rem' and '::' in batch, '#' and '&lt;# #&gt;' in PowerShell). Core reads inline
/// suppressions from these and never lexes a language itself.
/// </summary>
/// <param name="Span">
/// The whole comment with its markers. Everything on a line that is not whitespace and not
/// inside a comment is code: a 'hvlint-disable-next-line' skips lines without code. A batch
/// comment line includes the '@' before its 'rem' or '::'.
/// </param>
/// <param name="Body">The text between its markers, where a directive may stand; a multi-line comment may hold one directive per line.</param>
public readonly record struct SourceComment(TextSpan Span, TextSpan Body);

using HvLint.Core.Text;

namespace HvLint.Core.Suppressions;

/// <summary>
/// A suppression written as the language's own attribute, as its front end reads it from the
/// syntax tree: PowerShell's <c>[Diagnostics.CodeAnalysis.SuppressMessageAttribute('HvLint',
/// 'HV0101', Justification = '...')]</c>. The front end passes only attributes addressed to
/// HvLint; Core reads the rule list and the justification (with its 'until' date).
/// </summary>
/// <param name="Span">The attribute as written.</param>
/// <param name="Scope">The code it covers: the function or script block whose parameters it decorates, or the whole script.</param>
/// <param name="Rules">The argument naming the rules, or null when the attribute names none.</param>
/// <param name="Justification">The Justification argument, or null.</param>
public sealed record AttributeSuppression(TextSpan Span, TextSpan Scope, AttributeArgument? Rules, AttributeArgument? Justification);

/// <summary>A string argument of a <see cref="AttributeSuppression"/>.</summary>
/// <param name="Value">Its value, escapes resolved.</param>
/// <param name="Span">Its text between the quotes: findings about single rules point into it when the text is the value.</param>
public sealed record AttributeArgument(string Value, TextSpan Span);

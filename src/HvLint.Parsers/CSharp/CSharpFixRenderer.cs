using System.Text;
using HvLint.Core.Fixes;
using HvLint.Core.Model;
using HvLint.Parsers.Fixes;

namespace HvLint.Parsers.CSharp;

/// <summary>
/// Renders write changes in a C# file: a rename (HV0101's did-you-mean, HV0401's replacement)
/// becomes a new string literal in place of the regular or verbatim literal that holds the whole
/// name. Nothing else is rendered: a name that is only part of a literal (a concatenation, an
/// interpolation), a raw string, or a change of data or type would need a rewrite of the call,
/// which a person should make. Reads the file's text only, so rendering never needs the parser.
/// </summary>
internal sealed class CSharpFixRenderer(IReadOnlyList<Write> writes) : IFixRenderer
{
    /// <inheritdoc />
    public CodeFix? Render(WriteChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change is not RenameValueChange rename
            || change.Target is not RegistryWrite { Form: WriteForm.CSharp, NameSpan: { } span, NameCertainty: Certainty.Literal, ValueName.Length: > 0 } write
            || rename.NewName.Length == 0 || !FixSyntax.IsPrintable(rename.NewName) || !FixSyntax.IsPinned(write, writes))
        {
            return null;
        }

        var text = write.Source.Text.Substring(span.Start, span.Length);
        return Read(text) is { } literal && literal.Value == write.ValueName
            ? FixSyntax.Fix(change, new TextEdit(span, Write(rename.NewName, literal.Verbatim)))
            : null;
    }

    /// <summary>A regular ("...") or verbatim (@"...") string literal's value, or null for any other text or an escape it would have to interpret beyond \" and \\.</summary>
    internal static (string Value, bool Verbatim)? Read(string text)
    {
        if (text.Length >= 3 && text[0] == '@' && text[1] == '"' && text[^1] == '"')
        {
            var body = text[2..^1];
            return body.Replace("\"\"", string.Empty, StringComparison.Ordinal).Contains('"', StringComparison.Ordinal)
                ? null
                : (body.Replace("\"\"", "\"", StringComparison.Ordinal), true);
        }

        if (text.Length < 2 || text[0] != '"' || text[^1] != '"' || text.StartsWith("\"\"\"", StringComparison.Ordinal))
        {
            return null;
        }

        var value = new StringBuilder(text.Length);
        for (var i = 1; i < text.Length - 1; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                return null;
            }

            if (c == '\\')
            {
                if (i + 1 >= text.Length - 1 || text[i + 1] is not ('\\' or '"'))
                {
                    return null;
                }

                c = text[++i];
            }

            value.Append(c);
        }

        return (value.ToString(), false);
    }

    /// <summary>The literal for <paramref name="value"/> in the same style as the one it replaces.</summary>
    internal static string Write(string value, bool verbatim) => verbatim
        ? "@\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}

using HvLint.Core.Model;

namespace HvLint.Parsers.Fixes;

/// <summary>
/// A literal argument of cmd.exe or PowerShell as written: its quoting style and its text. Only
/// plain literals are read (no variable, no escape, no expansion), so that a renderer edits text
/// whose meaning it knows, and writes the new text in the same style.
/// </summary>
internal readonly record struct ShellLiteral(char Quote, string Value)
{
    /// <summary>Reads a plain literal, or returns null when the text is anything else.</summary>
    public static ShellLiteral? Read(string written, CommandShell shell)
    {
        if (written.Length >= 2 && written[0] == '"' && written[^1] == '"')
        {
            var inner = written[1..^1];
            return inner.Any(c => IsSpecialInDoubleQuotes(c, shell)) ? null : new ShellLiteral('"', inner);
        }

        if (shell == CommandShell.PowerShell && written.Length >= 2 && written[0] == '\'' && written[^1] == '\'')
        {
            var inner = written[1..^1];
            var value = inner.Replace("''", "'", StringComparison.Ordinal);
            return value.Contains('\'', StringComparison.Ordinal) || inner.Any(IsTypographicQuote) ? null : new ShellLiteral('\'', value);
        }

        return written.Length > 0 && IsBare(written, shell) ? new ShellLiteral('\0', written) : null;
    }

    /// <summary>
    /// <paramref name="value"/> written in this literal's style: bare stays bare while the value is
    /// still a plain bare word, else it is quoted (single quotes in PowerShell, double in cmd);
    /// null when the shell cannot pass it unchanged.
    /// </summary>
    public string? Write(string value, CommandShell shell)
    {
        if (!FixSyntax.IsPrintable(value) || value.Any(IsTypographicQuote))
        {
            return null;
        }

        if (Quote == '\0' && value.Length > 0 && IsBare(value, shell) && !value.StartsWith('-') && !value.StartsWith('/'))
        {
            return value;
        }

        if (shell == CommandShell.PowerShell && Quote != '"')
        {
            return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
        }

        // A trailing backslash would escape the closing quote for the program's argument parser.
        return value.Any(c => IsSpecialInDoubleQuotes(c, shell)) || value.EndsWith('\\') ? null : "\"" + value + "\"";
    }

    private static bool IsSpecialInDoubleQuotes(char c, CommandShell shell) =>
        c == '"' || IsTypographicQuote(c) || (shell == CommandShell.PowerShell ? c is '$' or '`' : c is '%' or '!' or '^');

    // PowerShell also ends strings at the typographic quotes.
    private static bool IsTypographicQuote(char c) => c is '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u201C' or '\u201D' or '\u201E';

    // PowerShell reads a bare word that starts with a digit as a number (1e5, 0x10), so there a
    // bare word starts with a letter.
    private static bool IsBare(string text, CommandShell shell)
    {
        var braces = shell == CommandShell.Cmd;
        return (char.IsAsciiLetter(text[0]) || text[0] == '_' || braces && (char.IsAsciiDigit(text[0]) || text[0] == '{'))
            && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or '\\' or ':' || braces && c is '{' or '}');
    }
}

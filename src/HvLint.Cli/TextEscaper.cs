using System.Globalization;
using System.Text;

namespace HvLint.Cli;

/// <summary>
/// Makes text from a linted file safe to print on a terminal: C0 and C1 control characters
/// (and DEL) become visible escapes such as <c>\x1b</c>, so that a file holding
/// <c>ESC ] 0 ; title BEL</c> cannot retitle or clear the user's terminal. JSON and SARIF
/// keep the exact text; only text output is escaped.
/// </summary>
internal static class TextEscaper
{
    /// <summary>Escapes every control character; with <paramref name="keepTabs"/> tabs stay (source lines).</summary>
    public static string Escape(string text, bool keepTabs = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfControl(text, keepTabs);
        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (IsEscaped(c, keepTabs))
            {
                sb.Append(Escaped(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>How a character is shown: itself, or its escape when it is a control character.</summary>
    public static string Escaped(char c) => c switch
    {
        '\t' => "\\t",
        '\r' => "\\r",
        '\n' => "\\n",
        _ => c <= 0xFF
            ? "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture)
            : "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
    };

    /// <summary>Whether the character is printed as an escape.</summary>
    public static bool IsEscaped(char c, bool keepTabs) =>
        (c < 0x20 && !(keepTabs && c == '\t')) || (c >= 0x7F && c <= 0x9F);

    private static int IndexOfControl(string text, bool keepTabs)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsEscaped(text[i], keepTabs))
            {
                return i;
            }
        }

        return -1;
    }
}

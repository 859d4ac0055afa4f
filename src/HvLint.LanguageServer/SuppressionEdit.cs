using HvLint.Core.Engine;
using HvLint.Core.Suppressions;
using HvLint.Core.Text;

namespace HvLint.LanguageServer;

/// <summary>
/// The "Suppress HVnnnn on this line" action: a <c>hvlint-disable-next-line</c> comment, in the
/// file's own comment syntax, on a line of its own above the statement the finding is on (above
/// its first line when the statement is continued, so the comment never lands inside a hex
/// value continued with '\', a batch line continued with '^' or a PowerShell line continued with
/// a backtick). The new line keeps the statement's indentation and the file's line ending.
/// </summary>
internal static class SuppressionEdit
{
    private enum Language
    {
        Reg,
        Batch,
        PowerShell,
    }

    /// <summary>
    /// The edit, or null when the finding cannot be suppressed inline: findings about suppressions
    /// (they would hide the very problem), and a finding on a .reg file's header line, which must
    /// stay the first line.
    /// </summary>
    public static LspTextEdit? For(LintedVersion linted, Finding finding, string uri, string? languageId)
    {
        if (linted.Source is not { } source || !finding.Suppressible || !CanSuppress(finding.RuleId) || LanguageOf(uri, languageId) is not { } language)
        {
            return null;
        }

        var start = finding.Diagnostic.Range.Start;
        if (start.Line < 0 || start.Line >= source.LineCount)
        {
            return null;
        }

        var line = StatementStart(linted, source, start.Line + 1, language);
        if (language == Language.Reg && line == 1)
        {
            return null;
        }

        var lineText = source.GetLineText(line);
        var indent = lineText[..(lineText.Length - lineText.TrimStart().Length)];
        var marker = language switch
        {
            Language.Reg => ";",
            Language.PowerShell => "#",
            _ => BatchMarker(source, line, indent.Length > 0),
        };

        // Without a reason the directive still applies, and HV0982 asks for one on the new line
        // (when the configuration requires reasons): a placeholder reason would pass unnoticed.
        var reason = linted.RequireSuppressionReason ? " --" : string.Empty;
        var text = $"{indent}{marker} hvlint-disable-next-line {finding.RuleId}{reason}{LineEnding(source.Text)}";
        var at = new Position(line - 1, 0);
        return new LspTextEdit(new LspRange(at, at), text);
    }

    /// <summary>Whether an inline directive can suppress the rule's findings.</summary>
    public static bool CanSuppress(string ruleId) =>
        !SuppressionDiagnostics.All.Any(d => d.Id == ruleId)
        && ruleId != CoreDiagnostics.FileUnreadable.Id
        && ruleId != CoreDiagnostics.FileNotText.Id;

    private static Language? LanguageOf(string uri, string? languageId)
    {
        var extension = DocumentUris.ToPath(uri) is { } path ? Path.GetExtension(path).ToUpperInvariant() : string.Empty;
        return extension switch
        {
            ".REG" => Language.Reg,
            ".CMD" or ".BAT" => Language.Batch,
            ".PS1" or ".PSM1" or ".PSD1" => Language.PowerShell,
            _ => languageId?.ToUpperInvariant() switch
            {
                "REG" => Language.Reg,
                "BAT" or "CMD" or "BATCH" => Language.Batch,
                "POWERSHELL" => Language.PowerShell,
                _ => null,
            },
        };
    }

    // The first line of the statement the line belongs to: the first line of a write that
    // spans it, then back over continued lines.
    private static int StatementStart(LintedVersion linted, SourceText source, int line, Language language)
    {
        var first = line;
        var lineStart = source.GetLineStart(line);
        var lineEnd = lineStart + source.GetLineText(line).Length;
        foreach (var write in linted.Writes)
        {
            if (write.Span.Start < lineEnd && write.Span.End > lineStart && write.Span.Start <= source.Text.Length)
            {
                first = Math.Min(first, source.GetPosition(write.Span.Start).Line);
            }
        }

        var continuation = language switch
        {
            Language.Reg => '\\',
            Language.Batch => '^',
            _ => '`',
        };
        while (first > 1 && source.GetLineText(first - 1).TrimEnd().EndsWith(continuation))
        {
            first--;
        }

        return first;
    }

    // 'rem' (in the case the file writes it) unless the file comments with '::'; never '::'
    // on an indented line or inside a parenthesised block, where cmd reads '::' as a label
    // and may fail on it.
    private static string BatchMarker(SourceText source, int line, bool indented)
    {
        int rems = 0, upper = 0, colons = 0, depth = 0;
        for (var l = 1; l <= source.LineCount; l++)
        {
            var text = source.GetLineText(l).TrimStart().TrimStart('@');
            if (text.StartsWith("::", StringComparison.Ordinal))
            {
                colons++;
                continue;
            }

            if (text.Length >= 3 && text.StartsWith("rem", StringComparison.OrdinalIgnoreCase) && (text.Length == 3 || char.IsWhiteSpace(text[3])))
            {
                rems++;
                upper += text.StartsWith("REM", StringComparison.Ordinal) ? 1 : 0;
                continue;
            }

            if (l < line)
            {
                var quoted = false;
                foreach (var c in text)
                {
                    quoted ^= c == '"';
                    depth += quoted ? 0 : c == '(' ? 1 : c == ')' ? -1 : 0;
                }

                depth = Math.Max(0, depth);
            }
        }

        if (colons > rems && !indented && depth == 0)
        {
            return "::";
        }

        return upper * 2 > rems ? "REM" : "rem";
    }

    private static string LineEnding(string text)
    {
        var at = text.IndexOfAny(['\r', '\n']);
        return at < 0 ? "\r\n" : text[at] == '\n' ? "\n" : at + 1 < text.Length && text[at + 1] == '\n' ? "\r\n" : "\r";
    }
}

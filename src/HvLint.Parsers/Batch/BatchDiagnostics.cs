using HvLint.Core.Diagnostics;

namespace HvLint.Parsers.Batch;

/// <summary>
/// The parse findings of the batch front end (HV0070-HV0098; HV0099 is the engine's): text that cmd.exe reads
/// differently from how it looks, so commands run with other arguments, or not at all.
/// </summary>
internal static class BatchDiagnostics
{
    public static readonly RuleDescriptor UnterminatedQuote = new(
        "HV0070",
        "BatchUnterminatedQuote",
        "A double quote is not closed on its line, so the rest of the line is one quoted argument.",
        "cmd.exe quotes from a double quote to the next one on the same line. Without a closing quote, '&', '|', '>' and ')' up to the end of the line lose their meaning, and the program gets everything after the quote as one argument: a reg add key then swallows /v, /d and /f, and a redirection such as >nul becomes part of the data.",
        RuleCategory.Parse,
        Severity.Warning);

    public static readonly RuleDescriptor UnclosedParenthesis = new(
        "HV0071",
        "BatchUnclosedParenthesis",
        "A parenthesised block is never closed, so cmd.exe runs none of it.",
        "cmd.exe reads a block that starts with '(' up to its matching ')'. When the file ends first, it discards the whole statement: the if, for or block and every command inside it are silently skipped. A ')' inside quotes or after a caret does not count.",
        RuleCategory.Parse,
        Severity.Error);

    public static readonly RuleDescriptor UnmatchedCloseParenthesis = new(
        "HV0072",
        "BatchUnmatchedCloseParenthesis",
        "A ')' starts a command outside any block, so cmd.exe ignores the rest of the line.",
        "Outside a parenthesised block cmd.exe treats a command that starts with ')' like a comment: the rest of the line is not run. This is usually the leftover of a block whose '(' was removed or written on another line, and the commands after it on the line are skipped.",
        RuleCategory.Parse,
        Severity.Warning);

    public static readonly RuleDescriptor UndefinedLabel = new(
        "HV0073",
        "BatchUndefinedLabel",
        "goto or call names a label the script does not define.",
        "goto and call :label search the batch file for the label. When there is none, cmd.exe prints 'The system cannot find the batch label specified': after goto the script ends at once, so every later setting is skipped; after call the subroutine does not run.",
        RuleCategory.Parse,
        Severity.Error);

    public static readonly RuleDescriptor ElseWithoutParentheses = new(
        "HV0074",
        "BatchElseWithoutParentheses",
        "'else' follows an if command that is not in parentheses, so it is passed on as an argument.",
        "cmd.exe only recognises else after the ')' that closes the if block, on the same line. In 'if cond command else other' the words 'else other' are arguments of the first command: the else branch never runs on its own and the first command gets extra arguments (for bcdedit /set they become part of the value).",
        RuleCategory.Parse,
        Severity.Warning);

    /// <summary>Every descriptor, ordered by ID.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
        [UnterminatedQuote, UnclosedParenthesis, UnmatchedCloseParenthesis, UndefinedLabel, ElseWithoutParentheses];
}

using HvLint.Core.Text;
using HvLint.Parsers.Commands;

namespace HvLint.Parsers.PowerShell;

/// <summary>
/// The shared reg.exe and bcdedit interpreters (src/HvLint.Parsers/Commands), which the batch
/// front end uses too, called with the argument vector PowerShell would pass.
/// </summary>
internal static class NativeCommandInterpreters
{
    /// <summary>Interprets reg.exe with its argument vector.</summary>
    public static void Reg(CommandContext context, TextSpan commandSpan, CommandArgument program, IReadOnlyList<CommandArgument> arguments, string? scriptDirectory) =>
        RegExeInterpreter.Interpret(context, commandSpan, program, arguments, scriptDirectory);

    /// <summary>
    /// Interprets bcdedit with its argument vector. An unquoted {id} is this front end's finding
    /// (HV0952, reported before the call); the interpreter's own finding inside it is
    /// dropped so that the user sees the mistake once.
    /// </summary>
    public static void BcdEdit(CommandContext context, TextSpan commandSpan, CommandArgument program, IReadOnlyList<CommandArgument> arguments, IReadOnlyCollection<TextSpan> scriptBlocks)
    {
        var before = context.Diagnostics.Count;
        BcdEditInterpreter.Interpret(context, commandSpan, program, arguments);
        for (var i = context.Diagnostics.Count - 1; i >= before; i--)
        {
            var span = context.Diagnostics[i].Location.Span;
            if (context.Diagnostics[i].Rule != PowerShellDiagnostics.UnquotedBcdIdentifier && scriptBlocks.Any(s => s.Start <= span.Start && span.End <= s.End))
            {
                context.Diagnostics.RemoveAt(i);
            }
        }
    }
}

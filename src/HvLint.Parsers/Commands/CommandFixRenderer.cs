using HvLint.Core.Fixes;
using HvLint.Core.Model;
using HvLint.Core.Text;
using HvLint.Parsers.Fixes;

namespace HvLint.Parsers.Commands;

/// <summary>
/// Renders write changes of reg.exe and bcdedit commands, in a batch file or a PowerShell script:
/// the /v argument, the /t and /d arguments, bcdedit's value, and the removal of a command that
/// stands alone on its line. Arguments are rewritten in their own quoting style.
/// </summary>
internal static class CommandFixRenderer
{
    /// <summary>The change as a fix, or null when the command's text cannot be pinned or the new text cannot be written.</summary>
    public static CodeFix? Render(WriteChange change, IReadOnlyList<Write> writes)
    {
        ArgumentNullException.ThrowIfNull(change);
        var write = change.Target;
        if (write.Form is not (WriteForm.RegExe or WriteForm.BcdEdit) || write.Shell == CommandShell.None || !FixSyntax.IsPinned(write, writes))
        {
            return null;
        }

        return change switch
        {
            RenameValueChange { Write: { NameSpan: { } span, NameCertainty: Certainty.Literal } w } rename when rename.NewName.Length > 0 && w.ValueName is { Length: > 0 } && FixSyntax.Inside(w, span)
                => Argument(w, span, rename.NewName, w.ValueName) is { } edit ? FixSyntax.Fix(change, edit) : null,
            ReplaceDataChange { Write: { Operation: RegistryOperation.SetValue, DataCertainty: Certainty.Literal } w } replace => Data(replace, w),
            ReplaceBcdValueChange { Write: { ValueSpan: { } span, ValueCertainty: Certainty.Literal, Operation: BcdOperation.Set } w } bcd when FixSyntax.Inside(w, span)
                => BcdValue(bcd, w, span),
            RemoveWriteChange when !(write.Shell == CommandShell.Cmd && write.IsConditional) && Remove(write) is { } edit
                => FixSyntax.Fix(change, edit),
            _ => null,
        };
    }

    private static TextEdit? Remove(Write write) => write.Shell == CommandShell.Cmd
        ? FixSyntax.RemoveLines(write.Source.Text, write.Span, FixSyntax.CmdJoinsBefore)
        : FixSyntax.RemoveLines(write.Source.Text, write.Span, FixSyntax.PowerShellJoinsBefore, FixSyntax.PowerShellJoinsAfter);

    // The argument at span, rewritten to value in its own quoting style; when expected is given, the
    // argument must be a literal of exactly that text.
    private static TextEdit? Argument(Write write, TextSpan span, string value, string? expected = null)
    {
        var written = write.Source.Text.Substring(span.Start, span.Length);
        return ShellLiteral.Read(written, write.Shell) is { } literal && (expected is null || literal.Value == expected) && literal.Write(value, write.Shell) is { } text
            ? new TextEdit(span, text)
            : null;
    }

    private static CodeFix? Data(ReplaceDataChange change, RegistryWrite write)
    {
        if (write.DataSpan is not { } dataSpan || !FixSyntax.Inside(write, dataSpan) || RegExeData(change.Data) is not var (type, data))
        {
            return null;
        }

        if (Argument(write, dataSpan, data) is not { } dataEdit)
        {
            return null;
        }

        if (write.TypeSpan is { } typeSpan)
        {
            return FixSyntax.Inside(write, typeSpan) && Argument(write, typeSpan, type) is { } typeEdit ? FixSyntax.Fix(change, typeEdit, dataEdit) : null;
        }

        // No /t: reg.exe stored REG_SZ; the type goes after the data.
        return FixSyntax.Fix(change, dataEdit, new TextEdit(new TextSpan(dataSpan.End, 0), " /t " + type));
    }

    /// <summary>The /t type and the /d text of data reg.exe can write; null for the rest (REG_MULTI_SZ, custom types).</summary>
    internal static (string Type, string Data)? RegExeData(RegistryData data) => data.Type switch
    {
        RegistryValueType.DWord when data.Number is { } n && n <= uint.MaxValue => ("REG_DWORD", FixSyntax.Invariant(n)),
        RegistryValueType.QWord when data.Number is { } q => ("REG_QWORD", FixSyntax.Invariant(q)),
        RegistryValueType.String when data.Text is { } s => ("REG_SZ", s),
        RegistryValueType.ExpandString when data.Text is { } s => ("REG_EXPAND_SZ", s),
        RegistryValueType.Binary when data.Bytes is { Count: > 0 } b => ("REG_BINARY", FixSyntax.Hex(b, string.Empty).ToUpperInvariant()),
        _ => null,
    };

    private static CodeFix? BcdValue(ReplaceBcdValueChange change, BcdWrite write, TextSpan span)
    {
        var text = write.Source.Text;
        var written = text.Substring(span.Start, span.Length);
        var tokens = written.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var parts = tokens.Length > 1 ? change.NewValue.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [change.NewValue];
        if (tokens.Length == 0 || parts.Length == 0 || tokens.Select(t => ShellLiteral.Read(t, write.Shell)).ToArray() is not { } literals || literals.Any(l => l is null))
        {
            return null;
        }

        var style = literals[0]!.Value;
        var rendered = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            // PowerShell reads an unquoted {current} as a script block: a braced value is quoted there.
            var literal = write.Shell == CommandShell.PowerShell && part.Contains('{', StringComparison.Ordinal) && style.Quote == '\0' ? new ShellLiteral('\'', part) : style;
            if (literal.Write(part, write.Shell) is not { } one)
            {
                return null;
            }

            rendered.Add(one);
        }

        return FixSyntax.Fix(change, new TextEdit(span, string.Join(' ', rendered)));
    }
}

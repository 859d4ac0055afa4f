using HvLint.Core.Fixes;
using HvLint.Core.Model;
using HvLint.Core.Text;
using HvLint.Parsers.Commands;
using HvLint.Parsers.Fixes;

namespace HvLint.Parsers.PowerShell;

/// <summary>
/// Renders write changes in a PowerShell script: Set-ItemProperty and New-ItemProperty (-Name,
/// -Value, -Type/-PropertyType, named or positional), Registry.SetValue and RegistryKey.SetValue,
/// the name of a DSC Registry resource, and reg.exe and bcdedit calls (through the shared command
/// renderer). Strings keep the script's quoting style; a statement is removed only when it
/// stands alone on its line(s).
/// </summary>
internal sealed class PowerShellFixRenderer(IReadOnlyList<Write> writes) : IFixRenderer
{
    /// <inheritdoc />
    public CodeFix? Render(WriteChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var write = change.Target;
        if (write.Form is WriteForm.RegExe or WriteForm.BcdEdit)
        {
            return CommandFixRenderer.Render(change, writes);
        }

        if (write is not RegistryWrite { Form: WriteForm.RegistryCmdlet or WriteForm.DotNet or WriteForm.DscRegistry } registry || !FixSyntax.IsPinned(write, writes))
        {
            return null;
        }

        return change switch
        {
            RenameValueChange rename => Rename(rename, registry),
            ReplaceDataChange replace when registry.Form is not WriteForm.DscRegistry => Data(replace, registry),
            RemoveWriteChange when registry.Form is not WriteForm.DscRegistry
                && FixSyntax.RemoveLines(write.Source.Text, write.Span, FixSyntax.PowerShellJoinsBefore, FixSyntax.PowerShellJoinsAfter) is { } edit => FixSyntax.Fix(change, edit),
            _ => null,
        };
    }

    private static CodeFix? Rename(RenameValueChange change, RegistryWrite write)
    {
        // The default value is spelt '(default)' or '' in each form; a rename to or from it is left to people.
        if (write is not { NameSpan: { } span, NameCertainty: Certainty.Literal, ValueName.Length: > 0 } || change.NewName.Length == 0 || !FixSyntax.Inside(write, span))
        {
            return null;
        }

        return Literal(write, span) is { } literal && literal.Value == write.ValueName && literal.Write(change.NewName, CommandShell.PowerShell) is { } text
            ? FixSyntax.Fix(change, new TextEdit(span, text))
            : null;
    }

    private static CodeFix? Data(ReplaceDataChange change, RegistryWrite write)
    {
        if (write is not { Operation: RegistryOperation.SetValue, DataCertainty: Certainty.Literal, DataSpan: { } dataSpan } || !FixSyntax.Inside(write, dataSpan)
            || Kind(change.Data.Type) is not { } kind)
        {
            return null;
        }

        var text = write.Source.Text.Substring(dataSpan.Start, dataSpan.Length);
        if (!IsPlainValue(text) || Value(change.Data, Literal(write, dataSpan)) is not { } value)
        {
            return null;
        }

        var dataEdit = new TextEdit(dataSpan, value);
        if (write.TypeSpan is { } typeSpan)
        {
            return FixSyntax.Inside(write, typeSpan) && KindEdit(write, typeSpan, kind) is { } typeEdit ? FixSyntax.Fix(change, typeEdit, dataEdit) : null;
        }

        if (write.Form == WriteForm.RegistryCmdlet && write.NameSpan is not null)
        {
            // -Type is Set-ItemProperty's parameter and New-ItemProperty's alias of -PropertyType.
            return FixSyntax.Fix(change, dataEdit, new TextEdit(new TextSpan(dataSpan.End, 0), " -Type " + kind));
        }

        if (write.Form == WriteForm.RegistryCmdlet)
        {
            // Set-Item writes the default value as text whatever -Type says (docs/formats.md §4.1).
            return null;
        }

        // .NET without a kind stores an Int32 as REG_DWORD and a string as REG_SZ (docs/formats.md §4.4).
        return change.Data.Type is RegistryValueType.DWord && change.Data.Number <= int.MaxValue || change.Data.Type is RegistryValueType.String
            ? FixSyntax.Fix(change, dataEdit)
            : null;
    }

    // A literal of the data: a number, a string, an array of them; nothing computed.
    private static bool IsPlainValue(string text) =>
        text.Length > 0 && !text.Contains('$', StringComparison.Ordinal) && !text.Contains('`', StringComparison.Ordinal) && !text.Contains('\n', StringComparison.Ordinal);

    private static ShellLiteral? Literal(Write write, TextSpan span) =>
        ShellLiteral.Read(write.Source.Text.Substring(span.Start, span.Length), CommandShell.PowerShell);

    /// <summary>The RegistryValueKind name of a type PowerShell can write, or null.</summary>
    internal static string? Kind(RegistryValueType type) => type switch
    {
        RegistryValueType.String => "String",
        RegistryValueType.ExpandString => "ExpandString",
        RegistryValueType.DWord => "DWord",
        RegistryValueType.QWord => "QWord",
        RegistryValueType.MultiString => "MultiString",
        RegistryValueType.Binary => "Binary",
        _ => null,
    };

    // The data as a PowerShell literal the kind converts to exactly this data; strings keep the
    // quoting of the value they replace.
    private static string? Value(RegistryData data, ShellLiteral? old)
    {
        var style = old is { Quote: not '\0' } quoted ? quoted : new ShellLiteral('\'', string.Empty);
        return data.Type switch
        {
            RegistryValueType.DWord when data.Number is { } n && n <= int.MaxValue => FixSyntax.Invariant(n),
            RegistryValueType.QWord when data.Number is { } q && q <= long.MaxValue => FixSyntax.Invariant(q),
            RegistryValueType.String or RegistryValueType.ExpandString when data.Text is { } s => style.Write(s, CommandShell.PowerShell) ?? new ShellLiteral('\'', s).Write(s, CommandShell.PowerShell),
            RegistryValueType.MultiString when data.Strings is { Count: > 0 } list && list.Select(s => style.Write(s, CommandShell.PowerShell)).ToArray() is var items && items.All(i => i is not null)
                => "@(" + string.Join(", ", items) + ")",
            RegistryValueType.Binary when data.Bytes is { Count: > 0 } b => "([byte[]](" + string.Join(",", b.Select(x => "0x" + x.ToString("x2", System.Globalization.CultureInfo.InvariantCulture))) + "))",
            _ => null,
        };
    }

    // The kind argument: a string or bare word ('DWord'), or [Microsoft.Win32.RegistryValueKind]::DWord.
    private static TextEdit? KindEdit(Write write, TextSpan span, string kind)
    {
        var text = write.Source.Text.Substring(span.Start, span.Length);
        var colons = text.LastIndexOf("]::", StringComparison.Ordinal);
        if (colons > 0 && text.StartsWith('[') && text.Contains("RegistryValueKind", StringComparison.OrdinalIgnoreCase) && text[(colons + 3)..].All(char.IsAsciiLetter))
        {
            return new TextEdit(TextSpan.FromBounds(span.Start + colons + 3, span.End), kind);
        }

        return Literal(write, span) is { } literal && literal.Write(kind, CommandShell.PowerShell) is { } written ? new TextEdit(span, written) : null;
    }
}

using HvLint.Core.Model;

namespace HvLint.Core.Fixes;

/// <summary>
/// A fix as a rule states it: a change to one write of the write model. The rule does not know
/// the file's syntax (a .reg line, reg.exe, Set-ItemProperty, bcdedit); the front end that read
/// the write's file renders the change as text edits (<see cref="IFixRenderer"/>), or declines
/// when it cannot render it faithfully, and the finding then has no fix.
/// </summary>
/// <param name="Title">What the fix does, as a command: "Write it as REG_DWORD 1".</param>
/// <param name="Applicability">Safe or unsafe.</param>
public abstract record WriteChange(string Title, FixApplicability Applicability)
{
    /// <summary>The write changed.</summary>
    public abstract Write Target { get; }
}

/// <summary>Writes the value under another name (a did-you-mean rename).</summary>
public sealed record RenameValueChange(RegistryWrite Write, string NewName, string Title, FixApplicability Applicability) : WriteChange(Title, Applicability)
{
    /// <inheritdoc />
    public override Write Target => Write;
}

/// <summary>Writes other data, possibly of another registry type (REG_SZ "1" as REG_DWORD 1; a value moved into range).</summary>
public sealed record ReplaceDataChange(RegistryWrite Write, RegistryData Data, string Title, FixApplicability Applicability) : WriteChange(Title, Applicability)
{
    /// <inheritdoc />
    public override Write Target => Write;
}

/// <summary>Sets a BCD element to another value.</summary>
public sealed record ReplaceBcdValueChange(BcdWrite Write, string NewValue, string Title, FixApplicability Applicability) : WriteChange(Title, Applicability)
{
    /// <inheritdoc />
    public override Write Target => Write;
}

/// <summary>Removes the statement that makes a write (a duplicate, a debug-only setting).</summary>
public sealed record RemoveWriteChange(Write Write, string Title, FixApplicability Applicability) : WriteChange(Title, Applicability)
{
    /// <inheritdoc />
    public override Write Target => Write;
}

/// <summary>
/// Renders write changes as text edits in one file's own syntax. Each front end provides one
/// for the files it reads (<c>ExtractionResult.FixRenderer</c>).
/// </summary>
public interface IFixRenderer
{
    /// <summary>The change as a fix in the file of <see cref="WriteChange.Target"/>, or null when this syntax cannot express it faithfully.</summary>
    CodeFix? Render(WriteChange change);
}

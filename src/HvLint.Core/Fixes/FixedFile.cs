using HvLint.Core.Text;

namespace HvLint.Core.Fixes;

/// <summary>
/// One file being fixed in rounds: its bytes as read, its text now, and the fixes applied so
/// far. A host (the CLI's --fix, the language server) lints the current bytes
/// (<see cref="Bytes"/>), applies the fixes it chooses (<see cref="Apply"/>) and lints again,
/// until nothing applies. Only edits change the text, and the text is encoded in the file's
/// own encoding, so every byte outside the edits stays as it was read.
/// </summary>
public sealed class FixedFile
{
    private FixedFile(byte[] original, SourceText source)
    {
        Original = original;
        Encoding = source.Encoding;
        OriginalText = source.Text;
        Text = source.Text;
        Bytes = original;
    }

    /// <summary>The bytes as read, before any fix.</summary>
    public byte[] Original { get; }

    /// <summary>The encoding the file is written back in.</summary>
    public SourceEncoding Encoding { get; }

    /// <summary>The decoded text before any fix.</summary>
    public string OriginalText { get; }

    /// <summary>The decoded text with the fixes applied so far.</summary>
    public string Text { get; private set; }

    /// <summary>The bytes of <see cref="Text"/> in the file's encoding.</summary>
    public byte[] Bytes { get; private set; }

    /// <summary>The number of fixes applied.</summary>
    public int FixesApplied { get; private set; }

    /// <summary>Whether the fixes changed the text.</summary>
    public bool Changed => !ReferenceEquals(Bytes, Original) && !Bytes.AsSpan().SequenceEqual(Original);

    /// <summary>
    /// Starts fixing a file read as <paramref name="original"/> and decoded as
    /// <paramref name="source"/>; null, with the reason, when its bytes do not come back from its
    /// text unchanged (<see cref="SourceEncoder.RoundTrips"/>): such a file is never fixed.
    /// </summary>
    public static FixedFile? TryStart(byte[] original, SourceText source, out string? whyNot)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(source);
        if (!SourceEncoder.RoundTrips(original, source))
        {
            whyNot = $"its bytes do not survive being decoded as {SourceEncoder.Describe(source.Encoding)} and encoded again (an invalid or mixed encoding, a byte-order mark HvLint does not write, or the file changed while it was read), so a fix could change bytes it does not mean to";
            return null;
        }

        whyNot = null;
        return new FixedFile(original, source);
    }

    /// <summary>
    /// Applies one round of fixes (edits of the current text, not overlapping:
    /// <see cref="FixApplier.Choose"/>). Returns false, with the reason, and changes nothing when
    /// the result cannot be written in the file's encoding (a character ANSI cannot hold).
    /// </summary>
    public bool Apply(IReadOnlyList<CodeFix> fixes, out string? whyNot)
    {
        ArgumentNullException.ThrowIfNull(fixes);
        whyNot = null;
        if (fixes.Count == 0)
        {
            return true;
        }

        var text = FixApplier.Apply(Text, fixes.SelectMany(f => f.Edits));
        if (SourceEncoder.TryEncode(text, Encoding) is not { } bytes)
        {
            whyNot = $"the fixed text has a character {SourceEncoder.Describe(Encoding)} cannot hold";
            return false;
        }

        Text = text;
        Bytes = bytes;
        FixesApplied += fixes.Count;
        return true;
    }
}

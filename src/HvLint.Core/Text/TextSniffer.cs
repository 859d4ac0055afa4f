namespace HvLint.Core.Text;

/// <summary>
/// Tells text from binary content before a front end reads it: a program, an archive or an
/// image renamed to .reg would otherwise be "linted" into hundreds of findings about garbage.
/// Text is anything a front end may decode: a UTF-16 or UTF-32 byte-order mark, UTF-16
/// without one, UTF-8, or an ANSI code page. Binary content has NUL bytes outside UTF-16/32,
/// or many control characters (more when it is not even valid UTF-8).
/// </summary>
public static class TextSniffer
{
    // Enough to judge: binary formats show their nature in the first kilobytes.
    private const int SampleSize = 64 * 1024;

    /// <summary>
    /// How many of a file's first bytes <see cref="WhyNotText"/> needs to decide as it does on the
    /// whole file: the sample, a UTF-8 byte-order mark before it, and one byte to know it was cut.
    /// </summary>
    public const int HeadSize = SampleSize + 4;

    /// <summary>Why the content is not text ("it holds NUL bytes"), or null when it is text.</summary>
    public static string? WhyNotText(ReadOnlySpan<byte> content)
    {
        if (content.Length == 0
            || content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
            || content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            || content.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return null;
        }

        var sample = content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? content[3..] : content;
        var truncated = sample.Length > SampleSize;
        sample = sample[..Math.Min(sample.Length, SampleSize)];
        if (sample.Length == 0 || LooksLikeUtf16WithoutBom(sample))
        {
            return null;
        }

        int nul = 0, control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                nul++;
            }

            // Tab, line breaks, form feed, Ctrl-Z (an old end-of-file mark) and ESC (colour
            // codes in batch echo lines) occur in real scripts; the other C0 controls do not.
            if ((b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C or 0x1A or 0x1B)) || b == 0x7F)
            {
                control++;
            }
        }

        if (nul * 100 >= sample.Length && nul >= 2)
        {
            return "it holds NUL bytes";
        }

        var share = control / (double)sample.Length;
        if (share >= 0.20 || (share >= 0.05 && !IsUtf8(sample, truncated)))
        {
            return "it holds control bytes that no text encoding uses";
        }

        return null;
    }

    private static bool IsUtf8(ReadOnlySpan<byte> sample, bool truncated)
    {
        // A cut sample may end inside a character: only the rest must be valid.
        var status = System.Text.Unicode.Utf8.IsValid(sample);
        if (status || !truncated)
        {
            return status;
        }

        for (var cut = 1; cut <= 3 && cut < sample.Length; cut++)
        {
            if (System.Text.Unicode.Utf8.IsValid(sample[..^cut]))
            {
                return true;
            }
        }

        return false;
    }

    // UTF-16 of mostly-ASCII text has a NUL in every other byte, on one side only.
    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var n = Math.Min(bytes.Length, 4096) & ~1;
        if (n < 4)
        {
            return false;
        }

        int zeroEven = 0, zeroOdd = 0;
        for (var i = 0; i < n; i += 2)
        {
            zeroEven += bytes[i] == 0 ? 1 : 0;
            zeroOdd += bytes[i + 1] == 0 ? 1 : 0;
        }

        var pairs = n / 2;
        return (zeroOdd * 10 >= pairs * 4 && zeroEven * 10 < pairs) || (zeroEven * 10 >= pairs * 4 && zeroOdd * 10 < pairs);
    }
}

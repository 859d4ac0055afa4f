using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.Core.Text;

namespace HvLint.Parsers.Reg;

/// <summary>
/// The .reg front end: decodes a file the way regedit does and turns every line regedit would
/// import into a registry write; every line it would drop or change becomes a parse finding.
/// </summary>
public sealed class RegFileExtractor : IStreamingWriteExtractor
{
    /// <inheritdoc />
    public string Language => "reg";

    /// <inheritdoc />
    public IReadOnlyList<string> FileExtensions { get; } = [".reg"];

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Diagnostics => RegDiagnostics.All;

    /// <inheritdoc />
    public ExtractionResult Extract(string path, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);
        return Extract(path, RegDecoder.Decode(content));
    }

    /// <summary>
    /// Extracts the writes of a .reg file read from a stream, with the same result as
    /// <see cref="Extract(string, byte[])"/> on its bytes but without holding them: a UTF-16LE
    /// export is read straight into its text, so a 200 MB export costs its text, not twice that.
    /// </summary>
    public ExtractionResult Extract(string path, Stream content)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);
        return Extract(path, RegDecoder.Decode(content));
    }

    private static ExtractionResult Extract(string path, RegDecoded decoded)
    {
        var source = new SourceText(path, decoded.Text, decoded.Encoding);
        if (decoded.Kind is RegByteKind.Utf16BeBom or RegByteKind.Utf16NoBom)
        {
            return new ExtractionResult(source, [], [UnsupportedEncoding(source, decoded)]) { Comments = RegComments.Collect(source, decoded.Text.IndexOf(';', StringComparison.Ordinal)) };
        }

        var (writes, diagnostics, comments) = RegParser.Parse(source, hexStringsAreUtf16: decoded.Kind == RegByteKind.Utf16Le);
        var all = new List<Diagnostic>(diagnostics.Count + 1);
        if (decoded.Kind == RegByteKind.Utf8Bom)
        {
            all.Add(Finding(source, RegDiagnostics.Utf8ByteOrderMark, FirstLine(source), "The file starts with a UTF-8 byte-order mark (EF BB BF): some Windows versions reject it as 'not a registry script' and Wine imports nothing. Save the file as UTF-16LE ('Unicode', as regedit exports) or as ANSI without a BOM."));
        }
        else if (decoded.Kind == RegByteKind.Ansi && decoded.Utf8Sequence is var (offset, length, meant))
        {
            // Windows-1252 maps one byte to one character, so byte offsets are text offsets.
            var shown = decoded.Text.Substring(offset, length);
            all.Add(Finding(source, RegDiagnostics.Utf8WithoutBom, new TextSpan(offset, length), $"This file looks like UTF-8 without a byte-order mark: regedit reads it as ANSI, so '{meant}' is stored as '{shown}'. Save the file as UTF-16LE ('Unicode', as regedit exports), or keep names and strings ASCII."));
        }

        all.AddRange(diagnostics);
        return new ExtractionResult(source, writes, all) { Comments = comments, FixRenderer = new RegFixRenderer(source, decoded.Kind == RegByteKind.Utf16Le) };
    }

    private static Diagnostic UnsupportedEncoding(SourceText source, RegDecoded decoded)
    {
        var what = decoded.Kind == RegByteKind.Utf16BeBom
            ? "big-endian UTF-16 (it starts with FE FF)"
            : $"{decoded.Utf16ByteOrder} UTF-16 without a byte-order mark";
        return Finding(source, RegDiagnostics.UnsupportedRegEncoding, FirstLine(source), $"The file is {what}: regedit says this is not a registry script and imports nothing. Save it as UTF-16LE with a byte-order mark ('Unicode', as regedit exports) or as ANSI.");
    }

    private static TextSpan FirstLine(SourceText source)
    {
        var text = source.Text;
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        return new TextSpan(0, end < 0 ? text.Length : end);
    }

    private static Diagnostic Finding(SourceText source, RuleDescriptor rule, TextSpan span, string message) =>
        new(rule, rule.DefaultSeverity, message, new Location(source, span));
}

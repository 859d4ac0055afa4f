using HvLint.Core.Diagnostics;

namespace HvLint.Cli.Output;

/// <summary>
/// A 1-based line/column range (columns in UTF-16 code units, end exclusive) as the outputs
/// report it.
/// </summary>
internal readonly record struct SourceRegion(int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>
    /// The exact range of a location. A span that ends just after a line break is reported as
    /// ending at the end of the previous line, so that "the whole line" does not spill into
    /// column 1 of the next one.
    /// </summary>
    public static SourceRegion Of(Location location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var start = location.Start;
        var end = location.End;
        if (end.Line > start.Line && end.Column == 1)
        {
            var line = end.Line - 1;
            end = new(line, location.Source.GetLineText(line).Length + 1);
        }

        return new SourceRegion(start.Line, start.Column, end.Line, end.Column);
    }

    /// <summary>
    /// The exact range of a fix's edit: unlike <see cref="Of"/>, an edit that takes a line with
    /// its line break ends at column 1 of the next line, and an insertion is empty.
    /// </summary>
    public static SourceRegion OfEdit(HvLint.Core.Text.SourceText source, HvLint.Core.Text.TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(source);
        var start = source.GetPosition(span.Start);
        var end = source.GetPosition(span.End);
        return new SourceRegion(start.Line, start.Column, end.Line, end.Column);
    }

    /// <summary>
    /// The range for SARIF and editors: an empty span becomes one column wide where the line
    /// has a character to cover (viewers draw nothing for an empty region), and the end is
    /// never before the start.
    /// </summary>
    public static SourceRegion Visible(Location location)
    {
        var r = Of(location);
        if (r.EndLine == r.StartLine && r.EndColumn <= r.StartColumn)
        {
            var lineLength = location.Source.GetLineText(r.StartLine).Length;
            r = r with { EndColumn = r.StartColumn <= lineLength ? r.StartColumn + 1 : r.StartColumn };
        }

        return r;
    }
}

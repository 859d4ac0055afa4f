using System.Text;
using HvLint.Core.Model;
using HvLint.Core.Text;

namespace HvLint.Parsers.Batch;

/// <summary>
/// Where expanded text comes from: how sure it is, other places it comes from (the argument
/// of the call that reached a subroutine), and the BCD object it stands for, if any.
/// </summary>
internal sealed class ExpansionTag(Certainty certainty, IReadOnlyList<TextSpan> origins, BcdObjectReference? bcdObject)
{
    /// <summary>Text taken from a variable the script set to literal text.</summary>
    public static readonly ExpansionTag Resolved = new(Certainty.Resolved, [], null);

    /// <summary>Text of a variable the script did not set (or set to something unknowable).</summary>
    public static readonly ExpansionTag Unresolved = new(Certainty.Unresolved, [], null);

    public Certainty Certainty { get; } = certainty;

    public IReadOnlyList<TextSpan> Origins { get; } = origins;

    public BcdObjectReference? BcdObject { get; } = bcdObject;

    /// <summary>The tag of this text after one more expansion: literal text becomes resolved.</summary>
    public static ExpansionTag Derive(ExpansionTag? tag) => tag switch
    {
        null => Resolved,
        { Certainty: Certainty.Literal } => new ExpansionTag(Certainty.Resolved, tag.Origins, tag.BcdObject),
        _ => tag,
    };

    /// <summary>The tag of a call argument's text inside the subroutine: it also comes from the call.</summary>
    public static ExpansionTag FromCall(ExpansionTag? tag, TextSpan callArgument) => new(
        tag is null ? Certainty.Resolved : (Certainty)Math.Max((int)Certainty.Resolved, (int)tag.Certainty),
        tag is null ? [callArgument] : [callArgument, .. tag.Origins.Where(o => o != callArgument)],
        tag?.BcdObject);
}

/// <summary>
/// One character of a batch line as cmd.exe's parser sees it after %-expansion, with the span
/// of the text that produced it (a source character, or the whole %NAME% reference) and, for
/// expanded text, its tag.
/// </summary>
internal readonly record struct BChar(char C, int Start, int End, ExpansionTag? Tag)
{
    public Certainty Certainty => Tag?.Certainty ?? Certainty.Literal;

    /// <summary>
    /// Text that stands for an unknown value: cmd.exe would parse the value, but HvLint cannot,
    /// so special characters in it never split commands or open quotes.
    /// </summary>
    public bool IsOpaque => Tag is { Certainty: Certainty.Unresolved };

    public TextSpan Span => TextSpan.FromBounds(Start, End);

    public bool Is(char c) => C == c && !IsOpaque;

    public static string Text(IReadOnlyList<BChar> chars, int start = 0, int end = -1)
    {
        end = end < 0 ? chars.Count : end;
        var sb = new StringBuilder(Math.Max(0, end - start));
        for (var i = start; i < end; i++)
        {
            sb.Append(chars[i].C);
        }

        return sb.ToString();
    }

    public static TextSpan SpanOf(IReadOnlyList<BChar> chars, int start, int end)
    {
        if (end <= start)
        {
            return start < chars.Count ? new TextSpan(chars[start].Start, 0) : new TextSpan(chars.Count > 0 ? chars[^1].End : 0, 0);
        }

        var s = int.MaxValue;
        var e = 0;
        for (var i = start; i < end; i++)
        {
            s = Math.Min(s, chars[i].Start);
            e = Math.Max(e, chars[i].End);
        }

        return TextSpan.FromBounds(s, e);
    }
}

/// <summary>One character of a variable's value, with the tag of the text it was set from.</summary>
internal readonly record struct ValueChar(char C, ExpansionTag? Tag);

/// <summary>
/// The value of a batch variable as far as HvLint knows it: its characters with their tags,
/// or unknown (set at run time, or to different values on different paths).
/// </summary>
internal sealed class BatchValue
{
    public static readonly BatchValue Unknown = new([], isUnknown: true);

    public static readonly BatchValue Empty = new([], isUnknown: false);

    private BatchValue(ValueChar[] chars, bool isUnknown)
    {
        Chars = chars;
        IsUnknown = isUnknown;
    }

    public IReadOnlyList<ValueChar> Chars { get; }

    public bool IsUnknown { get; }

    public string Text => new(Chars.Select(c => c.C).ToArray());

    public static BatchValue From(IEnumerable<BChar> chars) => new(chars.Select(c => new ValueChar(c.C, c.Tag)).ToArray(), false);

    public static BatchValue From(IEnumerable<ValueChar> chars) => new(chars.ToArray(), false);

    public static BatchValue Literal(string text, ExpansionTag? tag) => new(text.Select(c => new ValueChar(c, tag)).ToArray(), false);

    /// <summary>Whether two values are the same text with the same certainty (for merging paths).</summary>
    public bool SameAs(BatchValue other)
    {
        if (IsUnknown || other.IsUnknown)
        {
            return IsUnknown && other.IsUnknown;
        }

        if (Chars.Count != other.Chars.Count)
        {
            return false;
        }

        for (var i = 0; i < Chars.Count; i++)
        {
            var a = Chars[i];
            var b = other.Chars[i];
            if (a.C != b.C || (a.Tag?.Certainty ?? Certainty.Literal) != (b.Tag?.Certainty ?? Certainty.Literal) || a.Tag?.BcdObject != b.Tag?.BcdObject)
            {
                return false;
            }
        }

        return true;
    }
}

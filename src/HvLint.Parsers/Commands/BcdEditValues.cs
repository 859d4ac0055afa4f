using HvLint.Core.Model;

namespace HvLint.Parsers.Commands;

/// <summary>
/// Reads a bcdedit value once, for every element type at once (docs/formats.md §3.3): the
/// interpreter does not know the element's type, the rules do (from the catalog), so the
/// <see cref="BcdValue"/> carries each reading the text has and the rules pick theirs.
/// </summary>
internal static class BcdEditValues
{
    /// <summary>The value <paramref name="text"/> with its readings; a value computed at run time has none.</summary>
    public static BcdValue Read(string text, Certainty certainty)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (certainty == Certainty.Unresolved)
        {
            return new BcdValue(text);
        }

        var read = BcdValue.Read(text);
        return new BcdValue(text)
        {
            Boolean = read.Boolean,
            Integer = read.Integer,
            IsIpv4Address = read.IsIpv4Address,
            BusLocation = BcdEditGrammar.TryParseAll(BcdEditGrammar.BusLocation, read.Keyword, out var bus) ? bus : null,
            IsDebugKey = BcdEditGrammar.TryParseAll(BcdEditGrammar.DebugKey, read.Keyword, out _),
        };
    }
}

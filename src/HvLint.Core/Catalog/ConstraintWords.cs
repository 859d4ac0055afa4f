using System.Globalization;
using System.Text;

namespace HvLint.Core.Catalog;

/// <summary>A catalog constraint, and what Windows does with data outside it, in words.</summary>
public static class ConstraintWords
{
    /// <summary>The constraint in words, without the basis of its facts.</summary>
    public static string Describe(ValueConstraint c) => Describe(c, null);

    /// <summary>The constraint in words, each fact followed by its basis when <paramref name="entrySource"/> is given.</summary>
    public static string Describe(ValueConstraint c, string? entrySource)
    {
        ArgumentNullException.ThrowIfNull(c);
        var sb = new StringBuilder(c.Kind switch
        {
            ConstraintKind.Any => "any data of an accepted type",
            ConstraintKind.Boolean => c.NonZeroIsTrue ? "0 (off) or 1 (on); any non-zero value counts as on" : "0 (off) or 1 (on)",
            ConstraintKind.Integer => "a number",
            ConstraintKind.Enum => "one of the values below",
            ConstraintKind.Bitmask => c.Bits.Count == 0 ? "a bitmask (its bits are not listed)" : "a combination of the bits below",
            ConstraintKind.String => "text",
            ConstraintKind.MultiString => "a list of strings",
            ConstraintKind.Binary => "binary data",
            ConstraintKind.Guid => "a GUID",
            ConstraintKind.GuidList => "a list of GUIDs",
            ConstraintKind.Path => "a file system path",
            ConstraintKind.Ipv4 => "an IPv4 address",
            ConstraintKind.Port => "a TCP/UDP port number",
            ConstraintKind.BusParams => "a PCI bus.device.function triple",
            ConstraintKind.DebugKey => "a debugger key: letters a-z, digits and dots",
            ConstraintKind.TokenList => "a list of tokens",
            _ => c.Kind.ToString(),
        });

        var details = new List<string>();
        switch (c.Min, c.Max)
        {
            case ({ } min, { } max):
                details.Add(Invariant($"from {min} to {max}"));
                break;
            case ({ } min, null):
                details.Add(Invariant($"at least {min}"));
                break;
            case (null, { } max):
                details.Add(Invariant($"at most {max}"));
                break;
        }

        if (c.PowerOfTwo)
        {
            details.Add("a power of two");
        }

        if (c.Even)
        {
            details.Add("even");
        }

        if (c.ByteLength is { } length)
        {
            details.Add(Invariant($"exactly {length} bytes"));
        }

        if (c.ZeroMeansDefault)
        {
            details.Add("0 means the default");
        }

        if (details.Count > 0)
        {
            sb.Append(", ").Append(string.Join(", ", details));
        }

        if (entrySource is not null)
        {
            sb.Append(' ').Append(Basis(c.Basis, entrySource));
        }

        var order = new List<string>();
        if (c.LessOrEqualTo is not null)
        {
            order.Add($"not above '{c.LessOrEqualTo}' in the same key");
        }

        if (c.GreaterOrEqualTo is not null)
        {
            order.Add($"not below '{c.GreaterOrEqualTo}' in the same key");
        }

        if (order.Count > 0)
        {
            // The ordering of a pair has its own basis: a range can be documented and the ordering inferred.
            sb.Append(entrySource is null ? ", " : "; ").Append(string.Join(", ", order));
            if (entrySource is not null)
            {
                sb.Append(' ').Append(Basis(c.OrderBasis, entrySource));
            }
        }

        foreach (var v in c.Values)
        {
            sb.Append('\n').Append(v.Value.ToString());
            if (v.Name is not null)
            {
                sb.Append(" (").Append(v.Name).Append(')');
            }

            if (v.Aliases.Count > 0)
            {
                sb.Append(", also ").Append(string.Join(", ", v.Aliases));
            }

            sb.Append(": ").Append(v.Meaning);
            if (!v.Documented)
            {
                sb.Append(" [undocumented]");
            }
        }

        foreach (var b in c.Bits)
        {
            sb.Append('\n').Append(Invariant($"0x{b.Mask:X}: {b.Meaning}"));
        }

        return sb.ToString();
    }

    /// <summary>What Windows does with data outside the constraint, in words; null when the data restricts nothing and no note says more.</summary>
    public static string? InvalidBehavior(ValueConstraint c)
    {
        ArgumentNullException.ThrowIfNull(c);

        // Data that restricts nothing has no invalid values: say nothing unless the catalog has a note.
        var restricts = c.Min is not null || c.Max is not null || c.Values.Count > 0 || c.Bits.Count > 0 || c.PowerOfTwo || c.Even
            || c.ByteLength is not null || c.Kind is not (ConstraintKind.Any or ConstraintKind.Integer or ConstraintKind.String or ConstraintKind.MultiString or ConstraintKind.Binary or ConstraintKind.TokenList or ConstraintKind.Bitmask);
        if (!restricts && c.OnInvalid == Core.Catalog.InvalidBehavior.Unknown)
        {
            return c.InvalidNote is null ? null : Sentence(c.InvalidNote);
        }

        var words = c.OnInvalid switch
        {
            Core.Catalog.InvalidBehavior.Clamped => "Windows clamps it to the nearest bound.",
            Core.Catalog.InvalidBehavior.Capped => "Windows caps it at the upper bound.",
            Core.Catalog.InvalidBehavior.Reset => "Windows uses the default instead.",
            Core.Catalog.InvalidBehavior.Rejected => "Windows rejects it: the setting is not applied.",
            Core.Catalog.InvalidBehavior.Ignored => "Windows ignores it: the value is not read.",
            _ => "Not documented: no source says what Windows does with other data.",
        };
        return c.InvalidNote is null ? words : words + " " + Sentence(c.InvalidNote);
    }

    /// <summary>
    /// Where a fact comes from, in parentheses: "(documented: Windows Server 2025 Hyper-V
    /// configuration reference §1.2)" or "(inferred, not documented: ...)".
    /// </summary>
    public static string Basis(Provenance basis, string entrySource)
    {
        ArgumentNullException.ThrowIfNull(basis);
        return basis.IsInferred
            ? $"(inferred, not documented: {basis.ReasoningAfterColon.TrimEnd('.')})"
            : $"(documented: {basis.Source ?? entrySource})";
    }

    private static string Sentence(string text)
    {
        text = text.Trim();
        return text.EndsWith('.') ? text : text + ".";
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

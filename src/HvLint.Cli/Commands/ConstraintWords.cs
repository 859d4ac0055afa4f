using System.Globalization;
using System.Text;
using HvLint.Core.Catalog;

namespace HvLint.Cli.Commands;

/// <summary>A catalog constraint, and what Windows does with data outside it, in words.</summary>
internal static class ConstraintWords
{
    public static string Describe(ValueConstraint c)
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

        if (c.LessOrEqualTo is not null)
        {
            details.Add($"not above '{c.LessOrEqualTo}' in the same key");
        }

        if (c.GreaterOrEqualTo is not null)
        {
            details.Add($"not below '{c.GreaterOrEqualTo}' in the same key");
        }

        if (details.Count > 0)
        {
            sb.Append(", ").Append(string.Join(", ", details));
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

    public static string InvalidBehavior(ValueConstraint c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var words = c.OnInvalid switch
        {
            Core.Catalog.InvalidBehavior.Clamped => "Windows clamps it to the nearest bound.",
            Core.Catalog.InvalidBehavior.Capped => "Windows caps it at the upper bound.",
            Core.Catalog.InvalidBehavior.Reset => "Windows uses the default instead.",
            Core.Catalog.InvalidBehavior.Rejected => "Windows rejects it: the setting is not applied and the write or boot step may fail.",
            Core.Catalog.InvalidBehavior.Ignored => "Windows ignores it: the value is not read.",
            _ => "Not known (the sources do not say).",
        };
        return c.InvalidNote is null ? words : words + " " + c.InvalidNote;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

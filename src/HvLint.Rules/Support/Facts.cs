using System.Globalization;
using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Model;

namespace HvLint.Rules;

/// <summary>Shared wording for rule messages, so every rule says the same thing the same way.</summary>
internal static class Facts
{
    /// <summary>A release's full name: "Windows Server 2012 R2".</summary>
    public static string Release(WindowsTarget target) => target switch
    {
        WindowsTarget.Ws2008R2 => "Windows Server 2008 R2",
        WindowsTarget.Ws2012R2 => "Windows Server 2012 R2",
        _ => "Windows Server " + WindowsTargets.Name(target)[2..],
    };

    /// <summary>The binary that reads an entry ("vmms.exe"), without a function name.</summary>
    public static string Reader(CatalogEntry entry) =>
        entry.ReadBy.Count > 0 ? entry.ReadBy[0].Split('!', ' ', '(')[0].Trim() : "Windows";

    /// <summary>A number for messages: decimal, with hex for large values.</summary>
    public static string Number(ulong n) => n > 9 ? string.Create(CultureInfo.InvariantCulture, $"{n} (0x{n:x})") : n.ToString(CultureInfo.InvariantCulture);

    /// <summary>The registry type name.</summary>
    public static string Type(RegistryValueType type) => RegistryValueTypes.Name(type);

    /// <summary>The accepted types: "REG_DWORD" or "REG_SZ or REG_MULTI_SZ".</summary>
    public static string Types(CatalogEntry entry) => string.Join(" or ", entry.Types.Select(Type));

    /// <summary>"the default (6)" or "its default".</summary>
    public static string DefaultPhrase(CatalogEntry entry) =>
        entry.Default is { } d ? $"the default ({(d.Number is { } n ? Number(n) : d.Text)})" : "its default";

    /// <summary>What the reader does with invalid data, as a clause: "vmms.exe resets it to 6".</summary>
    public static string OnInvalid(CatalogEntry entry, ValueConstraint c, ulong? value = null)
    {
        var reader = Reader(entry);
        if (c.InvalidNote is { Length: > 0 } note)
        {
            return Clause(note);
        }

        return c.OnInvalid switch
        {
            InvalidBehavior.Reset => entry.Default is { } d ? $"{reader} resets it to {(d.Number is { } n ? Number(n) : d.Text)}" : $"{reader} falls back to its default",
            InvalidBehavior.Clamped => value is { } v && c.Min is { } min && v < min ? $"{reader} raises it to {Number(min)}"
                : c.Max is { } max ? $"{reader} lowers it to {Number(max)}" : $"{reader} clamps it into range",
            InvalidBehavior.Capped => c.Max is { } cap ? $"{reader} caps it at {Number(cap)}" : $"{reader} caps it",
            InvalidBehavior.Rejected => $"{reader} rejects it and the setting does not take effect",
            InvalidBehavior.Ignored => $"{reader} ignores it",
            _ => $"what {reader} does with other values is not documented",
        };
    }

    /// <summary>
    /// The highest severity of a finding that rests on a fact with this basis: an inferred fact
    /// gives at most a warning; a documented one is not capped.
    /// </summary>
    public static Severity? AtMost(Provenance basis) => basis.IsInferred ? Severity.Warning : null;

    /// <summary>
    /// For an inferred fact, a sentence that says so and why ("The range is inferred, not
    /// documented: ..."), with a leading space; empty for a documented fact.
    /// </summary>
    public static string Inferred(string fact, Provenance basis) =>
        basis.IsInferred ? $" {fact} is inferred, not documented: {basis.ReasoningAfterColon}" : string.Empty;

    /// <summary>Catalog prose as a full sentence ending with a period.</summary>
    public static string Sentence(string text)
    {
        text = text.Trim();
        return text.EndsWith('.') ? text : text + ".";
    }

    /// <summary>"6..1006", "at least 1", "at most 100" (plain decimal: bounds are read, not decoded).</summary>
    public static string Range(ValueConstraint c) => (c.Min, c.Max) switch
    {
        ({ } min, { } max) => $"{Decimal(min)}..{Decimal(max)}",
        ({ } min, null) => $"at least {Decimal(min)}",
        (null, { } max) => $"at most {Decimal(max)}",
        _ => "any number",
    };

    /// <summary>A number in plain decimal.</summary>
    public static string Decimal(ulong n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Catalog prose used inside a sentence: no final period, lower-case first word.</summary>
    public static string Clause(string text)
    {
        text = text.Trim().TrimEnd('.');
        // Lower-case an ordinary first word ("Revoked", "A"), not a name or acronym ("VSMB", "DDA").
        var firstWord = text.Split(' ', 2)[0];
        return firstWord.Length > 0 && char.IsUpper(firstWord[0]) && firstWord.Skip(1).All(char.IsLower)
            ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;
    }

    /// <summary>The enum values with their meanings: "0 (CredSSP), 1 (Kerberos)".</summary>
    public static string EnumValues(ValueConstraint c) =>
        string.Join(", ", c.Values.Select(v => v.Name is { Length: > 0 } name && v.Value.Number is not null ? $"{v.Value} ({name})" : v.Value.Number is not null ? $"{v.Value} ({Shorten(v.Meaning)})" : v.Value.ToString()));

    /// <summary>The key of a write, for messages.</summary>
    public static string Key(RegistryWrite write) => write.Key.Text;

    /// <summary>The data of a write, for messages (with how the script wrote it, when that differs).</summary>
    public static string Data(RegistryWrite write) =>
        write.Data is not { } data ? "(unknown)"
        : write.DataAsWritten is { } written ? $"{data.ToDisplayString()} ({written} reads as {(data.Number is { } n ? Decimal(n) : data.ToDisplayString())})"
        : data.ToDisplayString();

    /// <summary>
    /// The number of a write, for messages: "4096 (0x1000)", or, when the script wrote it in
    /// another form, "150 (ValueData '0x96' with Hex = $true reads as 150)".
    /// </summary>
    public static string Value(RegistryWrite write, ulong n) =>
        write.DataAsWritten is { } written ? $"{Decimal(n)} ({written} reads as {Decimal(n)})" : Number(n);

    private static string Shorten(string meaning)
    {
        var cut = meaning.IndexOfAny(['.', ';', ',', '(']);
        var text = cut > 0 ? meaning[..cut] : meaning;
        text = text.Trim();
        if (text.Length <= 48)
        {
            return text;
        }

        // Cut at a word boundary: "spread across NUMA nodes", never "spread across NUM…".
        var space = text.LastIndexOf(' ', 40);
        return (space > 0 ? text[..space] : text[..40]).TrimEnd(' ', ',', ';', ':') + "…";
    }
}

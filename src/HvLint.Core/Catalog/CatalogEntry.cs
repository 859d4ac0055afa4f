using HvLint.Core.Model;

namespace HvLint.Core.Catalog;

/// <summary>Which store an entry describes.</summary>
public enum CatalogStore
{
    /// <summary>A registry value or key.</summary>
    Registry,
    /// <summary>A BCD element.</summary>
    Bcd,
}

/// <summary>Whether a catalog fact is stated by a source or is our own reading.</summary>
public enum FactBasis
{
    /// <summary>A source states it (the entry's source, or the fact's own).</summary>
    Documented,
    /// <summary>No source states it; we inferred it (from the value's name, its type, a neighbour).</summary>
    Inferred,
}

/// <summary>
/// Where one catalog fact comes from: documented (by <see cref="Source"/>, or by the entry's
/// source when null) or inferred, with the reasoning. Rules never report an inferred fact
/// above a warning, and say it is inferred.
/// </summary>
/// <param name="Basis">Documented or inferred.</param>
/// <param name="Reasoning">For an inferred fact: how we arrived at it, in our words.</param>
/// <param name="Source">The source that states the fact, when it is not the entry's source.</param>
public sealed record Provenance(FactBasis Basis, string? Reasoning = null, string? Source = null)
{
    /// <summary>A fact stated by the entry's own source.</summary>
    public static Provenance Documented { get; } = new(FactBasis.Documented);

    /// <summary>Whether the fact is our inference rather than a source's statement.</summary>
    public bool IsInferred => Basis == FactBasis.Inferred;

    /// <summary>
    /// The reasoning as one sentence that follows a colon ("inferred, not documented: the
    /// name ..."): an ordinary first word lower-cased, a name ("Microsoft", "BCDEdit") kept.
    /// </summary>
    public string ReasoningAfterColon
    {
        get
        {
            var text = (Reasoning ?? "no source states it").Trim();
            var first = text.Split(' ', 2)[0];
            if (first is "The" or "A" or "An" or "This" or "That" or "From" or "No" or "Its" or "It" or "Read" or "Neither")
            {
                text = char.ToLowerInvariant(text[0]) + text[1..];
            }

            return text.EndsWith('.') ? text : text + ".";
        }
    }
}

/// <summary>What Windows does with data outside an entry's constraint.</summary>
public enum InvalidBehavior
{
    /// <summary>No source says.</summary>
    Unknown,
    /// <summary>Clamped to the nearest bound.</summary>
    Clamped,
    /// <summary>Capped at the upper bound.</summary>
    Capped,
    /// <summary>Reset to the default.</summary>
    Reset,
    /// <summary>Not applied; the operation may fail.</summary>
    Rejected,
    /// <summary>Not read at all.</summary>
    Ignored,
}

/// <summary>The kind of data an entry accepts.</summary>
public enum ConstraintKind
{
    /// <summary>Anything of the right type.</summary>
    Any,
    /// <summary>0 or 1 (on/off for BCD).</summary>
    Boolean,
    /// <summary>A number, optionally bounded.</summary>
    Integer,
    /// <summary>One of a list of values.</summary>
    Enum,
    /// <summary>An OR of known bits.</summary>
    Bitmask,
    /// <summary>Text.</summary>
    String,
    /// <summary>A list of strings.</summary>
    MultiString,
    /// <summary>Bytes.</summary>
    Binary,
    /// <summary>A GUID.</summary>
    Guid,
    /// <summary>A list of GUIDs.</summary>
    GuidList,
    /// <summary>A file system path.</summary>
    Path,
    /// <summary>An IPv4 address.</summary>
    Ipv4,
    /// <summary>A TCP/UDP port.</summary>
    Port,
    /// <summary>A PCI bus.device.function triple.</summary>
    BusParams,
    /// <summary>A debugger key: [0-9a-z] and dots.</summary>
    DebugKey,
    /// <summary>A free-form token string.</summary>
    TokenList,
}

/// <summary>A scalar from the catalog: a number, or text.</summary>
public sealed record CatalogValue(ulong? Number, string? Text)
{
    /// <inheritdoc />
    public override string ToString() => Number is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : Text ?? string.Empty;
}

/// <summary>One allowed value of an enum.</summary>
public sealed record EnumValue(CatalogValue Value, string? Name, IReadOnlyList<string> Aliases, string Meaning, bool Documented);

/// <summary>One bit of a bitmask.</summary>
public sealed record BitFlag(ulong Mask, string Meaning);

/// <summary>What data an entry accepts.</summary>
public sealed class ValueConstraint
{
    /// <summary>The kind of data.</summary>
    public ConstraintKind Kind { get; init; }

    /// <summary>Lowest accepted number.</summary>
    public ulong? Min { get; init; }

    /// <summary>Highest accepted number.</summary>
    public ulong? Max { get; init; }

    /// <summary>The number must be a power of two.</summary>
    public bool PowerOfTwo { get; init; }

    /// <summary>The number must be even.</summary>
    public bool Even { get; init; }

    /// <summary>Exact length of binary data.</summary>
    public int? ByteLength { get; init; }

    /// <summary>For booleans: the reader treats any non-zero value as on.</summary>
    public bool NonZeroIsTrue { get; init; }

    /// <summary>0 is accepted and means "use the default".</summary>
    public bool ZeroMeansDefault { get; init; }

    /// <summary>Enum values.</summary>
    public IReadOnlyList<EnumValue> Values { get; init; } = [];

    /// <summary>Bitmask bits.</summary>
    public IReadOnlyList<BitFlag> Bits { get; init; } = [];

    /// <summary>Another value under the same key that this one must not exceed.</summary>
    public string? LessOrEqualTo { get; init; }

    /// <summary>Another value under the same key that this one must not be below.</summary>
    public string? GreaterOrEqualTo { get; init; }

    /// <summary>What Windows does with invalid data.</summary>
    public InvalidBehavior OnInvalid { get; init; }

    /// <summary>Our words on what happens to invalid data, when more specific.</summary>
    public string? InvalidNote { get; init; }

    /// <summary>Where the constraint (kind, range, values, form, what happens to invalid data) comes from.</summary>
    public Provenance Basis { get; init; } = Provenance.Documented;

    /// <summary>Where the ordering with <see cref="LessOrEqualTo"/> / <see cref="GreaterOrEqualTo"/> comes from.</summary>
    public Provenance OrderBasis { get; init; } = Provenance.Documented;
}

/// <summary>Another spelling of an entry's name.</summary>
public sealed record CatalogAlias(string Name, bool Documented, string? Note);

/// <summary>Which data weaken the host, and how much.</summary>
public sealed record SecurityInfo(string InsecureWhen, IReadOnlyList<CatalogValue> InsecureValues, double Severity, string Loss);

/// <summary>Deprecation facts.</summary>
public sealed record DeprecationInfo(WindowsTarget? LastTarget, string? Replacement, string Note);

/// <summary>How a gate value is compared with what an entry needs.</summary>
public enum GateCondition
{
    /// <summary>The gate equals <see cref="GateRequirement.Value"/>.</summary>
    EqualTo,
    /// <summary>The gate is at least <see cref="GateRequirement.Value"/>.</summary>
    AtLeast,
    /// <summary>The gate is 0.</summary>
    Zero,
    /// <summary>The gate is anything but 0.</summary>
    NonZero,
}

/// <summary>
/// A gate: another registry value that must hold certain data for the reader to consult an
/// entry at all (storvsp reads AffinitizeThreads only while SpreadWork is 1).
/// </summary>
/// <param name="Name">The gate value's name.</param>
/// <param name="Key">The key that holds the gate; null for the entry's own key (for a key-only entry, that key itself).</param>
/// <param name="Condition">How the gate's data is compared.</param>
/// <param name="Value">The number compared with, for <see cref="GateCondition.EqualTo"/> and <see cref="GateCondition.AtLeast"/>.</param>
/// <param name="Note">Our words on why the gate matters, for messages.</param>
public sealed record GateRequirement(string Name, RegistryKeyPath? Key, GateCondition Condition, ulong? Value, string Note)
{
    /// <summary>Where the gate comes from.</summary>
    public Provenance Basis { get; init; } = Provenance.Documented;

    /// <summary>Whether gate data <paramref name="number"/> lets the reader consult the entry.</summary>
    public bool IsMetBy(ulong number) => Condition switch
    {
        GateCondition.EqualTo => number == Value,
        GateCondition.AtLeast => number >= Value,
        GateCondition.Zero => number == 0,
        _ => number != 0,
    };
}

/// <summary>
/// One fact sheet of the catalog: a registry value (or key) or a BCD element, with everything
/// HvLint checks writes against.
/// </summary>
public sealed class CatalogEntry
{
    /// <summary>The area (catalog file) it comes from.</summary>
    public required string Area { get; init; }

    /// <summary>Registry or BCD.</summary>
    public required CatalogStore Store { get; init; }

    /// <summary>Registry: the key pattern as written in the catalog.</summary>
    public string? Key { get; init; }

    /// <summary>Registry: the compiled key pattern.</summary>
    public KeyPattern? KeyPattern { get; init; }

    /// <summary>Registry: the value name ('' for the default value); BCD: the element name.</summary>
    public string? Name { get; init; }

    /// <summary>Registry: a value-name pattern such as Trace&lt;n&gt;.</summary>
    public string? NamePattern { get; init; }

    /// <summary>Registry: the entry is a key, not a value.</summary>
    public bool KeyOnly { get; init; }

    /// <summary>Other spellings.</summary>
    public IReadOnlyList<CatalogAlias> Aliases { get; init; } = [];

    /// <summary>Accepted registry types, preferred first.</summary>
    public IReadOnlyList<RegistryValueType> Types { get; init; } = [];

    /// <summary>Where the types come from.</summary>
    public Provenance TypesBasis { get; init; } = Provenance.Documented;

    /// <summary>
    /// Registry: set when the catalog's key is not where the reader reads the value (the names
    /// are known, the reader's key is not): our words on where it does read it.
    /// </summary>
    public string? NotReadHere { get; init; }

    /// <summary>BCD: numeric element ID.</summary>
    public string? ElementId { get; init; }

    /// <summary>BCD: objects the element belongs on.</summary>
    public IReadOnlyList<string> BcdObjects { get; init; } = [];

    /// <summary>The value in effect when absent.</summary>
    public CatalogValue? Default { get; init; }

    /// <summary>What data is accepted.</summary>
    public ValueConstraint? Constraint { get; init; }

    /// <summary>Binaries that read it.</summary>
    public IReadOnlyList<string> ReadBy { get; init; } = [];

    /// <summary>Tags such as security-sensitive or debug-only.</summary>
    public IReadOnlySet<CatalogTag> Tags { get; init; } = new HashSet<CatalogTag>();

    /// <summary>The tags' names as the catalog writes them, in order.</summary>
    public IEnumerable<string> TagNames => Tags.Select(CatalogTags.Name).Order(StringComparer.Ordinal);

    /// <summary>For security-sensitive entries.</summary>
    public SecurityInfo? Security { get; init; }

    /// <summary>Deprecation, if any.</summary>
    public DeprecationInfo? Deprecated { get; init; }

    /// <summary>
    /// Registry: the gates that must all be open for the reader to consult this entry; empty
    /// when it is always read.
    /// </summary>
    public IReadOnlyList<GateRequirement> Requires { get; init; } = [];

    /// <summary>Registry: the BCD element this value is the boot-time fallback of.</summary>
    public string? BcdElement { get; init; }

    /// <summary>For managed-by-hyperv entries: the owning cmdlet.</summary>
    public string? ManagedBy { get; init; }

    /// <summary>First Windows Server release that reads it (the last one is <see cref="DeprecationInfo.LastTarget"/>).</summary>
    public WindowsTarget? WindowsFrom { get; init; }

    /// <summary>One line in our words.</summary>
    public required string Description { get; init; }

    /// <summary>Where the facts come from.</summary>
    public required string Source { get; init; }

    /// <summary>Disagreements and uncertainty.</summary>
    public string? Note { get; init; }

    /// <summary>The name to show: the value name, (Default), or the name pattern.</summary>
    public string DisplayName => Name is { Length: 0 } ? "(Default)" : Name ?? NamePattern ?? "(key)";

    /// <summary>Whether the entry carries a tag.</summary>
    public bool HasTag(CatalogTag tag) => Tags.Contains(tag);

    /// <summary>The first (preferred) registry type.</summary>
    public RegistryValueType? PreferredType => Types.Count > 0 ? Types[0] : null;

    /// <inheritdoc />
    public override string ToString() => Store == CatalogStore.Bcd ? $"bcd:{Name}" : $"{Key}\\{DisplayName}";
}

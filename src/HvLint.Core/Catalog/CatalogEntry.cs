using HvLint.Core.Model;

namespace HvLint.Core.Catalog;

/// <summary>Which store an entry describes.</summary>
public enum CatalogStore
{
    /// <summary>A registry value or key.</summary>
    Registry,
    /// <summary>A BCD element.</summary>
    Bcd,
    /// <summary>A Hyper-V configuration setting (a WMI property in root\virtualization\v2) set through Hyper-V module cmdlets.</summary>
    HyperV,
}

/// <summary>A Hyper-V module cmdlet parameter that sets a Hyper-V setting.</summary>
public sealed record CmdletParameter
{
    /// <summary>The cmdlet (Set-VMHost).</summary>
    public string Cmdlet { get; internal set; } = string.Empty;

    /// <summary>The parameter's full name, without the dash (MaximumVirtualMachineMigrations).</summary>
    public string Parameter { get; internal set; } = string.Empty;

    internal static CatalogFields<CmdletParameter> Fields { get; } = new("cmdlet", "parameter")
    {
        { "cmdlet", (c, j) => c.Cmdlet = CatalogJson.Text(j) },
        { "parameter", (c, j) => c.Parameter = CatalogJson.Text(j) },
    };
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
public sealed record EnumValue
{
    /// <summary>The value as written.</summary>
    public CatalogValue Value { get; internal set; } = null!;

    /// <summary>The keyword a tool uses for it (a bcdedit keyword, a cmdlet's enum name).</summary>
    public string? Name { get; internal set; }

    /// <summary>Other keywords for it.</summary>
    public IReadOnlyList<string> Aliases { get; internal set; } = [];

    /// <summary>What it means, in our words.</summary>
    public string Meaning { get; internal set; } = string.Empty;

    /// <summary>Whether a source documents it (the default).</summary>
    public bool Documented { get; internal set; } = true;

    internal static CatalogFields<EnumValue> Fields { get; } = new("value", "meaning")
    {
        { "value", (v, j) => v.Value = CatalogJson.Value(j) },
        { "name", (v, j) => v.Name = CatalogJson.Str(j) },
        { "aliases", (v, j) => v.Aliases = CatalogJson.Arr(j, CatalogJson.Text) },
        { "meaning", (v, j) => v.Meaning = CatalogJson.Text(j) },
        { "documented", (v, j) => v.Documented = j.GetBoolean() },
    };
}

/// <summary>One bit of a bitmask.</summary>
public sealed record BitFlag
{
    /// <summary>The bit (a number or "0x..." text in the catalog).</summary>
    public ulong Mask { get; internal set; }

    /// <summary>What it means, in our words.</summary>
    public string Meaning { get; internal set; } = string.Empty;

    internal static CatalogFields<BitFlag> Fields { get; } = new("mask", "meaning")
    {
        { "mask", (b, j) => b.Mask = CatalogJson.Value(j).Number ?? 0 },
        { "meaning", (b, j) => b.Meaning = CatalogJson.Text(j) },
    };
}

/// <summary>What data an entry accepts.</summary>
public sealed class ValueConstraint
{
    /// <summary>The kind of data.</summary>
    public ConstraintKind Kind { get; internal set; }

    /// <summary>Lowest accepted number.</summary>
    public ulong? Min { get; internal set; }

    /// <summary>Highest accepted number.</summary>
    public ulong? Max { get; internal set; }

    /// <summary>The number must be a power of two.</summary>
    public bool PowerOfTwo { get; internal set; }

    /// <summary>The number must be even.</summary>
    public bool Even { get; internal set; }

    /// <summary>Exact length of binary data.</summary>
    public int? ByteLength { get; internal set; }

    /// <summary>For booleans: the reader treats any non-zero value as on.</summary>
    public bool NonZeroIsTrue { get; internal set; }

    /// <summary>0 is accepted and means "use the default".</summary>
    public bool ZeroMeansDefault { get; internal set; }

    /// <summary>Enum values.</summary>
    public IReadOnlyList<EnumValue> Values { get; internal set; } = [];

    /// <summary>Bitmask bits.</summary>
    public IReadOnlyList<BitFlag> Bits { get; internal set; } = [];

    /// <summary>Another value under the same key that this one must not exceed.</summary>
    public string? LessOrEqualTo { get; internal set; }

    /// <summary>Another value under the same key that this one must not be below.</summary>
    public string? GreaterOrEqualTo { get; internal set; }

    /// <summary>What Windows does with invalid data.</summary>
    public InvalidBehavior OnInvalid { get; internal set; }

    /// <summary>Our words on what happens to invalid data, when more specific.</summary>
    public string? InvalidNote { get; internal set; }

    /// <summary>Where the constraint (kind, range, values, form, what happens to invalid data) comes from.</summary>
    public Provenance Basis { get; internal set; } = Provenance.Documented;

    /// <summary>Where the ordering with <see cref="LessOrEqualTo"/> / <see cref="GreaterOrEqualTo"/> comes from.</summary>
    public Provenance OrderBasis { get; internal set; } = Provenance.Documented;

    // The constraint's own basis is written inline (basis, reasoning, source beside kind).
    private readonly InlineBasis _basis = new();

    internal static CatalogFields<ValueConstraint> Fields { get; } = new("kind")
    {
        { "kind", (c, j) => c.Kind = CatalogJson.Enum<ConstraintKind>(j) },
        { "min", (c, j) => c.Min = CatalogJson.Value(j).Number },
        { "max", (c, j) => c.Max = CatalogJson.Value(j).Number },
        { "powerOfTwo", (c, j) => c.PowerOfTwo = CatalogJson.Bool(j) },
        { "even", (c, j) => c.Even = CatalogJson.Bool(j) },
        { "byteLength", (c, j) => c.ByteLength = j.TryGetInt32(out var b) ? b : throw new FormatException($"byteLength {j.GetRawText()} is not a whole number from 1 to 2147483647.") },
        { "nonZeroIsTrue", (c, j) => c.NonZeroIsTrue = CatalogJson.Bool(j) },
        { "zeroMeansDefault", (c, j) => c.ZeroMeansDefault = CatalogJson.Bool(j) },
        { "values", (c, j) => c.Values = CatalogJson.Arr(j, EnumValue.Fields.Read) },
        { "bits", (c, j) => c.Bits = CatalogJson.Arr(j, BitFlag.Fields.Read) },
        { "lessOrEqualTo", (c, j) => c.LessOrEqualTo = CatalogJson.Str(j) },
        { "greaterOrEqualTo", (c, j) => c.GreaterOrEqualTo = CatalogJson.Str(j) },
        { "onInvalid", (c, j) => c.OnInvalid = CatalogJson.Enum<InvalidBehavior>(j) },
        { "invalidNote", (c, j) => c.InvalidNote = CatalogJson.Str(j) },
        { c => c._basis },
        { "order", (c, j) => c.OrderBasis = CatalogJson.Provenance(j, "constraint.order") },
        Complete,
    };

    private static void Complete(ValueConstraint c)
    {
        c.Basis = c._basis.Read("constraint");

        // What Windows does with invalid data is a claim users act on: only a source may make it.
        if (c.OnInvalid != InvalidBehavior.Unknown && c.Basis.IsInferred)
        {
            throw new FormatException($"constraint: onInvalid '{CatalogJson.Name(c.OnInvalid)}' is a claim about Windows and needs a documented basis; use 'unknown' for an inferred constraint");
        }
    }
}

/// <summary>Another spelling of an entry's name.</summary>
public sealed record CatalogAlias
{
    /// <summary>The other spelling.</summary>
    public string Name { get; internal set; } = string.Empty;

    /// <summary>Whether Microsoft's documentation uses it (otherwise our reference or the field does).</summary>
    public bool Documented { get; internal set; }

    /// <summary>Where the spelling comes from, in our words.</summary>
    public string? Note { get; internal set; }

    internal static CatalogFields<CatalogAlias> Fields { get; } = new("name", "documented")
    {
        { "name", (a, j) => a.Name = CatalogJson.Text(j) },
        { "documented", (a, j) => a.Documented = j.GetBoolean() },
        { "note", (a, j) => a.Note = CatalogJson.Str(j) },
    };
}

/// <summary>Which data weaken the host, and how much.</summary>
public sealed record SecurityInfo
{
    /// <summary>In our words: which data weaken the host.</summary>
    public string InsecureWhen { get; internal set; } = string.Empty;

    /// <summary>The data that weaken it, when they can be listed.</summary>
    public IReadOnlyList<CatalogValue> InsecureValues { get; internal set; } = [];

    /// <summary>The SARIF security-severity (0-10).</summary>
    public double Severity { get; internal set; }

    /// <summary>In our words: the protection lost.</summary>
    public string Loss { get; internal set; } = string.Empty;

    /// <summary>
    /// Hyper-V adapter settings: the protection shields a VM's neighbours from the VM (DHCP guard,
    /// router guard), so it is a weakening only on a VM's adapter, not on the management OS's.
    /// </summary>
    public bool TenantOnly { get; internal set; }

    internal static CatalogFields<SecurityInfo> Fields { get; } = new("insecureWhen", "severity", "loss")
    {
        { "tenantOnly", (s, j) => s.TenantOnly = CatalogJson.Bool(j) },
        { "insecureWhen", (s, j) => s.InsecureWhen = CatalogJson.Text(j) },
        { "insecureValues", (s, j) => s.InsecureValues = CatalogJson.Arr(j, CatalogJson.Value) },
        { "severity", (s, j) => s.Severity = j.GetDouble() },
        { "loss", (s, j) => s.Loss = CatalogJson.Text(j) },
    };
}

/// <summary>One value of a WMI property and the cmdlet enum name it stands for (AuthenticationType 0 is CredSSP).</summary>
public sealed record WmiValueName
{
    /// <summary>The property's value (a number; a boolean is 1 for true, 0 for false).</summary>
    public CatalogValue Value { get; internal set; } = null!;

    /// <summary>The cmdlet's enum name for it (On, CredSSP), as in the entry's constraint.</summary>
    public string Name { get; internal set; } = string.Empty;

    internal static CatalogFields<WmiValueName> Fields { get; } = new("wmi", "name")
    {
        { "wmi", (v, j) => v.Value = CatalogJson.Value(j) },
        { "name", (v, j) => v.Name = CatalogJson.Text(j) },
    };
}

/// <summary>
/// Hyper-V entries: how the WMI property's values relate to the cmdlet parameter's, so that a
/// CIM/WMI property write (Set-CimInstance, Put) can be judged. The entry's constraint is in the
/// cmdlet's terms; the property may hold the same value, another unit with its own range, or a
/// number or boolean where the cmdlet takes a word. Exactly one of the three forms is given.
/// </summary>
public sealed class WmiValues
{
    /// <summary>The property holds the cmdlet's value unchanged: the entry's constraint holds for a WMI write as it stands.</summary>
    public bool SameAsCmdlet { get; internal set; }

    /// <summary>The property's own lowest value, where its unit differs from the cmdlet's.</summary>
    public ulong? Min { get; internal set; }

    /// <summary>The property's own highest value, where its unit differs from the cmdlet's.</summary>
    public ulong? Max { get; internal set; }

    /// <summary>The property's values and the cmdlet enum names they stand for.</summary>
    public IReadOnlyList<WmiValueName> Map { get; internal set; } = [];

    /// <summary>Where the relation comes from.</summary>
    public Provenance Basis { get; internal set; } = Provenance.Documented;

    /// <summary>Whether the property has a range of its own (<see cref="Min"/>, <see cref="Max"/>).</summary>
    public bool HasOwnRange => Min.HasValue || Max.HasValue;

    private readonly InlineBasis _basis = new();

    internal static CatalogFields<WmiValues> Fields { get; } = new()
    {
        { "sameAsCmdlet", (w, j) => w.SameAsCmdlet = CatalogJson.Bool(j) },
        { "min", (w, j) => w.Min = CatalogJson.Value(j).Number },
        { "max", (w, j) => w.Max = CatalogJson.Value(j).Number },
        { "map", (w, j) => w.Map = CatalogJson.Arr(j, WmiValueName.Fields.Read) },
        { w => w._basis },
        Complete,
    };

    private static void Complete(WmiValues w)
    {
        w.Basis = w._basis.Read("wmiValues");
        var forms = (w.SameAsCmdlet ? 1 : 0) + (w.HasOwnRange ? 1 : 0) + (w.Map.Count > 0 ? 1 : 0);
        if (forms != 1)
        {
            throw new FormatException("wmiValues: give exactly one of 'sameAsCmdlet', a range ('min'/'max') or a 'map'");
        }
    }
}

/// <summary>
/// Registry entries that turn on a virtualization-based security feature (VBS itself, memory
/// integrity, Credential Guard, System Guard): which data turn it on. Every such feature needs
/// the hypervisor and Virtual Secure Mode to start (HV0720).
/// </summary>
public sealed class VbsFeature
{
    /// <summary>The feature, in the words messages use ("memory integrity (HVCI)").</summary>
    public string Feature { get; internal set; } = string.Empty;

    /// <summary>True: any non-zero data turns it on; false: only <see cref="OnValues"/> do.</summary>
    public bool OnWhenNonZero { get; internal set; }

    /// <summary>The data that turn it on, when not every non-zero number does.</summary>
    public IReadOnlyList<ulong> OnValues { get; internal set; } = [];

    /// <summary>Where the fact comes from.</summary>
    public Provenance Basis { get; internal set; } = Provenance.Documented;

    /// <summary>Whether <paramref name="number"/> turns the feature on.</summary>
    public bool TurnsOn(ulong number) => OnWhenNonZero ? number != 0 : OnValues.Contains(number);

    private string? _when;
    private readonly InlineBasis _basis = new();

    internal static CatalogFields<VbsFeature> Fields { get; } = new("feature", "onWhen")
    {
        { "feature", (f, j) => f.Feature = CatalogJson.Text(j) },
        { "onWhen", (f, j) => f._when = CatalogJson.Str(j) },
        { "onValues", (f, j) => f.OnValues = CatalogJson.Arr(j, v => CatalogJson.Value(v).Number ?? throw new FormatException("vbsFeature: onValues must be numbers")) },
        { f => f._basis },
        Complete,
    };

    private static void Complete(VbsFeature f)
    {
        f.Basis = f._basis.Read("vbsFeature");
        f.OnWhenNonZero = f._when switch
        {
            "nonZero" => true,
            "values" => false,
            var other => throw new FormatException($"vbsFeature: unknown onWhen '{other}'"),
        };
        if (f.OnWhenNonZero == (f.OnValues.Count > 0))
        {
            throw new FormatException("vbsFeature: 'values' takes onValues, 'nonZero' does not");
        }
    }
}

/// <summary>Deprecation facts.</summary>
public sealed record DeprecationInfo
{
    /// <summary>The last Windows Server release that reads it, when known.</summary>
    public WindowsTarget? LastTarget { get; internal set; }

    /// <summary>What replaces it, when something does.</summary>
    public string? Replacement { get; internal set; }

    /// <summary>In our words: what changed.</summary>
    public string Note { get; internal set; } = string.Empty;

    internal static CatalogFields<DeprecationInfo> Fields { get; } = new("note")
    {
        { "lastTarget", (d, j) => d.LastTarget = CatalogJson.Release(j) },
        { "replacement", (d, j) => d.Replacement = CatalogJson.Str(j) },
        { "note", (d, j) => d.Note = CatalogJson.Text(j) },
    };
}

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
public sealed record GateRequirement
{
    /// <summary>The gate value's name.</summary>
    public string Name { get; internal set; } = string.Empty;

    /// <summary>The key that holds the gate; null for the entry's own key (for a key-only entry, that key itself).</summary>
    public RegistryKeyPath? Key { get; internal set; }

    /// <summary>How the gate's data is compared.</summary>
    public GateCondition Condition { get; internal set; }

    /// <summary>The number compared with, for <see cref="GateCondition.EqualTo"/> and <see cref="GateCondition.AtLeast"/>.</summary>
    public ulong? Value { get; internal set; }

    /// <summary>Our words on why the gate matters, for messages.</summary>
    public string Note { get; internal set; } = string.Empty;

    /// <summary>Where the gate comes from.</summary>
    public Provenance Basis { get; internal set; } = Provenance.Documented;

    private string? _keyText;
    private string? _conditionName;
    private CatalogValue? _value;
    private readonly InlineBasis _basis = new();

    internal static CatalogFields<GateRequirement> Fields { get; } = new("name", "condition", "note")
    {
        { "name", (g, j) => g.Name = CatalogJson.Text(j) },
        { "key", (g, j) => g._keyText = CatalogJson.Str(j) },
        { "condition", (g, j) => g._conditionName = CatalogJson.Str(j) },
        { "value", (g, j) => g._value = CatalogJson.Value(j) },
        { "note", (g, j) => g.Note = CatalogJson.Text(j) },
        { g => g._basis },
        Complete,
    };

    /// <summary>Whether gate data <paramref name="number"/> lets the reader consult the entry.</summary>
    public bool IsMetBy(ulong number) => Condition switch
    {
        GateCondition.EqualTo => number == Value,
        GateCondition.AtLeast => number >= Value,
        GateCondition.Zero => number == 0,
        _ => number != 0,
    };

    private static void Complete(GateRequirement g)
    {
        g.Key = g._keyText is null ? null
            : g._keyText.Contains('<', StringComparison.Ordinal) ? throw new FormatException($"requires '{g.Name}': the gate key must be a literal key, not a pattern ({g._keyText})")
            : RegistryKeyPath.TryParse(g._keyText) ?? throw new FormatException($"requires '{g.Name}': '{g._keyText}' is not a registry key");
        g.Condition = g._conditionName switch
        {
            "equals" => GateCondition.EqualTo,
            "atLeast" => GateCondition.AtLeast,
            "zero" => GateCondition.Zero,
            "nonZero" => GateCondition.NonZero,
            var other => throw new FormatException($"requires '{g.Name}': unknown condition '{other}'"),
        };
        g.Value = g._value is null ? null : g._value.Number ?? throw new FormatException($"requires '{g.Name}': the value must be a number");
        var takesValue = g.Condition is GateCondition.EqualTo or GateCondition.AtLeast;
        if (takesValue != g.Value.HasValue)
        {
            throw new FormatException($"requires '{g.Name}': 'equals' and 'atLeast' take a value, 'zero' and 'nonZero' do not");
        }

        g.Basis = g._basis.Read($"requires '{g.Name}'");
    }
}

/// <summary>
/// One fact sheet of the catalog: a registry value (or key) or a BCD element, with everything
/// HvLint checks writes against.
/// </summary>
/// <remarks>
/// A new catalog field is a property here, its line in <see cref="Fields"/> and its line in
/// rules/catalog.schema.json; CatalogSchemaFieldTests holds the table and the schema together.
/// </remarks>
public sealed class CatalogEntry
{
    /// <summary>The area (catalog file) it comes from.</summary>
    public string Area { get; internal set; } = string.Empty;

    /// <summary>Registry or BCD.</summary>
    public CatalogStore Store { get; internal set; }

    /// <summary>Registry: the key pattern as written in the catalog.</summary>
    public string? Key { get; internal set; }

    /// <summary>Registry: the compiled key pattern.</summary>
    public KeyPattern? KeyPattern { get; internal set; }

    /// <summary>Registry: the value name ('' for the default value); BCD: the element name.</summary>
    public string? Name { get; internal set; }

    /// <summary>Registry: a value-name pattern such as Trace&lt;n&gt;.</summary>
    public string? NamePattern { get; internal set; }

    /// <summary>Registry: the entry is a key, not a value.</summary>
    public bool KeyOnly { get; internal set; }

    /// <summary>Other spellings.</summary>
    public IReadOnlyList<CatalogAlias> Aliases { get; internal set; } = [];

    /// <summary>Accepted registry types, preferred first.</summary>
    public IReadOnlyList<RegistryValueType> Types { get; internal set; } = [];

    /// <summary>Where the types come from.</summary>
    public Provenance TypesBasis { get; internal set; } = Provenance.Documented;

    /// <summary>
    /// Registry: set when the catalog's key is not where the reader reads the value (the names
    /// are known, the reader's key is not): our words on where it does read it.
    /// </summary>
    public string? NotReadHere { get; internal set; }

    /// <summary>BCD: numeric element ID.</summary>
    public string? ElementId { get; internal set; }

    /// <summary>BCD: objects the element belongs on.</summary>
    public IReadOnlyList<string> BcdObjects { get; internal set; } = [];

    /// <summary>Hyper-V: the WMI class in root\virtualization\v2 that holds the property (<see cref="Name"/>).</summary>
    public string? WmiClass { get; internal set; }

    /// <summary>Hyper-V: the WMI property's CIM type (uint32, boolean, string, ...).</summary>
    public string? WmiType { get; internal set; }

    /// <summary>Hyper-V: the cmdlet parameters that set it.</summary>
    public IReadOnlyList<CmdletParameter> Cmdlets { get; internal set; } = [];

    /// <summary>Hyper-V: the registry value that holds the same setting (Set-VMHost writes it there too), or null.</summary>
    public (RegistryKeyPath Key, string Name)? RegistryMirror { get; internal set; }

    /// <summary>Hyper-V: how the WMI property's values relate to the cmdlet's, for judging CIM/WMI writes; null when they are not stated.</summary>
    public WmiValues? WmiValues { get; internal set; }

    /// <summary>Registry: the virtualization-based security feature this value turns on, and with which data; null for other values.</summary>
    public VbsFeature? VbsFeature { get; internal set; }

    /// <summary>The value in effect when absent.</summary>
    public CatalogValue? Default { get; internal set; }

    /// <summary>What data is accepted.</summary>
    public ValueConstraint? Constraint { get; internal set; }

    /// <summary>Binaries that read it.</summary>
    public IReadOnlyList<string> ReadBy { get; internal set; } = [];

    /// <summary>Tags such as security-sensitive or debug-only.</summary>
    public IReadOnlySet<CatalogTag> Tags { get; internal set; } = new HashSet<CatalogTag>();

    /// <summary>The tags' names as the catalog writes them, in order.</summary>
    public IEnumerable<string> TagNames => Tags.Select(CatalogTags.Name).Order(StringComparer.Ordinal);

    /// <summary>For security-sensitive entries.</summary>
    public SecurityInfo? Security { get; internal set; }

    /// <summary>Deprecation, if any.</summary>
    public DeprecationInfo? Deprecated { get; internal set; }

    /// <summary>
    /// Registry: the gates that must all be open for the reader to consult this entry; empty
    /// when it is always read.
    /// </summary>
    public IReadOnlyList<GateRequirement> Requires { get; internal set; } = [];

    /// <summary>Registry: the BCD element this value is the boot-time fallback of.</summary>
    public string? BcdElement { get; internal set; }

    /// <summary>For managed-by-hyperv entries: the owning cmdlet.</summary>
    public string? ManagedBy { get; internal set; }

    /// <summary>First Windows Server release that reads it (the last one is <see cref="DeprecationInfo.LastTarget"/>).</summary>
    public WindowsTarget? WindowsFrom { get; internal set; }

    /// <summary>One line in our words.</summary>
    public string Description { get; internal set; } = string.Empty;

    /// <summary>Where the facts come from.</summary>
    public string Source { get; internal set; } = string.Empty;

    /// <summary>Disagreements and uncertainty.</summary>
    public string? Note { get; internal set; }

    /// <summary>The name to show: the value name, (Default), or the name pattern.</summary>
    public string DisplayName => Name is { Length: 0 } ? "(Default)" : Name ?? NamePattern ?? "(key)";

    /// <summary>Whether the entry carries a tag.</summary>
    public bool HasTag(CatalogTag tag) => Tags.Contains(tag);

    /// <summary>The first (preferred) registry type.</summary>
    public RegistryValueType? PreferredType => Types.Count > 0 ? Types[0] : null;

    /// <inheritdoc />
    public override string ToString() => Store switch
    {
        CatalogStore.Bcd => $"bcd:{Name}",
        CatalogStore.HyperV => $"hyperv:{WmiClass}.{Name}",
        _ => $"{Key}\\{DisplayName}",
    };

    /// <summary>The catalog's fields: each JSON name and how it is read (the key's pattern is compiled by the loader).</summary>
    internal static CatalogFields<CatalogEntry> Fields { get; } = new("store", "description", "source")
    {
        { "store", (e, j) => e.Store = CatalogJson.Text(j) switch { "bcd" => CatalogStore.Bcd, "hyperv" => CatalogStore.HyperV, _ => CatalogStore.Registry } },
        { "key", (e, j) => e.Key = CatalogJson.Str(j) },
        { "name", (e, j) => e.Name = CatalogJson.Str(j) },
        { "namePattern", (e, j) => e.NamePattern = CatalogJson.Str(j) },
        { "keyOnly", (e, j) => e.KeyOnly = CatalogJson.Bool(j) },
        { "aliases", (e, j) => e.Aliases = CatalogJson.Arr(j, CatalogAlias.Fields.Read) },
        { "types", (e, j) => e.Types = CatalogJson.Arr(j, CatalogJson.RegistryType) },
        { "typesBasis", (e, j) => e.TypesBasis = CatalogJson.Provenance(j, "typesBasis") },
        { "notReadHere", (e, j) => e.NotReadHere = CatalogJson.Str(j) },
        { "elementId", (e, j) => e.ElementId = CatalogJson.Str(j) },
        { "bcdObjects", (e, j) => e.BcdObjects = CatalogJson.Arr(j, CatalogJson.Text) },
        { "wmiClass", (e, j) => e.WmiClass = CatalogJson.Str(j) },
        { "wmiType", (e, j) => e.WmiType = CatalogJson.Str(j) },
        { "cmdlets", (e, j) => e.Cmdlets = CatalogJson.Arr(j, CmdletParameter.Fields.Read) },
        { "registryMirror", (e, j) => e.RegistryMirror = (RegistryKeyPath.TryParse(CatalogJson.Str(j, "key") ?? string.Empty) ?? throw new FormatException("registryMirror: 'key' is not a registry key"), CatalogJson.Str(j, "name") ?? throw new FormatException("registryMirror: 'name' is missing")) },
        { "wmiValues", (e, j) => e.WmiValues = WmiValues.Fields.Read(j) },
        { "vbsFeature", (e, j) => e.VbsFeature = VbsFeature.Fields.Read(j) },
        { "default", (e, j) => e.Default = CatalogJson.Value(j) },
        { "constraint", (e, j) => e.Constraint = ValueConstraint.Fields.Read(j) },
        { "readBy", (e, j) => e.ReadBy = CatalogJson.Arr(j, CatalogJson.Text) },
        { "tags", (e, j) => e.Tags = CatalogJson.Arr(j, CatalogJson.Tag).ToHashSet() },
        { "security", (e, j) => e.Security = SecurityInfo.Fields.Read(j) },
        { "deprecated", (e, j) => e.Deprecated = DeprecationInfo.Fields.Read(j) },
        { "windows", (e, j) => e.WindowsFrom = CatalogJson.Release(CatalogJson.Str(j, "from")) },
        { "bcdElement", (e, j) => e.BcdElement = CatalogJson.Str(j) },
        { "requires", (e, j) => e.Requires = CatalogJson.Arr(j, GateRequirement.Fields.Read) },
        { "managedBy", (e, j) => e.ManagedBy = CatalogJson.Str(j) },
        { "description", (e, j) => e.Description = CatalogJson.Text(j) },
        { "source", (e, j) => e.Source = CatalogJson.Text(j) },
        { "note", (e, j) => e.Note = CatalogJson.Str(j) },
    };
}

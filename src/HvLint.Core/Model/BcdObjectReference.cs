namespace HvLint.Core.Model;

/// <summary>What a <see cref="BcdObjectReference"/> names.</summary>
public enum BcdObjectReferenceKind
{
    /// <summary>An object computed at run time: which one is not known.</summary>
    Unknown,
    /// <summary>A well-known identifier such as {current}, {default} or {hypervisorsettings}.</summary>
    WellKnown,
    /// <summary>An object named by its GUID.</summary>
    Guid,
    /// <summary>The new entry that <c>bcdedit /copy &lt;source&gt;</c> creates, whose GUID is only known when the script runs.</summary>
    CopyOf,
}

/// <summary>
/// The BCD object a write addresses, as the bcdedit interpreter reads its identifier
/// (docs/formats.md §3.2): a well-known identifier, a GUID, a copy of another object made by
/// <c>bcdedit /copy</c>, or an object computed at run time. Two references are equal when
/// bcdedit would address the same object by them (identifiers are case-insensitive).
/// </summary>
public sealed class BcdObjectReference : IEquatable<BcdObjectReference>
{
    // docs/formats.md §3.2 (B7, B8); {legacy} is bcdedit's alias of {ntldr}. In this order the
    // interpreter offers them as suggestions.
    private static readonly string[] s_wellKnown =
    [
        "bootmgr", "fwbootmgr", "memdiag", "ntldr", "legacy", "current", "default", "ramdiskoptions", "dbgsettings",
        "emssettings", "badmemory", "globalsettings", "bootloadersettings", "resumeloadersettings", "hypervisorsettings",
    ];

    // The kind of object each well-known identifier names, as the catalog's bcdObjects spell it.
    private static readonly Dictionary<string, string> s_objectTypes = new(StringComparer.Ordinal)
    {
        ["current"] = "osloader",
        ["default"] = "osloader",
        ["bootmgr"] = "bootmgr",
        ["fwbootmgr"] = "fwbootmgr",
        ["memdiag"] = "memdiag",
        ["ntldr"] = "ntldr",
        ["dbgsettings"] = "dbgsettings",
        ["emssettings"] = "emssettings",
        ["badmemory"] = "badmemory",
        ["globalsettings"] = "globalsettings",
        ["bootloadersettings"] = "bootloadersettings",
        ["resumeloadersettings"] = "resumeloadersettings",
        ["hypervisorsettings"] = "hypervisorsettings",
        ["ramdiskoptions"] = "ramdiskoptions",
    };

    private readonly string _text;

    private BcdObjectReference(BcdObjectReferenceKind kind, string? alias, Guid? guid, BcdObjectReference? source)
    {
        Kind = kind;
        Alias = alias;
        Guid = guid;
        Source = source;
        _text = kind switch
        {
            BcdObjectReferenceKind.WellKnown => "{" + alias + "}",
            BcdObjectReferenceKind.Guid => guid!.Value.ToString("B"),
            BcdObjectReferenceKind.CopyOf => "copy-of:" + source,
            _ => "unknown",
        };
    }

    /// <summary>The well-known identifiers bcdedit accepts, in lower case and without braces.</summary>
    public static IReadOnlyList<string> WellKnownAliases => s_wellKnown;

    /// <summary>An object computed at run time.</summary>
    public static BcdObjectReference Unknown { get; } = new(BcdObjectReferenceKind.Unknown, null, null, null);

    /// <summary>{current}: the object a command addresses when it names none (docs/formats.md §3.1).</summary>
    public static BcdObjectReference Current { get; } = new(BcdObjectReferenceKind.WellKnown, "current", null, null);

    /// <summary>What the reference names.</summary>
    public BcdObjectReferenceKind Kind { get; }

    /// <summary>The well-known identifier in lower case without braces ("current"); null for other kinds.</summary>
    public string? Alias { get; }

    /// <summary>The GUID of an object named by its GUID; null for other kinds.</summary>
    public Guid? Guid { get; }

    /// <summary>The object a <c>bcdedit /copy</c> entry was copied from; null for other kinds.</summary>
    public BcdObjectReference? Source { get; }

    /// <summary>
    /// The type of object the reference names (osloader, bootmgr, hypervisorsettings, ...), as
    /// the catalog's bcdObjects spell it, or null when it cannot be known statically (a GUID of
    /// an entry created elsewhere, {legacy}, an object computed at run time).
    /// </summary>
    /// <remarks>A copy of an OS loader entry (bcdedit /copy {current}) is an OS loader entry.</remarks>
    public string? ObjectType => Kind switch
    {
        BcdObjectReferenceKind.WellKnown => s_objectTypes.GetValueOrDefault(Alias!),
        BcdObjectReferenceKind.CopyOf => Source!.ObjectType == "osloader" ? "osloader" : null,
        _ => null,
    };

    /// <summary>The well-known identifier <paramref name="alias"/> (any case, without braces), or null when bcdedit does not know it.</summary>
    public static BcdObjectReference? FromAlias(string alias)
    {
        ArgumentNullException.ThrowIfNull(alias);
        if (alias.Equals("current", StringComparison.OrdinalIgnoreCase))
        {
            return Current;
        }

        var known = Array.Find(s_wellKnown, w => w.Equals(alias, StringComparison.OrdinalIgnoreCase));
        return known is null ? null : new BcdObjectReference(BcdObjectReferenceKind.WellKnown, known, null, null);
    }

    /// <summary>The object with GUID <paramref name="guid"/>.</summary>
    public static BcdObjectReference FromGuid(Guid guid) => new(BcdObjectReferenceKind.Guid, null, guid, null);

    /// <summary>The new entry that <c>bcdedit /copy</c> makes from <paramref name="source"/>.</summary>
    public static BcdObjectReference CopyOf(BcdObjectReference source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new BcdObjectReference(BcdObjectReferenceKind.CopyOf, null, null, source);
    }

    /// <summary>
    /// The reference as users read it in messages and in <c>hvlint writes</c>: {current} and
    /// GUIDs in lower case with braces, <c>copy-of:{current}</c> for a copy, <c>unknown</c> when computed
    /// at run time.
    /// </summary>
    public override string ToString() => _text;

    /// <inheritdoc />
    public bool Equals(BcdObjectReference? other) => other is not null && string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BcdObjectReference);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_text);

    /// <summary>Whether two references name the same object (both null, or equal).</summary>
    public static bool operator ==(BcdObjectReference? left, BcdObjectReference? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two references name different objects.</summary>
    public static bool operator !=(BcdObjectReference? left, BcdObjectReference? right) => !(left == right);
}

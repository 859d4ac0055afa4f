using HvLint.Core.Text;

namespace HvLint.Core.Model;

/// <summary>
/// One change a source file makes to the registry, the boot configuration or Hyper-V's configuration. Front ends
/// produce writes; rules only ever see writes, never syntax.
/// </summary>
public abstract class Write
{
    /// <summary>Creates a write.</summary>
    protected Write(SourceText source, TextSpan span, int order)
    {
        Source = source;
        Span = span;
        Order = order;
    }

    /// <summary>The file the write comes from.</summary>
    public SourceText Source { get; }

    /// <summary>The whole statement that makes the write.</summary>
    public TextSpan Span { get; }

    /// <summary>The position of the write in the order it would be applied (0-based, per file).</summary>
    public int Order { get; }

    /// <summary>A stable identity of what the write concerns (not where it is), for fingerprints and baselines.</summary>
    public abstract string Identity { get; }

    /// <summary>
    /// Whether the write only happens on some paths (inside an if/else, a switch, a loop body
    /// that may not run, a try/catch). Rules that compare writes treat two writes as
    /// contradicting each other only when neither is conditional.
    /// </summary>
    public bool IsConditional { get => _isConditional; init => _isConditional = value; }

    private bool _isConditional;

    /// <summary>
    /// Related places, such as the loop or table element a data-driven write comes from, or the
    /// line of a batch subroutine that runs the text a <c>call</c> passed to it.
    /// </summary>
    public IReadOnlyList<TextSpan> RelatedSpans { get; init; } = [];

    /// <summary>A copy of this write that only happens on some paths (for front ends that learn it after building the write).</summary>
    public Write AsConditional()
    {
        var copy = (Write)MemberwiseClone();
        copy._isConditional = true;
        return copy;
    }

    /// <summary>
    /// How the write is written (a .reg line, reg.exe, a registry cmdlet, the .NET API, a DSC
    /// resource, bcdedit), so that advice can be given in the syntax of the file.
    /// </summary>
    public WriteForm Form { get; init; }

    /// <summary>
    /// The shell that runs a reg.exe or bcdedit command (quoting differs: PowerShell needs
    /// '{current}' in quotes, cmd.exe does not); <see cref="CommandShell.None"/> for other forms.
    /// </summary>
    public CommandShell Shell { get; init; }

    /// <summary>
    /// Whether the command that makes the write fails, so nothing is written: PowerShell refuses
    /// it (an unquoted {current} handed to bcdedit, a value -Type cannot convert), or the tool
    /// rejects its arguments. Its own finding says so; rules that compare writes ignore it.
    /// </summary>
    public bool Fails { get; init; }
}

/// <summary>The shell a native command (reg.exe, bcdedit) is run from.</summary>
public enum CommandShell
{
    /// <summary>Not a native command, or not known.</summary>
    None,
    /// <summary>cmd.exe: a batch file.</summary>
    Cmd,
    /// <summary>PowerShell.</summary>
    PowerShell,
}

/// <summary>The syntax a write is made with.</summary>
public enum WriteForm
{
    /// <summary>Not known (a write built by a test or a host without a front end).</summary>
    Unknown,
    /// <summary>A line of a .reg file ("Name"=dword:00000004).</summary>
    RegFile,
    /// <summary>reg.exe add/delete, from a batch file or PowerShell.</summary>
    RegExe,
    /// <summary>Set-ItemProperty, New-ItemProperty, Remove-ItemProperty and the other registry cmdlets.</summary>
    RegistryCmdlet,
    /// <summary>The .NET API: Registry.SetValue, RegistryKey.SetValue/DeleteValue.</summary>
    DotNet,
    /// <summary>The DSC Registry resource (Key, ValueName, ValueType, ValueData, Hex).</summary>
    DscRegistry,
    /// <summary>bcdedit /set or /deletevalue.</summary>
    BcdEdit,
    /// <summary>A Hyper-V module cmdlet (Set-VMHost, Set-VMNetworkAdapter, New-VMSwitch, ...).</summary>
    HyperVCmdlet,
    /// <summary>A property of an Msvm_* CIM/WMI instance: Set-CimInstance -Property, or $obj.Prop = v then $obj.Put() / Set-CimInstance $obj.</summary>
    WmiProperty,
    /// <summary>
    /// The .NET API written in C# (a .cs file, or the C# of Add-Type in a script): Registry.SetValue,
    /// RegistryKey.SetValue/DeleteValue/CreateSubKey; advice is given in C#, and script fixes do not apply.
    /// </summary>
    CSharp,
}

/// <summary>What a registry write does.</summary>
public enum RegistryOperation
{
    /// <summary>Sets (creates or overwrites) a value.</summary>
    SetValue,
    /// <summary>Deletes a value.</summary>
    DeleteValue,
    /// <summary>Creates a key (or opens it) without setting a value.</summary>
    CreateKey,
    /// <summary>Deletes a key and everything below it.</summary>
    DeleteKey,
    /// <summary>Deletes every value of a key but keeps its subkeys (reg delete /va).</summary>
    DeleteAllValues,
}

/// <summary>Where the registry type of a set-value write comes from.</summary>
public enum TypeOrigin
{
    /// <summary>Written explicitly: dword: in a .reg file, /t in reg.exe, -Type in PowerShell.</summary>
    Explicit,
    /// <summary>Not written, so the tool's default applies (reg.exe without /t stores REG_SZ).</summary>
    ToolDefault,
    /// <summary>Inferred from the value's .NET type (PowerShell without -Type, Registry.SetValue without a kind).</summary>
    InferredFromValue,
}

/// <summary>A write to the registry.</summary>
public sealed class RegistryWrite : Write
{
    /// <summary>Creates a registry write.</summary>
    public RegistryWrite(
        SourceText source,
        TextSpan span,
        int order,
        RegistryOperation operation,
        RegistryKeyPath key,
        TextSpan keySpan,
        string? valueName = null,
        TextSpan? nameSpan = null,
        RegistryData? data = null,
        TextSpan? dataSpan = null,
        RegistryView view = RegistryView.Default)
        : base(source, span, order)
    {
        Operation = operation;
        Key = key;
        KeySpan = keySpan;
        ValueName = valueName;
        NameSpan = nameSpan;
        Data = data;
        DataSpan = dataSpan;
        View = view;
    }

    /// <summary>What the write does.</summary>
    public RegistryOperation Operation { get; }

    /// <summary>The key.</summary>
    public RegistryKeyPath Key { get; }

    /// <summary>Where the key is written.</summary>
    public TextSpan KeySpan { get; }

    /// <summary>The value name; the empty string is the key's default value; null for key operations.</summary>
    public string? ValueName { get; }

    /// <summary>Where the value name is written.</summary>
    public TextSpan? NameSpan { get; }

    /// <summary>The data of a set-value write; null when it could not be resolved.</summary>
    public RegistryData? Data { get; }

    /// <summary>Where the data is written.</summary>
    public TextSpan? DataSpan { get; }

    /// <summary>The registry view the write targets.</summary>
    public RegistryView View { get; }

    /// <summary>
    /// Where the data's registry type is written (reg.exe's /t argument, PowerShell's -Type or
    /// -PropertyType argument, the kind of RegistryKey.SetValue), when it is a separate token; null
    /// when the type is not written or is part of the data (a .reg file's dword:).
    /// </summary>
    public TextSpan? TypeSpan { get; init; }

    /// <summary>How sure the key is.</summary>
    public Certainty KeyCertainty { get; init; } = Certainty.Literal;

    /// <summary>How sure the value name is.</summary>
    public Certainty NameCertainty { get; init; } = Certainty.Literal;

    /// <summary>How sure the data (and its type) is.</summary>
    public Certainty DataCertainty { get; init; } = Certainty.Literal;

    /// <summary>Where the data's registry type comes from.</summary>
    public TypeOrigin TypeOrigin { get; init; } = TypeOrigin.Explicit;

    /// <summary>
    /// How the script passes the data, when that differs from what is stored and a reader of a
    /// message needs it to recognise the value: "the number 3000000000 (an Int64)", "ValueData
    /// '0x96' with Hex = $true". Null when the data is written as stored.
    /// </summary>
    public string? DataAsWritten { get; init; }

    /// <summary>Whether this write targets a value (set or delete) rather than a key.</summary>
    public bool IsValueWrite => Operation is RegistryOperation.SetValue or RegistryOperation.DeleteValue;

    /// <summary>The span to point at for a finding about the value name (the name, else the statement).</summary>
    public TextSpan NameOrStatementSpan => NameSpan ?? Span;

    /// <summary>The span to point at for a finding about the data (the data, else the name, else the statement).</summary>
    public TextSpan DataOrNameSpan => DataSpan ?? NameSpan ?? Span;

    /// <summary>The value name as users read it: (Default) for the default value.</summary>
    public string DisplayName => ValueName is null ? string.Empty : ValueName.Length == 0 ? "(Default)" : ValueName;

    /// <inheritdoc />
    /// <remarks>Built on first use and kept: several rules key their tables by it.</remarks>
    public override string Identity => _identity ??= ValueName is null
        ? $"reg:{Key.MatchKey}"
        : $"reg:{Key.MatchKey}:{ValueName.ToLowerInvariant()}";

    private string? _identity;
}

/// <summary>What a BCD write does.</summary>
public enum BcdOperation
{
    /// <summary>bcdedit /set.</summary>
    Set,
    /// <summary>bcdedit /deletevalue.</summary>
    DeleteValue,
}

/// <summary>A write to the boot configuration data store.</summary>
public sealed class BcdWrite : Write
{
    /// <summary>Creates a BCD write.</summary>
    public BcdWrite(
        SourceText source,
        TextSpan span,
        int order,
        BcdOperation operation,
        BcdObjectReference bcdObject,
        TextSpan? objectSpan,
        string element,
        TextSpan elementSpan,
        BcdValue? value = null,
        TextSpan? valueSpan = null,
        string? store = null)
        : base(source, span, order)
    {
        ArgumentNullException.ThrowIfNull(bcdObject);
        Operation = operation;
        Object = bcdObject;
        ObjectSpan = objectSpan;
        Element = element;
        ElementSpan = elementSpan;
        Value = value;
        ValueSpan = valueSpan;
        Store = store;
    }

    /// <summary>What the write does.</summary>
    public BcdOperation Operation { get; }

    /// <summary>
    /// The object: a well-known identifier such as {current}, a GUID, the copy of another object
    /// made by bcdedit /copy, or <see cref="BcdObjectReference.Unknown"/> when it is computed at run time.
    /// </summary>
    public BcdObjectReference Object { get; }

    /// <summary>Where the object is written, if it is.</summary>
    public TextSpan? ObjectSpan { get; }

    /// <summary>The element name as written.</summary>
    public string Element { get; }

    /// <summary>Where the element is written.</summary>
    public TextSpan ElementSpan { get; }

    /// <summary>
    /// The value of a set, with the readings the bcdedit interpreter found in it (a boolean, a
    /// number, ...); null for a delete, and for a key that bcdedit generates when it runs.
    /// </summary>
    public BcdValue? Value { get; }

    /// <summary>Where the value is written.</summary>
    public TextSpan? ValueSpan { get; }

    /// <summary>The store file (/store), or null for the system store.</summary>
    public string? Store { get; }

    /// <summary>How sure the object is.</summary>
    public Certainty ObjectCertainty { get; init; } = Certainty.Literal;

    /// <summary>How sure the value is.</summary>
    public Certainty ValueCertainty { get; init; } = Certainty.Literal;

    /// <inheritdoc />
    public override string Identity => $"bcd:{Store?.ToLowerInvariant() ?? "system"}:{Object}:{Element.ToLowerInvariant()}";
}

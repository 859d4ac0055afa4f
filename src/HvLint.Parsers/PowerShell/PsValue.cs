using System.Globalization;
using HvLint.Core.Model;
using HvLint.Core.Text;

namespace HvLint.Parsers.PowerShell;

/// <summary>
/// A value the front end could follow through a script, with the place a person would edit to
/// change it (<see cref="Span"/>: the literal, even when it arrives through a variable or a
/// settings table) and how sure we are of it. Nothing here is ever executed.
/// </summary>
internal abstract class PsValue(TextSpan span, Certainty certainty)
{
    /// <summary>Where the value is written: its literal, or the expression that composes it.</summary>
    public TextSpan Span { get; } = span;

    /// <summary>Literal at the place of use, resolved through variables, or unresolved.</summary>
    public Certainty Certainty { get; } = certainty;

    /// <summary>The same value seen through a variable, a table or an expression.</summary>
    public abstract PsValue WithCertainty(Certainty certainty);

    /// <summary>Whether the value is known (not computed at run time).</summary>
    public bool IsKnown => this is not PsUnknown;

    /// <summary>The text PowerShell makes of the value in a string ("$x", -join, a native argument), or null.</summary>
    public virtual string? AsText() => null;

    /// <summary>Structural equality, for variables assigned the same value on every path.</summary>
    public abstract bool SameAs(PsValue other);

    /// <summary>A certainty no stronger than both.</summary>
    public static Certainty Weaker(Certainty a, Certainty b) => (Certainty)Math.Max((int)a, (int)b);
}

/// <summary>A value computed at run time (Read-Host, a parameter, a function's result).</summary>
internal sealed class PsUnknown(TextSpan span) : PsValue(span, Certainty.Unresolved)
{
    public override PsValue WithCertainty(Certainty certainty) => this;

    public override bool SameAs(PsValue other) => false;
}

/// <summary>A string.</summary>
internal sealed class PsString(string value, TextSpan span, Certainty certainty = Certainty.Literal, bool isBareWord = false) : PsValue(span, certainty)
{
    public string Value { get; } = value;

    /// <summary>An unquoted command argument; PowerShell reads `{...}` there as a script block, not text.</summary>
    public bool IsBareWord { get; } = isBareWord;

    public override PsValue WithCertainty(Certainty certainty) => new PsString(Value, Span, certainty, IsBareWord);

    public override string AsText() => Value;

    public override bool SameAs(PsValue other) => other is PsString s && s.Value == Value;
}

/// <summary>A number, boxed as the .NET type PowerShell gives it (Int32, Int64, Double, ...).</summary>
internal sealed class PsNumber(object value, TextSpan span, Certainty certainty = Certainty.Literal) : PsValue(span, certainty)
{
    public object Value { get; } = value;

    public override PsValue WithCertainty(Certainty certainty) => new PsNumber(Value, Span, certainty);

    public override string AsText() => Convert.ToString(Value, CultureInfo.InvariantCulture) ?? string.Empty;

    public override bool SameAs(PsValue other) => other is PsNumber n && n.Value.GetType() == Value.GetType() && n.Value.Equals(Value);
}

/// <summary>$true or $false.</summary>
internal sealed class PsBool(bool value, TextSpan span, Certainty certainty = Certainty.Literal) : PsValue(span, certainty)
{
    public bool Value { get; } = value;

    public override PsValue WithCertainty(Certainty certainty) => new PsBool(Value, Span, certainty);

    public override string AsText() => Value ? "True" : "False";

    public override bool SameAs(PsValue other) => other is PsBool b && b.Value == Value;
}

/// <summary>$null.</summary>
internal sealed class PsNull(TextSpan span, Certainty certainty = Certainty.Literal) : PsValue(span, certainty)
{
    public override PsValue WithCertainty(Certainty certainty) => new PsNull(Span, certainty);

    public override string AsText() => string.Empty;

    public override bool SameAs(PsValue other) => other is PsNull;
}

/// <summary>What .NET array type an array has: PowerShell's object[], or a cast to string[] or byte[].</summary>
internal enum PsArrayKind
{
    Object,
    String,
    Byte,
}

/// <summary>An array (a, b / @(...) / a cast to string[] or byte[]).</summary>
internal sealed class PsArray(IReadOnlyList<PsValue> items, TextSpan span, Certainty certainty = Certainty.Literal, PsArrayKind kind = PsArrayKind.Object) : PsValue(span, certainty)
{
    public IReadOnlyList<PsValue> Items { get; } = items;

    public PsArrayKind Kind { get; } = kind;

    public override PsValue WithCertainty(Certainty certainty) => new PsArray(Items, Span, certainty, Kind);

    // PowerShell joins arrays with $OFS (a space) when it makes a string of them.
    public override string? AsText()
    {
        var parts = Items.Select(i => i.AsText()).ToArray();
        return parts.Any(p => p is null) ? null : string.Join(' ', parts);
    }

    public override bool SameAs(PsValue other) =>
        other is PsArray a && a.Kind == Kind && a.Items.Count == Items.Count && Items.Zip(a.Items).All(p => p.First.SameAs(p.Second));
}

/// <summary>A hashtable, [ordered] dictionary or [pscustomobject], in source order.</summary>
internal sealed class PsTable(IReadOnlyList<PsTableEntry> entries, TextSpan span, Certainty certainty = Certainty.Literal) : PsValue(span, certainty)
{
    public IReadOnlyList<PsTableEntry> Entries { get; } = entries;

    public override PsValue WithCertainty(Certainty certainty) => new PsTable(Entries, Span, certainty);

    /// <summary>The entry with this key (keys compare case-insensitively, as in PowerShell hashtables).</summary>
    public PsTableEntry? Find(string key) =>
        Entries.LastOrDefault(e => e.Key.AsText() is { } k && string.Equals(k, key, StringComparison.OrdinalIgnoreCase));

    public override bool SameAs(PsValue other) =>
        other is PsTable t && t.Entries.Count == Entries.Count && Entries.Zip(t.Entries).All(p => p.First.Key.SameAs(p.Second.Key) && p.First.Value.SameAs(p.Second.Value));
}

/// <summary>One key = value pair of a table; also what GetEnumerator() yields (.Key, .Name, .Value).</summary>
internal sealed class PsTableEntry(PsValue key, PsValue value, TextSpan span, Certainty certainty = Certainty.Literal) : PsValue(span, certainty)
{
    public PsValue Key { get; } = key;

    public PsValue Value { get; } = value;

    public override PsValue WithCertainty(Certainty certainty) => new PsTableEntry(Key, Value, Span, certainty);

    public override bool SameAs(PsValue other) => other is PsTableEntry e && e.Key.SameAs(Key) && e.Value.SameAs(Value);
}

/// <summary>An enum member such as [Microsoft.Win32.RegistryValueKind]::DWord.</summary>
internal sealed class PsEnum(string typeName, string member, TextSpan span, Certainty certainty = Certainty.Literal) : PsValue(span, certainty)
{
    /// <summary>The last part of the type name, e.g. RegistryValueKind.</summary>
    public string TypeName { get; } = typeName;

    public string Member { get; } = member;

    public override PsValue WithCertainty(Certainty certainty) => new PsEnum(TypeName, Member, Span, certainty);

    public override string AsText() => Member;

    public override bool SameAs(PsValue other) =>
        other is PsEnum e && string.Equals(e.TypeName, TypeName, StringComparison.OrdinalIgnoreCase) && string.Equals(e.Member, Member, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// A Microsoft.Win32.RegistryKey: a base key ([Microsoft.Win32.Registry]::LocalMachine) or a key
/// opened below it. A key from OpenSubKey without writable = $true cannot be written.
/// </summary>
internal sealed class PsRegistryKey(RegistryKeyPath path, bool writable, RegistryView view, TextSpan span, TextSpan openSpan, Certainty certainty = Certainty.Literal) : PsValue(span, certainty)
{
    public RegistryKeyPath Path { get; } = path;

    public bool Writable { get; } = writable;

    public RegistryView View { get; } = view;

    /// <summary>The OpenSubKey/CreateSubKey call that produced the key (where a fix goes).</summary>
    public TextSpan OpenSpan { get; } = openSpan;

    public override PsValue WithCertainty(Certainty certainty) => new PsRegistryKey(Path, Writable, View, Span, OpenSpan, certainty);

    public override bool SameAs(PsValue other) => other is PsRegistryKey k && k.Path.Equals(Path) && k.Writable == Writable && k.View == View;
}

/// <summary>An unquoted {...}: PowerShell makes it a script block, which a native program never receives as written.</summary>
internal sealed class PsScriptBlock(string text, TextSpan span) : PsValue(span, Certainty.Literal)
{
    /// <summary>The script block as written, with its braces.</summary>
    public string Text { get; } = text;

    public override PsValue WithCertainty(Certainty certainty) => this;

    public override bool SameAs(PsValue other) => other is PsScriptBlock s && s.Text == Text;
}

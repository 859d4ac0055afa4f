using HvLint.Core.Model;
using HvLint.Core.Text;

namespace HvLint.Parsers.CSharp;

/// <summary>
/// What the C# front end knows of an expression's value. <see cref="Span"/> is where a person
/// edits it: the literal itself, or the literal of the constant a name stands for; <see cref="Uses"/>
/// are the places that name it on the way (shown as related places).
/// </summary>
internal abstract record CsValue(TextSpan Span, Certainty Certainty)
{
    /// <summary>The places that refer to the value where <see cref="Span"/> is elsewhere (a constant's use).</summary>
    public IReadOnlyList<TextSpan> Uses { get; init; } = [];

    public bool IsKnown => Certainty != Certainty.Unresolved;

    /// <summary>The value as text, when it is a known string (null otherwise).</summary>
    public virtual string? AsText() => null;

    public static Certainty Weaker(Certainty a, Certainty b) => (Certainty)Math.Max((int)a, (int)b);
}

/// <summary>A value computed at run time, or one the front end does not follow.</summary>
internal sealed record CsUnknown(TextSpan Span) : CsValue(Span, Certainty.Unresolved);

/// <summary>
/// A string, with the source span of each character when it is traceable (a literal's escape
/// sequence; a concatenation of such), for pointing at part of a command line.
/// </summary>
internal sealed record CsString(string Value, TextSpan Span, Certainty Certainty, TextSpan[]? Characters = null) : CsValue(Span, Certainty)
{
    public override string? AsText() => Value;
}

/// <summary>An integral number with its C# type (int, uint, long, ulong; other types are widened with their name kept).</summary>
internal sealed record CsNumber(decimal Value, string TypeName, TextSpan Span, Certainty Certainty) : CsValue(Span, Certainty)
{
    public bool IsInt32 => TypeName == "int";

    public override string? AsText() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>true or false.</summary>
internal sealed record CsBool(bool Value, TextSpan Span, Certainty Certainty) : CsValue(Span, Certainty)
{
    // .NET's Boolean.ToString(), which SetValue stores for a bool.
    public override string? AsText() => Value ? "True" : "False";
}

/// <summary>The null literal.</summary>
internal sealed record CsNull(TextSpan Span, Certainty Certainty) : CsValue(Span, Certainty);

/// <summary>A byte[] or string[] whose elements are known.</summary>
internal sealed record CsArray(string ElementType, IReadOnlyList<CsValue> Items, TextSpan Span, Certainty Certainty) : CsValue(Span, Certainty);

/// <summary>A member of RegistryValueKind, RegistryHive or RegistryView.</summary>
internal sealed record CsEnum(string TypeName, string Member, TextSpan Span, Certainty Certainty) : CsValue(Span, Certainty)
{
    public override string? AsText() => Member;
}

/// <summary>The Microsoft.Win32.Registry class itself (the receiver of Registry.SetValue).</summary>
internal sealed record CsRegistryClass(TextSpan Span) : CsValue(Span, Certainty.Literal);

/// <summary>The Process class (the receiver of Process.Start).</summary>
internal sealed record CsProcessClass(TextSpan Span) : CsValue(Span, Certainty.Literal);

/// <summary>
/// An open RegistryKey: a base key (Registry.LocalMachine, RegistryKey.OpenBaseKey) or a subkey
/// opened from one. <see cref="CsValue.Span"/> is where its path is written (the subkey literal).
/// </summary>
internal sealed record CsRegistryKey(RegistryKeyPath Path, bool Writable, RegistryView View, TextSpan Span, TextSpan OpenSpan, Certainty Certainty) : CsValue(Span, Certainty);

/// <summary>A ProcessStartInfo whose FileName and Arguments are followed (null: not set).</summary>
internal sealed record CsStartInfo(CsValue? FileName, CsValue? Arguments, TextSpan Span, Certainty Certainty) : CsValue(Span, Certainty);

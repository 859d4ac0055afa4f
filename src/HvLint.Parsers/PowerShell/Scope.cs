namespace HvLint.Parsers.PowerShell;

/// <summary>
/// Variables bound while the walker follows a loop over a known table ($s, $_, $PSItem): one
/// element at a time. Immutable, so nested loops share their parents' bindings.
/// </summary>
internal sealed class Scope
{
    private readonly Scope? _parent;
    private readonly string? _name;
    private readonly PsValue? _value;

    private Scope(Scope? parent, string? name, PsValue? value)
    {
        _parent = parent;
        _name = name;
        _value = value;
    }

    /// <summary>No loop variables.</summary>
    public static Scope Empty { get; } = new(null, null, null);

    /// <summary>Whether nothing is bound.</summary>
    public bool IsEmpty => _name is null;

    /// <summary>A scope with one more variable bound.</summary>
    public Scope Bind(string name, PsValue value) => new(this, name, value);

    /// <summary>The value bound to a name, if any.</summary>
    public bool TryGet(string name, out PsValue value)
    {
        for (var s = this; s is not null; s = s._parent)
        {
            if (s._name is not null && string.Equals(s._name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = s._value!;
                return true;
            }
        }

        value = null!;
        return false;
    }
}

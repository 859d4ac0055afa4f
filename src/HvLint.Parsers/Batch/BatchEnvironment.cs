namespace HvLint.Parsers.Batch;

/// <summary>
/// The variables a script has set on one path through it, with setlocal scopes and the
/// delayed-expansion switch. A variable the script never set is unknown (the machine's
/// environment decides it), which is different from one it cleared with <c>set NAME=</c>.
/// </summary>
internal sealed class BatchEnvironment
{
    private Dictionary<string, BatchValue> _vars;
    private List<(Dictionary<string, BatchValue> Vars, bool Delayed)> _saved;

    public BatchEnvironment()
    {
        _vars = new(StringComparer.OrdinalIgnoreCase);
        _saved = [];
    }

    private BatchEnvironment(BatchEnvironment other)
    {
        _vars = new(other._vars, StringComparer.OrdinalIgnoreCase);
        _saved = [.. other._saved];
        DelayedExpansion = other.DelayedExpansion;
    }

    /// <summary>Whether !NAME! is expanded (setlocal EnableDelayedExpansion).</summary>
    public bool DelayedExpansion { get; set; }

    /// <summary>How many setlocal scopes are open.</summary>
    public int ScopeDepth => _saved.Count;

    public IEnumerable<string> Names => _vars.Keys;

    /// <summary>The value the script gave the variable, or null when it never set it.</summary>
    public BatchValue? Get(string name) => _vars.GetValueOrDefault(name);

    public void Set(string name, BatchValue value) => _vars[name] = value;

    public BatchEnvironment Clone() => new(this);

    public void CopyFrom(BatchEnvironment other)
    {
        _vars = new(other._vars, StringComparer.OrdinalIgnoreCase);
        _saved = [.. other._saved];
        DelayedExpansion = other.DelayedExpansion;
    }

    /// <summary>setlocal: later changes are undone by the matching endlocal.</summary>
    public void PushScope()
    {
        _saved.Add((new(_vars, StringComparer.OrdinalIgnoreCase), DelayedExpansion));
    }

    /// <summary>endlocal (also implicit when a subroutine returns): back to the state at setlocal.</summary>
    public void PopScope(int toDepth)
    {
        while (_saved.Count > toDepth && _saved.Count > 0)
        {
            var (vars, delayed) = _saved[^1];
            _saved.RemoveAt(_saved.Count - 1);
            _vars = vars;
            DelayedExpansion = delayed;
        }
    }

    /// <summary>
    /// The state after two paths join: a variable keeps its value only when both paths agree
    /// on it; otherwise it is unknown (spec of issue #4: set differently in both branches).
    /// </summary>
    public static BatchEnvironment Merge(BatchEnvironment a, BatchEnvironment b)
    {
        var result = a.Clone();
        foreach (var (name, value) in a._vars)
        {
            if (!b._vars.TryGetValue(name, out var other) || !value.SameAs(other))
            {
                result._vars[name] = BatchValue.Unknown;
            }
        }

        foreach (var name in b._vars.Keys)
        {
            if (!a._vars.ContainsKey(name))
            {
                result._vars[name] = BatchValue.Unknown;
            }
        }

        result.DelayedExpansion = a.DelayedExpansion && b.DelayedExpansion;
        return result;
    }

    /// <summary>Makes every variable that differs from <paramref name="before"/> unknown (after a loop).</summary>
    public void ForgetChangesSince(BatchEnvironment before)
    {
        foreach (var name in _vars.Keys.ToArray())
        {
            if (before.Get(name) is not { } old || !old.SameAs(_vars[name]))
            {
                _vars[name] = BatchValue.Unknown;
            }
        }
    }
}

namespace HvLint.Parsers.PowerShell.HyperV;

/// <summary>
/// The parameters of the Hyper-V cmdlets HvLint binds, for an editor that completes what is
/// being typed: the same tables the PowerShell front end binds with (<see cref="HyperVCmdlets"/>),
/// read by name only.
/// </summary>
public static class HyperVCmdletParameters
{
    /// <summary>
    /// The cmdlet's full name (Set-VMProcessor) for a command name as written (any case, with or
    /// without the module prefix Hyper-V\), or null when it is not one of the cmdlets bound.
    /// </summary>
    public static string? CmdletName(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        var name = written[(written.LastIndexOf('\\') + 1)..];
        return HyperVCmdlets.Table.Keys.FirstOrDefault(k => k.Equals(name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The cmdlet's own parameters (the common parameters left out), in the order of their names; empty for an unknown cmdlet.</summary>
    public static IReadOnlyList<HyperVCmdletParameter> Of(string cmdlet)
    {
        ArgumentNullException.ThrowIfNull(cmdlet);
        return HyperVCmdlets.Table.TryGetValue(cmdlet, out var specs)
            ? [.. specs.Select(s => new HyperVCmdletParameter(s.Name, s.Aliases, s.IsSwitch, HyperVCmdlets.IsSetting(cmdlet, s.Name))).OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)]
            : [];
    }

    /// <summary>
    /// The full name of the parameter <paramref name="written"/> (without the dash) binds to, as
    /// PowerShell resolves it: a name or alias, else a prefix of exactly one; null otherwise.
    /// </summary>
    public static string? Resolve(string cmdlet, string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        var parameters = Of(cmdlet);
        var exact = parameters.FirstOrDefault(p => p.Name.Equals(written, StringComparison.OrdinalIgnoreCase)
            || p.Aliases.Any(a => a.Equals(written, StringComparison.OrdinalIgnoreCase)));
        if (exact is not null)
        {
            return exact.Name;
        }

        var prefixed = parameters.Where(p => written.Length > 0 && (p.Name.StartsWith(written, StringComparison.OrdinalIgnoreCase)
            || p.Aliases.Any(a => a.StartsWith(written, StringComparison.OrdinalIgnoreCase)))).ToArray();
        return prefixed.Length == 1 ? prefixed[0].Name : null;
    }
}

/// <summary>One parameter of a Hyper-V cmdlet: its name, aliases, whether it is a switch, and whether it sets something (rather than naming the target or steering the cmdlet).</summary>
public sealed record HyperVCmdletParameter(string Name, IReadOnlyList<string> Aliases, bool IsSwitch, bool IsSetting);

using System.Collections.Frozen;

namespace HvLint.Core.Model;

/// <summary>
/// The Windows Server release a configuration targets. Ordered: a later release compares
/// greater, so a rule can ask whether a setting exists "from" or "until" a release.
/// </summary>
public enum WindowsTarget
{
    /// <summary>Windows Server 2008 R2.</summary>
    Ws2008R2,
    /// <summary>Windows Server 2012.</summary>
    Ws2012,
    /// <summary>Windows Server 2012 R2.</summary>
    Ws2012R2,
    /// <summary>Windows Server 2016.</summary>
    Ws2016,
    /// <summary>Windows Server 2019.</summary>
    Ws2019,
    /// <summary>Windows Server 2022.</summary>
    Ws2022,
    /// <summary>Windows Server 2025.</summary>
    Ws2025,
}

/// <summary>
/// The names of <see cref="WindowsTarget"/> as configuration, the command line and the
/// catalog's <c>windows.from</c> and <c>deprecated.lastTarget</c> write them (ws2008r2 ... ws2025).
/// </summary>
public static class WindowsTargets
{
    /// <summary>The target when nothing says otherwise: the newest release.</summary>
    public const WindowsTarget Default = WindowsTarget.Ws2025;

    /// <summary>Every name, oldest first.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<WindowsTarget>().Select(Name)];

    /// <summary>The lower-case name, e.g. ws2012r2.</summary>
    public static string Name(WindowsTarget target) => target switch
    {
        WindowsTarget.Ws2008R2 => "ws2008r2",
        WindowsTarget.Ws2012 => "ws2012",
        WindowsTarget.Ws2012R2 => "ws2012r2",
        WindowsTarget.Ws2016 => "ws2016",
        WindowsTarget.Ws2019 => "ws2019",
        WindowsTarget.Ws2022 => "ws2022",
        WindowsTarget.Ws2025 => "ws2025",
        _ => throw new ArgumentOutOfRangeException(nameof(target)),
    };

    /// <summary>Parses a name (case-insensitive), as the catalog and configuration write it.</summary>
    public static bool TryParse(string? name, out WindowsTarget target)
    {
        target = default;
        return name is not null && ByName.TryGetValue(name, out target);
    }

    // Rules ask for every write they check, so the names are looked up, not searched.
    private static FrozenDictionary<string, WindowsTarget> ByName { get; } =
        Enum.GetValues<WindowsTarget>().ToFrozenDictionary(Name, t => t, StringComparer.OrdinalIgnoreCase);
}

namespace HvLint.TestKit;

/// <summary>Locations in the repository, found from the test assembly's folder.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HvLint.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("HvLint.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root (where HvLint.sln is).</summary>
    public static string Root => s_root.Value;

    /// <summary>A path below the repository root.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>
    /// The shared folder (seeds, spec) beside the repository, or, in a clone made elsewhere (CI
    /// clones into a temporary folder), beside the repository it was cloned from.
    /// </summary>
    public static string Shared => s_shared.Value;

    private static readonly Lazy<string> s_shared = new(() =>
    {
        var beside = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
        return Directory.Exists(beside) || Origin() is not { } origin || !Directory.Exists(Path.Combine(origin, "..", "shared"))
            ? beside
            : Path.GetFullPath(Path.Combine(origin, "..", "shared"));
    });

    // The local folder this clone's 'origin' remote names in .git/config, if it is one.
    private static string? Origin()
    {
        var config = Path.Combine(Root, ".git", "config");
        if (!File.Exists(config))
        {
            return null;
        }

        var inOrigin = false;
        foreach (var raw in File.ReadLines(config))
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                inOrigin = line == "[remote \"origin\"]";
            }
            else if (inOrigin && line.StartsWith("url", StringComparison.Ordinal) && line.IndexOf('=', StringComparison.Ordinal) is var eq and > 0)
            {
                var url = line[(eq + 1)..].Trim();
                return Path.IsPathRooted(url) && Directory.Exists(url) ? url.TrimEnd('/', Path.DirectorySeparatorChar) : null;
            }
        }

        return null;
    }
}

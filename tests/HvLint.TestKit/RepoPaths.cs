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

    /// <summary>The shared folder beside the repository (seeds, spec).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));
}

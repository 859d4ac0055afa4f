using HvLint.Core.Configuration;

namespace HvLint.Core.Engine;

/// <summary>
/// The folders whose files a run may follow a link into (reg import, dot-sourcing): for each
/// path given, the repository (the nearest folder above it with .git) that contains it, or
/// outside a repository the folder given (a file's own folder). A linted file is untrusted
/// input: a link must not make HvLint read, print or take configuration from files elsewhere.
/// Symbolic links and '..' are resolved before the check, so a link inside the tree that points
/// outside is outside. UNC and device paths are never resolved.
/// </summary>
public sealed class LinkScope
{
    private static readonly HashSet<string> s_deviceNames = new(
        ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"],
        StringComparer.OrdinalIgnoreCase);

    private readonly string[] _roots;

    private LinkScope(IEnumerable<string> roots)
    {
        _roots = [.. roots.Select(r => Path.TrimEndingDirectorySeparator(r)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>A scope with no folder: no link is followed (text linted without a location on disk).</summary>
    public static LinkScope None { get; } = new([]);

    /// <summary>The folders a run may follow links into.</summary>
    public IReadOnlyList<string> Roots => _roots;

    /// <summary>
    /// The scope of the paths given on a command line (files or folders, full paths): each
    /// one's repository root, or outside a repository the folder given or the file's folder.
    /// </summary>
    public static LinkScope Of(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var repositories = new RepositoryRoots();
        var roots = new List<string>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            var folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full) ?? full;
            var root = repositories.Find(folder) ?? folder;

            // Both spellings: the lexical one for a quick answer, the real one for the check.
            roots.Add(Path.TrimEndingDirectorySeparator(root));
            if (FileChecks.TryRealPath(root) is { } real)
            {
                roots.Add(real);
            }
        }

        return new LinkScope(roots);
    }

    /// <summary>
    /// Why a link may not be followed, as a sentence for a finding, or null when its target is
    /// inside the scope.
    /// </summary>
    public string? WhyNotFollowed(FileLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (link.Written is { } written && UncOrDevice(written) is { } kind)
        {
            return $"it is {kind}, which HvLint never opens";
        }

        // C:\Deploy\x.reg read on Linux or macOS: a path on the Windows host, not a relative one.
        if (!OperatingSystem.IsWindows() && link.Written is { Length: >= 2 } w && char.IsAsciiLetter(w[0]) && w[1] == ':')
        {
            return "it is an absolute path on the Windows host, outside the tree";
        }

        string full;
        try
        {
            full = Path.GetFullPath(link.Path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return "it is not a valid path";
        }

        if (UncOrDevice(full) is { } fullKind)
        {
            return $"it is {fullKind}, which HvLint never opens";
        }

        if (_roots.Length == 0)
        {
            return "the file being linted has no folder on disk to follow it from";
        }

        // Lexically outside every root: outside, without touching the file system there.
        if (!_roots.Any(r => IsInside(full, r)))
        {
            return Outside();
        }

        var real = FileChecks.TryRealPath(full);
        return real is null ? "its symbolic links cannot be resolved (a loop, or too many)"
            : _roots.Any(r => IsInside(real, r)) ? null
            : Outside();

        string Outside() => _roots.Length == 1
            ? $"it is outside the folder being linted ('{_roots[0]}')"
            : $"it is outside the folders being linted ('{string.Join("', '", _roots.Take(3))}'{(_roots.Length > 3 ? ", ..." : string.Empty)})";
    }

    /// <summary>
    /// For a file to lint that is itself a symbolic link: why it may not be read (its target is
    /// outside the scope), or null. Any other file is read as given: one readlink, no more.
    /// </summary>
    public string? WhySymbolicLinkNotFollowed(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        try
        {
            if (_roots.Length == 0 || new FileInfo(fullPath).LinkTarget is null)
            {
                return null;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null; // Reading it reports the error (HV0001).
        }

        var real = FileChecks.TryRealPath(fullPath);
        return real is null ? "its symbolic links cannot be resolved (a loop, or too many)"
            : _roots.Any(r => IsInside(real, r)) ? null
            : "its target is outside the folders being linted";
    }

    /// <summary>"a UNC path" or "a device" when the path names one, else null.</summary>
    internal static string? UncOrDevice(string path)
    {
        if (path.StartsWith(@"\\", StringComparison.Ordinal) || path.StartsWith("//", StringComparison.Ordinal)
            || path.StartsWith(@"\/", StringComparison.Ordinal) || path.StartsWith(@"/\", StringComparison.Ordinal))
        {
            // \\host\share, \\?\C:\..., \\.\PhysicalDrive0: a network share or a device namespace.
            return path.Length > 2 && path[2] is '?' or '.' ? "a Windows device or long-path namespace path" : "a UNC path (a network share)";
        }

        var unix = path.Replace('\\', '/');
        if (unix.StartsWith("/dev/", StringComparison.Ordinal) || unix.StartsWith("/proc/", StringComparison.Ordinal) || unix.StartsWith("/sys/", StringComparison.Ordinal))
        {
            return "a device or kernel file";
        }

        // CON, NUL.reg, C:\x\COM1.txt: Windows opens the device whatever the folder or extension.
        var name = unix[(unix.LastIndexOf('/') + 1)..];
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var stem = (dot < 0 ? name : name[..dot]).TrimEnd(' ');
        return s_deviceNames.Contains(stem) ? "a Windows device name" : null;
    }

    private static bool IsInside(string path, string root) => FileChecks.IsInside(Path.TrimEndingDirectorySeparator(path), root);
}

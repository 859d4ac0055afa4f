using HvLint.Core.Engine;

namespace HvLint.Cli;

/// <summary>A file to lint: its full path and the path shown to users.</summary>
internal readonly record struct LintTarget(string FullPath, string DisplayPath);

/// <summary>
/// Expands the paths given to 'check' into the files to lint: files as given, folders
/// recursively by extension, in ordinal order of their display paths so that output is the
/// same on every machine and every run.
/// </summary>
internal static class FileCollector
{
    // Build output, package caches and VCS metadata: never sources, and often huge.
    private static readonly HashSet<string> s_skippedFolders = new(["bin", "obj", "node_modules", ".git"], StringComparer.OrdinalIgnoreCase);

    private static readonly StringComparer s_pathComparer = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS()
        ? StringComparer.OrdinalIgnoreCase
        : StringComparer.Ordinal;

    /// <summary>
    /// Collects the files; throws <see cref="UsageException"/> for a path that does not exist or
    /// a file HvLint cannot read. <paramref name="isExcluded"/> (full path, is a folder, the
    /// folder being searched) skips files and whole folders found by searching; files named
    /// on the command line are always linted. The result is sorted by path, or with
    /// <paramref name="keepOrder"/> in the order the paths are given (a folder's files sorted).
    /// </summary>
    public static IReadOnlyList<LintTarget> Collect(IReadOnlyList<string> paths, LintEngine engine, CliHost host, Func<string, bool, string, bool>? isExcluded = null, bool keepOrder = false)
    {
        var missing = paths.Where(p => !File.Exists(host.FullPath(p)) && !Directory.Exists(host.FullPath(p))).ToArray();
        if (missing.Length > 0)
        {
            throw new UsageException(
                missing.Length == 1 ? $"check: path '{missing[0]}' does not exist." : "check: paths do not exist: " + string.Join(", ", missing.Select(m => $"'{m}'")) + ".",
                "Give existing files or folders, relative to the current folder or absolute.");
        }

        var seen = new HashSet<string>(s_pathComparer);
        var targets = new List<LintTarget>();
        foreach (var path in paths)
        {
            var full = host.FullPath(path);
            if (File.Exists(full))
            {
                if (!engine.CanLint(full))
                {
                    throw new UsageException(
                        $"check: '{path}' is not a file HvLint reads (by its extension).",
                        "HvLint reads .reg, .ps1, .psm1, .cmd and .bat files; give such a file or a folder that contains them.");
                }

                Add(full);
                continue;
            }

            foreach (var file in Walk(full, isExcluded).Where(f => engine.CanLint(f) && isExcluded?.Invoke(f, false, full) != true).Order(StringComparer.Ordinal))
            {
                Add(file);
            }
        }

        return keepOrder ? targets : [.. targets.OrderBy(t => t.DisplayPath, StringComparer.Ordinal)];

        void Add(string full)
        {
            if (seen.Add(full))
            {
                targets.Add(new LintTarget(full, DisplayPath(full, host.WorkingDirectory)));
            }
        }
    }

    /// <summary>The path relative to the working directory, with forward slashes.</summary>
    public static string DisplayPath(string fullPath, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, fullPath);
        return relative.Replace('\\', '/');
    }

    private static IEnumerable<string> Walk(string root, Func<string, bool, string, bool>? isExcluded)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        var options = new EnumerationOptions { IgnoreInaccessible = true, RecurseSubdirectories = false, AttributesToSkip = FileAttributes.None };
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(dir, "*", options))
            {
                yield return file;
            }

            foreach (var sub in Directory.EnumerateDirectories(dir, "*", options))
            {
                var info = new DirectoryInfo(sub);

                // Linked folders are not followed: they can loop, and they lint files twice.
                if (s_skippedFolders.Contains(info.Name) || info.LinkTarget is not null || isExcluded?.Invoke(sub, true, root) == true)
                {
                    continue;
                }

                pending.Push(sub);
            }
        }
    }
}

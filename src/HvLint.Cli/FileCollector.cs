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
    /// Collects the files; throws <see cref="UsageException"/> for a path that does not exist, a
    /// file HvLint cannot read, or paths that hold no file to lint (so that a wrong path in CI
    /// fails rather than passing with nothing checked). <paramref name="isExcluded"/> (full
    /// path, is a folder, the folder being searched) skips files and whole folders found by
    /// searching; files named on the command line are always linted. The result is sorted by
    /// path, or with <paramref name="keepOrder"/> in the order the paths are given (a folder's
    /// files sorted). Folders that cannot be listed are returned, never skipped in silence.
    /// Paths are shown as given: relative stays relative (to the working directory), absolute
    /// stays absolute.
    /// </summary>
    public static CollectedFiles Collect(IReadOnlyList<string> paths, LintEngine engine, CliHost host, Func<string, bool, string, bool>? isExcluded = null, bool keepOrder = false, string command = "check")
    {
        var missing = paths.Where(p => !IsGlob(p, host) && !File.Exists(host.FullPath(p)) && !Directory.Exists(host.FullPath(p))).ToArray();
        if (missing.Length > 0)
        {
            throw new UsageException(
                missing.Length == 1 ? $"{command}: path '{missing[0]}' does not exist." : $"{command}: paths do not exist: " + string.Join(", ", missing.Select(m => $"'{m}'")) + ".",
                "Give existing files or folders, relative to the current folder or absolute.");
        }

        var seen = new HashSet<string>(s_pathComparer);
        var targets = new List<LintTarget>();
        var unreadable = new List<UnreadableFolder>();
        foreach (var path in paths)
        {
            var full = host.FullPath(path);
            var absolute = Path.IsPathRooted(path);
            if (IsGlob(path, host))
            {
                var matched = 0;
                foreach (var file in Expand(path, command, engine, host, isExcluded, (dir, ex) => unreadable.Add(new UnreadableFolder(Display(dir, absolute), ex.Message))))
                {
                    Add(file, absolute);
                    matched++;
                }

                if (matched == 0)
                {
                    throw new UsageException(
                        $"{command}: no file HvLint reads matches '{path}'.",
                        "Patterns are relative to the current folder ('*' within a folder name, '**' any number of folders); files the configuration excludes or git ignores do not count. A wrong pattern would pass with nothing checked.");
                }

                continue;
            }
            if (File.Exists(full))
            {
                if (!engine.CanLint(full))
                {
                    throw new UsageException(
                        $"{command}: '{path}' is not a file HvLint reads (by its extension).",
                        "HvLint reads .reg, .ps1, .psm1, .cmd, .bat and .cs files; give such a file or a folder that contains them.");
                }

                Add(full, absolute);
                continue;
            }

            foreach (var file in Walk(full, isExcluded, host.ListFolder, (dir, ex) => unreadable.Add(new UnreadableFolder(Display(dir, absolute), ex.Message)))
                .Where(f => engine.CanLint(f) && isExcluded?.Invoke(f, false, full) != true).Order(StringComparer.Ordinal))
            {
                Add(file, absolute);
            }
        }

        if (targets.Count == 0 && unreadable.Count == 0)
        {
            throw new UsageException(
                $"{command}: nothing to lint in " + string.Join(", ", paths.Select(p => $"'{p}'")) + ": no .reg, .ps1, .psm1, .cmd, .bat or .cs file there, or every one is excluded.",
                "Check the path (a wrong path would pass with nothing checked), or the 'include' and 'exclude' settings of hvlint.json.");
        }

        return new CollectedFiles(keepOrder ? targets : [.. targets.OrderBy(t => t.DisplayPath, StringComparer.Ordinal)], unreadable);

        void Add(string full, bool absolute)
        {
            if (seen.Add(full))
            {
                targets.Add(new LintTarget(full, Display(full, absolute)));
            }
        }

        string Display(string full, bool absolute) => absolute ? full : DisplayPath(full, host.WorkingDirectory);
    }

    /// <summary>
    /// Whether a path given on the command line is a glob pattern ('*', '?', '[' or '{' in it, and
    /// no file or folder has that very name): the shell left it unexpanded because it was quoted.
    /// </summary>
    public static bool IsGlob(string path, CliHost host)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(host);
        return path.AsSpan().IndexOfAny("*?[{") >= 0 && !File.Exists(host.FullPath(path)) && !Directory.Exists(host.FullPath(path));
    }

    /// <summary>The folder a path names files in: a glob's leading folders without a pattern character ('.' when none), else the path.</summary>
    public static string LiteralBase(string path, CliHost host)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!IsGlob(path, host))
        {
            return path;
        }

        var segments = path.Replace('\\', '/').Split('/');
        var literal = segments.TakeWhile((s, i) => i < segments.Length - 1 && s.AsSpan().IndexOfAny("*?[{") < 0).ToArray();
        return literal switch
        {
            [] => ".",
            [""] => "/",
            _ => string.Join('/', literal),
        };
    }

    // The files a glob matches: its literal folder searched as a folder is (build folders, the
    // configuration's excludes and .gitignore skip what they skip), each file's path below that
    // folder matched against the rest of the pattern with the configuration's pattern syntax,
    // anchored there. A folder the pattern matches covers what is below it, as when the shell
    // expands 'infra/*' to folders that are then searched.
    private static IEnumerable<string> Expand(string pattern, string command, LintEngine engine, CliHost host, Func<string, bool, string, bool>? isExcluded, Action<string, Exception> unreadable)
    {
        var baseFolder = LiteralBase(pattern, host);
        var normalized = pattern.Replace('\\', '/');
        var rest = baseFolder == "." && !normalized.StartsWith("./", StringComparison.Ordinal)
            ? normalized
            : normalized[baseFolder.Length..].TrimStart('/');
        HvLint.Core.Configuration.Glob glob;
        try
        {
            glob = HvLint.Core.Configuration.Glob.Parse("/" + rest);
        }
        catch (FormatException ex)
        {
            throw new UsageException($"{command}: '{pattern}' is not a valid pattern: {ex.Message}", "Patterns use '*', '**', '?', '[a-z]' and '{a,b}', as in hvlint.json (docs/configuration.md).");
        }

        var root = host.FullPath(baseFolder);
        if (!Directory.Exists(root))
        {
            return [];
        }

        return Walk(root, isExcluded, host.ListFolder, unreadable)
            .Where(f => engine.CanLint(f) && isExcluded?.Invoke(f, false, root) != true && glob.IsMatch(Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>The path relative to the working directory, with forward slashes.</summary>
    public static string DisplayPath(string fullPath, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, fullPath);
        return relative.Replace('\\', '/');
    }

    private static IEnumerable<string> Walk(string root, Func<string, bool, string, bool>? isExcluded, Func<string, (IEnumerable<string> Files, IEnumerable<string> Folders)> list, Action<string, Exception> unreadable)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            string[] files, folders;
            try
            {
                var (f, d) = list(dir);
                files = [.. f];
                folders = [.. d];
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException or System.Security.SecurityException)
            {
                // Reported, never skipped in silence: its files would be missing from a clean run.
                unreadable(dir, ex);
                continue;
            }

            foreach (var file in files)
            {
                yield return file;
            }

            foreach (var sub in folders)
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

    /// <summary>The files and subfolders of a folder, as the file system lists them.</summary>
    public static (IEnumerable<string> Files, IEnumerable<string> Folders) ListFolder(string folder)
    {
        var options = new EnumerationOptions { IgnoreInaccessible = false, RecurseSubdirectories = false, AttributesToSkip = FileAttributes.None };
        return (Directory.EnumerateFiles(folder, "*", options), Directory.EnumerateDirectories(folder, "*", options));
    }
}

/// <summary>A folder that could not be listed, with the path shown to users and the reason.</summary>
internal readonly record struct UnreadableFolder(string DisplayPath, string Reason);

/// <summary>The files to lint, and the folders whose files could not be listed.</summary>
internal sealed record CollectedFiles(IReadOnlyList<LintTarget> Targets, IReadOnlyList<UnreadableFolder> UnreadableFolders);

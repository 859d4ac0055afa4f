using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace HvLint.Core.Configuration;

/// <summary>The rules of one .gitignore file (or .git/info/exclude), relative to its folder.</summary>
internal sealed class GitIgnoreFile
{
    private static readonly RegexOptions s_options = RegexOptions.CultureInvariant | RegexOptions.Singleline
        | (OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? RegexOptions.IgnoreCase : RegexOptions.None);

    private readonly List<(Regex Regex, bool Negated, bool DirectoryOnly)> _rules = [];

    /// <summary>Parses the text of a .gitignore file as git does (gitignore(5)).</summary>
    public static GitIgnoreFile Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var file = new GitIgnoreFile();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');

            // Trailing spaces are ignored unless escaped with a backslash.
            var trimmed = line.TrimEnd(' ');
            if (trimmed.EndsWith('\\') && trimmed.Length < line.Length)
            {
                trimmed += " ";
            }

            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var negated = trimmed.StartsWith('!');
            if (negated)
            {
                trimmed = trimmed[1..];
            }

            var directoryOnly = trimmed.EndsWith('/') && !trimmed.EndsWith("\\/", StringComparison.Ordinal);
            try
            {
                var body = GlobRegex.Compile(trimmed);
                file._rules.Add((new Regex("^" + body + "$", s_options, TimeSpan.FromSeconds(1)), negated, directoryOnly));
            }
            catch (FormatException)
            {
                // git skips a pattern it cannot use; so do we.
            }
        }

        return file;
    }

    /// <summary>True: ignored; false: re-included by a '!' rule; null: no rule matches.</summary>
    public bool? Match(string relativePath, bool isDirectory)
    {
        bool? result = null;
        foreach (var (regex, negated, directoryOnly) in _rules)
        {
            if ((!directoryOnly || isDirectory) && regex.IsMatch(relativePath))
            {
                result = !negated;
            }
        }

        return result;
    }
}

/// <summary>
/// Answers "does git ignore this path?" from the .gitignore files between the repository root
/// and the path, and .git/info/exclude. Each folder's file is read once. The caller walks
/// folders top-down and skips ignored ones, which gives git's rule that nothing below an
/// ignored folder can be re-included.
/// </summary>
public sealed class GitIgnoreIndex
{
    private readonly ConcurrentDictionary<string, GitIgnoreFile?> _files = new(StringComparer.Ordinal);
    private readonly RepositoryRoots _roots;

    /// <summary>Creates an index that finds repository roots with <paramref name="roots"/>.</summary>
    public GitIgnoreIndex(RepositoryRoots roots)
    {
        _roots = roots;
    }

    /// <summary>
    /// Whether git ignores a file or folder. Outside a repository, the .gitignore files from
    /// <paramref name="floor"/> (the folder being searched) downwards count.
    /// </summary>
    public bool IsIgnored(string fullPath, bool isDirectory, string floor)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        ArgumentNullException.ThrowIfNull(floor);
        var parent = Path.GetDirectoryName(fullPath);
        if (parent is null)
        {
            return false;
        }

        var top = _roots.Find(parent) ?? Path.GetFullPath(floor);
        var folders = new Stack<string>();
        for (var d = parent; d is not null; d = Path.GetDirectoryName(d))
        {
            folders.Push(d);
            if (PathEquals(d, top))
            {
                break;
            }
        }

        if (!PathEquals(folders.Peek(), top))
        {
            return false;
        }

        bool? ignored = null;
        var isRoot = true;
        foreach (var folder in folders)
        {
            var relative = Path.GetRelativePath(folder, fullPath).Replace('\\', '/');
            if (isRoot && Load(Path.Combine(folder, ".git", "info", "exclude")) is { } exclude)
            {
                ignored = exclude.Match(relative, isDirectory) ?? ignored;
            }

            isRoot = false;
            if (Load(Path.Combine(folder, ".gitignore")) is { } file)
            {
                ignored = file.Match(relative, isDirectory) ?? ignored;
            }
        }

        return ignored == true;
    }

    private GitIgnoreFile? Load(string path) => _files.GetOrAdd(path, p =>
    {
        try
        {
            return File.Exists(p) ? GitIgnoreFile.Parse(File.ReadAllText(p)) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unreadable .gitignore ignores nothing, as git behaves.
            return null;
        }
    });

    private static bool PathEquals(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(a), Path.TrimEndingDirectorySeparator(b), OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}

/// <summary>Finds the repository root of a folder (the nearest folder above it with .git), cached per folder.</summary>
public sealed class RepositoryRoots
{
    private readonly ConcurrentDictionary<string, string?> _cache = new(StringComparer.Ordinal);

    /// <summary>The repository root at or above a folder, or null outside a repository.</summary>
    public string? Find(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        if (_cache.TryGetValue(full, out var cached))
        {
            return cached;
        }

        // .git is a folder in a clone and a file in a worktree or submodule.
        var found = Directory.Exists(Path.Combine(full, ".git")) || File.Exists(Path.Combine(full, ".git"))
            ? full
            : Path.GetDirectoryName(full) is { } parent ? Find(parent) : null;
        _cache[full] = found;
        return found;
    }

    /// <summary>Whether a folder is a repository root.</summary>
    public bool IsRoot(string directory) => Find(directory) is { } root && string.Equals(root, Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)), StringComparison.Ordinal);
}

/// <summary>A .gitignore pattern to a regular expression: the segment rules of git's wildmatch (gitignore(5)).</summary>
internal static class GlobRegex
{
    /// <summary>The regex body for a pattern; '\x' is a literal x.</summary>
    public static string Compile(string pattern)
    {
        var body = pattern.TrimEnd('/');
        var anchored = body.Contains('/', StringComparison.Ordinal);
        body = body.TrimStart('/');
        if (body.Length == 0)
        {
            throw new FormatException("the pattern names no file or folder.");
        }

        var segments = body.Split('/');
        var sb = new StringBuilder();
        if (!anchored)
        {
            sb.Append("(?:.*/)?");
        }

        var separatorDone = true;
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment == "**")
            {
                if (i == segments.Length - 1)
                {
                    // 'lab/**' is everything in lab.
                    sb.Append(i == 0 ? ".*" : "/.+");
                }
                else
                {
                    sb.Append(i == 0 ? "(?:.*/)?" : "/(?:.*/)?");
                    separatorDone = true;
                    continue;
                }
            }
            else
            {
                if (!separatorDone)
                {
                    sb.Append('/');
                }

                AppendSegment(sb, segment);
            }

            separatorDone = false;
        }

        return sb.ToString();
    }

    private static void AppendSegment(StringBuilder sb, string segment)
    {
        for (var i = 0; i < segment.Length; i++)
        {
            var c = segment[i];
            switch (c)
            {
                case '*':
                    while (i + 1 < segment.Length && segment[i + 1] == '*')
                    {
                        i++;
                    }

                    sb.Append("[^/]*");
                    break;
                case '?':
                    sb.Append("[^/]");
                    break;
                case '[':
                    var close = segment.IndexOf(']', Math.Min(i + 2, segment.Length));
                    if (close < 0)
                    {
                        // git treats an unclosed '[' as a literal.
                        sb.Append(@"\[");
                        break;
                    }

                    var set = segment[(i + 1)..close];
                    var negated = set.StartsWith('!') || set.StartsWith('^');
                    if (negated)
                    {
                        set = set[1..];
                    }

                    sb.Append(negated ? "[^/" : "[").Append(set.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("[", @"\[", StringComparison.Ordinal)).Append(']');
                    i = close;
                    break;
                case '\\' when i + 1 < segment.Length:
                    sb.Append(Regex.Escape(segment[++i].ToString()));
                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
    }
}

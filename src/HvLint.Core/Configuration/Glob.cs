using DotNet.Globbing;
using LibraryGlob = DotNet.Globbing.Glob;

namespace HvLint.Core.Configuration;

/// <summary>
/// A path pattern of a configuration file (include, exclude, overrides[].files, catalogs),
/// matched against paths relative to the configuration's folder with '/' separators.
/// <list type="bullet">
/// <item><c>*</c> matches within one path segment, <c>?</c> one character, <c>[a-z]</c> and
/// <c>[!a-z]</c> a character class, <c>{a,b}</c> either alternative, and a <c>**</c> segment any
/// number of segments.</item>
/// <item>As in .gitignore, a pattern without a '/' (other than a trailing one) matches at any
/// depth (<c>*.cmd</c>, <c>lab</c>); one with a '/' is anchored to the configuration's folder
/// (<c>lab/**</c>, <c>/hosts/*.reg</c>). A trailing '/' matches folders only.</item>
/// <item>A pattern that matches a folder matches everything below it, so <c>lab</c> and
/// <c>lab/**</c> both cover <c>lab/a/b.reg</c>.</item>
/// <item>'\' is read as '/', so Windows paths work as written.</item>
/// </list>
/// Names match case-insensitively on Windows and macOS and exactly elsewhere, as the file
/// system does. Segments are matched by DotNet.Glob; this class adds what it lacks: braces,
/// gitignore's anchoring, folder-only patterns and covering what is below a matched folder.
/// </summary>
public sealed class Glob
{
    private static readonly GlobOptions s_options = new()
    {
        Evaluation = { CaseInsensitive = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() },
    };

    private readonly (LibraryGlob? Glob, bool FolderOnly)[] _alternatives;

    private Glob(string pattern, (LibraryGlob? Glob, bool FolderOnly)[] alternatives)
    {
        Pattern = pattern;
        _alternatives = alternatives;
    }

    /// <summary>The pattern as written.</summary>
    public string Pattern { get; }

    /// <summary>Parses a pattern; throws <see cref="FormatException"/> saying what is wrong with it.</summary>
    public static Glob Parse(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var text = pattern.Replace('\\', '/');
        if (text.StartsWith("./", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        if (text.Length == 0 || text == "/")
        {
            throw new FormatException("the pattern is empty.");
        }

        return new Glob(pattern, [.. ExpandBraces(text).Select(Compile)]);
    }

    /// <summary>Whether a relative path ('/' separators, no leading './') matches.</summary>
    public bool IsMatch(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        foreach (var (glob, folderOnly) in _alternatives)
        {
            if (glob is null ? !folderOnly || relativePath.Contains('/', StringComparison.Ordinal) : !folderOnly && glob.IsMatch(relativePath))
            {
                return true;
            }

            if (glob is null)
            {
                continue;
            }

            // A matched folder covers everything below it: try each folder above the path.
            for (var slash = relativePath.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = relativePath.IndexOf('/', slash + 1))
            {
                if (glob.IsMatch(relativePath[..slash]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Pattern;

    // One brace-free alternative; a null glob matches everything ('**').
    private static (LibraryGlob? Glob, bool FolderOnly) Compile(string alternative)
    {
        var folderOnly = alternative.EndsWith('/');
        var body = alternative.TrimEnd('/');
        var anchored = body.Contains('/', StringComparison.Ordinal);
        body = body.TrimStart('/');

        // 'lab/**' is 'lab' and what is below it; covering the folder too lets a search skip it.
        while (body.EndsWith("/**", StringComparison.Ordinal))
        {
            body = body[..^3];
        }

        // 'lab/**/*' is whatever is below lab, which is 'lab/' ('lab/**/*/' is 'lab/*/'); DotNet.Glob
        // would also let the '/**/*' match nothing, and so 'lab' itself.
        if (body.EndsWith("/**/*", StringComparison.Ordinal) && body.Length > 5)
        {
            body = folderOnly ? body[..^5] + "/*" : body[..^5];
            folderOnly = true;
        }

        if (body == "**")
        {
            return (null, folderOnly);
        }

        if (body.Length == 0)
        {
            throw new FormatException("the pattern names no file or folder.");
        }

        var segments = body.Split('/').Select(Segment);
        var text = (anchored ? string.Empty : "**/") + string.Join('/', segments);
        try
        {
            return (LibraryGlob.Parse(text, s_options), folderOnly);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            throw new FormatException(ex.Message, ex);
        }
    }

    // A segment in DotNet.Glob's syntax: '**' stays a segment of its own, other runs of '*' are
    // one '*', '[^a]' is '[!a]', and an unclosed '[' is an error rather than a literal.
    private static string Segment(string segment)
    {
        if (segment == "**")
        {
            return segment;
        }

        var sb = new System.Text.StringBuilder(segment.Length);
        for (var i = 0; i < segment.Length; i++)
        {
            var c = segment[i];
            if (c == '*' && sb.Length > 0 && sb[^1] == '*')
            {
                continue;
            }

            if (c == '[')
            {
                var close = segment.IndexOf(']', Math.Min(i + 2, segment.Length));
                if (close < 0)
                {
                    throw new FormatException("'[' is not closed with ']'.");
                }

                var set = segment[(i + 1)..close];
                sb.Append('[').Append(set.StartsWith('^') ? "!" + set[1..] : set).Append(']');
                i = close;
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    // {a,b} alternatives, nested, expanded before compiling so that they may contain '/'.
    private static List<string> ExpandBraces(string pattern)
    {
        var open = -1;
        var depth = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '{')
            {
                if (depth++ == 0)
                {
                    open = i;
                }
            }
            else if (pattern[i] == '}' && depth > 0 && --depth == 0)
            {
                var results = new List<string>();
                foreach (var option in SplitTopLevel(pattern[(open + 1)..i]))
                {
                    results.AddRange(ExpandBraces(pattern[..open] + option + pattern[(i + 1)..]));
                }

                return results;
            }
            else if (pattern[i] == '}' && depth == 0)
            {
                throw new FormatException("'}' has no matching '{'.");
            }
        }

        if (depth > 0)
        {
            throw new FormatException("'{' is not closed with '}'.");
        }

        return [pattern];
    }

    private static List<string> SplitTopLevel(string body)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            switch (body[i])
            {
                case '{':
                    depth++;
                    break;
                case '}':
                    depth--;
                    break;
                case ',' when depth == 0:
                    parts.Add(body[start..i]);
                    start = i + 1;
                    break;
            }
        }

        parts.Add(body[start..]);
        return parts;
    }
}

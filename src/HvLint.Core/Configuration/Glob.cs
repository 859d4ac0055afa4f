using System.Text;
using System.Text.RegularExpressions;

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
/// system does.
/// </summary>
public sealed class Glob
{
    private static readonly RegexOptions s_options = RegexOptions.CultureInvariant | RegexOptions.Singleline
        | (OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? RegexOptions.IgnoreCase : RegexOptions.None);

    private readonly Regex _regex;

    private Glob(string pattern, Regex regex)
    {
        Pattern = pattern;
        _regex = regex;
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

        var alternatives = ExpandBraces(text).Select(a => GlobRegex.Compile(a, escapes: false, matchBelow: true)).ToArray();
        var regex = alternatives.Length == 1 ? alternatives[0] : "(?:" + string.Join("|", alternatives) + ")";
        return new Glob(pattern, new Regex("^" + regex + "$", s_options, TimeSpan.FromSeconds(1)));
    }

    /// <summary>Whether a relative path ('/' separators, no leading './') matches.</summary>
    public bool IsMatch(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return _regex.IsMatch(relativePath);
    }

    /// <inheritdoc />
    public override string ToString() => Pattern;

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
                var options = SplitTopLevel(pattern[(open + 1)..i]);
                var results = new List<string>();
                foreach (var option in options)
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

/// <summary>Glob to regular expression: the segment rules of git's wildmatch that HvLint uses, shared by <see cref="Glob"/> and .gitignore rules.</summary>
internal static class GlobRegex
{
    /// <summary>
    /// The regex body for a pattern. <paramref name="escapes"/>: '\x' is a literal x (gitignore).
    /// <paramref name="matchBelow"/>: a match of a folder covers every path below it.
    /// </summary>
    public static string Compile(string pattern, bool escapes, bool matchBelow)
    {
        var directoryOnly = pattern.EndsWith('/');
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
                    // 'lab/**' is everything in lab; with matchBelow it covers the folder too,
                    // so that a search can skip the folder instead of every file in it.
                    sb.Append(i == 0 ? ".*" : matchBelow ? string.Empty : "/.+");
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

                AppendSegment(sb, segment, escapes);
            }

            separatorDone = false;
        }

        // A folder-only pattern matches a file only through its folder, i.e. with more below it.
        if (matchBelow)
        {
            sb.Append(directoryOnly ? "/.+" : "(?:/.+)?");
        }

        return sb.ToString();
    }

    private static void AppendSegment(StringBuilder sb, string segment, bool escapes)
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
                        if (escapes)
                        {
                            // git treats an unclosed '[' as a literal.
                            sb.Append(@"\[");
                            break;
                        }

                        throw new FormatException("'[' is not closed with ']'.");
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
                case '\\' when escapes && i + 1 < segment.Length:
                    sb.Append(Regex.Escape(segment[++i].ToString()));
                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
    }
}

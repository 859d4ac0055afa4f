using HvLint.Core.Model;

namespace HvLint.LanguageServer;

/// <summary>One key name of a written path and where it is in the text it was read from.</summary>
internal readonly record struct WrittenSegment(string Name, int Start, int End);

/// <summary>
/// A registry key as it is written in a file: in a .reg header (HKEY_LOCAL_MACHINE\...), a
/// reg.exe argument (HKLM\..., quoted or not) or a PowerShell path (HKLM:\..., Registry::...),
/// with the place of each key name. Only a literal path is read: text with a variable, an
/// expansion or a quote inside gives nothing, since what it names is known only at run time.
/// </summary>
internal sealed class WrittenKey
{
    // Quotes, variables (PowerShell's $, cmd's % and !), escapes and subexpressions.
    private static readonly System.Buffers.SearchValues<char> s_dynamic = System.Buffers.SearchValues.Create("\"'$%!`()");

    private WrittenKey(RegistryKeyPath path, IReadOnlyList<WrittenSegment> segments)
    {
        Path = path;
        Segments = segments;
    }

    /// <summary>The key.</summary>
    public RegistryKeyPath Path { get; }

    /// <summary>The key names below the root, with their offsets in the text read (plus the offset given).</summary>
    public IReadOnlyList<WrittenSegment> Segments { get; }

    /// <summary>
    /// Reads <paramref name="text"/> (one surrounding pair of quotes allowed); null when it is not
    /// a literal key path. <paramref name="powerShell"/>: a PowerShell path, where '/' also
    /// separates names and a drive (HKLM:) or provider (Registry::) prefix names the root.
    /// </summary>
    public static WrittenKey? Read(string text, int offset, bool powerShell)
    {
        var start = 0;
        var end = text.Length;
        if (end - start >= 1 && text[start] is '"' or '\'')
        {
            var quote = text[start];
            start++;
            if (end > start && text[end - 1] == quote)
            {
                end--;
            }
        }

        var body = text.AsSpan(start, end - start);
        if (body.IndexOfAny(s_dynamic) >= 0)
        {
            return null;
        }

        var provider = body.LastIndexOf("::", StringComparison.Ordinal);
        var rootStart = provider < 0 ? 0 : provider + 2;
        var separators = powerShell ? "\\/" : "\\";
        var rootEnd = body[rootStart..].IndexOfAny(separators);
        rootEnd = rootEnd < 0 ? body.Length : rootStart + rootEnd;
        var root = body[rootStart..rootEnd];
        if (powerShell && provider < 0)
        {
            // A PowerShell path without the provider prefix names a drive: HKLM:\...
            if (root.Length < 2 || root[^1] != ':')
            {
                return null;
            }

            root = root[..^1];
        }

        if (!RegistryHives.TryParse(root, out var hive))
        {
            return null;
        }

        var segments = new List<WrittenSegment>();
        var at = rootEnd;
        while (at < body.Length)
        {
            at++;
            var next = body[at..].IndexOfAny(separators);
            var stop = next < 0 ? body.Length : at + next;
            if (stop > at)
            {
                segments.Add(new WrittenSegment(body[at..stop].ToString(), offset + start + at, offset + start + stop));
            }

            at = stop;
        }

        return new WrittenKey(RegistryKeyPath.FromSegments(hive, [.. segments.Select(s => s.Name)]), segments);
    }
}

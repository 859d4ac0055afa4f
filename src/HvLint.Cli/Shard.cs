using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HvLint.Core.Configuration;

namespace HvLint.Cli;

/// <summary>
/// <c>--shard K/N</c>: one of N deterministic shares of the files, for an estate that one CI job
/// cannot lint in time. A file's share is a stable hash (SHA-256, not string.GetHashCode, which
/// changes between processes) of its path relative to the repository root (the folder with .git;
/// outside a repository, the current folder), with '/' separators and in lower case, so every
/// machine and run agrees. Files that apply one another (reg import, dot-sourcing) form a group
/// that goes to the share of its first path in ordinal order: a file is always linted with the
/// files that import it, and never by two shards. Every file is in exactly one shard.
/// </summary>
internal sealed record Shard(int Index, int Count)
{
    /// <summary>"K/N" as written on the command line.</summary>
    public override string ToString() => Index.ToString(CultureInfo.InvariantCulture) + "/" + Count.ToString(CultureInfo.InvariantCulture);

    /// <summary>The SARIF <c>run.automationDetails.id</c>: GitHub code scanning takes what comes before the last '/' as the category, so each shard's upload is its own analysis.</summary>
    public string AutomationId => $"hvlint/shard-{Index.ToString(CultureInfo.InvariantCulture)}-of-{Count.ToString(CultureInfo.InvariantCulture)}/";

    /// <summary>Parses "K/N" (1 ≤ K ≤ N); throws <see cref="UsageException"/> otherwise.</summary>
    public static Shard Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var parts = value.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n >= 1 && k >= 1 && k <= n)
        {
            return new Shard(k, n);
        }

        throw new UsageException(
            $"check: '{value}' is not a valid value for '--shard'; use K/N with 1 <= K <= N, e.g. 2/4 for the second of four shards.",
            "Run 'hvlint check --help' for usage.");
    }

    /// <summary>The number of the shard (1-based) a path relative to the repository root falls in, alone.</summary>
    public static int Of(string key, int count)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key.Replace('\\', '/').ToLowerInvariant()));
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)count) + 1;
    }

    /// <summary>
    /// The targets of this shard, in their order. <paramref name="linksOf"/> gives the full paths
    /// the given targets apply (read only when there are several shards).
    /// </summary>
    public IReadOnlyList<LintTarget> Select(IReadOnlyList<LintTarget> targets, string workingDirectory, Func<IReadOnlyList<LintTarget>, IEnumerable<(string FullPath, IReadOnlyList<string> Links)>> linksOf)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(linksOf);
        if (Count == 1)
        {
            return targets;
        }

        // Groups of files that apply one another, by union-find over full paths; a file applied
        // by two targets joins both, so they share a shard too.
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string x)
        {
            while (parent.TryGetValue(x, out var p) && p != x)
            {
                x = p;
            }

            return x;
        }

        void Union(string a, string b)
        {
            parent.TryAdd(a, a);
            parent.TryAdd(b, b);
            var (ra, rb) = (Find(a), Find(b));
            if (ra != rb)
            {
                parent[ra] = rb;
            }
        }

        foreach (var (full, links) in linksOf(targets))
        {
            foreach (var link in links)
            {
                Union(Path.GetFullPath(full), Path.GetFullPath(link));
            }
        }

        var root = new RepositoryRoots().Find(workingDirectory) ?? workingDirectory;
        string KeyOf(LintTarget t) => Path.GetRelativePath(root, t.FullPath).Replace('\\', '/').ToLowerInvariant();
        var groupKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in targets)
        {
            var group = Find(Path.GetFullPath(t.FullPath));
            var key = KeyOf(t);
            if (!groupKey.TryGetValue(group, out var first) || string.CompareOrdinal(key, first) < 0)
            {
                groupKey[group] = key;
            }
        }

        return [.. targets.Where(t => Of(groupKey[Find(Path.GetFullPath(t.FullPath))], Count) == Index)];
    }
}

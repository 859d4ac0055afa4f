namespace HvLint.Core.Catalog;

/// <summary>
/// Key patterns arranged as a tree of segments, so that a lookup walks the key's segments once
/// instead of testing every pattern: a key outside the namespaces the catalog knows leaves the
/// tree at its first or second segment, after one hash lookup per segment. Literal segments are
/// children in a dictionary; placeholder segments (<c>&lt;VM-GUID&gt;</c>, closed sets) are tried
/// in turn, and there are few of them under any one key. Patterns are numbered in the order
/// given, and every answer lists them in that order, so results do not depend on the tree.
/// </summary>
internal sealed class KeyPatternIndex
{
    [ThreadStatic]
    private static List<Node>? t_reached;

    [ThreadStatic]
    private static List<Node>? t_frontier;

    [ThreadStatic]
    private static List<Node>? t_next;

    private readonly Node _root = new(0);

    public KeyPatternIndex(IReadOnlyList<KeyPattern> patterns)
    {
        Patterns = patterns;
        for (var id = 0; id < patterns.Count; id++)
        {
            var node = _root;
            var pattern = patterns[id];
            for (var i = 0; i < pattern.Depth; i++)
            {
                (node.Below ??= []).Add(id);
                node = node.Child(pattern.SegmentAt(i));
            }

            (node.Ending ??= []).Add(id);
        }
    }

    /// <summary>The patterns, numbered by position.</summary>
    public IReadOnlyList<KeyPattern> Patterns { get; }

    /// <summary>The patterns that match the key exactly (<see cref="KeyPattern.Matches"/>), in order.</summary>
    public int[] Exact(string[] segments) => Collect(segments, atKeyOnly: true, static node => node.Ending);

    /// <summary>The patterns the key is at or below (<see cref="KeyPattern.MatchesPrefix"/>), in order.</summary>
    public int[] AtOrAbove(string[] segments) => Collect(segments, atKeyOnly: false, static node => node.Ending);

    /// <summary>The patterns strictly below the key (the key is an ancestor of every key they match), in order.</summary>
    public int[] Below(string[] segments) => Collect(segments, atKeyOnly: true, static node => node.Below);

    /// <summary>Whether some pattern matches the key made of the first <paramref name="length"/> segments exactly or lies strictly below it.</summary>
    public bool ExactOrBelow(string[] segments, int length)
    {
        // Every node but the root lists some pattern; a loop, not a closure over 'length', on this hot path.
        foreach (var node in Reached(segments, length))
        {
            if (node.Depth == length && (node.Ending is not null || node.Below is not null))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the key made of the first <paramref name="length"/> segments is at or below some pattern.</summary>
    public bool AnyAtOrAbove(string[] segments, int length) => Reached(segments, length).Exists(static node => node.Ending is not null);

    // The ids a node lists, from the nodes the key reaches (all of them, or only the key's own).
    private int[] Collect(string[] segments, bool atKeyOnly, Func<Node, List<int>?> idsOf)
    {
        List<int>? ids = null;
        foreach (var node in Reached(segments, segments.Length))
        {
            if ((!atKeyOnly || node.Depth == segments.Length) && idsOf(node) is { } found)
            {
                (ids ??= []).AddRange(found);
            }
        }

        return Ordered(ids);
    }

    private static int[] Ordered(List<int>? ids)
    {
        if (ids is null)
        {
            return [];
        }

        if (ids.Count > 1)
        {
            ids.Sort();
            var distinct = 1;
            for (var i = 1; i < ids.Count; i++)
            {
                if (ids[i] != ids[distinct - 1])
                {
                    ids[distinct++] = ids[i];
                }
            }

            ids.RemoveRange(distinct, ids.Count - distinct);
        }

        return [.. ids];
    }

    // Every node the key's first segments lead to, at every depth from the root down to 'depth'.
    // The buffers are reused per thread: a lookup allocates nothing unless it finds something.
    private List<Node> Reached(string[] segments, int depth)
    {
        var reached = t_reached ??= [];
        var frontier = t_frontier ??= [];
        var next = t_next ??= [];
        reached.Clear();
        frontier.Clear();
        reached.Add(_root);
        frontier.Add(_root);
        for (var i = 0; i < depth && frontier.Count > 0; i++)
        {
            next.Clear();
            var segment = segments[i];
            foreach (var node in frontier)
            {
                if (node.Literals is { } literals && literals.TryGetValue(segment, out var literal))
                {
                    next.Add(literal);
                }

                if (node.Placeholders is { } placeholders)
                {
                    foreach (var (matcher, child) in placeholders)
                    {
                        if (matcher.Matches(segment))
                        {
                            next.Add(child);
                        }
                    }
                }
            }

            reached.AddRange(next);
            (frontier, next) = (next, frontier);
        }

        return reached;
    }

    private sealed class Node(int depth)
    {
        public int Depth { get; } = depth;

        public Dictionary<string, Node>? Literals { get; private set; }

        public List<(KeyPattern.SegmentMatcher Matcher, Node Child)>? Placeholders { get; private set; }

        // Patterns that end at this node, and patterns that go on below it.
        public List<int>? Ending { get; set; }

        public List<int>? Below { get; set; }

        public Node Child(KeyPattern.SegmentMatcher matcher)
        {
            if (matcher.Literal is { } literal)
            {
                Literals ??= new Dictionary<string, Node>(StringComparer.Ordinal);
                if (!Literals.TryGetValue(literal, out var node))
                {
                    node = new Node(Depth + 1);
                    Literals[literal] = node;
                }

                return node;
            }

            // Placeholders written alike, with the same choices, match alike.
            Placeholders ??= [];
            foreach (var (existing, child) in Placeholders)
            {
                if (string.Equals(existing.Display, matcher.Display, StringComparison.Ordinal) && existing.Choices.SequenceEqual(matcher.Choices, StringComparer.Ordinal))
                {
                    return child;
                }
            }

            var created = new Node(Depth + 1);
            Placeholders.Add((matcher, created));
            return created;
        }
    }
}

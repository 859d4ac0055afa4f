using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Text;

namespace HvLint.Core.Engine;

/// <summary>One file of a run while it is being linted: its extraction and its raw findings.</summary>
internal sealed class Unit(string fullPath, LintOptions options)
{
    public string FullPath { get; } = Path.GetFullPath(fullPath);

    public LintOptions Options { get; } = options;

    /// <summary>Null when the file could not be read or parsed (then <see cref="Finished"/> is set).</summary>
    public ExtractionResult? Extraction { get; set; }

    /// <summary>The final result of a file that failed before its rules ran.</summary>
    public FileResult? Finished { get; set; }

    /// <summary>Findings of the front end and the per-write rule hooks, before severities and suppressions.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>
    /// Findings of the per-file rule hooks (relations between writes), before severities and
    /// suppressions. A host analysis that covers the file replaces them.
    /// </summary>
    public List<Diagnostic> FileDiagnostics { get; set; } = [];

    public List<ToolNotification> Notifications { get; } = [];
}

/// <summary>
/// Checks files that are applied to one host together: the writes of all of them, in the order
/// they apply, go through the relation rules (the conflict category) once more. For the files
/// the host covers entirely (every input with --as-one-host; the script that imports the others
/// without it) the host's findings replace the file's own relation findings: a gate set by
/// another file is set. For a file that is only imported, its own findings stay, and a finding
/// that involves it and another file is added (replacing its own finding of the same rule at the
/// same place, which tells less).
/// </summary>
internal sealed class HostAnalysis(LintEngine engine, IReadOnlyList<Unit> units, int inputCount, HashSet<(string, string, int, int, string)>? added = null)
{
    private readonly Dictionary<string, Unit> _byPath = units.Where(u => u.Extraction is not null).DistinctBy(u => u.FullPath).ToDictionary(u => u.FullPath, StringComparer.Ordinal);
    private readonly Dictionary<SourceText, Unit> _bySource = units.Where(u => u.Extraction is not null).ToDictionary(u => u.Extraction!.Source);
    // Shared by the analyses of one run's successive parts, so a finding two hosts find is added once.
    private readonly HashSet<(string, string, int, int, string)> _added = added ?? [];

    public void Run(bool asOneHost)
    {
        var inputs = units.Take(inputCount).Where(u => u.Extraction is not null).ToArray();
        var groups = new List<(Unit Root, List<Write> Writes, HashSet<string> Owned)>();
        if (asOneHost)
        {
            var roots = Roots(inputs);
            if (roots.Count > 0)
            {
                groups.Add((roots[0], [.. roots.SelectMany(r => Sequence(r, [r.FullPath], conditional: false))], [.. roots.SelectMany(Reach)]));
            }
        }
        else
        {
            groups.AddRange(inputs.Where(u => u.Extraction!.Links.Count > 0).Select(u => (u, Sequence(u, [u.FullPath], conditional: false), new HashSet<string>([u.FullPath], StringComparer.Ordinal))));
        }

        groups.RemoveAll(g => g.Writes.Select(w => w.Source).Distinct().Count() < 2);

        // The files a host covers entirely lose their own relation findings before any host adds
        // its findings, so that one host's finding about another host's file is kept.
        foreach (var unit in _byPath.Values.Where(u => groups.Any(g => g.Owned.Contains(u.FullPath))))
        {
            unit.FileDiagnostics.RemoveAll(d => d.Rule.Category == RuleCategory.Conflict);
        }

        foreach (var (root, writes, owned) in groups)
        {
            Check(root, writes, owned);
        }
    }

    /// <summary>
    /// The inputs that no other input applies, in order: a file imported by another input counts
    /// where it is imported. In a cycle of inputs that apply each other, the first one given.
    /// </summary>
    private List<Unit> Roots(Unit[] inputs)
    {
        var reachedByOthers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            reachedByOthers.UnionWith(Reach(input).Where(p => p != input.FullPath));
        }

        var roots = inputs.Where(u => !reachedByOthers.Contains(u.FullPath)).ToList();
        var covered = new HashSet<string>(roots.SelectMany(Reach), StringComparer.Ordinal);
        foreach (var input in inputs.Where(u => !covered.Contains(u.FullPath)))
        {
            roots.Add(input);
            covered.UnionWith(Reach(input));
        }

        return [.. roots.OrderBy(r => Array.IndexOf(inputs, r)).DistinctBy(r => r.FullPath)];
    }

    private HashSet<string> Reach(Unit unit)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal) { unit.FullPath };
        var pending = new Stack<Unit>([unit]);
        while (pending.TryPop(out var u))
        {
            foreach (var link in u.Extraction!.Links)
            {
                var full = Path.GetFullPath(link.Path);
                if (_byPath.TryGetValue(full, out var linked) && reached.Add(full))
                {
                    pending.Push(linked);
                }
            }
        }

        return reached;
    }

    /// <summary>A file's writes with the writes of the files it applies spliced in where it applies them.</summary>
    private List<Write> Sequence(Unit unit, HashSet<string> applying, bool conditional)
    {
        var writes = unit.Extraction!.Writes;
        var links = unit.Extraction.Links.OrderBy(l => l.WriteIndex).ToArray();
        var result = new List<Write>(writes.Count);
        var next = 0;
        for (var i = 0; i <= writes.Count; i++)
        {
            for (; next < links.Length && links[next].WriteIndex <= i; next++)
            {
                var full = Path.GetFullPath(links[next].Path);
                if (_byPath.TryGetValue(full, out var linked) && applying.Add(full))
                {
                    result.AddRange(Sequence(linked, applying, conditional || links[next].IsConditional));
                    applying.Remove(full);
                }
            }

            if (i < writes.Count)
            {
                result.Add(conditional && !writes[i].IsConditional ? writes[i].AsConditional() : writes[i]);
            }
        }

        return result;
    }

    private void Check(Unit root, List<Write> writes, HashSet<string> owned)
    {
        var found = new List<Diagnostic>();
        // Only the rules that relate writes to each other (the conflict category) see the host;
        // the others' per-file findings (an unknown key, once per file) stay as they are.
        var relations = engine.ActiveRules(root.Options).Where(r => r.Descriptor.Category == RuleCategory.Conflict).ToArray();
        engine.RunFileRules(relations, root.Extraction!.Source, writes, root.Options.Target, engine.KeyLookup(), found, root.Notifications);
        foreach (var d in found)
        {
            if (!_bySource.TryGetValue(d.Location.Source, out var owner)
                || !_added.Add((d.Rule.Id, d.Location.Path, d.Location.Span.Start, d.Location.Span.Length, d.Message)))
            {
                continue;
            }

            if (owned.Contains(owner.FullPath))
            {
                owner.FileDiagnostics.Add(d);
            }
            else if (d.Related.Any(r => !ReferenceEquals(r.Location.Source, d.Location.Source)))
            {
                owner.FileDiagnostics.RemoveAll(x => x.Rule.Id == d.Rule.Id && x.Location.Span == d.Location.Span);
                owner.FileDiagnostics.Add(d);
            }
        }
    }
}

using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Text;

namespace HvLint.Core.Engine;

/// <summary>One file as the host pass sees it: where it is, what its front end made of it, and its options.</summary>
internal readonly record struct HostFile(string FullPath, ExtractionResult Extraction, LintOptions Options);

/// <summary>Runs the rules that also analyze a host (<see cref="Rules.Rule.AnalyzesHost"/>) over a host's writes, applied in order; findings into the list returned, rule failures into <paramref name="notifications"/>.</summary>
internal delegate List<Diagnostic> HostRuleRunner(HostFile root, IReadOnlyList<Write> writes, List<ToolNotification> notifications);

/// <summary>What a host pass found about one file.</summary>
internal sealed class HostFileFindings
{
    /// <summary>
    /// Whether a host covers the file entirely: its own findings of the rules that analyze a host
    /// are replaced by the host's (a gate set by another file is set).
    /// </summary>
    public bool Covered { get; set; }

    /// <summary>
    /// The host's findings on the file, in order. One that replaces its own finding of the same rule at
    /// the same span (which tells less) removes that one first.
    /// </summary>
    public List<(Diagnostic Diagnostic, bool ReplacesSameSpan)> Findings { get; } = [];

    /// <summary>Rules that failed over a host whose first file this is.</summary>
    public List<ToolNotification> Notifications { get; } = [];

    /// <summary>Merges the host's findings into the file's own findings of the rules that analyze a host.</summary>
    public void MergeInto(List<Diagnostic> hostRuleFindings, List<ToolNotification> notifications)
    {
        if (Covered)
        {
            hostRuleFindings.Clear();
        }

        foreach (var (d, replaces) in Findings)
        {
            if (replaces)
            {
                hostRuleFindings.RemoveAll(x => x.Rule.Id == d.Rule.Id && x.Location.Span == d.Location.Span);
            }

            hostRuleFindings.Add(d);
        }

        notifications.AddRange(Notifications);
    }
}

/// <summary>
/// The host pass: files that are applied to one host are checked together. Their writes, in the
/// order they apply, go once more through the rules that analyze a host. For the files a host
/// covers entirely (every input with --as-one-host; the script that imports the others without
/// it) the host's findings replace the file's own findings of those rules. For a file that is
/// only imported, its own findings stay, and a finding that involves it and another file is
/// added (replacing its own finding of the same rule at the same place, which tells less).
/// <para>
/// It reads nothing and changes nothing it is given: <see cref="Run"/> returns the findings per
/// file, and the engine merges them. One instance serves a run's successive parts, so a finding
/// that two hosts find is reported once.
/// </para>
/// </summary>
internal sealed class HostAnalysis(HostRuleRunner runRules)
{
    private readonly HashSet<(string, string, int, int, string)> _added = [];

    /// <summary>
    /// Checks the hosts among <paramref name="files"/>, whose first <paramref name="inputCount"/>
    /// are the run's inputs (the others are files they apply). Returns, for each file given (same
    /// index), what the hosts found about it, or null when no host involves it.
    /// </summary>
    public HostFileFindings?[] Run(IReadOnlyList<HostFile> files, int inputCount, bool asOneHost)
    {
        var run = new Pass(files);
        var inputs = Enumerable.Range(0, inputCount).ToArray();
        var groups = new List<(int Root, List<Write> Writes, HashSet<string> Owned)>();
        if (asOneHost)
        {
            var roots = run.Roots(inputs);
            if (roots.Count > 0)
            {
                groups.Add((roots[0], [.. roots.SelectMany(r => run.Sequence(r, [files[r].FullPath], conditional: false))], [.. roots.SelectMany(run.Reach)]));
            }
        }
        else
        {
            groups.AddRange(inputs.Where(i => files[i].Extraction.Links.Count > 0).Select(i => (i, run.Sequence(i, [files[i].FullPath], conditional: false), new HashSet<string>([files[i].FullPath], StringComparer.Ordinal))));
        }

        groups.RemoveAll(g => g.Writes.Select(w => w.Source).Distinct().Count() < 2);

        var found = new HostFileFindings?[files.Count];
        HostFileFindings Of(int i) => found[i] ??= new HostFileFindings();

        // The files a host covers entirely lose their own findings before any host adds its
        // findings, so that one host's finding about another host's file is kept.
        foreach (var i in run.ByPath.Values.Where(i => groups.Any(g => g.Owned.Contains(files[i].FullPath))))
        {
            Of(i).Covered = true;
        }

        foreach (var (root, writes, owned) in groups)
        {
            var notifications = new List<ToolNotification>();
            foreach (var d in runRules(files[root], writes, notifications))
            {
                if (!run.BySource.TryGetValue(d.Location.Source, out var owner))
                {
                    continue;
                }

                // Only a finding that is kept counts as found: one that a host leaves to the
                // file's own check (it involves no other file) is still the finding of the host
                // that covers that file, when another input applies it.
                var owns = owned.Contains(files[owner].FullPath);
                if ((owns || d.Related.Any(r => !ReferenceEquals(r.Location.Source, d.Location.Source)))
                    && _added.Add((d.Rule.Id, d.Location.Path, d.Location.Span.Start, d.Location.Span.Length, d.Message)))
                {
                    Of(owner).Findings.Add((d, !owns));
                }
            }

            if (notifications.Count > 0)
            {
                Of(root).Notifications.AddRange(notifications);
            }
        }

        return found;
    }

    /// <summary>The files of one pass, looked up by path (the first given of each) and by text.</summary>
    private sealed class Pass(IReadOnlyList<HostFile> files)
    {
        public Dictionary<string, int> ByPath { get; } = Enumerable.Range(0, files.Count).DistinctBy(i => files[i].FullPath).ToDictionary(i => files[i].FullPath, StringComparer.Ordinal);

        public Dictionary<SourceText, int> BySource { get; } = Enumerable.Range(0, files.Count).ToDictionary(i => files[i].Extraction.Source);

        /// <summary>
        /// The inputs that no other input applies, in order: a file imported by another input counts
        /// where it is imported. In a cycle of inputs that apply each other, the first one given.
        /// </summary>
        public List<int> Roots(int[] inputs)
        {
            var reachedByOthers = new HashSet<string>(StringComparer.Ordinal);
            foreach (var input in inputs)
            {
                reachedByOthers.UnionWith(Reach(input).Where(p => p != files[input].FullPath));
            }

            var roots = inputs.Where(i => !reachedByOthers.Contains(files[i].FullPath)).ToList();
            var covered = new HashSet<string>(roots.SelectMany(Reach), StringComparer.Ordinal);
            foreach (var input in inputs.Where(i => !covered.Contains(files[i].FullPath)))
            {
                roots.Add(input);
                covered.UnionWith(Reach(input));
            }

            return [.. roots.OrderBy(r => r).DistinctBy(r => files[r].FullPath)];
        }

        public HashSet<string> Reach(int file)
        {
            var reached = new HashSet<string>(StringComparer.Ordinal) { files[file].FullPath };
            var pending = new Stack<int>([file]);
            while (pending.TryPop(out var f))
            {
                foreach (var link in files[f].Extraction.Links)
                {
                    var full = Path.GetFullPath(link.Path);
                    if (ByPath.TryGetValue(full, out var linked) && reached.Add(full))
                    {
                        pending.Push(linked);
                    }
                }
            }

            return reached;
        }

        /// <summary>A file's writes with the writes of the files it applies spliced in where it applies them.</summary>
        public List<Write> Sequence(int file, HashSet<string> applying, bool conditional)
        {
            var writes = files[file].Extraction.Writes;
            var links = files[file].Extraction.Links.OrderBy(l => l.WriteIndex).ToArray();
            var result = new List<Write>(writes.Count);
            var next = 0;
            for (var i = 0; i <= writes.Count; i++)
            {
                for (; next < links.Length && links[next].WriteIndex <= i; next++)
                {
                    var full = Path.GetFullPath(links[next].Path);
                    if (ByPath.TryGetValue(full, out var linked) && applying.Add(full))
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
    }
}

using System.Collections.Concurrent;

namespace HvLint.Core.Engine;

/// <summary>
/// One streaming run of the engine's Lint: the inputs are linted in parts (a run of
/// consecutive inputs, at most <see cref="PartFiles"/> files or <see cref="PartChars"/>
/// characters), each part by one worker per core, and each part's results are handed out in
/// input order while the next part is linted. Only a part's files are alive at a time, so the
/// memory of a run does not grow with the number of files.
/// <para>
/// Within a part a run does what linting all files at once does: files that apply other files
/// (reg import, dot-sourcing) are checked with them (<see cref="HostAnalysis"/>). A part grows
/// until it holds every input its files apply, so a file applied by a later input gets that
/// input's findings about it. Linked files that are not inputs are kept, and handed out after
/// the inputs, in the order linting all at once gives. An input applied by a file of a later part
/// is read again for that file's check; its own result has already been handed out, so a finding
/// about it and the later file is reported only in the later file (the one case where a
/// streamed run differs from linting all at once, and only for files hundreds apart).
/// </para>
/// </summary>
internal sealed class LintRun
{
    /// <summary>The most inputs in one part.</summary>
    internal const int PartFiles = 256;

    /// <summary>The most characters of source in one part (about 64 MB as UTF-16).</summary>
    internal const long PartChars = 32L << 20;

    private readonly LintEngine _engine;
    private readonly IReadOnlyList<LintDocument> _files;
    private readonly LintRequest _request;
    private readonly bool _located;
    private readonly bool _asOneHost;
    private readonly LinkScope _scope;
    private readonly HostAnalysis _host;
    private readonly int _workers;
    private readonly int _partFiles;

    // Full path of each input -> its index (the first, if given twice).
    private readonly Dictionary<string, int> _inputIndex = new(StringComparer.Ordinal);

    // The files that inputs apply, read once and kept to the end (their results come last).
    private readonly Dictionary<string, Unit> _linked = new(StringComparer.Ordinal);

    // Each input's linked files, to order the linked files as linting all at once does.
    private readonly IReadOnlyList<string>?[] _inputLinks;

    public LintRun(LintEngine engine, LintRequest request, LinkScope scope, int workers, int partFiles = PartFiles)
    {
        _engine = engine;
        _request = request;
        _files = request.Documents;
        _located = request.Links != LinkPolicy.None;
        _asOneHost = request.AsOneHost;
        _scope = scope;
        _host = new HostAnalysis(engine.RunHostRules);
        _workers = Math.Max(1, workers);
        _partFiles = Math.Max(1, partFiles);
        _inputLinks = new IReadOnlyList<string>?[_files.Count];
        if (_located)
        {
            for (var i = 0; i < _files.Count; i++)
            {
                _inputIndex.TryAdd(Path.GetFullPath(_files[i].FullPath), i);
            }
        }
    }

    /// <summary>
    /// The results, in input order, then the linked files'. The parts are linted on a
    /// background task, one part ahead of the caller; stopping the enumeration stops it. One
    /// document (an editor's buffer, a test's sample) is linted on the caller's thread.
    /// </summary>
    public IEnumerable<FileResult> Results() => _files.Count == 1 ? OnThisThread() : InBackground();

    private IEnumerable<FileResult> OnThisThread()
    {
        foreach (var result in LintPart(0, out _).Concat(LinkedResults()))
        {
            yield return result;
        }
    }

    private IEnumerable<FileResult> InBackground()
    {
        using var parts = new BlockingCollection<FileResult[]>(boundedCapacity: 1);
        using var cancel = new CancellationTokenSource();
        var producer = Task.Run(
            () =>
            {
                try
                {
                    var start = 0;
                    while (start < _files.Count)
                    {
                        cancel.Token.ThrowIfCancellationRequested();
                        var results = LintPart(start, out var end);
                        parts.Add(results, cancel.Token);
                        start = end;
                    }

                    parts.Add(LinkedResults(), cancel.Token);
                }
                finally
                {
                    parts.CompleteAdding();
                }
            },
            cancel.Token);

        try
        {
            foreach (var part in parts.GetConsumingEnumerable())
            {
                for (var i = 0; i < part.Length; i++)
                {
                    var result = part[i];

                    // Handed out: the run keeps no reference to it.
                    part[i] = null!;
                    yield return result;
                }
            }

            producer.GetAwaiter().GetResult();
        }
        finally
        {
            if (!producer.IsCompleted)
            {
                cancel.Cancel();
                try
                {
                    producer.Wait();
                }
                catch (AggregateException)
                {
                    // Cancelled because the caller stopped early; nothing to report.
                }
            }
        }
    }

    /// <summary>Lints the part that starts at <paramref name="start"/>; <paramref name="end"/> is where the next one starts.</summary>
    private FileResult[] LintPart(int start, out int end)
    {
        var units = new Dictionary<int, Unit>();
        end = Prepare(start, _files.Count, bounded: !_asOneHost, units);

        // Grow the part until it holds every input its files apply; read the linked files that
        // are not inputs (once per run), and again the earlier inputs they apply (not handed out).
        var others = new List<Unit>();
        var earlier = new Dictionary<int, Unit>();
        var done = new HashSet<Unit>(ReferenceEqualityComparer.Instance);
        var pending = new Queue<Unit>(units.Values);
        while (pending.Count > 0 || units.Count < end - start)
        {
            if (units.Count < end - start)
            {
                var from = end - (end - start - units.Count);
                Prepare(from, end, bounded: false, units);
                for (var i = from; i < end; i++)
                {
                    pending.Enqueue(units[i]);
                }
            }

            while (pending.TryDequeue(out var unit))
            {
                // Without a location a document's links name nothing to follow.
                if (!done.Add(unit) || unit.Extraction is null || !_located)
                {
                    continue;
                }

                foreach (var link in unit.Extraction.LinkedFiles)
                {
                    var full = Path.GetFullPath(link);
                    if (_inputIndex.TryGetValue(full, out var index))
                    {
                        if (index >= end)
                        {
                            end = index + 1;
                        }
                        else if (index < start && !earlier.ContainsKey(index))
                        {
                            var again = PrepareOne(index);
                            earlier[index] = again;
                            others.Add(again);
                            pending.Enqueue(again);
                        }
                    }
                    else if (_request.Links == LinkPolicy.Follow && _engine.CanLint(full))
                    {
                        if (!_linked.TryGetValue(full, out var linked))
                        {
                            if (!_request.Workspace.Exists(full))
                            {
                                continue;
                            }

                            linked = PrepareLinked(full);
                            _linked[full] = linked;
                        }

                        if (!others.Contains(linked))
                        {
                            others.Add(linked);
                            pending.Enqueue(linked);
                        }
                    }
                }
            }
        }

        var inputs = Enumerable.Range(start, end - start).Select(i => units[i]).ToArray();
        for (var i = 0; i < inputs.Length; i++)
        {
            if (inputs[i].Extraction is { } extraction && extraction.Links.Count > 0)
            {
                _inputLinks[start + i] = extraction.LinkedFiles;
            }
        }

        if ((_located && inputs.Any(u => u.Extraction?.Links.Count > 0)) || _asOneHost)
        {
            // The host pass returns its findings per file; the files' own findings take them in.
            var hostFiles = inputs.Where(u => u.Extraction is not null).Concat(others.Where(u => u.Extraction is not null)).ToArray();
            var found = _host.Run([.. hostFiles.Select(u => u.AsHostFile())], inputs.Count(u => u.Extraction is not null), _asOneHost);
            for (var i = 0; i < hostFiles.Length; i++)
            {
                found[i]?.MergeInto(hostFiles[i].HostRuleDiagnostics, hostFiles[i].Notifications);
            }
        }

        var results = new FileResult[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = _workers }, i => results[i] = _engine.Finish(inputs[i]));
        return results;
    }

    /// <summary>
    /// Reads and checks inputs from <paramref name="start"/> on, one worker per core, into
    /// <paramref name="units"/>; bounded, it stops taking files once the part is full. Returns
    /// the index after the last file taken.
    /// </summary>
    private int Prepare(int start, int limit, bool bounded, Dictionary<int, Unit> units)
    {
        var next = start;
        long chars = 0;
        var gate = new Lock();
        var prepared = new ConcurrentBag<(int, Unit)>();
        Parallel.For(0, Math.Min(_workers, limit - start), new ParallelOptions { MaxDegreeOfParallelism = _workers }, _ =>
        {
            while (true)
            {
                int i;
                lock (gate)
                {
                    if (next >= limit || (bounded && next > start && (next - start >= _partFiles || chars >= PartChars)))
                    {
                        return;
                    }

                    i = next++;
                }

                var unit = PrepareOne(i);
                prepared.Add((i, unit));
                lock (gate)
                {
                    chars += unit.Extraction?.Source.Text.Length ?? 0;
                }
            }
        });

        foreach (var (i, unit) in prepared)
        {
            units[i] = unit;
        }

        return next;
    }

    private Unit PrepareOne(int index)
    {
        var (fullPath, displayPath) = _files[index];
        return _engine.Prepare(fullPath, displayPath, _request.OptionsOf?.Invoke(fullPath) ?? _engine.Options, _scope, _request.Workspace, _located);
    }

    private Unit PrepareLinked(string fullPath) =>
        _engine.Prepare(fullPath, _request.DisplayPathOf?.Invoke(fullPath) ?? fullPath, _request.OptionsOf?.Invoke(fullPath) ?? _engine.Options, _scope, _request.Workspace, located: true);

    /// <summary>
    /// The linked files' results, in the order linting all at once gives: the files the inputs
    /// apply, in input order, then the files those apply, and so on; each once.
    /// </summary>
    private FileResult[] LinkedResults()
    {
        if (_linked.Count == 0)
        {
            return [];
        }

        var order = new List<Unit>();
        var seen = new HashSet<string>(_inputIndex.Keys, StringComparer.Ordinal);
        IEnumerable<IReadOnlyList<string>> batch = _inputLinks.OfType<IReadOnlyList<string>>();
        while (true)
        {
            var next = batch.SelectMany(l => l)
                .Select(Path.GetFullPath)
                .Where(f => _linked.ContainsKey(f) && seen.Add(f))
                .Select(f => _linked[f])
                .ToArray();
            if (next.Length == 0)
            {
                break;
            }

            order.AddRange(next);
            batch = next.Select(u => u.Extraction?.LinkedFiles ?? []);
        }

        var results = new FileResult[order.Count];
        Parallel.For(0, order.Count, new ParallelOptions { MaxDegreeOfParallelism = _workers }, i => results[i] = _engine.Finish(order[i]));
        return results;
    }
}

using System.Globalization;
using HvLint.Core.Engine;
using HvLint.Core.Fixes;

namespace HvLint.Cli.Commands;

/// <summary>
/// The fixing part of <c>hvlint check --fix</c> and <c>--diff</c>: the files are fixed in memory
/// in rounds (lint, choose fixes that do not overlap, apply, lint again) until no fix applies,
/// at most <see cref="MaxRounds"/> rounds; then --fix writes the changed files and --diff prints
/// them as a unified diff. Each round lints through an <see cref="InMemoryWorkspace"/> over the
/// host's, so a file's fixed text is what the next round sees, and files it applies are read as
/// fixed too.
/// </summary>
internal sealed class FixRun
{
    /// <summary>The most rounds of fixes (ruff stops at 100; HvLint's fixes rarely need a second round).</summary>
    internal const int MaxRounds = 10;

    private readonly Dictionary<string, FixedFile> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _refused = new(StringComparer.Ordinal);

    private FixRun(IReadOnlyList<LintTarget> targets)
    {
        Targets = targets;
    }

    /// <summary>The files fixed, in target order, with their display paths.</summary>
    public IEnumerable<(LintTarget Target, FixedFile File)> Changed =>
        Targets.Where(t => _files.TryGetValue(t.FullPath, out var f) && f.Changed).Select(t => (t, _files[t.FullPath]));

    /// <summary>Files that have fixes but were not fixed, with the reason (display path, why).</summary>
    public IReadOnlyDictionary<string, string> Refused => _refused;

    /// <summary>Whether fixes were still applying when the bound on rounds was reached.</summary>
    public bool BoundReached { get; private set; }

    /// <summary>The rounds that applied fixes.</summary>
    public int Rounds { get; private set; }

    /// <summary>Internal errors met while linting the files in memory (the report lints again and reports them).</summary>
    public List<ToolNotification> Notifications { get; } = [];

    private IReadOnlyList<LintTarget> Targets { get; }

    /// <summary>
    /// Fixes <paramref name="targets"/> in memory; <paramref name="lint"/> lints some of them
    /// through a workspace (the command's own lint, with each file's configuration).
    /// </summary>
    public static FixRun Run(IReadOnlyList<LintTarget> targets, IDocumentWorkspace below, bool unsafeFixes, Func<IReadOnlyList<LintTarget>, IDocumentWorkspace, IEnumerable<FileResult>> lint)
    {
        var run = new FixRun(targets);

        // Round 1 reads the disk (or the workspace below); a file's bytes are held only once it
        // has a fix to apply, so a run over thousands of files holds only those being fixed.
        var memory = new InMemoryWorkspace(below);
        var byDisplay = targets.GroupBy(t => t.DisplayPath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        IReadOnlyList<LintTarget> toLint = targets;
        for (var round = 1; toLint.Count > 0; round++)
        {
            if (round > MaxRounds)
            {
                run.BoundReached = true;
                break;
            }

            var changed = new HashSet<LintTarget>();
            foreach (var result in lint(toLint, memory))
            {
                if (round == 1)
                {
                    run.Notifications.AddRange(result.Notifications);
                }

                if (result.Source is null || !byDisplay.TryGetValue(result.Path, out var target) || run._refused.ContainsKey(target.DisplayPath))
                {
                    continue;
                }

                var chosen = FixApplier.Choose(result.Diagnostics, unsafeFixes);
                if (chosen.Count == 0)
                {
                    continue;
                }

                if (!run._files.TryGetValue(target.FullPath, out var file))
                {
                    // The bytes the text came from: the check before writing compares with them.
                    // Read after the lint, they must still give its text (else the file changed
                    // meanwhile, and it is not fixed).
                    byte[] original;
                    try
                    {
                        original = below.ReadAllBytes(target.FullPath);
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                    {
                        run._refused[target.DisplayPath] = $"it cannot be read again ({ex.Message})";
                        continue;
                    }

                    file = FixedFile.TryStart(original, result.Source, out var whyNot);
                    if (file is null)
                    {
                        run._refused[target.DisplayPath] = whyNot!;
                        continue;
                    }

                    run._files[target.FullPath] = file;
                }

                if (!string.Equals(file.Text, result.Source.Text, StringComparison.Ordinal))
                {
                    run._refused[target.DisplayPath] = "its text as linted differs from the text being fixed";
                    continue;
                }

                var before = file.Text;
                if (!file.Apply(chosen, out var why))
                {
                    run._refused[target.DisplayPath] = why!;
                    continue;
                }

                if (!string.Equals(before, file.Text, StringComparison.Ordinal))
                {
                    memory.Set(target.FullPath, file.Bytes);
                    changed.Add(target);
                }
            }

            if (changed.Count > 0)
            {
                run.Rounds = round;
            }

            // Only the files a round changed can have new fixes: the next round lints them.
            toLint = [.. targets.Where(t => changed.Contains(t))];
        }

        return run;
    }

    /// <summary>The number of fixes applied over all files.</summary>
    public int FixesApplied => _files.Values.Sum(f => f.Changed ? f.FixesApplied : 0);

    /// <summary>Writes the changed files; returns the number written. Warnings name each file not written and why.</summary>
    public int Write(CliHost host)
    {
        var written = 0;
        foreach (var (target, file) in Changed)
        {
            host.BeforeWritingFix?.Invoke(target.FullPath);
            if (FixWriter.Write(target.FullPath, file.Original, file.Bytes) is { } why)
            {
                host.Stderr.WriteLine($"hvlint: warning: '{target.DisplayPath}' was not fixed: {why}.");
                continue;
            }

            written++;
        }

        return written;
    }

    /// <summary>Tells stderr about files with fixes that were not fixed, and about the bound on rounds.</summary>
    public void ReportNotes(CliHost host)
    {
        foreach (var (path, why) in _refused.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            host.Stderr.WriteLine($"hvlint: note: '{path}' was not fixed: {why}.");
        }

        if (BoundReached)
        {
            host.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hvlint: note: fixes were still applying after {MaxRounds} rounds; stopped there. Run the command again to apply the rest, and please report the file: a fix should not undo another."));
        }
    }
}

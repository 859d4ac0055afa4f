using System.Text;
using HvLint.Cli.Output;
using HvLint.Core.Catalog;
using HvLint.Core.Configuration;
using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.Core.Model;
using HvLint.Core.Text;

namespace HvLint.Cli.Commands;

/// <summary>hvlint check [PATH...]: lints files and folders and reports in text, JSON or SARIF.</summary>
internal static class CheckCommand
{
    private static readonly OptionSpec[] s_options =
    [
        new("format", ValueName: "FORMAT", AllowedValues: ReportFormats.Names),
        new("output", ShortName: "o", ValueName: "FILE"),
        new("fail-level", ValueName: "LEVEL", AllowedValues: ["error", "warning", "note"]),
        new("no-color"),
        new("config", ValueName: "FILE"),
        new("target", ValueName: "RELEASE", AllowedValues: WindowsTargets.Names),
        new("baseline", ValueName: "FILE"),
        new("write-baseline", ValueName: "FILE"),
        new("exclude-suppressed"),
        new("as-one-host"),
        new("max-findings-per-rule", ValueName: "N"),
        new("fix"),
        new("unsafe-fixes"),
        new("diff"),
        new("select", ValueName: "RULES") { Repeatable = true },
        new("ignore", ValueName: "RULES") { Repeatable = true },
        new("quiet", ShortName: "q"),
        new("statistics"),
        new("max-warnings", ValueName: "N"),
        new("exit-zero"),
        new("stdin-filename", ValueName: "PATH"),
        new("shard", ValueName: "K/N"),
    ];

    public static int Run(string[] args, CliHost host)
    {
        var parsed = Arguments.Parse("check", args, s_options);
        if (parsed.HelpRequested)
        {
            host.Stdout.Write(Usage.Check);
            return ExitCodes.Success;
        }

        var format = parsed.Value("format", ReportFormats.Names[0])!;
        Severity? failLevel = parsed.Value("fail-level") switch
        {
            "note" => Severity.Note,
            "warning" => Severity.Warning,
            "error" => Severity.Error,
            _ => null,
        };
        var maxFindingsPerRule = MaxFindingsPerRule(parsed.Value("max-findings-per-rule"));
        var (quiet, statistics, exitZero) = (parsed.Has("quiet"), parsed.Has("statistics"), parsed.Has("exit-zero"));
        if (statistics && format is not ("text" or "json"))
        {
            throw new UsageException($"check: --statistics has a text and a json form, not '{format}'.", "Use --format text (the counts instead of the findings) or --format json (a \"statistics\" array beside the findings).");
        }

        int? maxWarnings = parsed.Value("max-warnings") is { } mw ? WholeNumber(mw, "max-warnings") : null;
        var shard = parsed.Value("shard") is { } sh ? Shard.Parse(sh) : null;
        var stdin = StandardInput.IsRequested(parsed, "check");
        if (shard is { Count: > 1 } && parsed.Has("as-one-host"))
        {
            throw new UsageException("check: --as-one-host checks the files together as one host; --shard would split them and miss the conflicts between shards.", "Lint the files of one host in one run, without --shard.");
        }
        WindowsTarget? target = WindowsTargets.TryParse(parsed.Value("target"), out var t) ? t : null;
        if (parsed.Has("baseline") && parsed.Has("write-baseline"))
        {
            throw new UsageException("check: give either --baseline or --write-baseline, not both.", "--write-baseline records today's findings; --baseline then reports only findings not recorded.");
        }

        var (fix, diff, unsafeFixes) = (parsed.Has("fix"), parsed.Has("diff"), parsed.Has("unsafe-fixes"));
        if (unsafeFixes && !fix && !diff)
        {
            throw new UsageException("check: --unsafe-fixes needs --fix or --diff.", "--fix applies safe fixes; add --unsafe-fixes to apply the others too, or --diff to review them first.");
        }

        if (diff && parsed.Value("format") is { } f && f != "text")
        {
            throw new UsageException($"check: --diff prints a unified diff; it has no '{f}' form.", "Leave out --format, or drop --diff to get the findings (with their fixes) as " + f + ".");
        }

        if ((fix || diff) && stdin)
        {
            throw new UsageException("check: --fix and --diff work on files on disk, not on standard input.", "Save the text to a file and give its path.");
        }

        // '--output -' is stdout, as in most tools.
        using var output = parsed.Value("output") is { } o and not "-" ? OutputFile.Prepare(o, host) : null;
        using var writeBaseline = parsed.Value("write-baseline") is { } wb ? OutputFile.Prepare(wb, host, "--write-baseline") : null;
        var paths = parsed.Positionals.Count == 0 ? ["."] : parsed.Positionals;

        StartupTrace.Mark("arguments");
        var engine = host.CreateEngine();
        var selection = RuleSelection.Parse(parsed.Values("select"), parsed.Values("ignore"), engine.Descriptors);
        if (writeBaseline is not null && (selection is not null || shard is { Count: > 1 }))
        {
            throw new UsageException(
                "check: --write-baseline records every finding of the repository; with --select, --ignore or --shard it would forget the others.",
                "Write the baseline without them; --baseline works with them (findings of rules or files not checked are left alone).");
        }

        var workspace = host.Workspace;
        var color = output is null && host.StdoutIsTerminal && !parsed.Has("no-color")
            && string.IsNullOrEmpty(host.GetEnvironmentVariable("NO_COLOR"));
        var sink = output is null
            ? new ReportSink(host.Stdout.Write, bytes => host.Stdout.Write(Encoding.UTF8.GetString(bytes)))
            : new ReportSink(output.Append, bytes => output.Append(bytes));
        CheckReport report;
        try
        {
            var resolver = new ConfigurationResolver(engine.Descriptors, parsed.Value("config") is { } c ? host.FullPath(c) : null, DisplayPathOf(host))
            {
                TargetOverride = target,
                Today = host.Today,
            };
            CollectedFiles collected;
            if (stdin)
            {
                (var piped, workspace) = StandardInput.Read(parsed, engine, host, "check", host.Workspace);
                collected = new CollectedFiles([piped], []);
                paths = [piped.FullPath];
            }
            else
            {
                collected = FileCollector.Collect(paths, engine, host, resolver.IsExcluded, keepOrder: parsed.Has("as-one-host"));
            }

            var linkScope = LinkScope.Of(paths.Select(p => host.FullPath(FileCollector.LiteralBase(p, host))));
            if (shard is not null)
            {
                collected = collected with { Targets = shard.Select(collected.Targets, host.WorkingDirectory, some => LinksOf(engine, some, workspace, linkScope)) };
            }

            StartupTrace.Mark("configuration and files found");

            if (fix || diff)
            {
                var fixes = FixRun.Run(collected.Targets, host.Workspace, unsafeFixes, (some, fixing) => Lint(engine, resolver, some, host, parsed.Has("as-one-host"), linkScope, fixing, selection));
                fixes.ReportNotes(host);
                if (diff)
                {
                    return ExitZero(Diff(fixes, sink, output, host, quiet), exitZero);
                }

                var written = fixes.Write(host);
                if (!quiet)
                {
                    host.Stderr.WriteLine(written == 0
                        ? "hvlint: no fixes applied."
                        : $"hvlint: applied {Plural(fixes.FixesApplied, "fix", "fixes")} in {Plural(written, "file", "files")}.");
                }
            }

            var results = Lint(engine, resolver, collected.Targets, host, parsed.Has("as-one-host"), linkScope, workspace, selection)
                .Concat(collected.UnreadableFolders.Where(_ => selection?.Runs(CoreDiagnostics.FileUnreadable.Id) != false).Select(UnreadableFolder));

            // A baseline that cannot be read is a configuration error before any output.
            string FullPathOf(Diagnostic d) => host.FullPath(d.Location.Path);
            BaselineComparison? comparison = writeBaseline is not null ? BaselineComparison.Accepting(writeBaseline.FullPath, FullPathOf)
                : parsed.Value("baseline") is { } b ? Baseline.Load(host.FullPath(b), b).Compare(FullPathOf)
                : null;
            var linted = new HashSet<string>(StringComparer.Ordinal);
            if (comparison is not null && (selection is not null || shard is not null))
            {
                // Findings of rules that did not run, or in files of other shards, were not looked for.
                comparison.InScope = f => selection?.Runs(f.RuleId) != false
                    && (shard is null || linted.Contains(Path.GetFullPath(Path.Combine(comparison.Baseline.Directory, f.Path))));
            }

            report = new CheckReport(engine.Descriptors, engine.Catalog.Version, host.WorkingDirectory)
            {
                Baseline = comparison,
                IncludeSuppressed = !parsed.Has("exclude-suppressed"),
                FailLevelOf = FailLevels(failLevel, resolver, host),
                MaxFindingsPerRuleOf = MaxFindingsPerRuleOf(maxFindingsPerRule, resolver, host),
                Statistics = statistics ? new RuleStatistics() : null,
                MaxWarnings = maxWarnings,
                Shard = shard,
            };
            var writer = ReportFormats.Create(format, report, sink, new ReportContext(color, host.ReadRuleDoc, workspace));
            if (format == "text" && (statistics || quiet))
            {
                writer = statistics ? new StatisticsFormatter(report, sink, quiet) : new QuietFormatter(writer);
            }

            // Each file's result is written as it arrives, in order, and then dropped.
            foreach (var result in results)
            {
                linted.Add(host.FullPath(result.Path));
                writer.Write(report.Add(result));
            }

            // Files are linted and written in turn: this mark covers both, the next the report's end.
            StartupTrace.Mark("files linted");

            if (writeBaseline is not null && comparison is not null)
            {
                var baseline = comparison.Written;
                writeBaseline.Write(baseline.ToJson());
                if (!quiet)
                {
                    host.Stderr.WriteLine($"hvlint: wrote {baseline.Findings.Count} finding(s) to {DisplayPathOf(host)(writeBaseline.FullPath)}.");
                }
            }

            writer.End();
            StartupTrace.Mark("report formatted");
        }
        catch (ConfigurationException ex)
        {
            return ConfigurationError(host, ex);
        }
        catch (AggregateException ex) when (ex.Flatten().InnerExceptions is [ConfigurationException inner, ..])
        {
            return ConfigurationError(host, inner);
        }

        output?.Commit();

        // Internal errors go to stderr whatever the format, so a pipeline notices exit code 3.
        InternalErrors.Report(report.Notifications, host);

        return ExitZero(report.ExitCode(), exitZero);
    }

    // --exit-zero: findings do not fail the run; usage and configuration errors (2) and internal errors (3) still do.
    private static int ExitZero(int code, bool exitZero) => exitZero && code == ExitCodes.Findings ? ExitCodes.Success : code;

    private static int WholeNumber(string value, string option) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new UsageException($"check: '{value}' is not a valid value for '--{option}'; use a whole number.", "Run 'hvlint check --help' for usage.");

    // The files each script target applies, for --shard: the scripts are read once with every
    // rule off (a .reg file applies nothing, so it is not read).
    private static IEnumerable<(string FullPath, IReadOnlyList<string> Links)> LinksOf(LintEngine engine, IReadOnlyList<LintTarget> targets, IDocumentWorkspace workspace, LinkScope linkScope)
    {
        var scripts = targets.Where(t => !t.FullPath.EndsWith(".reg", StringComparison.OrdinalIgnoreCase)).ToArray();
        if (scripts.Length == 0)
        {
            return [];
        }

        var off = new LintOptions { RuleSeverities = engine.Descriptors.ToDictionary(d => d.Id, Severity? (_) => null, StringComparer.OrdinalIgnoreCase) };
        var byDisplay = scripts.ToDictionary(t => t.DisplayPath, t => t.FullPath, StringComparer.Ordinal);
        return [.. engine.Lint(new LintRequest([.. scripts.Select(t => new LintDocument(t.FullPath, t.DisplayPath))])
            {
                Workspace = workspace,
                OptionsOf = _ => off,
                Links = LinkPolicy.DocumentsOnly,
                LinkScope = linkScope,
            })
            .Where(r => r.LinkedFiles.Count > 0 && byDisplay.ContainsKey(r.Path))
            .Select(r => (byDisplay[r.Path], r.LinkedFiles))];
    }

    // --diff: the fixed files as a unified diff, nothing written; 1 when there is something to fix.
    private static int Diff(FixRun fixes, ReportSink sink, OutputFile? output, CliHost host, bool quiet)
    {
        var files = 0;
        foreach (var (target, file) in fixes.Changed)
        {
            sink.Write(UnifiedDiff.Of(target.DisplayPath, file.OriginalText, file.Text));
            files++;
        }

        output?.Commit();
        InternalErrors.Report(fixes.Notifications, host);
        if (!quiet)
        {
            host.Stderr.WriteLine(files == 0
                ? "hvlint: nothing to fix."
                : $"hvlint: {Plural(fixes.FixesApplied, "fix", "fixes")} would be applied in {Plural(files, "file", "files")}; run with --fix to apply.");
        }

        return fixes.Notifications.Count > 0 ? ExitCodes.InternalError : files > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static string Plural(int n, string one, string many) => n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);

    private static int? MaxFindingsPerRule(string? value)
    {
        if (value is null)
        {
            return null;
        }

        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new UsageException(
                $"check: '{value}' is not a valid value for '--max-findings-per-rule'; use a whole number, 0 for no bound.",
                "Run 'hvlint check --help' for usage.");
    }

    // --max-findings-per-rule wins; otherwise each file's configuration says, else 100.
    private static Func<string, int> MaxFindingsPerRuleOf(int? max, ConfigurationResolver resolver, CliHost host)
    {
        if (max is { } fixedMax)
        {
            return _ => fixedMax;
        }

        var cache = new Dictionary<string, int>(StringComparer.Ordinal);
        return path => cache.TryGetValue(path, out var n) ? n
            : cache[path] = resolver.SettingsFor(host.FullPath(path)).Configuration?.MaxFindingsPerRule ?? FindingBound.Default;
    }

    // --fail-level wins; otherwise each file's configuration says, looked up once per file.
    private static Func<string, Severity> FailLevels(Severity? failLevel, ConfigurationResolver resolver, CliHost host)
    {
        if (failLevel is { } fixedLevel)
        {
            return _ => fixedLevel;
        }

        var cache = new Dictionary<string, Severity>(StringComparer.Ordinal);
        return path => cache.TryGetValue(path, out var level) ? level : cache[path] = resolver.SettingsFor(host.FullPath(path)).FailLevel;
    }

    // A folder that cannot be listed is reported like a file that cannot be read (HV0001, an
    // error), in every format: its files are missing from the run, which must not pass as clean.
    private static FileResult UnreadableFolder(UnreadableFolder folder)
    {
        var empty = new SourceText(folder.DisplayPath, string.Empty);
        var d = new Diagnostic(CoreDiagnostics.FileUnreadable, Severity.Error, $"Cannot read the folder '{folder.DisplayPath}': {folder.Reason} None of its files were checked.", new Location(empty, new TextSpan(0, 0)));
        return new FileResult(folder.DisplayPath, empty, [], [d], []);
    }

    private static Func<string, string> DisplayPathOf(CliHost host) => p => FileCollector.DisplayPath(p, host.WorkingDirectory);

    private static int ConfigurationError(CliHost host, ConfigurationException ex)
    {
        host.Stderr.WriteLine("hvlint: configuration error: " + ex.Message);
        return ExitCodes.Usage;
    }

    /// <summary>
    /// Lints the targets, each with its own configuration's options, handing out each file's
    /// result as soon as the files before it are out. Files whose configuration adds catalog
    /// files are linted by an engine over that catalog (one engine per distinct catalog);
    /// results come in target order, linked files after them. With <paramref name="asOneHost"/>
    /// the targets are checked as applied to one host, in order.
    /// </summary>
    private static IEnumerable<FileResult> Lint(LintEngine engine, ConfigurationResolver resolver, IReadOnlyList<LintTarget> targets, CliHost host, bool asOneHost, LinkScope linkScope, IDocumentWorkspace workspace, RuleSelection? selection)
    {
        // Resolving every target's settings first reports a bad configuration before any work.
        var groups = targets.GroupBy(t => resolver.SettingsFor(t.FullPath).Catalog).ToArray();
        if (asOneHost && groups.Length > 1)
        {
            throw new UsageException(
                "check: --as-one-host needs every file to use the same catalog, but the configuration adds catalog files for some of them only.",
                "Run the files that share a configuration's 'catalog' together, or move the 'catalog' setting to a configuration that covers all of them.");
        }

        if (groups.Length <= 1)
        {
            var groupEngine = groups.Length == 1 && groups[0].Key is { } catalog ? engine.WithCatalog(catalog) : engine;
            return Streamed(groupEngine, targets, resolver, host, asOneHost, linkScope, workspace, selection);
        }

        return Merged(engine, resolver, targets, host, asOneHost, linkScope, groups, workspace, selection);
    }

    private static IEnumerable<FileResult> Streamed(LintEngine engine, IReadOnlyList<LintTarget> targets, ConfigurationResolver resolver, CliHost host, bool asOneHost, LinkScope linkScope, IDocumentWorkspace workspace, RuleSelection? selection)
    {
        using var budget = GcBudget.For(targets.Select(t => t.FullPath));
        foreach (var result in engine.Lint(Request(targets, resolver, host, asOneHost, linkScope, workspace, selection, engine.Descriptors)))
        {
            yield return result;
        }
    }

    // Each file with its configuration's options; the files they apply are followed inside the scope and read from the host's workspace.
    private static LintRequest Request(IReadOnlyList<LintTarget> targets, ConfigurationResolver resolver, CliHost host, bool asOneHost, LinkScope linkScope, IDocumentWorkspace workspace, RuleSelection? selection, IReadOnlyList<RuleDescriptor> descriptors) =>
        new([.. targets.Select(t => new LintDocument(t.FullPath, t.DisplayPath))])
        {
            Workspace = workspace,
            OptionsOf = selection is null ? path => resolver.SettingsFor(path).Options : path => selection.Narrow(resolver.SettingsFor(path).Options, descriptors),
            AsOneHost = asOneHost,
            Links = LinkPolicy.Follow,
            LinkScope = linkScope,
            DisplayPathOf = DisplayPathOf(host),
        };

    // Files under configurations with different catalogs: each catalog's files are linted
    // together, then all results are put in target order (held until then; a rare setup).
    private static List<FileResult> Merged(LintEngine engine, ConfigurationResolver resolver, IReadOnlyList<LintTarget> targets, CliHost host, bool asOneHost, LinkScope linkScope, IGrouping<SettingsCatalog?, LintTarget>[] groups, IDocumentWorkspace workspace, RuleSelection? selection)
    {
        var engines = new Dictionary<SettingsCatalog, LintEngine>(ReferenceEqualityComparer.Instance);
        var results = new List<FileResult>();
        using var budget = GcBudget.For(targets.Select(t => t.FullPath));
        foreach (var group in groups)
        {
            var groupEngine = group.Key is null ? engine : engines.TryGetValue(group.Key, out var e) ? e : engines[group.Key] = engine.WithCatalog(group.Key);
            results.AddRange(groupEngine.Lint(Request([.. group], resolver, host, asOneHost, linkScope, workspace, selection, groupEngine.Descriptors)));
        }

        var order = targets.Select((x, i) => (x.DisplayPath, i)).ToDictionary(x => x.DisplayPath, x => x.i, StringComparer.Ordinal);
        return [.. results
            .DistinctBy(r => r.Path, StringComparer.Ordinal)
            .Select((r, i) => (r, Key: order.TryGetValue(r.Path, out var k) ? k : targets.Count + i))
            .OrderBy(x => x.Key)
            .Select(x => x.r)];
    }
}

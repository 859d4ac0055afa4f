using System.Globalization;
using System.Reflection;
using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.Core.Text;
using Microsoft.CodeAnalysis.Sarif;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using SarifLocation = Microsoft.CodeAnalysis.Sarif.Location;

namespace HvLint.Cli.Output;

/// <summary>
/// SARIF 2.1.0 through the Sarif.Sdk object model, shaped for GitHub code scanning and the
/// SARIF Multitool's Sarif and Ghas rules (docs/formats.md §5): every rule with its metadata,
/// relative URIs under %SRCROOT%, explicit levels and full regions, and partial fingerprints
/// that do not depend on line numbers.
/// </summary>
/// <para>
/// Each file's results are turned into SARIF text when its result arrives, and the file is
/// dropped; the log is written when the run ends, because the rules and the invocation (with
/// every internal error) come before the results in the log.
/// </para>
internal sealed class SarifFormatter : IReportWriter
{
    /// <summary>The uriBaseId of every artifact under the working directory.</summary>
    public const string SourceRoot = "%SRCROOT%";

    // GitHub rejects shortDescription/fullDescription texts longer than 1024 characters (G1).
    private const int MaxDescriptionLength = 1024;

    private static readonly JsonSerializerSettings s_settings = new()
    {
        Formatting = Formatting.Indented,
        ContractResolver = new ExplicitLevelContractResolver(),
    };

    private readonly CheckReport _report;
    private readonly ReportSink _sink;
    private readonly Func<string, string?> _readRuleDoc;
    private readonly IDocumentWorkspace _workspace;
    private readonly List<RuleDescriptor> _descriptors;
    private readonly Dictionary<string, int> _ruleIndex;
    private readonly List<OmittedFindings> _omitted = [];
    private readonly JsonArrayBuffer _results = new(default, depth: 4);

    /// <summary>
    /// A writer of the report to <paramref name="sink"/>; rule help comes from <paramref name="readRuleDoc"/>
    /// (docs/rules pages), and files a finding no longer has a line in are read from <paramref name="workspace"/>.
    /// </summary>
    public SarifFormatter(CheckReport report, ReportSink sink, Func<string, string?> readRuleDoc, IDocumentWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(readRuleDoc);
        ArgumentNullException.ThrowIfNull(workspace);
        _report = report;
        _sink = sink;
        _readRuleDoc = readRuleDoc;
        _workspace = workspace;
        _descriptors = [.. report.Descriptors];
        _ruleIndex = _descriptors.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
    }

    /// <summary>Turns one file's results into SARIF text.</summary>
    public void Write(FileReport file)
    {
        ArgumentNullException.ThrowIfNull(file);

        // A finding of a rule the engine did not list (should not happen) still gets a valid ruleIndex.
        foreach (var rule in file.File.Diagnostics.Concat(file.File.Suppressed.Select(x => x.Diagnostic)).Select(d => d.Rule))
        {
            if (!_ruleIndex.ContainsKey(rule.Id))
            {
                _ruleIndex[rule.Id] = _descriptors.Count;
                _descriptors.Add(rule);
            }
        }

        // SARIF lists baselined findings too, so its bound counts every finding, not only new ones.
        FindingBound.Apply(file.File.Diagnostics, _report.MaxFindingsPerRuleOf, out var omitted);
        _omitted.AddRange(omitted);
        foreach (var result in Results(file))
        {
            _results.Add(JsonConvert.SerializeObject(result, s_settings));
        }
    }

    /// <summary>Writes the log: one run, its results in place.</summary>
    public void End()
    {
        foreach (var result in AbsentResults())
        {
            _results.Add(JsonConvert.SerializeObject(result, s_settings));
        }

        var log = JsonConvert.SerializeObject(Build(), s_settings) + "\n";

        // Property names are never escaped inside strings this way (a quote in a string is \"),
        // so the first '"results": []' is the run's.
        const string Empty = "\"results\": []";
        var at = log.IndexOf(Empty, StringComparison.Ordinal);
        _sink.Write(log[..(at + Empty.Length - 2)]);
        _results.WriteTo(_sink);
        _sink.Write(log[(at + Empty.Length)..]);
    }

    /// <summary>Builds the log (one run) without its results.</summary>
    private SarifLog Build()
    {
        var report = _report;
        var workingDirectory = DirectoryUri(report.WorkingDirectory);
        var run = new Run
        {
            Tool = new Tool
            {
                Driver = new ToolComponent
                {
                    Name = ToolInfo.Name,
                    Version = ToolInfo.Version,
                    SemanticVersion = ToolInfo.Version,
                    InformationUri = ToolInfo.InformationUri,
                    Rules = [.. _descriptors.Select(d => Rule(d, _readRuleDoc(d.Id)))],
                },
            },
            Invocations =
            [
                new Invocation
                {
                    ExecutionSuccessful = report.Notifications.Count == 0,
                    WorkingDirectory = new ArtifactLocation { Uri = workingDirectory },
                    ToolExecutionNotifications =
                    [
                        .. report.Notifications.Select(n => Notification(n, _ruleIndex, report.WorkingDirectory)),
                        .. _omitted.Select(o => Omitted(o, _ruleIndex, report.WorkingDirectory)),
                    ],
                },
            ],
            OriginalUriBaseIds = new Dictionary<string, ArtifactLocation>(StringComparer.Ordinal)
            {
                [SourceRoot] = new ArtifactLocation { Uri = workingDirectory },
            },
            ColumnKind = ColumnKind.Utf16CodeUnits,
            Results = [],
        };
        run.SetProperty("catalogVersion", report.CatalogVersion);
        if (report.Shard is { } shard)
        {
            // Code scanning keeps one analysis per category (the id up to its last '/'): one per shard.
            run.AutomationDetails = new RunAutomationDetails { Id = shard.AutomationId };
        }

        return new SarifLog
        {
            SchemaUri = new Uri(SarifUtilities.SarifSchemaUri),
            Version = SarifVersion.Current,
            Runs = [run],
        };
    }

    private static ReportingDescriptor Rule(RuleDescriptor d, string? help)
    {
        var category = RuleCategories.Name(d.Category);
        var rule = new ReportingDescriptor
        {
            Id = d.Id,
            Name = d.Name,
            ShortDescription = new MultiformatMessageString { Text = Limit(d.Title) },
            FullDescription = new MultiformatMessageString { Text = Limit(d.Description) },
            Help = help is null
                ? new MultiformatMessageString { Text = d.Description, Markdown = d.Description }
                : new MultiformatMessageString { Text = help, Markdown = help },
            HelpUri = d.HelpUri,
            DefaultConfiguration = new ReportingConfiguration { Level = Level(d.DefaultSeverity) },
        };
        rule.SetProperty("category", category);
        rule.SetProperty("precision", Precision(d.Category));
        rule.Tags.Add("hvlint");
        rule.Tags.Add(category);
        if (d.Category == RuleCategory.Security || d.SecuritySeverity is not null)
        {
            rule.Tags.Add("security");
        }

        if (SecuritySeverity(d.SecuritySeverity) is { } score)
        {
            rule.SetProperty("security-severity", score);
        }

        return rule;
    }

    /// <summary>
    /// One file's results: its findings, suppressed ones included (with an inSource
    /// suppression) unless --exclude-suppressed, in position order.
    /// </summary>
    private IEnumerable<Result> Results(FileReport file)
    {
        var report = _report;
        var suppressions = new Dictionary<Diagnostic, Core.Suppressions.SuppressedDiagnostic>(ReferenceEqualityComparer.Instance);
        var these = new List<Diagnostic>(file.File.Diagnostics);
        if (report.IncludeSuppressed)
        {
            foreach (var sd in file.File.Suppressed)
            {
                suppressions[sd.Diagnostic] = sd;
                these.Add(sd.Diagnostic);
            }
        }

        // Fingerprints are computed over every finding, so a shown one keeps its fingerprint
        // whatever the bound; findings beyond the bound are then left out (suppressed ones are
        // not bounded, and do not count towards it).
        var shown = new Dictionary<(string Path, string RuleId), int>();
        var maxes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (d, fingerprint) in Fingerprinted(these.OrderBy(d => d.Location.Span.Start).ThenBy(d => d.Rule.Id, StringComparer.Ordinal), report.WorkingDirectory))
        {
            if (!suppressions.ContainsKey(d))
            {
                var key = (d.Location.Path, d.Rule.Id);
                var n = shown[key] = shown.GetValueOrDefault(key) + 1;
                var max = maxes.TryGetValue(key.Path, out var m) ? m : maxes[key.Path] = report.MaxFindingsPerRuleOf(key.Path);
                if (max > 0 && n > max)
                {
                    continue;
                }
            }

            var result = Result(d, fingerprint, _ruleIndex[d.Rule.Id], report.WorkingDirectory);
            if (suppressions.TryGetValue(d, out var sd))
            {
                var suppression = new Suppression { Kind = SuppressionKind.InSource, Status = SuppressionStatus.Accepted };
                if (sd.Justification is not null)
                {
                    suppression.Justification = sd.Justification;
                }

                if (sd.Until is { } until)
                {
                    suppression.SetProperty("until", until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                result.Suppressions = [suppression];
            }

            // With a baseline every result has a state, suppressed ones too: consumers expect all or none.
            if (report.Baseline is not null)
            {
                result.BaselineState = file.Unchanged.Contains(d) ? BaselineState.Unchanged : BaselineState.New;
            }

            yield return result;
        }
    }

    /// <summary>With a baseline, the baselined findings that are no longer found (baselineState absent), after every file's.</summary>
    private IEnumerable<Result> AbsentResults()
    {
        var report = _report;
        var ruleIndex = _ruleIndex;
        if (report.Baseline is { } b)
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var f in b.Absent)
            {
                var full = Path.GetFullPath(Path.Combine(b.Baseline.Directory, f.Path));
                var displayPath = FileCollector.DisplayPath(full, report.WorkingDirectory);
                var hash = Fingerprints.Compute(f.RuleId, displayPath, f.Identity);
                seen[hash] = seen.GetValueOrDefault(hash) + 1;
                var result = new Result
                {
                    RuleId = f.RuleId,
                    Level = FailureLevel.None,
                    Message = new Message { Text = Sentence(f.Message.Length == 0 ? $"A finding of {f.RuleId} in the baseline is no longer found" : f.Message) },
                    Locations = [new SarifLocation { PhysicalLocation = new PhysicalLocation { ArtifactLocation = Artifact(displayPath, report.WorkingDirectory), Region = WholeFile(full) } }],
                    PartialFingerprints = new Dictionary<string, string>(StringComparer.Ordinal)
                    {
                        [Fingerprints.Key] = string.Create(CultureInfo.InvariantCulture, $"{hash}:{seen[hash]}"),
                    },
                    BaselineState = BaselineState.Absent,
                };
                if (ruleIndex.TryGetValue(f.RuleId, out var index))
                {
                    result.RuleIndex = index;
                }

                yield return result;
            }
        }
    }

    /// <summary>
    /// An absent finding has no line any more (baselines do not record lines); its region is
    /// the whole file while the file exists (SARIF2017), none when the file is gone.
    /// </summary>
    private Region? WholeFile(string fullPath)
    {
        string text;
        try
        {
            // UTF-8 unless a byte-order mark says otherwise, as .NET reads a text file whole.
            using var reader = new StreamReader(_workspace.OpenRead(fullPath));
            text = reader.ReadToEnd();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var source = new SourceText(fullPath, text);
        var lastLine = Math.Max(1, text.EndsWith('\n') ? source.LineCount - 1 : source.LineCount);
        return new Region { StartLine = 1, StartColumn = 1, EndLine = lastLine, EndColumn = source.GetLineText(lastLine).Length + 1 };
    }

    // Two findings of one rule about the same write in one file (a value set twice, say) hash
    // alike; as codeql-action does, a ":n" occurrence number keeps their alerts apart.
    // The path in the hash is relative to the working directory however it was given, so an
    // alert keeps its fingerprint when CI passes absolute paths from another checkout folder.
    private static IEnumerable<(Diagnostic Diagnostic, string Fingerprint)> Fingerprinted(IEnumerable<Diagnostic> diagnostics, string workingDirectory)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in diagnostics)
        {
            var hash = Fingerprints.Compute(d, RootRelative(d.Location.Path, workingDirectory));
            seen[hash] = seen.GetValueOrDefault(hash) + 1;
            yield return (d, $"{hash}:{seen[hash]}");
        }
    }

    private static Result Result(Diagnostic d, string fingerprint, int ruleIndex, string workingDirectory)
    {
        var path = d.Location.Path;
        var result = new Result
        {
            RuleId = d.Rule.Id,
            RuleIndex = ruleIndex,
            Level = Level(d.Severity),
            Message = new Message { Text = Sentence(d.Message) },
            Locations = [Location(d.Location, workingDirectory)],
            PartialFingerprints = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [Fingerprints.Key] = fingerprint,
            },
        };

        if (d.Related.Count > 0)
        {
            result.RelatedLocations = [.. d.Related.Select((r, i) =>
            {
                var location = Location(r.Location, workingDirectory);
                location.Id = i + 1;
                location.Message = new Message { Text = Sentence(r.Message) };
                return location;
            })];
        }

        if (SecuritySeverity(d.SecuritySeverity) is { } score)
        {
            result.SetProperty("security-severity", score);
        }

        if (d.Fixes.Count > 0)
        {
            result.Fixes = [.. d.Fixes.Select(f => Fix(f, d.Location, workingDirectory))];
        }

        return result;
    }

    /// <summary>
    /// A fix as SARIF says it (§3.55): its edits as replacements in the finding's file, each an
    /// exact region (an empty one inserts) and the text that takes its place. Whether it is safe
    /// is a property, as SARIF has no field for it.
    /// </summary>
    private static Fix Fix(Core.Fixes.CodeFix fix, Core.Diagnostics.Location location, string workingDirectory)
    {
        var sarifFix = new Fix
        {
            Description = new Message { Text = Sentence(fix.Title) },
            ArtifactChanges =
            [
                new ArtifactChange
                {
                    ArtifactLocation = Artifact(location.Path, workingDirectory),
                    Replacements = [.. fix.Edits.Select(e =>
                    {
                        var r = SourceRegion.OfEdit(location.Source, e.Span);
                        return new Replacement
                        {
                            DeletedRegion = new Region { StartLine = r.StartLine, StartColumn = r.StartColumn, EndLine = r.EndLine, EndColumn = r.EndColumn },
                            InsertedContent = new ArtifactContent { Text = e.NewText },
                        };
                    })],
                },
            ],
        };
        sarifFix.SetProperty("applicability", fix.Applicability == Core.Fixes.FixApplicability.Safe ? "safe" : "unsafe");
        return sarifFix;
    }

    private static Notification Notification(ToolNotification n, Dictionary<string, int> ruleIndex, string workingDirectory)
    {
        var notification = new Notification
        {
            Level = FailureLevel.Error,
            Message = new Message { Text = Sentence($"{n.Path}: {n.Message}") },
            Locations = [new SarifLocation { PhysicalLocation = new PhysicalLocation { ArtifactLocation = Artifact(n.Path, workingDirectory) } }],
        };
        if (ruleIndex.TryGetValue(n.RuleId, out var index))
        {
            notification.AssociatedRule = new ReportingDescriptorReference { Id = n.RuleId, Index = index };
        }

        return notification;
    }

    /// <summary>A note that findings of a rule in a file went beyond --max-findings-per-rule and were left out.</summary>
    private static Notification Omitted(OmittedFindings o, Dictionary<string, int> ruleIndex, string workingDirectory)
    {
        var notification = new Notification
        {
            Level = FailureLevel.Note,
            Message = new Message { Text = Sentence(FindingBound.Describe(o)) },
            Locations = [new SarifLocation { PhysicalLocation = new PhysicalLocation { ArtifactLocation = Artifact(o.Path, workingDirectory) } }],
        };
        notification.SetProperty("omitted", o.Omitted);
        notification.SetProperty("shown", o.Shown);
        if (ruleIndex.TryGetValue(o.RuleId, out var index))
        {
            notification.AssociatedRule = new ReportingDescriptorReference { Id = o.RuleId, Index = index };
        }

        return notification;
    }

    private static SarifLocation Location(Core.Diagnostics.Location location, string workingDirectory)
    {
        var source = location.Source;
        var r = SourceRegion.Visible(location);
        var region = new Region
        {
            StartLine = r.StartLine,
            StartColumn = r.StartColumn,
            EndLine = r.EndLine,
            EndColumn = r.EndColumn,
        };
        if (source.Text.Length > 0)
        {
            region.Snippet = new ArtifactContent { Text = Text(source, r) };
        }

        return new SarifLocation
        {
            PhysicalLocation = new PhysicalLocation
            {
                ArtifactLocation = Artifact(location.Path, workingDirectory),
                Region = region,
                ContextRegion = ContextRegion(source, r),
            },
        };
    }

    /// <summary>
    /// The lines around a region (one above, one below), so that a viewer without the file
    /// shows the finding in context (SARIF2011). Omitted when it would not be a proper
    /// superset of the region (SARIF1008), e.g. a one-line file covered entirely.
    /// </summary>
    private static Region? ContextRegion(SourceText source, SourceRegion r)
    {
        if (source.Text.Length == 0)
        {
            return null;
        }

        var startLine = Math.Max(1, r.StartLine - 1);
        var endLine = Math.Min(source.LineCount, r.EndLine + 1);
        var context = new SourceRegion(startLine, 1, endLine, source.GetLineText(endLine).Length + 1);
        var superset = context.StartLine <= r.StartLine && context.EndLine >= r.EndLine
            && (context.StartLine < r.StartLine || context.StartColumn <= r.StartColumn)
            && (context.EndLine > r.EndLine || context.EndColumn >= r.EndColumn)
            && context != r;
        if (!superset)
        {
            return null;
        }

        return new Region
        {
            StartLine = context.StartLine,
            StartColumn = context.StartColumn,
            EndLine = context.EndLine,
            EndColumn = context.EndColumn,
            Snippet = new ArtifactContent { Text = Text(source, context) },
        };
    }

    /// <summary>The text a region covers.</summary>
    private static string Text(SourceText source, SourceRegion r)
    {
        var start = Math.Min(source.Text.Length, source.GetLineStart(r.StartLine) + r.StartColumn - 1);
        var end = Math.Clamp(source.GetLineStart(r.EndLine) + r.EndColumn - 1, start, source.Text.Length);
        return source.Text[start..end];
    }

    /// <summary>
    /// A file under the working directory is a relative URI (forward slashes, percent-encoded,
    /// no leading slash) under %SRCROOT%; a file outside it (a '../' display path) is an
    /// absolute file URI, since SARIF1004 forbids '..' in relative references.
    /// </summary>
    internal static ArtifactLocation Artifact(string displayPath, string workingDirectory)
    {
        // A path given absolute is shown absolute, but a file under the working directory is
        // still a %SRCROOT%-relative URI: GitHub code scanning maps those to the repository.
        var rootRelative = RootRelative(displayPath, workingDirectory);
        var outside = Path.IsPathRooted(rootRelative) || rootRelative == ".." || rootRelative.StartsWith("../", StringComparison.Ordinal);
        if (outside)
        {
            var full = Path.GetFullPath(Path.Combine(workingDirectory, displayPath));
            return new ArtifactLocation { Uri = new Uri(new Uri(full).AbsoluteUri) };
        }

        var relative = string.Join('/', rootRelative.Split('/').Select(Uri.EscapeDataString));
        return new ArtifactLocation { Uri = new Uri(relative, UriKind.Relative), UriBaseId = SourceRoot };
    }

    /// <summary>The path relative to the working directory, whether it was shown relative or absolute.</summary>
    internal static string RootRelative(string displayPath, string workingDirectory) =>
        Path.IsPathRooted(displayPath) ? FileCollector.DisplayPath(displayPath, workingDirectory) : displayPath;

    /// <summary>The file URI of a directory, ending with '/' (SARIF §3.14.14).</summary>
    internal static Uri DirectoryUri(string directory)
    {
        var full = Path.GetFullPath(directory);
        if (!full.EndsWith(Path.DirectorySeparatorChar) && !full.EndsWith(Path.AltDirectorySeparatorChar))
        {
            full += Path.DirectorySeparatorChar;
        }

        // Round-trip through AbsoluteUri so the serialized text is escaped (spaces become %20).
        return new Uri(new Uri(full).AbsoluteUri);
    }

    private static FailureLevel Level(Severity severity) => severity switch
    {
        Severity.Error => FailureLevel.Error,
        Severity.Warning => FailureLevel.Warning,
        _ => FailureLevel.Note,
    };

    // How often a finding of the category is right: syntax, types and ranges are checked
    // against exact facts; names and placement depend on how complete the catalog is; script
    // findings depend on how far values could be followed.
    private static string Precision(RuleCategory category) => category switch
    {
        RuleCategory.Parse or RuleCategory.Type or RuleCategory.Range or RuleCategory.Deprecated => "very-high",
        RuleCategory.Script => "medium",
        _ => "high",
    };

    /// <summary>GitHub's score: a string in (0.0, 10.0] with one decimal; anything else is no score.</summary>
    private static string? SecuritySeverity(double? score) =>
        score is { } s && s > 0 && s <= 10 ? s.ToString("0.0", CultureInfo.InvariantCulture) : null;

    /// <summary>SARIF2001: messages are sentences that end with a period.</summary>
    private static string Sentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.EndsWith('.') || trimmed.EndsWith('!') || trimmed.EndsWith('?') ? trimmed : trimmed + ".";
    }

    private static string Limit(string text) => text.Length <= MaxDescriptionLength ? text : text[..(MaxDescriptionLength - 1)] + "…";

    /// <summary>
    /// The SDK leaves out a level equal to SARIF's default (warning), and a default
    /// configuration equal to the defaults; we emit both so every result and rule states its
    /// level explicitly, whatever default a consumer assumes.
    /// </summary>
    private sealed class ExplicitLevelContractResolver : DefaultContractResolver
    {
        protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
        {
            var property = base.CreateProperty(member, memberSerialization);
            var type = member.DeclaringType;
            if ((type == typeof(Result) || type == typeof(ReportingConfiguration)) && property.PropertyName == "level")
            {
                property.DefaultValueHandling = DefaultValueHandling.Include;
                property.ShouldSerialize = null;
            }
            else if (type == typeof(ReportingDescriptor) && property.PropertyName == "defaultConfiguration")
            {
                property.ShouldSerialize = null;
            }

            return property;
        }
    }
}

using HvLint.Core.Engine;

namespace HvLint.Cli.Output;

/// <summary>What a report writer gets besides the report and where it goes: colour, rule pages, and where the linted files are read.</summary>
internal sealed record ReportContext(bool Color, Func<string, string?> ReadRuleDoc, IDocumentWorkspace Workspace);

/// <summary>One output format of <c>hvlint check</c>: its <c>--format</c> name and how to make its writer.</summary>
internal sealed record ReportFormat(string Name, Func<CheckReport, ReportSink, ReportContext, IReportWriter> Create);

/// <summary>
/// The output formats of <c>hvlint check</c>, in the order <c>--help</c> lists them; the first is
/// the default. A new format is a class that implements <see cref="IReportWriter"/> and one row here.
/// </summary>
internal static class ReportFormats
{
    /// <summary>Every format.</summary>
    public static IReadOnlyList<ReportFormat> All { get; } =
    [
        new("text", (report, sink, context) => new TextFormatter(report, sink, context.Color)),
        new("json", (report, sink, _) => new JsonFormatter(report, sink)),
        new("sarif", (report, sink, context) => new SarifFormatter(report, sink, context.ReadRuleDoc, context.Workspace)),
        new("github", (report, sink, _) => new GitHubFormatter(report, sink)),
        new("gitlab", (report, sink, _) => new GitLabFormatter(report, sink)),
        new("junit", (report, sink, _) => new JUnitFormatter(report, sink)),
    ];

    /// <summary>The <c>--format</c> names.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(f => f.Name)];

    /// <summary>The writer of the format named <paramref name="name"/> (one of <see cref="Names"/>).</summary>
    public static IReportWriter Create(string name, CheckReport report, ReportSink sink, ReportContext context) =>
        All.Single(f => f.Name == name).Create(report, sink, context);
}

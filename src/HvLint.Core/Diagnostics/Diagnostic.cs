using HvLint.Core.Fixes;
using HvLint.Core.Text;

namespace HvLint.Core.Diagnostics;

/// <summary>A place in a source file.</summary>
public sealed record Location(SourceText Source, TextSpan Span)
{
    /// <summary>The path as shown to users.</summary>
    public string Path => Source.Path;

    /// <summary>1-based start line and column.</summary>
    public LinePosition Start => Source.GetPosition(Span.Start);

    /// <summary>1-based line and column just past the end.</summary>
    public LinePosition End => Source.GetPosition(Span.End);
}

/// <summary>A related place, with a short message saying why it matters.</summary>
public sealed record RelatedLocation(Location Location, string Message);

/// <summary>One finding.</summary>
public sealed record Diagnostic(RuleDescriptor Rule, Severity Severity, string Message, Location Location)
{
    /// <summary>Other places involved (the other write of a conflict, for example).</summary>
    public IReadOnlyList<RelatedLocation> Related { get; init; } = [];

    /// <summary>The identity of the write the finding concerns (for fingerprints), if any.</summary>
    public string? WriteIdentity { get; init; }

    /// <summary>The GitHub security-severity of this finding, if it is a security finding.</summary>
    public double? SecuritySeverity { get; init; }

    /// <summary>
    /// The highest severity this finding may have whatever the configuration says: a finding
    /// that rests on an inferred catalog fact is at most a warning.
    /// </summary>
    public Severity? MaxSeverity { get; init; }

    /// <summary>Ways to fix the finding, preferred first; each edits the finding's file.</summary>
    public IReadOnlyList<CodeFix> Fixes { get; init; } = [];

    /// <summary>
    /// The fix a rule states as a change to a write; the engine has the front end of the write's
    /// file render it into <see cref="Fixes"/>; it stays on the finding.
    /// </summary>
    public WriteChange? Change { get; init; }
}

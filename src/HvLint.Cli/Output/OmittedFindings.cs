namespace HvLint.Cli.Output;

/// <summary>Findings of one rule in one file that a report leaves out: <see cref="Omitted"/> after the first <see cref="Shown"/>.</summary>
internal sealed record OmittedFindings(string Path, string RuleId, int Shown, int Omitted);

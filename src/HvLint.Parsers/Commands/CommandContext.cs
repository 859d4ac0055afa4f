using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Text;

namespace HvLint.Parsers.Commands;

/// <summary>
/// What a command interpreter writes into: the file's writes (in order) and findings. Shared
/// by the batch and PowerShell front ends so reg.exe and bcdedit are understood once.
/// </summary>
internal sealed class CommandContext(SourceText source, string shell)
{
    /// <summary>The script.</summary>
    public SourceText Source { get; } = source;

    /// <summary>"batch" or "powershell": the shell that runs the command (quoting rules differ).</summary>
    public string Shell { get; } = shell;

    /// <summary>The writes so far, in the order they would be applied.</summary>
    public List<Write> Writes { get; } = [];

    /// <summary>Findings so far.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Files the script applies with a literal path (reg import), as full paths.</summary>
    public List<string> LinkedFiles { get; } = [];

    /// <summary>The order number of the next write.</summary>
    public int NextOrder => Writes.Count;

    /// <summary>Reports a finding.</summary>
    public void Report(RuleDescriptor rule, TextSpan span, string message) =>
        Diagnostics.Add(new Diagnostic(rule, rule.DefaultSeverity, message, new Location(Source, span)));
}

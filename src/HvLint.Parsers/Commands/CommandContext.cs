using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.Core.Model;
using HvLint.Core.Suppressions;
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

    /// <summary>"batch", "powershell" or "csharp" (Process.Start, no shell): what runs the command (quoting rules differ).</summary>
    public string Shell { get; } = shell;

    /// <summary>The shell as the write model names it.</summary>
    public CommandShell CommandShell => Shell switch
    {
        "powershell" => CommandShell.PowerShell,
        "batch" => CommandShell.Cmd,
        _ => CommandShell.None,
    };

    /// <summary>The writes so far, in the order they would be applied.</summary>
    public List<Write> Writes { get; } = [];

    /// <summary>Findings so far.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Where the script applies another file with a literal path (reg import, dot-sourcing), in order.</summary>
    public List<FileLink> Links { get; } = [];

    /// <summary>The script's comments, in order: inline suppressions are read from them.</summary>
    public List<SourceComment> Comments { get; } = [];

    /// <summary>Suppressions written as attributes (PowerShell's SuppressMessageAttribute), in order.</summary>
    public List<AttributeSuppression> AttributeSuppressions { get; } = [];

    /// <summary>Records that the command about to be interpreted applies a file (full path; <paramref name="written"/>: as the script writes it).</summary>
    public void Link(string fullPath, TextSpan span, string written) => Links.Add(new FileLink(fullPath, span, Writes.Count, Conditional) { Written = written });

    /// <summary>The order number of the next write.</summary>
    public int NextOrder => Writes.Count;

    /// <summary>
    /// Whether the command about to be interpreted reads its standard input from a pipe or a
    /// file (<c>echo y| reg add ...</c>): the input answers reg.exe's Yes/No prompt, so a missing
    /// /f does not stop the script. The front end sets it before each call.
    /// </summary>
    public bool InputRedirected { get; set; }

    /// <summary>
    /// Whether the command about to be interpreted runs only on some paths (an if branch, after
    /// &amp;&amp; or ||, a loop that may not run, code reached by a conditional goto). The front end
    /// sets it before each call; the interpreters copy it to <see cref="Write.IsConditional"/>.
    /// </summary>
    public bool Conditional { get; set; }

    /// <summary>Reports a finding.</summary>
    public void Report(RuleDescriptor rule, TextSpan span, string message) =>
        Diagnostics.Add(new Diagnostic(rule, rule.DefaultSeverity, message, new Location(Source, span)));

    /// <summary>Reports a finding with a fix (edits in this file).</summary>
    public void Report(RuleDescriptor rule, TextSpan span, string message, HvLint.Core.Fixes.CodeFix? fix) =>
        Diagnostics.Add(new Diagnostic(rule, rule.DefaultSeverity, message, new Location(Source, span)) { Fixes = fix is null ? [] : [fix] });

    /// <summary>Reports a finding with related places (for example the call that supplied the text).</summary>
    public void Report(RuleDescriptor rule, TextSpan span, string message, IReadOnlyList<(TextSpan Span, string Message)> related)
    {
        ArgumentNullException.ThrowIfNull(related);
        Diagnostics.Add(new Diagnostic(rule, rule.DefaultSeverity, message, new Location(Source, span))
        {
            Related = related.Select(r => new RelatedLocation(new Location(Source, r.Span), r.Message)).ToArray(),
        });
    }
}

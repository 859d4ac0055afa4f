using HvLint.Core.Diagnostics;
using HvLint.Core.Suppressions;

namespace HvLint.Core.Engine;

/// <summary>Findings the engine itself produces.</summary>
public static class CoreDiagnostics
{
    /// <summary>HV0001: a file that cannot be read.</summary>
    public static readonly RuleDescriptor FileUnreadable = new(
        "HV0001",
        "FileUnreadable",
        "The file cannot be read.",
        "HvLint could not open or read the file (missing, locked, or not permitted). Nothing in it was checked; the other files were.",
        RuleCategory.Parse);

    /// <summary>
    /// HV0099: a file with a lintable extension whose content is not text (a program, an archive,
    /// an image). The front ends share out the parse range (.reg 2-39, PowerShell 40-69, batch
    /// 70-98); the engine's own parse findings take its ends, HV0001 and HV0099.
    /// </summary>
    public static readonly RuleDescriptor FileNotText = new(
        "HV0099",
        "FileNotText",
        "The file is not text, so HvLint checked nothing in it.",
        "The file has the extension of a file HvLint reads, but its bytes are not text in any encoding regedit, cmd.exe or PowerShell reads: it holds NUL bytes outside UTF-16, or control bytes no text uses. It is probably a program, an archive or an image saved under the wrong name. regedit, cmd.exe and PowerShell would reject it or run garbage; HvLint reports it once instead of reading it.",
        RuleCategory.Parse);

    /// <summary>
    /// HV0960: a script applies a file (reg import, dot-sourcing, Import-Module of a file) that is
    /// outside the folders being linted, or a UNC or device path. HvLint does not read it. A note,
    /// as ShellCheck's SC1091 ("not following"): the script is usually right to apply a file
    /// deployed to the host separately (C:\Deploy\x.reg, a share), the files given were checked,
    /// and a run must not fail for it by default; but that file's writes were not, and the user
    /// should know.
    /// </summary>
    public static readonly RuleDescriptor LinkedFileOutsideTree = new(
        "HV0960",
        "LinkedFileOutsideTree",
        "The script applies a file outside the folders being linted, so HvLint did not read or check it.",
        "A reg import, a dot-sourced script or an imported module file lies outside the repository (or, outside a repository, the folder) being linted, or is a UNC or device path. A linted file is untrusted input, so HvLint follows such a link only inside the tree: it never reads, prints or takes configuration from a file elsewhere. The writes that file makes were not checked, and relations between them and this script's writes were not either.",
        RuleCategory.Script,
        Severity.Note);

    /// <summary>Every engine descriptor, including the findings about suppressions (HV0980-HV0984).</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [FileUnreadable, FileNotText, LinkedFileOutsideTree, .. SuppressionDiagnostics.All];
}

using System.Text;
using HvLint.Core.Engine;

namespace HvLint.Cli;

/// <summary>
/// A buffer piped to <c>hvlint check -</c> (or <c>writes -</c>), as editors and hooks send it.
/// <c>--stdin-filename PATH</c> names it: its extension says which front end reads it, its folder
/// which hvlint.json applies and where the files it applies are looked for, and findings and
/// baselines show PATH. Without a name only a .reg file can be told by its content (its first
/// line is 'Windows Registry Editor Version 5.00' or 'REGEDIT4', in any encoding regedit writes);
/// it is then shown as <see cref="RegName"/>. The bytes are read as a file's would be, so UTF-16
/// and binary content are handled as on disk.
/// </summary>
internal static class StandardInput
{
    /// <summary>The path shown for an unnamed .reg buffer: it cannot be a file's name on Windows.</summary>
    public const string RegName = "<stdin>.reg";

    private static readonly string[] s_regHeaders = ["Windows Registry Editor Version 5.00", "REGEDIT4"];

    /// <summary>
    /// Whether the command line asks for standard input: '-' as the only PATH, or
    /// --stdin-filename with no PATH. Throws <see cref="UsageException"/> when '-' is mixed with
    /// other paths or --stdin-filename is given with paths.
    /// </summary>
    public static bool IsRequested(Arguments parsed, string command)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var dash = parsed.Positionals.Contains("-");
        if (dash && parsed.Positionals.Count > 1)
        {
            throw new UsageException($"{command}: '-' (standard input) cannot be combined with other paths.", $"Run 'hvlint {command}' once for the buffer and once for the files.");
        }

        if (parsed.Has("stdin-filename") && !dash && parsed.Positionals.Count > 0)
        {
            throw new UsageException($"{command}: --stdin-filename names the text read from standard input; give '-' as the path, or no path.", $"e.g. 'cat a.ps1 | hvlint {command} - --stdin-filename hosts/a.ps1'.");
        }

        return dash || parsed.Has("stdin-filename");
    }

    /// <summary>
    /// Reads standard input and returns the target it is linted as and a workspace that holds
    /// it over <paramref name="below"/> (so the files it applies are read from disk).
    /// </summary>
    public static (LintTarget Target, IDocumentWorkspace Workspace) Read(Arguments parsed, LintEngine engine, CliHost host, string command, IDocumentWorkspace below)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(host);
        var name = parsed.Value("stdin-filename");
        if (name is not null && !engine.CanLint(name))
        {
            throw new UsageException(
                $"{command}: --stdin-filename '{name}' is not a file HvLint reads (by its extension).",
                "HvLint reads .reg, .ps1, .psm1, .cmd, .bat and .cs files; the name's extension says which the text is.");
        }

        byte[] content;
        using (var stream = host.OpenStandardInput())
        using (var buffer = new MemoryStream())
        {
            stream.CopyTo(buffer);
            content = buffer.ToArray();
        }

        if (name is null)
        {
            if (!IsRegFile(content))
            {
                throw new UsageException(
                    $"{command}: cannot tell what kind of file standard input is; name it with --stdin-filename.",
                    $"e.g. 'hvlint {command} - --stdin-filename hosts/tune.ps1' (the name's extension says which front end reads it, its folder which hvlint.json applies). Only a .reg file is recognised by its first line.");
            }

            name = RegName;
        }

        var full = host.FullPath(name);
        var display = Path.IsPathRooted(name) ? full : FileCollector.DisplayPath(full, host.WorkingDirectory);
        var workspace = new InMemoryWorkspace(below);
        workspace.Set(full, content);
        return (new LintTarget(full, display), workspace);
    }

    /// <summary>Whether the content starts with a .reg header, in UTF-16 (either order, as regedit writes) or UTF-8.</summary>
    internal static bool IsRegFile(byte[] content)
    {
        var text = content switch
        {
            [0xFF, 0xFE, ..] => Encoding.Unicode.GetString(content, 2, Math.Min(content.Length - 2, 200) & ~1),
            [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode.GetString(content, 2, Math.Min(content.Length - 2, 200) & ~1),
            [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8.GetString(content, 3, Math.Min(content.Length - 3, 100)),
            _ => Encoding.UTF8.GetString(content, 0, Math.Min(content.Length, 100)),
        };
        return s_regHeaders.Any(h => text.StartsWith(h, StringComparison.OrdinalIgnoreCase));
    }
}

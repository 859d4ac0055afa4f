using System.Text;

namespace HvLint.Cli;

/// <summary>
/// An --output file, written atomically: the text goes to a temporary file beside it, which
/// then replaces the target, so a reader (a CI upload step) never sees half a report.
/// </summary>
internal sealed class OutputFile
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private OutputFile(string fullPath)
    {
        FullPath = fullPath;
    }

    /// <summary>The file that will be written.</summary>
    public string FullPath { get; }

    /// <summary>Checks the target before any work is done: its folder must exist and it must not be a folder.</summary>
    public static OutputFile Prepare(string path, CliHost host)
    {
        var full = host.FullPath(path);
        if (Directory.Exists(full))
        {
            throw new UsageException($"--output '{path}' is a folder; give a file name.");
        }

        var dir = Path.GetDirectoryName(full);
        if (dir is not null && !Directory.Exists(dir))
        {
            throw new UsageException($"the folder of --output '{path}' does not exist.", "Create the folder first, or write the output elsewhere.");
        }

        return new OutputFile(full);
    }

    /// <summary>Writes the whole text as UTF-8 without a byte-order mark.</summary>
    public void Write(string text) => Write(s_utf8.GetBytes(text));

    /// <summary>Writes the whole content.</summary>
    public void Write(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var dir = Path.GetDirectoryName(FullPath)!;
        var temp = Path.Combine(dir, $".{Path.GetFileName(FullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temp, content);
            File.Move(temp, FullPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}

namespace HvLint.Core.Tests.Configuration;

/// <summary>A temporary folder with real files for one test, deleted afterwards.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public ScratchFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hvlint-core-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Makes the folder a repository root, as a clone's .git folder does.</summary>
    public ScratchFolder AsRepository()
    {
        Directory.CreateDirectory(System.IO.Path.Combine(Path, ".git"));
        return this;
    }

    /// <summary>Writes a file (UTF-8, '\n' line ends) at a relative path, creating folders; returns its full path.</summary>
    public string Write(string relativePath, string content)
    {
        var full = Full(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content.ReplaceLineEndings("\n"));
        return full;
    }

    public string Full(string relativePath) => System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, relativePath));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

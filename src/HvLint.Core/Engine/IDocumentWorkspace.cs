namespace HvLint.Core.Engine;

/// <summary>
/// Where the engine reads documents: the files it lints, the files they apply (reg import,
/// dot-sourcing) and, in the CLI, the files a report quotes. The engine never opens a file
/// itself, so a host decides what a path holds: the disk for the CLI (<see cref="DiskWorkspace"/>),
/// unsaved editor buffers over the disk for a language server (<see cref="InMemoryWorkspace"/>).
/// Paths are full paths. Implementations are called from several threads at once.
/// </summary>
public interface IDocumentWorkspace
{
    /// <summary>Whether a document exists at <paramref name="fullPath"/>.</summary>
    bool Exists(string fullPath);

    /// <summary>
    /// The whole content of a document. Throws <see cref="IOException"/> (or
    /// <see cref="UnauthorizedAccessException"/>) when it cannot be read; the engine reports that
    /// as a finding on the file (HV0001).
    /// </summary>
    byte[] ReadAllBytes(string fullPath);

    /// <summary>
    /// Opens a document to read it from its start, for front ends that read large files as a
    /// stream without holding their bytes. Throws as <see cref="ReadAllBytes"/> does.
    /// </summary>
    Stream OpenRead(string fullPath);
}

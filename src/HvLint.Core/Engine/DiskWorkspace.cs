namespace HvLint.Core.Engine;

/// <summary>The documents on disk: what the CLI lints. The one place the engine's reads reach the file system.</summary>
public sealed class DiskWorkspace : IDocumentWorkspace
{
    private DiskWorkspace()
    {
    }

    /// <summary>The disk.</summary>
    public static DiskWorkspace Instance { get; } = new();

    /// <inheritdoc/>
    public bool Exists(string fullPath) => File.Exists(fullPath);

    /// <inheritdoc/>
    public byte[] ReadAllBytes(string fullPath) => File.ReadAllBytes(fullPath);

    /// <inheritdoc/>
    /// <remarks>Read once from start to end: a large buffer and sequential-scan hint.</remarks>
    public Stream OpenRead(string fullPath) =>
        new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
}

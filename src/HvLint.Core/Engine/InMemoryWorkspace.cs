using System.Collections.Concurrent;

namespace HvLint.Core.Engine;

/// <summary>
/// Documents held in memory (an editor's unsaved buffers) over another workspace (usually the
/// disk): a path with a buffer reads the buffer, any other path reads the workspace below, so
/// an unsaved script and the files it applies are linted as the editor shows them. Buffers may
/// be set and removed while other threads lint.
/// </summary>
public sealed class InMemoryWorkspace : IDocumentWorkspace
{
    private readonly ConcurrentDictionary<string, byte[]> _buffers = new(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
    private readonly IDocumentWorkspace? _below;

    /// <summary>
    /// Creates a workspace of buffers over <paramref name="below"/>; with null, a path without a
    /// buffer does not exist (nothing is read from disk).
    /// </summary>
    public InMemoryWorkspace(IDocumentWorkspace? below = null)
    {
        _below = below;
    }

    /// <summary>Sets the content of the document at a path (its buffer is used from the next read on).</summary>
    public void Set(string path, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _buffers[Key(path)] = content;
    }

    /// <summary>Removes the buffer of a path (the document is then read from the workspace below); whether there was one.</summary>
    public bool Remove(string path) => _buffers.TryRemove(Key(path), out _);

    /// <inheritdoc/>
    public bool Exists(string fullPath) => _buffers.ContainsKey(Key(fullPath)) || (_below?.Exists(fullPath) ?? false);

    /// <inheritdoc/>
    /// <remarks>The buffer itself, not a copy: callers only read it.</remarks>
    public byte[] ReadAllBytes(string fullPath) => _buffers.TryGetValue(Key(fullPath), out var content) ? content : Below(fullPath).ReadAllBytes(fullPath);

    /// <inheritdoc/>
    public Stream OpenRead(string fullPath) => _buffers.TryGetValue(Key(fullPath), out var content)
        ? new MemoryStream(content, writable: false)
        : Below(fullPath).OpenRead(fullPath);

    private static string Key(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetFullPath(path);
    }

    private IDocumentWorkspace Below(string fullPath) =>
        _below ?? throw new FileNotFoundException($"No document at '{fullPath}' in memory.", fullPath);
}

using System.Runtime.InteropServices;

namespace HvLint.Core.Configuration;

/// <summary>What a path names on disk, after following symbolic links.</summary>
public enum FileKind
{
    /// <summary>Nothing (or a dangling link).</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A character or block device (/dev/null, /dev/zero), a pipe (FIFO) or a socket.</summary>
    Special,
}

/// <summary>
/// Checks for the files HvLint reads as input it trusts (configuration, catalogs, baselines)
/// and writes (--output): a device, a pipe or a huge file named there must give an error, not
/// a hang or an out-of-memory crash. .NET does not expose a file's type, so the kind comes
/// from the runtime's own stat shim (libSystem.Native) on Unix.
/// </summary>
public static class FileChecks
{
    private const int MaxLinkHops = 40; // As Linux's path resolution (ELOOP).

    /// <summary>The largest configuration or catalog file HvLint reads: 16 MiB.</summary>
    public const long MaxConfigurationBytes = 16L * 1024 * 1024;

    // The PAL's S_IFMT bits (src/native/libs/System.Native/pal_io.h), the same on every Unix.
    private const int FileTypeMask = 0xF000;
    private const int RegularFileType = 0x8000;
    private const int DirectoryFileType = 0x4000;

    /// <summary>What <paramref name="path"/> names, following symbolic links.</summary>
    public static FileKind KindOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsWindows())
        {
            // Devices are \\.\NUL-style paths on Windows; everything else is a file or a folder.
            return path.StartsWith(@"\\.\", StringComparison.Ordinal) || path.StartsWith(@"\\?\", StringComparison.Ordinal) ? FileKind.Special
                : Directory.Exists(path) ? FileKind.Directory
                : File.Exists(path) ? FileKind.Regular
                : FileKind.Missing;
        }

        // The shim's FileStatus is about 120 bytes; Mode is its second 32-bit field.
        var status = new byte[512];
        int result;
        try
        {
            result = Stat(path, status);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        }

        if (result != 0)
        {
            return FileKind.Missing;
        }

        return (BitConverter.ToInt32(status, 4) & FileTypeMask) switch
        {
            RegularFileType => FileKind.Regular,
            DirectoryFileType => FileKind.Directory,
            _ => FileKind.Special,
        };
    }

    /// <summary>
    /// Reads a whole regular file of at most <paramref name="maxBytes"/> bytes. Throws
    /// <see cref="IOException"/> whose message says, without quoting the file, why not: not a
    /// regular file, too large, or the system's reason.
    /// </summary>
    public static byte[] ReadRegularFile(string path, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        switch (KindOf(path))
        {
            case FileKind.Missing:
                throw new FileNotFoundException("the file does not exist.", path);
            case FileKind.Directory:
                throw new IOException("it is a folder, not a file.");
            case FileKind.Special:
                throw new IOException("it is not a regular file (a device, a pipe or a socket); HvLint reads only regular files.");
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        if (stream.Length > maxBytes)
        {
            throw new IOException(TooLarge(maxBytes));
        }

        // Read at most one byte past the limit, in case the file grows while it is read.
        using var memory = new MemoryStream((int)stream.Length);
        var buffer = new byte[81920];
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            memory.Write(buffer, 0, n);
            if (memory.Length > maxBytes)
            {
                throw new IOException(TooLarge(maxBytes));
            }
        }

        return memory.ToArray();
    }

    /// <summary>
    /// The path with every symbolic link resolved, or the full path as written when the links
    /// loop (opening it then fails with the system's reason).
    /// </summary>
    public static string RealPath(string path) => TryRealPath(path) ?? Path.GetFullPath(path);

    /// <summary>
    /// The path with every symbolic link and '..' resolved (the parts that do not exist kept as
    /// written), or null when the links loop.
    /// </summary>
    public static string? TryRealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var pending = new List<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        var current = root;
        var hops = 0;
        var exists = true;
        for (var i = 0; i < pending.Count; i++)
        {
            var part = pending[i];
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            string? target = null;
            if (exists)
            {
                try
                {
                    var info = new FileInfo(next);
                    exists = info.Exists || Directory.Exists(next) || info.LinkTarget is not null;
                    target = exists ? info.LinkTarget : null;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
                {
                    exists = false;
                }
            }

            if (target is null)
            {
                current = next;
                continue;
            }

            if (++hops > MaxLinkHops)
            {
                return null;
            }

            // Start again from the link's target, then the rest of the path.
            var resolved = Path.GetFullPath(target, current);
            var resolvedRoot = Path.GetPathRoot(resolved) ?? string.Empty;
            pending.InsertRange(i + 1, resolved[resolvedRoot.Length..].Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
            current = resolvedRoot;
        }

        return Path.TrimEndingDirectorySeparator(current);
    }

    /// <summary>Whether <paramref name="fullPath"/> is <paramref name="folder"/> or inside it (both full paths).</summary>
    public static bool IsInside(string fullPath, string folder)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        ArgumentNullException.ThrowIfNull(folder);
        var relative = Path.GetRelativePath(folder, fullPath);
        return relative == "." || (!Path.IsPathRooted(relative) && relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }

    private static string TooLarge(long maxBytes) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the file is larger than {maxBytes / (1024 * 1024)} MiB, the most HvLint reads.");

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}

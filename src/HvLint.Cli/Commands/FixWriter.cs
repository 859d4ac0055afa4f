namespace HvLint.Cli.Commands;

/// <summary>
/// Writes a fixed file atomically: the new bytes go to a temporary file beside it, which then
/// replaces it in one rename, so a crash or a full disk never leaves half a file. A file whose
/// bytes on disk are no longer the ones read (an editor saved it meanwhile) is left alone.
/// </summary>
internal static class FixWriter
{
    /// <summary>Writes <paramref name="fixedBytes"/> over <paramref name="fullPath"/>; null when written, else why not.</summary>
    public static string? Write(string fullPath, byte[] readBytes, byte[] fixedBytes)
    {
        byte[] now;
        try
        {
            now = File.ReadAllBytes(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"it cannot be read again before writing ({ex.Message})";
        }

        if (!now.AsSpan().SequenceEqual(readBytes))
        {
            return "it changed on disk since HvLint read it; run the command again";
        }

        if (fixedBytes.AsSpan().SequenceEqual(now))
        {
            return null;
        }

        var folder = Path.GetDirectoryName(fullPath)!;
        var temp = Path.Combine(folder, "." + Path.GetFileName(fullPath) + "." + Guid.NewGuid().ToString("N")[..8] + ".hvlint-tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(fixedBytes);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(fullPath));
            }

            File.Move(temp, fullPath, overwrite: true);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            return $"it cannot be written ({ex.Message})";
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left beside the file; its name says what it is.
        }
    }
}

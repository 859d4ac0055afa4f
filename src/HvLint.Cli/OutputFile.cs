using System.Runtime.InteropServices;
using System.Text;
using HvLint.Core.Configuration;

namespace HvLint.Cli;

/// <summary>
/// A file HvLint writes (--output, --write-baseline). A regular file, or a new path, is written
/// atomically: the text goes to a temporary file beside it, which then replaces it, so a reader
/// (a CI upload step) never sees half a report. A device or a pipe (/dev/null, /dev/stdout, a
/// FIFO) is written directly, never replaced. A symbolic link is followed: the file it points
/// to is replaced, and the link stays. The temporary file is deleted when the write fails or
/// the process is interrupted (SIGINT, SIGTERM). A file that cannot be written is a usage
/// error (exit code 2) naming the path and the reason.
/// </summary>
internal sealed class OutputFile : IDisposable
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly Lock s_lock = new();
    private static readonly HashSet<string> s_temporaries = new(StringComparer.Ordinal);
    private static readonly List<PosixSignalRegistration> s_signals = [];
    private static bool s_cancelled;
    private static bool s_registered;
    private FileStream? _stream;
    private FileStream? _direct;
    private string? _temp;

    private OutputFile(string option, string displayPath, string fullPath, string target)
    {
        Option = option;
        DisplayPath = displayPath;
        FullPath = fullPath;
        Target = target;
    }

    /// <summary>The path as given (before links are followed), which findings' paths are relative to.</summary>
    public string FullPath { get; }

    /// <summary>The option that named the file (--output, --write-baseline), for messages.</summary>
    private string Option { get; }

    /// <summary>The path as the user wrote it, for messages.</summary>
    private string DisplayPath { get; }

    /// <summary>The file really written: <see cref="FullPath"/> with symbolic links followed.</summary>
    private string Target { get; }

    /// <summary>Checks the target before any work is done: its folder must exist and it must not be a folder.</summary>
    public static OutputFile Prepare(string path, CliHost host, string option = "--output")
    {
        ArgumentNullException.ThrowIfNull(host);
        var full = host.FullPath(path);
        var target = FileChecks.RealPath(full);
        if (FileChecks.KindOf(target) == FileKind.Directory)
        {
            throw new UsageException($"{option} '{path}' is a folder; give a file name.");
        }

        var dir = Path.GetDirectoryName(target);
        if (dir is not null && FileChecks.KindOf(dir) == FileKind.Missing)
        {
            // A report path in a fresh CI workspace ('reports/hvlint.sarif'): its folders are made, as ruff and ESLint do.
            try
            {
                Directory.CreateDirectory(dir);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot write {option} '{path}': its folder cannot be created: {ex.Message}", "Create the folder first, or write the output elsewhere.");
            }
        }

        if (dir is not null && FileChecks.KindOf(dir) is var kind && kind != FileKind.Directory)
        {
            var what = target == full ? string.Empty : $" (a link to '{target}')";
            var why = kind == FileKind.Missing ? "its folder does not exist." : $"'{dir}' is a file, not a folder.";
            throw new UsageException($"cannot write {option} '{path}'{what}: {why}", "Create the folder first, or write the output elsewhere.");
        }

        var file = new OutputFile(option, path, full, target);
        file.Guard(file.Open);
        return file;
    }

    /// <summary>Deletes the temporary file if the output was never written.</summary>
    public void Dispose()
    {
        _direct?.Dispose();
        _direct = null;
        _stream?.Dispose();
        _stream = null;
        lock (s_lock)
        {
            if (_temp is not null && s_temporaries.Remove(_temp))
            {
                File.Delete(_temp);
            }
        }
    }

    /// <summary>Writes the whole text as UTF-8 without a byte-order mark.</summary>
    public void Write(string text) => Write(s_utf8.GetBytes(text));

    /// <summary>Writes the whole content.</summary>
    public void Write(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Guard(() =>
        {
            if (_stream is null)
            {
                // A device or a pipe: replacing it with a regular file would break the system.
                using var direct = new FileStream(Target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
                direct.Write(content);
                direct.Flush();
                return;
            }

            _stream.Write(content);
            _stream.Flush();
            _stream.Dispose();
            _stream = null;
            lock (s_lock)
            {
                if (s_cancelled)
                {
                    throw new OperationCanceledException();
                }

                File.Move(_temp!, Target, overwrite: true);
                s_temporaries.Remove(_temp!);
            }
        });
    }

    /// <summary>
    /// Appends to the output while a report is being written (<c>check</c> writes file by file):
    /// to the temporary file, which <see cref="Commit"/> then puts in place, or directly to a
    /// device or a pipe.
    /// </summary>
    public void Append(ReadOnlySpan<byte> content)
    {
        var copy = content.ToArray();
        Guard(() =>
        {
            if (_stream is null)
            {
                // Unbuffered: a write that fails (a full device) fails here, inside the guard.
                _direct ??= new FileStream(Target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
                _direct.Write(copy);
                return;
            }

            _stream.Write(copy);
        });
    }

    /// <summary>Appends text as UTF-8 without a byte-order mark.</summary>
    public void Append(string text) => Append(s_utf8.GetBytes(text));

    /// <summary>Ends an output written with <see cref="Append(ReadOnlySpan{byte})"/>: the file is complete and replaces the target.</summary>
    public void Commit()
    {
        if (_stream is null)
        {
            Guard(() =>
            {
                _direct?.Flush();
                _direct?.Dispose();
                _direct = null;
            });
            return;
        }

        Write([]);
    }

    /// <summary>Deletes every temporary file still being written (on an interrupt or at exit).</summary>
    internal static void DeleteTemporaries()
    {
        lock (s_lock)
        {
            s_cancelled = true;
            foreach (var temp in s_temporaries)
            {
                try
                {
                    File.Delete(temp);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Nothing more can be done while the process is being stopped.
                }
            }

            s_temporaries.Clear();
        }
    }

    // Makes the temporary file beside the target (unless the target is a device or a pipe).
    // Registering and creating it under the lock that the interrupt handler takes means the
    // handler either sees the file and deletes it, or runs first and no file is made: no
    // moment of a signal leaves a temporary file behind.
    private void Open()
    {
        if (FileChecks.KindOf(Target) == FileKind.Special)
        {
            return;
        }

        var temp = Path.Combine(Path.GetDirectoryName(Target)!, $".{Path.GetFileName(Target)}.{Guid.NewGuid():N}.tmp");
        lock (s_lock)
        {
            RegisterInterruptHandlers();
            if (s_cancelled)
            {
                throw new OperationCanceledException();
            }

            _stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.Delete | FileShare.Read);
            _temp = temp;
            s_temporaries.Add(temp);
        }
    }

    // Turns a failure to write into a usage error naming the path and the system's reason.
    private void Guard(Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Dispose();

            // The system's words, without the temporary file's name the user never gave.
            var reason = ex switch
            {
                UnauthorizedAccessException => "permission denied.",
                FileNotFoundException or DirectoryNotFoundException => "no file can be created in that folder.",
                _ => ex.Message,
            };
            throw new UsageException($"cannot write {Option} '{DisplayPath}': {reason}", "Write the output somewhere that can take it.");
        }
    }

    private static void RegisterInterruptHandlers()
    {
        if (s_registered)
        {
            return;
        }

        s_registered = true;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteTemporaries();
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT })
        {
            try
            {
                // The handler does not cancel the signal: the process still stops as it would.
                s_signals.Add(PosixSignalRegistration.Create(signal, _ => DeleteTemporaries()));
            }
            catch (PlatformNotSupportedException)
            {
                // Windows has no SIGHUP/SIGQUIT equivalent for every console; the others still apply.
            }
        }
    }
}

using System.Text;

namespace HvLint.Cli;

/// <summary>
/// The console's stdout, where a failed write (a full disk, /dev/full, a closed file) becomes
/// a <see cref="UsageException"/> naming standard output and the reason, so the tool exits
/// with code 2 and a message instead of an internal error.
/// </summary>
internal sealed class StdoutWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void Flush() => Guard(inner.Flush);

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException ex)
        {
            throw new UsageException($"cannot write to standard output: {ex.Message}", "Send the output to a file or a device that can take it.");
        }
    }
}

using HvLint.Core.Diagnostics;

namespace HvLint.Core.Engine;

/// <summary>
/// Lets identical finding messages in one file share one string. A file that repeats the same
/// mistake (the same key exported from many hosts into one file, a settings table copied down a
/// script) gets the same message for each, and each copy would otherwise be kept until the
/// report is written: on a 50 MB export with a finding on every value, the messages were most
/// of the memory. The pool holds at most <see cref="MaxDistinct"/> texts; later new ones are
/// simply not shared.
/// </summary>
internal sealed class MessagePool
{
    private const int MaxDistinct = 1 << 16;

    private readonly Dictionary<string, string> _messages = new(StringComparer.Ordinal);

    /// <summary>A report action that adds findings to <paramref name="findings"/>, sharing their messages.</summary>
    public static Action<Diagnostic> Into(List<Diagnostic> findings)
    {
        var pool = new MessagePool();
        return d => findings.Add(pool.Share(d));
    }

    /// <summary>The finding, with its message replaced by an equal one seen before if there was one.</summary>
    public Diagnostic Share(Diagnostic diagnostic)
    {
        if (_messages.TryGetValue(diagnostic.Message, out var shared))
        {
            return ReferenceEquals(shared, diagnostic.Message) ? diagnostic : diagnostic with { Message = shared };
        }

        if (_messages.Count < MaxDistinct)
        {
            _messages[diagnostic.Message] = diagnostic.Message;
        }

        return diagnostic;
    }
}

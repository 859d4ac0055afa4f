using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace HvLint.Benchmarks;

/// <summary>
/// A minimal LSP client of the real 'hvlint lsp' process: JSON-RPC with LSP's Content-Length
/// framing over the process's stdin and stdout. A reader thread notes when each
/// publishDiagnostics arrives (Stopwatch ticks), keyed by document and version, so that the
/// time from a didChange to its diagnostics can be read without a client library in between.
/// </summary>
internal sealed class LspConnection : IDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly Thread _reader;
    private readonly object _gate = new();
    private readonly Dictionary<(string Uri, int Version), (long Ticks, int Count)> _published = [];
    private readonly Dictionary<int, JsonElement?> _answers = [];
    private readonly StringBuilder _stderr = new();
    private int _nextId;

    private LspConnection(Process process)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _reader = new Thread(Read) { IsBackground = true, Name = "lsp reader" };
        _reader.Start();
        process.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
            {
                _stderr.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
    }

    /// <summary>The server's process ID (for /proc/PID/status).</summary>
    public int ProcessId => _process.Id;

    /// <summary>How long to wait for an answer before giving up on the server.</summary>
    public static TimeSpan Patience { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Starts 'hvlint lsp' (an hvlint.dll runs under 'dotnet'), with extra environment variables, and initializes it.</summary>
    public static LspConnection Start(string hvlint, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(hvlint.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? "dotnet" : hvlint)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        if (hvlint.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(hvlint);
        }

        start.ArgumentList.Add("lsp");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var connection = new LspConnection(Process.Start(start) ?? throw new InvalidOperationException("could not start hvlint lsp"));
        connection.Request("initialize", new { processId = Environment.ProcessId, rootUri = new Uri(workingDirectory + "/").AbsoluteUri, capabilities = new { } });
        connection.Notify("initialized", new { });
        return connection;
    }

    /// <summary>Sends a request and waits for its answer (its result, null when none).</summary>
    public JsonElement? Request(string method, object parameters)
    {
        int id;
        lock (_gate)
        {
            id = ++_nextId;
        }

        Send(new { jsonrpc = "2.0", id, method, @params = parameters });
        lock (_gate)
        {
            var deadline = DateTime.UtcNow + Patience;
            while (!_answers.ContainsKey(id))
            {
                Wait(deadline, method);
            }

            var answer = _answers[id];
            _answers.Remove(id);
            return answer;
        }
    }

    /// <summary>Sends a notification; the Stopwatch ticks just before it was written.</summary>
    public long Notify(string method, object parameters)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { jsonrpc = "2.0", method, @params = parameters });
        var ticks = Stopwatch.GetTimestamp();
        Write(body);
        return ticks;
    }

    /// <summary>Waits for the publishDiagnostics of a version (null: a cleared, closed document); when it arrived and how many diagnostics it had.</summary>
    public (long Ticks, int Count) WaitForPublish(string uri, int? version)
    {
        var key = (uri, version ?? -1);
        lock (_gate)
        {
            var deadline = DateTime.UtcNow + Patience;
            while (!_published.ContainsKey(key))
            {
                Wait(deadline, $"publishDiagnostics of {uri} version {version}");
            }

            var found = _published[key];
            _published.Remove(key);
            return found;
        }
    }

    /// <summary>The server's CPU time so far (user + system).</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>The server's resident set now and its peak (VmRSS, VmHWM), in bytes.</summary>
    public (long Rss, long Peak) Memory()
    {
        long Field(string name)
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.Ordinal));
            return line is null ? -1 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }

        return (Field("VmRSS"), Field("VmHWM"));
    }

    /// <summary>shutdown, exit, and the process's end.</summary>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                Request("shutdown", new { });
                Send(new { jsonrpc = "2.0", method = "exit" });
                _process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception e) when (e is IOException or TimeoutException or InvalidOperationException)
        {
            // Stopped below.
        }
        finally
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }

            _process.Dispose();
        }
    }

    // Under _gate: waits for the reader to note something, or fails with the server's stderr.
    private void Wait(DateTime deadline, string what)
    {
        var left = deadline - DateTime.UtcNow;
        if (left <= TimeSpan.Zero || _process.HasExited && !_reader.IsAlive)
        {
            string stderr;
            lock (_stderr)
            {
                stderr = _stderr.ToString();
            }

            throw new TimeoutException($"hvlint lsp: no {what} (exited: {_process.HasExited}); stderr: {stderr}");
        }

        Monitor.Wait(_gate, left < TimeSpan.FromSeconds(1) ? left : TimeSpan.FromSeconds(1));
    }

    private void Send(object message) => Write(JsonSerializer.SerializeToUtf8Bytes(message));

    private void Write(byte[] body)
    {
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n\r\n"));
        lock (_input)
        {
            _input.Write(header);
            _input.Write(body);
            _input.Flush();
        }
    }

    private void Read()
    {
        var output = _process.StandardOutput.BaseStream;
        var header = new StringBuilder();
        try
        {
            while (true)
            {
                // Headers up to the empty line; only Content-Length matters.
                header.Clear();
                while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
                {
                    var b = output.ReadByte();
                    if (b < 0)
                    {
                        return;
                    }

                    header.Append((char)b);
                }

                var length = header.ToString().Split("\r\n").Where(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                    .Select(l => int.Parse(l["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture)).First();
                var body = new byte[length];
                output.ReadExactly(body);
                var arrived = Stopwatch.GetTimestamp();
                using var message = JsonDocument.Parse(body);
                Handle(message.RootElement, arrived);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or EndOfStreamException)
        {
            // The server went away.
        }
        finally
        {
            lock (_gate)
            {
                Monitor.PulseAll(_gate);
            }
        }
    }

    private void Handle(JsonElement message, long arrived)
    {
        var method = message.TryGetProperty("method", out var m) ? m.GetString() : null;
        var hasId = message.TryGetProperty("id", out var id);
        if (method is null && hasId)
        {
            lock (_gate)
            {
                _answers[id.GetInt32()] = message.TryGetProperty("result", out var result) && result.ValueKind != JsonValueKind.Null ? result.Clone() : null;
                Monitor.PulseAll(_gate);
            }
        }
        else if (method is not null && hasId)
        {
            // A request of the server (registerCapability, workDoneProgress/create): answered with null.
            Send(new { jsonrpc = "2.0", id = id.Clone(), result = (object?)null });
        }
        else if (method == "textDocument/publishDiagnostics")
        {
            var parameters = message.GetProperty("params");
            var uri = parameters.GetProperty("uri").GetString()!;
            var version = parameters.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : -1;
            lock (_gate)
            {
                _published[(uri, version)] = (arrived, parameters.GetProperty("diagnostics").GetArrayLength());
                Monitor.PulseAll(_gate);
            }
        }
    }
}

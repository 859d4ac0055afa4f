using System.Diagnostics;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;

namespace HvLint.LanguageServer.Tests;

/// <summary>
/// A client of the real server process: 'dotnet hvlint.dll lsp' over its stdin and stdout with
/// StreamJsonRpc and LSP's header framing. Messages are built as JSON from the specification's
/// names, not from the server's own types, so a wrong name fails here.
/// </summary>
internal sealed class LspClient : IAsyncDisposable
{
    /// <summary>How long to wait for something the server should send soon (generous: builds share the machine).</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly JsonRpc _rpc;
    private readonly List<JObject> _published = [];
    private readonly List<JObject> _logged = [];
    private readonly List<JObject> _registrations = [];
    private readonly SemaphoreSlim _arrived = new(0);

    private LspClient(Process process)
    {
        _process = process;
        _rpc = new JsonRpc(new HeaderDelimitedMessageHandler(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, new JsonMessageFormatter()));
        _rpc.AddLocalRpcTarget(new Target(this), new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        _rpc.StartListening();
    }

    public Process Process => _process;

    /// <summary>Every textDocument/publishDiagnostics received so far, in order.</summary>
    public IReadOnlyList<JObject> Published
    {
        get
        {
            lock (_published)
            {
                return [.. _published];
            }
        }
    }

    public IReadOnlyList<JObject> Logged
    {
        get
        {
            lock (_published)
            {
                return [.. _logged];
            }
        }
    }

    /// <summary>Every client/registerCapability the server sent, in order.</summary>
    public IReadOnlyList<JObject> Registrations
    {
        get
        {
            lock (_published)
            {
                return [.. _registrations];
            }
        }
    }

    /// <summary>What the client answers to workspace/configuration for the 'hvlint' section.</summary>
    public JToken? Settings { get; set; }

    /// <summary>How many workspace/configuration requests the server sent.</summary>
    public int ConfigurationRequests { get; private set; }

    public static LspClient Start()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "hvlint.dll"));
        start.ArgumentList.Add("lsp");
        start.ArgumentList.Add("--stdio");
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start hvlint lsp");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return new LspClient(process);
    }

    public Task<JToken?> RequestAsync(string method, object parameters) =>
        _rpc.InvokeWithParameterObjectAsync<JToken?>(method, parameters).WaitAsync(Patience);

    public Task NotifyAsync(string method, object? parameters = null) => _rpc.NotifyWithParameterObjectAsync(method, parameters);

    public async Task<JObject> InitializeAsync(object? capabilities = null, object? initializationOptions = null, string? rootUri = null)
    {
        var result = (JObject)(await RequestAsync("initialize", new
        {
            processId = Environment.ProcessId,
            rootUri,
            capabilities = capabilities ?? new { },
            initializationOptions,
        }))!;
        await NotifyAsync("initialized", new { });
        return result;
    }

    /// <summary>textDocument/completion at a position, invoked by the user; the items of the list (or array) answered.</summary>
    public async Task<JArray> CompletionAsync(string uri, int line, int character)
    {
        var result = await RequestAsync("textDocument/completion", new { textDocument = new { uri }, position = new { line, character }, context = new { triggerKind = 1 } });
        return result switch
        {
            JArray items => items,
            JObject list => (JArray)list["items"]!,
            _ => [],
        };
    }

    /// <summary>Waits for a publishDiagnostics that matches, received before the call or after (from the <paramref name="from"/>th on).</summary>
    public async Task<JObject> WaitForDiagnosticsAsync(Func<JObject, bool> match, int from = 0)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var found = Published.Skip(from).FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left))
            {
                throw new TimeoutException("no matching publishDiagnostics; received: " + string.Join(", ", Published.Select(p => p.ToString(Newtonsoft.Json.Formatting.None))));
            }
        }
    }

    public Task<JObject> WaitForVersionAsync(string uri, int version) =>
        WaitForDiagnosticsAsync(p => (string?)p["uri"] == uri && (int?)p["version"] == version);

    /// <summary>shutdown then exit; the process's exit code.</summary>
    public async Task<int> ShutdownAsync()
    {
        var result = await RequestAsync("shutdown", new { });
        Assert.True(result is null || result.Type == JTokenType.Null, "shutdown answers null");
        await NotifyAsync("exit");
        using var timeout = new CancellationTokenSource(Patience);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        _rpc.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _arrived.Dispose();
    }

    private sealed class Target(LspClient client)
    {
        [JsonRpcMethod("textDocument/publishDiagnostics")]
        public void Publish(JObject parameters)
        {
            lock (client._published)
            {
                client._published.Add(parameters);
            }

            client._arrived.Release();
        }

        [JsonRpcMethod("client/registerCapability")]
        public object? Register(JObject parameters)
        {
            lock (client._published)
            {
                client._registrations.Add(parameters);
            }

            return null;
        }

        [JsonRpcMethod("workspace/configuration")]
        public JArray Configuration(JObject parameters)
        {
            client.ConfigurationRequests++;
            return [.. ((JArray)parameters["items"]!).Select(_ => client.Settings?.DeepClone() ?? JValue.CreateNull())];
        }

        [JsonRpcMethod("window/logMessage")]
        public void LogMessage(JObject parameters)
        {
            lock (client._published)
            {
                client._logged.Add(parameters);
            }
        }
    }
}

using Newtonsoft.Json.Linq;
using StreamJsonRpc;

namespace HvLint.LanguageServer.Tests;

/// <summary>The server's lifecycle, the editor's settings, the watcher it registers, and documents that apply other open documents.</summary>
public sealed class LifecycleTests : IDisposable
{
    private const string Key = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration";
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n[" + Key + "]\r\n";
    private const string Scheduler = "@echo off\r\nbcdedit /set {current} hypervisorschedulertype core\r\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("hvlint-lifecycle-").FullName;

    public LifecycleTests() => Directory.CreateDirectory(Path.Combine(_folder, ".git"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Requests_before_initialize_are_refused_notifications_dropped_and_after_shutdown_requests_are_invalid()
    {
        await using var client = LspClient.Start();
        var uri = Uri(Path.Combine(_folder, "early.reg"));
        var hover = new { textDocument = new { uri }, position = new { line = 0, character = 0 } };
        var refused = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync("textDocument/hover", hover));
        Assert.Equal(-32002, refused.ErrorCode);

        // Opened before initialize: dropped, so never linted.
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "reg", version = 1, text = Header + "\"EnableCompresion\"=dword:00000001\r\n" } });
        await client.InitializeAsync();
        var later = Uri(Path.Combine(_folder, "later.reg"));
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = later, languageId = "reg", version = 1, text = Header } });
        await client.WaitForVersionAsync(later, 1);
        Assert.DoesNotContain(client.Published, p => (string?)p["uri"] == uri);
        var answer = await client.RequestAsync("textDocument/hover", hover);
        Assert.True(answer is null || answer.Type == JTokenType.Null, "a hover after initialize is answered");

        var again = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync("initialize", new { processId = (int?)null, rootUri = (string?)null, capabilities = new { } }));
        Assert.Equal(-32600, again.ErrorCode);

        var shutdown = await client.RequestAsync("shutdown", new { });
        Assert.True(shutdown is null || shutdown.Type == JTokenType.Null, "shutdown answers null");
        var invalid = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync("textDocument/hover", hover));
        Assert.Equal(-32600, invalid.ErrorCode);
        await client.NotifyAsync("exit");
        await client.Process.WaitForExitAsync().WaitAsync(LspClient.Patience);
        Assert.Equal(0, client.Process.ExitCode);
    }

    [Fact]
    public async Task The_target_of_initialization_options_decides_a_release_dependent_finding_unless_hvlint_json_names_one()
    {
        await using (var client = LspClient.Start())
        {
            await client.InitializeAsync(initializationOptions: new { target = "ws2012r2" });
            var uri = Uri(Path.Combine(_folder, "scheduler.cmd"));
            await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "bat", version = 1, text = Scheduler } });
            Assert.Equal("HV0402", (string)Assert.Single((await client.WaitForVersionAsync(uri, 1))["diagnostics"]!)["code"]!);
            Assert.Equal(0, await client.ShutdownAsync());
        }

        // hvlint.json wins over the editor.
        File.WriteAllText(Path.Combine(_folder, "hvlint.json"), "{ \"target\": \"ws2016\" }");
        await using (var client = LspClient.Start())
        {
            await client.InitializeAsync(initializationOptions: new { target = "ws2012r2" });
            var uri = Uri(Path.Combine(_folder, "scheduler2.cmd"));
            await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "bat", version = 1, text = Scheduler } });
            Assert.Empty((await client.WaitForVersionAsync(uri, 1))["diagnostics"]!);
            Assert.Equal(0, await client.ShutdownAsync());
        }
    }

    [Fact]
    public async Task Pushed_settings_relint_open_documents_and_hvlint_json_wins_where_it_speaks()
    {
        File.WriteAllText(Path.Combine(_folder, "hvlint.json"), "{ \"rules\": { \"UnknownValueName\": \"error\" } }");
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        var uri = Uri(Path.Combine(_folder, "migration.reg"));
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "reg", version = 1, text = Header + "\"EnableCompresion\"=dword:00000001\r\n" } });
        await client.WaitForVersionAsync(uri, 1);
        var scheduler = Uri(Path.Combine(_folder, "scheduler.cmd"));
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = scheduler, languageId = "bat", version = 1, text = Scheduler } });
        Assert.Empty((await client.WaitForVersionAsync(scheduler, 1))["diagnostics"]!);

        var before = client.Published.Count;
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { hvlint = new { target = "ws2012r2", rules = new { HV0101 = "off" } } } });

        // The target applies where hvlint.json names none; HV0101 stays an error, as hvlint.json says.
        var relinted = await client.WaitForDiagnosticsAsync(p => (string?)p["uri"] == scheduler, before);
        Assert.Equal("HV0402", (string)Assert.Single(relinted["diagnostics"]!)["code"]!);
        var same = await client.WaitForDiagnosticsAsync(p => (string?)p["uri"] == uri, before);
        Assert.Equal(1, (int)Assert.Single(same["diagnostics"]!)["severity"]!);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task A_client_that_answers_workspace_configuration_is_asked_after_initialized_and_on_each_change()
    {
        await using var client = LspClient.Start();
        client.Settings = new JObject { ["rules"] = new JObject { ["HV0101"] = "off" } };
        await client.InitializeAsync(new { workspace = new { configuration = true } });
        var uri = Uri(Path.Combine(_folder, "migration.reg"));
        var text = Header + "\"EnableCompresion\"=dword:00000001\r\n";

        // The pull after initialized may answer after the open: the last publication has no finding.
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "reg", version = 1, text } });
        await WaitUntilAsync(() => client.ConfigurationRequests >= 1);
        await client.WaitForDiagnosticsAsync(p => (string?)p["uri"] == uri && !p["diagnostics"]!.Any());

        var before = client.Published.Count;
        client.Settings = new JObject { ["rules"] = new JObject { ["unknown-name"] = "error" } };
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = (object?)null });
        var published = await client.WaitForDiagnosticsAsync(p => (string?)p["uri"] == uri, before);
        Assert.Equal(1, (int)Assert.Single(published["diagnostics"]!)["severity"]!);
        Assert.Equal(2, client.ConfigurationRequests);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_configuration_watcher_is_registered_only_with_a_client_that_registers_dynamically(bool dynamic)
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync(new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = dynamic } } });

        // A request answered after initialized: a registration sent from it has arrived.
        var uri = Uri(Path.Combine(_folder, "a.reg"));
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "reg", version = 1, text = Header } });
        await client.WaitForVersionAsync(uri, 1);
        _ = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 0, character = 0 } });
        if (!dynamic)
        {
            Assert.Empty(client.Registrations);
        }
        else
        {
            await WaitUntilAsync(() => client.Registrations.Count > 0);
            var registration = Assert.Single(Assert.Single(client.Registrations)["registrations"]!);
            Assert.Equal("workspace/didChangeWatchedFiles", (string)registration["method"]!);
            Assert.Equal(["**/hvlint.json", "**/.hvlint.json"], registration["registerOptions"]!["watchers"]!.Select(w => (string)w["globPattern"]!));
        }

        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Editing_an_applied_buffer_relints_the_document_that_applies_it_and_its_findings_go_where_the_user_looks()
    {
        var script = Path.Combine(_folder, "apply.cmd");
        var scriptText = "@echo off\r\nreg add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration\" /v MaximumActiveTransfers /t REG_DWORD /d 16 /f\r\nreg import tuning.reg\r\n";
        var tuning = Path.Combine(_folder, "tuning.reg");
        var conflicting = Header + "\"MaximumActiveTransfers\"=dword:00000020\r\n";
        var agreeing = Header + "\"MaximumActiveTransfers\"=dword:00000010\r\n";
        File.WriteAllText(script, scriptText);
        File.WriteAllText(tuning, conflicting);

        await using var client = LspClient.Start();
        await client.InitializeAsync();
        var scriptUri = Uri(script);
        var tuningUri = Uri(tuning);
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = tuningUri, languageId = "reg", version = 1, text = agreeing } });
        await client.WaitForVersionAsync(tuningUri, 1);
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = scriptUri, languageId = "bat", version = 1, text = scriptText } });
        Assert.DoesNotContain((await client.WaitForVersionAsync(scriptUri, 1))["diagnostics"]!, d => (string?)d["code"] == "HV0701");

        // The applied buffer changes (unsaved): the script is linted again, and the conflict it
        // now finds in tuning.reg is shown there, with the script's write as related information.
        var before = client.Published.Count;
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = tuningUri, version = 2 }, contentChanges = new[] { new { text = conflicting } } });
        await client.WaitForDiagnosticsAsync(p => (string?)p["uri"] == scriptUri, before);
        var onTuning = await client.WaitForDiagnosticsAsync(p => (string?)p["uri"] == tuningUri && p["diagnostics"]!.Any(d => (string?)d["code"] == "HV0701"), before);
        var conflict = onTuning["diagnostics"]!.Single(d => (string?)d["code"] == "HV0701");
        Assert.Equal(3, (int)conflict["range"]!["start"]!["line"]!);
        Assert.Contains(conflict["relatedInformation"]!, r => (string?)r["location"]!["uri"] == scriptUri);

        // Closed, tuning.reg is read from the disk (the same conflict): the finding is shown on
        // the script's 'reg import' line, pointing to its place in tuning.reg.
        before = client.Published.Count;
        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = tuningUri } });
        var onScript = await client.WaitForDiagnosticsAsync(p => (string?)p["uri"] == scriptUri && p["diagnostics"]!.Any(d => (string?)d["code"] == "HV0701"), before);
        var moved = onScript["diagnostics"]!.Single(d => (string?)d["code"] == "HV0701");
        Assert.Equal(2, (int)moved["range"]!["start"]!["line"]!);
        Assert.StartsWith("tuning.reg:4:", (string)moved["message"]!, StringComparison.Ordinal);
        Assert.Equal(tuningUri, (string)moved["relatedInformation"]![0]!["location"]!["uri"]!);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    private static string Uri(string path) => new Uri(path).AbsoluteUri;

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + LspClient.Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(20);
        }
    }
}

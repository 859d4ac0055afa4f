using System.Diagnostics;
using Newtonsoft.Json.Linq;

namespace HvLint.LanguageServer.Tests;

/// <summary>The "suppress on this line" and "disable in hvlint.json" actions, applied as an editor applies them.</summary>
public sealed class CodeActionTests : IDisposable
{
    private const string Key = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration";
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n[" + Key + "]\r\n";

    private static readonly object s_createFiles = new { workspace = new { workspaceEdit = new { documentChanges = true, resourceOperations = new[] { "create" } } } };

    private readonly string _folder = Directory.CreateTempSubdirectory("hvlint-actions-").FullName;

    public CodeActionTests() => Directory.CreateDirectory(Path.Combine(_folder, ".git"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Suppress_inserts_a_directive_the_cli_honours_and_asks_for_a_reason()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        var path = Path.Combine(_folder, "migration.reg");
        var text = Header + "  \"EnableCompresion\"=dword:00000001\r\n";
        var (uri, diagnostic) = await OpenWithFindingAsync(client, path, "reg", text, "HV0101");

        var action = await ActionAsync(client, uri, diagnostic, "Suppress HV0101 on this line");
        Assert.Equal("quickfix", (string)action["kind"]!);
        Assert.Null(action["isPreferred"]);
        var change = Assert.Single(action["edit"]!["documentChanges"]!);
        var suppressed = ProtocolTests.Apply(text, change["edits"]!);

        // A comment line of its own, in .reg's syntax, with the statement's indentation and CR LF.
        Assert.Equal(Header + "  ; hvlint-disable-next-line HV0101 --\r\n  \"EnableCompresion\"=dword:00000001\r\n", suppressed);

        // The CLI honours it: HV0101 is suppressed, and HV0982 asks for the reason.
        File.WriteAllText(path, suppressed);
        var (exit, output) = await CheckAsync(path);
        Assert.DoesNotContain("warning HV0101", output, StringComparison.Ordinal);
        Assert.Contains("HV0982", output, StringComparison.Ordinal);
        Assert.Contains("(1 suppressed)", output, StringComparison.Ordinal);
        Assert.Equal(1, exit);

        // So does the server: the next publication has HV0982 on the new line and no HV0101.
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version = 2 }, contentChanges = new[] { new { text = suppressed } } });
        var published = await client.WaitForVersionAsync(uri, 2);
        var left = Assert.Single(published["diagnostics"]!);
        Assert.Equal("HV0982", (string)left["code"]!);
        Assert.Equal(3, (int)left["range"]!["start"]!["line"]!);

        // Writing the reason clears it.
        var reasoned = suppressed.Replace("HV0101 --", "HV0101 -- read by the Contoso agent", StringComparison.Ordinal);
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version = 3 }, contentChanges = new[] { new { text = reasoned } } });
        Assert.Empty((await client.WaitForVersionAsync(uri, 3))["diagnostics"]!);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Suppress_in_a_batch_file_uses_its_comment_style_and_in_a_continued_statement_goes_above_it()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        var path = Path.Combine(_folder, "tune.cmd");
        var text = "@echo off\n:: Migration tuning\nreg add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration\" ^\n  /v EnableCompresion /t REG_DWORD /d 1 /f\n";
        var (uri, diagnostic) = await OpenWithFindingAsync(client, path, "bat", text, "HV0101");

        var action = await ActionAsync(client, uri, diagnostic, "Suppress HV0101 on this line");
        var suppressed = ProtocolTests.Apply(text, Assert.Single(action["edit"]!["documentChanges"]!)["edits"]!);
        Assert.Equal("@echo off\n:: Migration tuning\n:: hvlint-disable-next-line HV0101 --\nreg add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration\" ^\n  /v EnableCompresion /t REG_DWORD /d 1 /f\n", suppressed);

        File.WriteAllText(path, suppressed);
        var (_, output) = await CheckAsync(path);
        Assert.DoesNotContain("warning HV0101", output, StringComparison.Ordinal);
        Assert.Contains("(1 suppressed)", output, StringComparison.Ordinal);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Suppress_in_powershell_goes_above_a_command_continued_with_a_backtick_with_its_indentation()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        var path = Path.Combine(_folder, "tune.ps1");
        var text = "function Set-Tuning {\n    Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration' `\n        -Name EnableCompresion -Value 1\n}\n";
        var (uri, diagnostic) = await OpenWithFindingAsync(client, path, "powershell", text, "HV0101");
        Assert.Equal(2, (int)diagnostic["range"]!["start"]!["line"]!);

        var action = await ActionAsync(client, uri, diagnostic, "Suppress HV0101 on this line");
        var suppressed = ProtocolTests.Apply(text, Assert.Single(action["edit"]!["documentChanges"]!)["edits"]!);
        Assert.Equal(text.Replace("{\n    Set-", "{\n    # hvlint-disable-next-line HV0101 --\n    Set-", StringComparison.Ordinal), suppressed);

        File.WriteAllText(path, suppressed);
        var (_, output) = await CheckAsync(path);
        Assert.DoesNotContain("warning HV0101", output, StringComparison.Ordinal);
        Assert.Contains("(1 suppressed)", output, StringComparison.Ordinal);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Disable_in_an_existing_hvlint_json_adds_the_rule_and_keeps_the_rest_as_written()
    {
        var configuration = Path.Combine(_folder, "hvlint.json");
        var original = "{\n    // the hosts\n    \"target\": \"ws2022\",\n    \"rules\": {\n        \"security\": \"error\"\n    }\n}\n";
        File.WriteAllText(configuration, original);
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        var path = Path.Combine(_folder, "hosts", "migration.reg");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var (uri, diagnostic) = await OpenWithFindingAsync(client, path, "reg", Header + "\"EnableCompresion\"=dword:00000001\r\n", "HV0101");

        var action = await ActionAsync(client, uri, diagnostic, "Disable HV0101 in hvlint.json");
        Assert.Equal("quickfix", (string)action["kind"]!);
        var change = Assert.Single(action["edit"]!["documentChanges"]!);
        Assert.Equal(Uri(configuration), (string)change["textDocument"]!["uri"]!);
        Assert.Equal(JTokenType.Null, change["textDocument"]!["version"]!.Type);
        var edited = ProtocolTests.Apply(original, change["edits"]!);
        Assert.Equal("{\n    // the hosts\n    \"target\": \"ws2022\",\n    \"rules\": {\n        \"security\": \"error\",\n        \"HV0101\": \"off\"\n    }\n}\n", edited);

        // Saved, the watcher reports it: the finding goes, in the server and in the CLI.
        var before = client.Published.Count;
        File.WriteAllText(configuration, edited);
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = Uri(configuration), type = 2 } } });
        var published = await client.WaitForDiagnosticsAsync(p => (string?)p["uri"] == uri, before);
        Assert.Empty(published["diagnostics"]!);
        var (exit, output) = await CheckAsync(path);
        Assert.True(exit == 0, output);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Disable_in_an_override_that_sets_the_rule_edits_that_override()
    {
        var configuration = Path.Combine(_folder, ".hvlint.json");
        var original = "{ \"overrides\": [ { \"files\": [\"lab/**\"], \"rules\": { \"UnknownValueName\": \"error\" } } ] }";
        File.WriteAllText(configuration, original);
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        var path = Path.Combine(_folder, "lab", "migration.reg");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var (uri, diagnostic) = await OpenWithFindingAsync(client, path, "reg", Header + "\"EnableCompresion\"=dword:00000001\r\n", "HV0101");
        Assert.Equal(1, (int)diagnostic["severity"]!);

        var action = await ActionAsync(client, uri, diagnostic, "Disable HV0101 in .hvlint.json");
        var edited = ProtocolTests.Apply(original, Assert.Single(action["edit"]!["documentChanges"]!)["edits"]!);
        Assert.Equal("{ \"overrides\": [ { \"files\": [\"lab/**\"], \"rules\": { \"UnknownValueName\": \"off\" } } ] }", edited);
        File.WriteAllText(configuration, edited);
        var check = await CheckAsync(path);
        Assert.True(check.Exit == 0, check.Output);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Without_configuration_disable_creates_hvlint_json_at_the_workspace_folder_when_the_client_can()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync(s_createFiles, rootUri: Uri(_folder));
        var path = Path.Combine(_folder, "hosts", "migration.reg");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var (uri, diagnostic) = await OpenWithFindingAsync(client, path, "reg", Header + "\"EnableCompresion\"=dword:00000001\r\n", "HV0101");

        var action = await ActionAsync(client, uri, diagnostic, "Disable HV0101 in a new hvlint.json");
        var changes = (JArray)action["edit"]!["documentChanges"]!;
        var configuration = Path.Combine(_folder, "hvlint.json");
        Assert.Equal("create", (string)changes[0]["kind"]!);
        Assert.Equal(Uri(configuration), (string)changes[0]["uri"]!);
        Assert.Equal(Uri(configuration), (string)changes[1]["textDocument"]!["uri"]!);
        var created = ProtocolTests.Apply(string.Empty, changes[1]["edits"]!);

        var before = client.Published.Count;
        File.WriteAllText(configuration, created);
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = Uri(configuration), type = 1 } } });
        Assert.Empty((await client.WaitForDiagnosticsAsync(p => (string?)p["uri"] == uri, before))["diagnostics"]!);
        var check = await CheckAsync(path);
        Assert.True(check.Exit == 0, check.Output);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Without_configuration_and_without_file_creation_no_disable_action_is_offered()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        var path = Path.Combine(_folder, "migration.reg");
        var (uri, diagnostic) = await OpenWithFindingAsync(client, path, "reg", Header + "\"EnableCompresion\"=dword:00000001\r\n", "HV0101");
        var actions = await ActionsAsync(client, uri, diagnostic);
        Assert.Contains(actions, a => (string?)a["title"] == "Suppress HV0101 on this line");
        Assert.DoesNotContain(actions, a => ((string?)a["title"])!.StartsWith("Disable", StringComparison.Ordinal));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task An_unreadable_hvlint_json_gets_no_disable_action()
    {
        File.WriteAllText(Path.Combine(_folder, "hvlint.json"), "{ \"rules\": { \"HV0101\": \"warning\", }");
        await using var client = LspClient.Start();
        await client.InitializeAsync(s_createFiles);
        var uri = Uri(Path.Combine(_folder, "migration.reg"));
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "reg", version = 1, text = Header + "\"EnableCompresion\"=dword:00000001\r\n" } });
        await client.WaitForVersionAsync(uri, 1);
        var range = new { start = new { line = 3, character = 0 }, end = new { line = 3, character = 5 } };
        var actions = (JArray)(await client.RequestAsync("textDocument/codeAction", new { textDocument = new { uri }, range, context = new { diagnostics = Array.Empty<object>() } }))!;
        Assert.DoesNotContain(actions, a => ((string?)a["title"])!.StartsWith("Disable", StringComparison.Ordinal));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    internal static string Uri(string path) => new Uri(path).AbsoluteUri;

    private static async Task<(string Uri, JToken Diagnostic)> OpenWithFindingAsync(LspClient client, string path, string languageId, string text, string rule)
    {
        var uri = Uri(path);
        File.WriteAllText(path, text);
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId, version = 1, text } });
        var published = await client.WaitForVersionAsync(uri, 1);
        return (uri, Assert.Single(published["diagnostics"]!, d => (string?)d["code"] == rule));
    }

    private static async Task<JArray> ActionsAsync(LspClient client, string uri, JToken diagnostic) =>
        (JArray)(await client.RequestAsync("textDocument/codeAction", new { textDocument = new { uri }, range = diagnostic["range"], context = new { diagnostics = new[] { diagnostic } } }))!;

    private static async Task<JToken> ActionAsync(LspClient client, string uri, JToken diagnostic, string title) =>
        Assert.Single(await ActionsAsync(client, uri, diagnostic), a => (string?)a["title"] == title);

    /// <summary>'hvlint check FILE': its exit code and output.</summary>
    internal static async Task<(int Exit, string Output)> CheckAsync(string path)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(path)! };
        foreach (var a in (string[])[Path.Combine(AppContext.BaseDirectory, "hvlint.dll"), "check", path])
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}

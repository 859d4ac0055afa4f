using Newtonsoft.Json.Linq;

namespace HvLint.LanguageServer.Tests;

/// <summary>The real 'hvlint lsp' process driven as an editor drives it.</summary>
public sealed class ProtocolTests : IDisposable
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]\r\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("hvlint-lsp-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_misspelt_value_name_is_reported_fixed_by_its_quick_fix_and_cleared_by_the_edit()
    {
        await using var client = LspClient.Start();
        var init = await client.InitializeAsync();
        var capabilities = init["capabilities"]!;
        Assert.Equal(2, (int)capabilities["textDocumentSync"]!["change"]!);
        Assert.True((bool)capabilities["textDocumentSync"]!["openClose"]!);
        Assert.NotNull(capabilities["textDocumentSync"]!["save"]);
        Assert.Equal(["quickfix", "source.fixAll.hvlint"], capabilities["codeActionProvider"]!["codeActionKinds"]!.Select(k => (string)k!));

        var uri = Uri(Path.Combine(_folder, "migration.reg"));
        var text = Header + "\"EnableCompresion\"=dword:00000001\r\n";
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "reg", version = 1, text } });

        var published = await client.WaitForVersionAsync(uri, 1);
        var diagnostic = Assert.Single(published["diagnostics"]!);
        Assert.Equal("HV0101", (string)diagnostic["code"]!);
        Assert.Equal("hvlint", (string)diagnostic["source"]!);
        Assert.EndsWith("docs/rules/HV0101.md", (string)diagnostic["codeDescription"]!["href"]!, StringComparison.Ordinal);
        Assert.Equal(2, (int)diagnostic["severity"]!); // Warning: the rule's default, no configuration here.
        Assert.Contains("EnableCompression", (string)diagnostic["message"]!, StringComparison.Ordinal);
        Assert.Contains(1, diagnostic["tags"]!.Select(t => (int)t)); // Unnecessary: nothing reads the value.
        var range = diagnostic["range"]!;
        Assert.Equal(3, (int)range["start"]!["line"]!);
        Assert.Equal(0, (int)range["start"]!["character"]!);
        Assert.Equal(3, (int)range["end"]!["line"]!);
        Assert.Equal("\"EnableCompresion\"".Length, (int)range["end"]!["character"]!);

        var actions = (JArray)(await client.RequestAsync("textDocument/codeAction", new { textDocument = new { uri }, range, context = new { diagnostics = new[] { diagnostic } } }))!;
        var fix = Assert.Single(actions, a => (string?)a["kind"] == "quickfix" && ((string?)a["title"])!.Contains("EnableCompression", StringComparison.Ordinal));
        var documentEdit = Assert.Single(fix["edit"]!["documentChanges"]!);
        Assert.Equal(uri, (string)documentEdit["textDocument"]!["uri"]!);
        Assert.Equal(1, (int)documentEdit["textDocument"]!["version"]!);
        var fixedText = Apply(text, documentEdit["edits"]!);
        Assert.Equal(Header + "\"EnableCompression\"=dword:00000001\r\n", fixedText);

        // The user types the fix instead: an incremental change inserting the missing 's'.
        var at = new { line = 3, character = "\"EnableCompres".Length };
        await client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri, version = 2 },
            contentChanges = new[] { new { range = new { start = at, end = at }, text = "s" } },
        });
        var cleared = await client.WaitForVersionAsync(uri, 2);
        Assert.Empty(cleared["diagnostics"]!);

        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Rapid_edits_end_with_the_findings_of_the_last_version_and_never_an_older_one_after_a_newer()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        var uri = Uri(Path.Combine(_folder, "rapid.reg"));
        var line = Header.Count(c => c == '\n');
        var text = Header + "\"Name1\"=dword:00000001\r\n";
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "reg", version = 1, text } });

        // Each change renames the value: "Name1" becomes "Name2", ... "Name21".
        for (var version = 2; version <= 21; version++)
        {
            var previous = "\"Name" + (version - 1) + "\"";
            await client.NotifyAsync("textDocument/didChange", new
            {
                textDocument = new { uri, version },
                contentChanges = new[]
                {
                    new { range = new { start = new { line, character = 0 }, end = new { line, character = previous.Length } }, text = "\"Name" + version + "\"" },
                },
            });
        }

        var last = await client.WaitForVersionAsync(uri, 21);
        var diagnostic = Assert.Single(last["diagnostics"]!);
        Assert.Contains("'Name21'", (string)diagnostic["message"]!, StringComparison.Ordinal);

        // A request answered after the last publication: anything still in flight has arrived.
        _ = await client.RequestAsync("textDocument/codeAction", new { textDocument = new { uri }, range = diagnostic["range"], context = new { diagnostics = Array.Empty<object>() } });
        var versions = client.Published.Where(p => (string?)p["uri"] == uri).Select(p => (int)p["version"]!).ToList();
        Assert.Equal(versions.Order(), versions);
        Assert.Equal(21, versions[^1]);
        Assert.Equal(versions.Distinct(), versions);

        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task A_binary_or_malformed_document_does_not_stop_the_server()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        var binary = Uri(Path.Combine(_folder, "binary.reg"));
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = binary, languageId = "reg", version = 1, text = "\0\u0001\uFFFD\uD800PK\u0003\u0004\0\0[HKEY_LOCAL_MACHINE\\\0\"" } });
        var script = Uri(Path.Combine(_folder, "broken.ps1"));
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = script, languageId = "powershell", version = 1, text = "Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization' -Name @( { \"unterminated" } });
        await client.WaitForVersionAsync(binary, 1);
        await client.WaitForVersionAsync(script, 1);

        // Still serving: a good document after them is linted as usual.
        var good = Uri(Path.Combine(_folder, "good.reg"));
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = good, languageId = "reg", version = 1, text = Header + "\"EnableCompresion\"=dword:00000001\r\n" } });
        var published = await client.WaitForVersionAsync(good, 1);
        Assert.Equal("HV0101", (string)Assert.Single(published["diagnostics"]!)["code"]!);
        Assert.False(client.Process.HasExited);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Closing_a_document_clears_its_findings()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        var uri = Uri(Path.Combine(_folder, "closed.reg"));
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "reg", version = 1, text = Header + "\"EnableCompresion\"=dword:00000001\r\n" } });
        await client.WaitForVersionAsync(uri, 1);
        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri } });
        var cleared = await client.WaitForDiagnosticsAsync(p => (string?)p["uri"] == uri && p["version"] is null);
        Assert.Empty(cleared["diagnostics"]!);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Exit_without_shutdown_exits_with_1()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        await client.NotifyAsync("exit");
        using var timeout = new CancellationTokenSource(LspClient.Patience);
        await client.Process.WaitForExitAsync(timeout.Token);
        Assert.Equal(1, client.Process.ExitCode);
    }

    [Fact]
    public async Task The_configuration_hvlint_check_finds_sets_the_severity_and_a_conflict_relates_the_other_write()
    {
        File.WriteAllText(Path.Combine(_folder, "hvlint.json"), """{ "rules": { "HV0101": "error" } }""");
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        var uri = Uri(Path.Combine(_folder, "configured.reg"));
        var text = Header + "\"EnableCompresion\"=dword:00000001\r\n\"MaximumActiveTransfers\"=dword:00000010\r\n\"MaximumActiveTransfers\"=dword:00000020\r\n";
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "reg", version = 1, text } });
        var diagnostics = (await client.WaitForVersionAsync(uri, 1))["diagnostics"]!;

        Assert.Equal(1, (int)Assert.Single(diagnostics, d => (string?)d["code"] == "HV0101")["severity"]!); // Error, from hvlint.json.
        var conflict = Assert.Single(diagnostics, d => (string?)d["code"] == "HV0701");
        Assert.Equal(5, (int)conflict["range"]!["start"]!["line"]!);
        var related = Assert.Single(conflict["relatedInformation"]!);
        Assert.Equal(uri, (string)related["location"]!["uri"]!);
        Assert.Equal(4, (int)related["location"]!["range"]!["start"]!["line"]!);
        Assert.False(string.IsNullOrEmpty((string?)related["message"]));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task A_linked_file_is_read_from_its_unsaved_buffer_before_the_disk()
    {
        // On disk, b.reg writes what a.cmd writes after importing it: nothing to report.
        const string Migration = @"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";
        var linked = Path.Combine(_folder, "b.reg");
        File.WriteAllText(linked, Header + "\"MaximumActiveTransfers\"=dword:00000010\r\n");
        await using var client = LspClient.Start();
        await client.InitializeAsync();

        // In the editor, b.reg (unsaved) writes 32: a.cmd's later write of 16 overrides it.
        var linkedUri = Uri(linked);
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = linkedUri, languageId = "reg", version = 1, text = Header + "\"MaximumActiveTransfers\"=dword:00000020\r\n" } });
        var uri = Uri(Path.Combine(_folder, "a.cmd"));
        var script = "reg import b.reg\r\nreg add \"" + Migration + "\" /v MaximumActiveTransfers /t REG_DWORD /d 16 /f\r\n";
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "bat", version = 1, text = script } });

        var conflict = Assert.Single((await client.WaitForVersionAsync(uri, 1))["diagnostics"]!);
        Assert.Equal("HV0701", (string)conflict["code"]!);
        Assert.Equal(1, (int)conflict["range"]!["start"]!["line"]!);
        var related = Assert.Single(conflict["relatedInformation"]!);
        Assert.Equal(linkedUri, (string)related["location"]!["uri"]!);
        Assert.Equal(3, (int)related["location"]!["range"]!["start"]!["line"]!);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Fix_all_applies_the_safe_fixes_and_leaves_the_unsafe_ones()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        var uri = Uri(Path.Combine(_folder, "fixall.cmd"));
        const string Key = @"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";
        var text = "reg add \"" + Key + "\" /v MaximumActiveTransfers /t REG_DWORD /d 4\r\n"
            + "reg add \"" + Key + "\" /v EnableCompresion /t REG_DWORD /d 1 /f\r\n";
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "bat", version = 1, text } });
        await client.WaitForVersionAsync(uri, 1);

        var whole = new { start = new { line = 0, character = 0 }, end = new { line = 2, character = 0 } };
        var actions = (JArray)(await client.RequestAsync("textDocument/codeAction", new { textDocument = new { uri }, range = whole, context = new { diagnostics = Array.Empty<object>(), only = new[] { "source.fixAll" } } }))!;
        var fixAll = Assert.Single(actions);
        Assert.Equal("source.fixAll.hvlint", (string)fixAll["kind"]!);
        var fixedText = Apply(text, Assert.Single(fixAll["edit"]!["documentChanges"]!)["edits"]!);
        Assert.Equal("reg add \"" + Key + "\" /v MaximumActiveTransfers /t REG_DWORD /d 4 /f\r\n", fixedText.Split('\n')[0] + "\n");
        Assert.Contains("EnableCompresion", fixedText, StringComparison.Ordinal); // a rename is unsafe: not applied
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task A_changed_hvlint_json_reported_by_the_client_is_read_again()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        var uri = Uri(Path.Combine(_folder, "watched.reg"));
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "reg", version = 1, text = Header + "\"EnableCompresion\"=dword:00000001\r\n" } });
        Assert.Equal(2, (int)Assert.Single((await client.WaitForVersionAsync(uri, 1))["diagnostics"]!)["severity"]!);

        var configuration = Path.Combine(_folder, "hvlint.json");
        File.WriteAllText(configuration, """{ "rules": { "HV0101": "error" } }""");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = Uri(configuration), type = 1 } } });
        var again = await client.WaitForDiagnosticsAsync(p => (string?)p["uri"] == uri && p["diagnostics"]!.Any(d => (int?)d["severity"] == 1));
        Assert.Equal("HV0101", (string)Assert.Single(again["diagnostics"]!)["code"]!);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Hover_on_a_value_name_shows_its_catalog_entry_over_the_name()
    {
        await using var client = LspClient.Start();
        var init = await client.InitializeAsync();
        Assert.True((bool)init["capabilities"]!["hoverProvider"]!);
        var uri = Uri(Path.Combine(_folder, "transfers.reg"));
        var text = Header + "\"MaximumActiveTransfers\"=dword:00000008\r\n\r\n";
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "reg", version = 1, text } });

        // Asked at once, before the first lint is published: the server does not wait for it.
        var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 3, character = 5 } });
        Assert.NotNull(hover);
        Assert.Equal("markdown", (string)hover!["contents"]!["kind"]!);
        var shown = Unescape((string)hover["contents"]!["value"]!);
        Assert.Contains("Virtualization\\Migration\\MaximumActiveTransfers", shown, StringComparison.Ordinal);
        Assert.Contains("REG_DWORD", shown, StringComparison.Ordinal);
        Assert.Contains("from 6 to 1006", shown, StringComparison.Ordinal); // The Migration entry, not Replication's 1 to 1024.
        Assert.DoesNotContain("from 1 to 1024", shown, StringComparison.Ordinal);
        Assert.Contains("vmms.exe", shown, StringComparison.Ordinal);
        Assert.Contains("Windows uses the default instead", shown, StringComparison.Ordinal);
        var range = hover["range"]!;
        Assert.Equal(3, (int)range["start"]!["line"]!);
        Assert.Equal(0, (int)range["start"]!["character"]!);
        Assert.Equal("\"MaximumActiveTransfers\"".Length, (int)range["end"]!["character"]!);

        // The data shows the same entry, over the data.
        var onData = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 3, character = "\"MaximumActiveTransfers\"=dword:000".Length } });
        Assert.Contains("from 6 to 1006", Unescape((string)onData!["contents"]!["value"]!), StringComparison.Ordinal);
        Assert.True((int)onData["range"]!["start"]!["character"]! > "\"MaximumActiveTransfers\"".Length);

        // An empty line and a position past the end of a line are on no write.
        Assert.Null(await client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 4, character = 0 } }));
        Assert.Null(await client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 1, character = 40 } }));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Hover_on_a_bcdedit_element_shows_its_values_and_whitespace_and_unknown_names_show_nothing()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        var uri = Uri(Path.Combine(_folder, "boot.cmd"));
        var text = "@echo off\r\nbcdedit /set {current} hypervisorlaunchtype auto\r\nbcdedit /set {current} nosuchelementhere on\r\n";
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "bat", version = 1, text } });
        await client.WaitForVersionAsync(uri, 1);

        var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 1, character = "bcdedit /set {current} hyper".Length } });
        Assert.NotNull(hover);
        var shown = Unescape((string)hover!["contents"]!["value"]!);
        Assert.Contains("BCD element hypervisorlaunchtype", shown, StringComparison.Ordinal);
        Assert.Contains("0 (Off)", shown, StringComparison.Ordinal);
        Assert.Contains("1 (Auto)", shown, StringComparison.Ordinal);
        var range = hover["range"]!;
        Assert.Equal(1, (int)range["start"]!["line"]!);
        Assert.Equal("bcdedit /set {current} ".Length, (int)range["start"]!["character"]!);
        Assert.Equal("bcdedit /set {current} hypervisorlaunchtype".Length, (int)range["end"]!["character"]!);

        // The space between 'bcdedit' and '/set' is on no element; an element the catalog does not know has no entry.
        Assert.Null(await client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 1, character = "bcdedit".Length } }));
        Assert.Null(await client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 2, character = "bcdedit /set {current} nosuch".Length } }));

        // A document that is not open has no hover, and the server stays up.
        Assert.Null(await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri(Path.Combine(_folder, "closed.cmd")) }, position = new { line = 0, character = 0 } }));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    // The text a Markdown renderer shows: a backslash before punctuation is an escape.
    private static string Unescape(string markdown) =>
        System.Text.RegularExpressions.Regex.Replace(markdown, @"\\([\\`*_\[\]<>|#])", "$1");

    private static string Uri(string path) => new Uri(path).AbsoluteUri;

    // LSP's positions, applied independently of the server's code: lines end at CR LF, LF or CR;
    // characters are UTF-16 code units. Edits are applied from the last to the first.
    internal static string Apply(string text, JToken edits)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        int Offset(JToken p) => starts[(int)p["line"]!] + (int)p["character"]!;
        foreach (var edit in edits.OrderByDescending(e => Offset(e["range"]!["start"]!)))
        {
            var start = Offset(edit["range"]!["start"]!);
            var end = Offset(edit["range"]!["end"]!);
            text = text[..start] + (string)edit["newText"]! + text[end..];
        }

        return text;
    }
}

/// <summary>'hvlint lsp --help' prints its usage on stdout and does not start the server.</summary>
public sealed class LspHelpTests
{
    [Fact]
    public async Task Lsp_help_describes_the_server_and_exits_0()
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var a in (string[])[Path.Combine(AppContext.BaseDirectory, "hvlint.dll"), "lsp", "--help"])
        {
            start.ArgumentList.Add(a);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(LspClient.Patience);
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(0, process.ExitCode);
        Assert.StartsWith("Usage: hvlint lsp", await stdout, StringComparison.Ordinal);
        Assert.Contains("Language Server Protocol", await stdout, StringComparison.Ordinal);
    }
}

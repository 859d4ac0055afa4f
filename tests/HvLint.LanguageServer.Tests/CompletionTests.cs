using Newtonsoft.Json.Linq;
using static HvLint.LanguageServer.Tests.CompletionItems;

namespace HvLint.LanguageServer.Tests;

/// <summary>textDocument/completion from the real server process, on buffers as they are being typed.</summary>
public sealed class CompletionTests : IAsyncLifetime
{
    private const string Migration = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration";
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n[" + Migration + "]\r\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("hvlint-complete-").FullName;
    private LspClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = LspClient.Start();
        var init = await _client.InitializeAsync();
        var triggers = init["capabilities"]!["completionProvider"]!["triggerCharacters"]!.Select(t => (string)t!).ToArray();
        Assert.Contains("\"", triggers);
        Assert.Contains(" ", triggers);
        Assert.Contains("{", triggers);
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_reg_value_name_typed_in_an_unclosed_quote_completes_to_name_type_and_data_that_lint_clean()
    {
        var text = Header + "\"EnableComp";
        var uri = await OpenAsync("typing.reg", "reg", text);

        var items = await _client.CompletionAsync(uri, 3, "\"EnableComp".Length);
        var item = Single(items, "EnableCompression");
        Assert.DoesNotContain(Labels(items), l => l.StartsWith("Maximum", StringComparison.Ordinal)); // The typed prefix narrows the list.
        Assert.Contains("REG_DWORD", (string)item["detail"]!, StringComparison.Ordinal);
        Assert.Equal("markdown", (string)item["documentation"]!["kind"]!);
        Assert.Contains("vmms.exe", (string)item["documentation"]!["value"]!, StringComparison.Ordinal);
        AssertRange(item, 3, 0, "\"EnableComp".Length);
        Assert.Equal("\"EnableCompression\"=dword:", (string)item["textEdit"]!["newText"]!);

        // Narrowed by what was typed: the client must ask again when a character is deleted.
        Assert.True((bool)(await _client.RequestAsync("textDocument/completion", new { textDocument = new { uri }, position = new { line = 3, character = "\"EnableComp".Length } }))!["isIncomplete"]!);

        // Accepted, then the data: the allowed values follow the type prefix.
        text = Apply(text, item["textEdit"]!);
        await ChangeAsync(uri, 2, text);
        var data = await _client.CompletionAsync(uri, 3, "\"EnableCompression\"=dword:".Length);
        var on = Single(data, "dword:00000001");
        Assert.Contains("on", (string)on["detail"]!, StringComparison.Ordinal);
        Assert.Contains("dword:00000000", Labels(data));
        AssertRange(on, 3, "\"EnableCompression\"=".Length, "\"EnableCompression\"=dword:".Length);
        text = Apply(text, on["textEdit"]!);
        Assert.Equal(Header + "\"EnableCompression\"=dword:00000001", text);

        await ChangeAsync(uri, 3, text + "\r\n");
        var published = await _client.WaitForVersionAsync(uri, 3);
        Assert.Empty(published["diagnostics"]!);
    }

    [Fact]
    public async Task An_empty_reg_line_offers_every_value_of_the_key_with_its_type_prefix_and_names_already_set_last()
    {
        var text = Header + "\"EnableCompression\"=dword:00000001\r\n\r\n\"MaximumActiveTransfers\"=dword:00000008\r\n";
        var uri = await OpenAsync("empty-line.reg", "reg", text);

        var items = await _client.CompletionAsync(uri, 4, 0);
        Assert.False((bool)(await _client.RequestAsync("textDocument/completion", new { textDocument = new { uri }, position = new { line = 4, character = 0 } }))!["isIncomplete"]!);
        var labels = Labels(items);
        Assert.Contains("AuthenticationType", labels);
        Assert.Contains("MemoryWalkerCount", labels);
        Assert.DoesNotContain("MaximumVirtualMachineMigrations", labels); // A value of the Virtualization key, not of Migration.
        var walker = Single(items, "MemoryWalkerCount");
        Assert.Equal("\"MemoryWalkerCount\"=dword:", (string)walker["textEdit"]!["newText"]!);
        AssertRange(walker, 4, 0, 0);
        var cluster = Single(items, "ClusterCommonNodeVmSet");
        Assert.Equal("\"ClusterCommonNodeVmSet\"=\"", (string)cluster["textEdit"]!["newText"]!); // REG_SZ: a quoted string follows.

        // The names written above and below the line rank after the others.
        var order = items.OrderBy(i => (string)i["sortText"]!, StringComparer.Ordinal).Select(i => (string)i["label"]!).ToList();
        Assert.True(order.IndexOf("EnableCompression") > order.IndexOf("MemoryWalkerCount"));
        Assert.True(order.IndexOf("MaximumActiveTransfers") > order.IndexOf("MemoryWalkerCount"));
        Assert.Contains("already set", (string)Single(items, "EnableCompression")["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_between_quotes_the_editor_closed_or_before_its_data_is_replaced_whole()
    {
        var text = Header + "\"MaximumAct\"\r\n\"EnableCompresion\"=dword:00000001\r\n";
        var uri = await OpenAsync("quotes.reg", "reg", text);

        var closed = Single(await _client.CompletionAsync(uri, 3, "\"MaximumAct".Length), "MaximumActiveTransfers");
        AssertRange(closed, 3, 0, "\"MaximumAct\"".Length);
        Assert.Equal("\"MaximumActiveTransfers\"=dword:", (string)closed["textEdit"]!["newText"]!);

        // A misspelt name with its data: only the name is replaced.
        var rename = Single(await _client.CompletionAsync(uri, 4, "\"EnableCompres".Length), "EnableCompression");
        AssertRange(rename, 4, 0, "\"EnableCompresion\"".Length);
        Assert.Equal("\"EnableCompression\"", (string)rename["textEdit"]!["newText"]!);
        Assert.Equal(Header + "\"MaximumAct\"\r\n\"EnableCompression\"=dword:00000001\r\n", Apply(text, rename["textEdit"]!));
    }

    [Fact]
    public async Task After_the_equals_sign_the_type_prefix_comes_first_then_the_allowed_values()
    {
        var uri = await OpenAsync("data.reg", "reg", Header + "\"AuthenticationType\"=");

        var items = await _client.CompletionAsync(uri, 3, "\"AuthenticationType\"=".Length);
        var prefix = Single(items, "dword:");
        Assert.True((bool)prefix["preselect"]!);
        Assert.Equal(["dword:", "dword:00000000", "dword:00000001"], items.OrderBy(i => (string)i["sortText"]!, StringComparer.Ordinal).Select(i => (string)i["label"]!));
        AssertRange(prefix, 3, "\"AuthenticationType\"=".Length, "\"AuthenticationType\"=".Length);
    }

    [Fact]
    public async Task Keys_outside_hyper_v_deleted_keys_and_unknown_values_offer_nothing()
    {
        var uri = await OpenAsync(
            "outside.reg",
            "reg",
            "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\App]\r\n\"\r\n\r\n[-" + Migration + "]\r\n\"\r\n\r\n[" + Migration + "]\r\n\"NoSuchValue\"=\r\n");

        Assert.Empty(await _client.CompletionAsync(uri, 3, 1));
        Assert.Empty(await _client.CompletionAsync(uri, 6, 1));
        Assert.Empty(await _client.CompletionAsync(uri, 9, "\"NoSuchValue\"=".Length));
    }

    [Fact]
    public async Task Reg_exe_in_a_batch_file_completes_v_t_and_d_under_a_literal_key_and_nothing_under_a_variable()
    {
        var command = "reg add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration\" /v ";
        var text = "@echo off\r\n" + command + "EnableComp\r\n" + command + "EnableCompression /t \r\n" + command + "EnableCompression /t REG_DWORD /d \r\nreg add %KEY% /v \r\n";
        var uri = await OpenAsync("tune.cmd", "bat", text);

        var name = Single(await _client.CompletionAsync(uri, 1, (command + "EnableComp").Length), "EnableCompression");
        AssertRange(name, 1, command.Length, (command + "EnableComp").Length);
        Assert.Equal("EnableCompression", (string)name["textEdit"]!["newText"]!);

        var type = Single(await _client.CompletionAsync(uri, 2, (command + "EnableCompression /t ").Length), "REG_DWORD");
        Assert.Equal("REG_DWORD", (string)type["textEdit"]!["newText"]!);

        var data = await _client.CompletionAsync(uri, 3, (command + "EnableCompression /t REG_DWORD /d ").Length);
        Assert.Equal(["0", "1"], Labels(data).Order(StringComparer.Ordinal));

        Assert.Empty(await _client.CompletionAsync(uri, 4, "reg add %KEY% /v ".Length));
    }

    [Fact]
    public async Task Registry_cmdlets_complete_names_in_the_quotes_typed_and_nothing_for_a_path_in_a_variable()
    {
        var path = "'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration'";
        var lines = new[]
        {
            "Set-ItemProperty -Path " + path + " -Name Enable",
            "New-ItemProperty -Path " + path + " -Name 'MaximumAct",
            "New-ItemProperty " + path + " -Name EnableCompression -PropertyType ",
            "$key = " + path,
            "Set-ItemProperty -Path $key -Name ",
            "reg add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration\" /v MaximumAct",
        };
        var uri = await OpenAsync("tune.ps1", "powershell", string.Join("\n", lines) + "\n");

        var enable = await _client.CompletionAsync(uri, 0, lines[0].Length);
        Assert.Contains("EnableCompression", Labels(enable));
        Assert.Contains("EnableSmbTransport", Labels(enable));
        Assert.DoesNotContain("MaximumActiveTransfers", Labels(enable));
        AssertRange(Single(enable, "EnableCompression"), 0, lines[0].Length - "Enable".Length, lines[0].Length);

        // An unclosed quote: the name comes back in the user's quotes.
        var quoted = Single(await _client.CompletionAsync(uri, 1, lines[1].Length), "MaximumActiveTransfers");
        Assert.Equal("'MaximumActiveTransfers'", (string)quoted["textEdit"]!["newText"]!);
        AssertRange(quoted, 1, lines[1].Length - "'MaximumAct".Length, lines[1].Length);

        Assert.Equal(["DWord"], Labels(await _client.CompletionAsync(uri, 2, lines[2].Length)));

        // The path is a variable: it could name any key, so no name is offered.
        Assert.Empty(await _client.CompletionAsync(uri, 4, lines[4].Length));

        // reg.exe from PowerShell.
        Assert.Contains("MaximumActiveTransfers", Labels(await _client.CompletionAsync(uri, 5, lines[5].Length)));
    }

    [Fact]
    public async Task Bcdedit_set_offers_the_elements_of_the_object_then_the_values_of_the_element()
    {
        var text = "bcdedit /set {current} hypervisorl\r\nbcdedit /set hypervisorlaunchtype \r\nbcdedit /set {current} hypervisordebug \r\nbcdedit /set {bootmgr} hypervisorl\r\n";
        var uri = await OpenAsync("boot.cmd", "bat", text);

        var element = Single(await _client.CompletionAsync(uri, 0, "bcdedit /set {current} hypervisorl".Length), "hypervisorlaunchtype");
        AssertRange(element, 0, "bcdedit /set {current} ".Length, "bcdedit /set {current} hypervisorl".Length);
        Assert.Contains("BCD element hypervisorlaunchtype", (string)element["documentation"]!["value"]!, StringComparison.Ordinal);

        // No identifier means {current}; the values are bcdedit's keywords.
        var values = await _client.CompletionAsync(uri, 1, "bcdedit /set hypervisorlaunchtype ".Length);
        Assert.Equal(["Auto", "Off"], Labels(values).Order(StringComparer.Ordinal));

        var booleans = await _client.CompletionAsync(uri, 2, "bcdedit /set {current} hypervisordebug ".Length);
        Assert.Equal(["no", "off", "on", "yes"], Labels(booleans).Order(StringComparer.Ordinal));

        // The boot manager never reads hypervisor elements (HV0810): none is offered there.
        Assert.DoesNotContain("hypervisorlaunchtype", Labels(await _client.CompletionAsync(uri, 3, "bcdedit /set {bootmgr} hypervisorl".Length)));

        var ps = await OpenAsync("boot.ps1", "powershell", "bcdedit /set '{current}' hypervisorsch");
        Assert.Contains("hypervisorschedulertype", Labels(await _client.CompletionAsync(ps, 0, "bcdedit /set '{current}' hypervisorsch".Length)));
    }

    [Fact]
    public async Task A_key_path_being_typed_offers_the_subkeys_the_catalog_knows_below_it()
    {
        var header = "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Mig";
        var uri = await OpenAsync("paths.reg", "reg", "Windows Registry Editor Version 5.00\r\n\r\n" + header + "\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\\r\n");
        var migration = Single(await _client.CompletionAsync(uri, 2, header.Length), "Migration");
        AssertRange(migration, 2, header.Length - "Mig".Length, header.Length);
        Assert.Empty(await _client.CompletionAsync(uri, 3, "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\".Length));

        var services = "reg add \"HKLM\\SYSTEM\\CurrentControlSet\\Services\\";
        var path = "Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\";
        var cmd = await OpenAsync("paths.cmd", "bat", services + "\r\n");
        var ps = await OpenAsync("paths.ps1", "powershell", path + "\n");
        var below = Labels(await _client.CompletionAsync(cmd, 0, services.Length));
        Assert.Contains("vmbus", below); // A name a placeholder stands for (<HyperVService>).
        Assert.DoesNotContain(below, l => l.Contains('<', StringComparison.Ordinal));
        var subkeys = Labels(await _client.CompletionAsync(ps, 0, path.Length));
        Assert.Contains("Migration", subkeys);
        Assert.Contains("Worker", subkeys);
    }

    [Fact]
    public async Task Completion_on_lines_it_does_not_read_or_documents_it_does_not_know_is_empty_and_the_server_stays_up()
    {
        var uri = await OpenAsync("misc.cmd", "bat", "echo \"unclosed\r\nset X=\"\r\n");
        Assert.Empty(await _client.CompletionAsync(uri, 0, 6));
        Assert.Empty(await _client.CompletionAsync(uri, 9, 0)); // A line past the end.
        Assert.Empty(await _client.CompletionAsync(new Uri(Path.Combine(_folder, "closed.reg")).AbsoluteUri, 0, 0));
        Assert.Equal(0, await _client.ShutdownAsync());
    }

    private async Task<string> OpenAsync(string name, string languageId, string text)
    {
        var uri = new Uri(Path.Combine(_folder, name)).AbsoluteUri;
        await _client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId, version = 1, text } });
        return uri;
    }

    private Task ChangeAsync(string uri, int version, string text) =>
        _client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new[] { new { text } } });

    // One edit of one line, applied independently of the server (lines end at CR LF here).
    private static string Apply(string text, JToken edit)
    {
        var lines = text.Split("\r\n");
        var line = (int)edit["range"]!["start"]!["line"]!;
        var start = (int)edit["range"]!["start"]!["character"]!;
        var end = (int)edit["range"]!["end"]!["character"]!;
        lines[line] = lines[line][..start] + (string)edit["newText"]! + lines[line][end..];
        return string.Join("\r\n", lines);
    }
}

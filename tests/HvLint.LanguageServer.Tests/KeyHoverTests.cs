using Newtonsoft.Json.Linq;

namespace HvLint.LanguageServer.Tests;

/// <summary>Hover on a key name of a registry path, from the real server process.</summary>
public sealed class KeyHoverTests : IAsyncLifetime
{
    private const string Virtualization = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization";

    private readonly string _folder = Directory.CreateTempSubdirectory("hvlint-keyhover-").FullName;
    private LspClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = LspClient.Start();
        await _client.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Each_name_of_a_reg_key_line_shows_the_key_up_to_that_name()
    {
        var header = "[" + Virtualization + "\\Migration]";
        var uri = await OpenAsync("keys.reg", "reg", "Windows Registry Editor Version 5.00\r\n\r\n" + header + "\r\n\"EnableCompression\"=dword:00000001\r\n");

        var onMigration = await HoverAsync(uri, 2, header.Length - 3);
        Assert.StartsWith(Virtualization + "\\Migration (registry key)", onMigration.Text, StringComparison.Ordinal);
        Assert.Contains("Values (", onMigration.Text, StringComparison.Ordinal);
        Assert.Contains("AuthenticationType: REG_DWORD, one of 0", onMigration.Text, StringComparison.Ordinal);
        Assert.Contains("EnableCompression: REG_DWORD, 0 (off) or 1 (on)", onMigration.Text, StringComparison.Ordinal);
        Assert.Contains("Read by: vmms.exe, vmwp.exe\n", onMigration.Text, StringComparison.Ordinal); // Binaries, not their functions.
        Assert.Contains("Networks", onMigration.Text, StringComparison.Ordinal); // A subkey the catalog knows.
        Assert.Contains("(HV0101)", onMigration.Text, StringComparison.Ordinal); // The key is owned: unknown names are findings.
        Assert.Equal((2, header.Length - "Migration]".Length, header.Length - 1), onMigration.Range);

        // The parent key: its own values, over its own name.
        var onParent = await HoverAsync(uri, 2, header.IndexOf("Virtualization", StringComparison.Ordinal) + 2);
        Assert.StartsWith(Virtualization + " (registry key)", onParent.Text, StringComparison.Ordinal);
        Assert.Contains("configuration key", onParent.Text, StringComparison.Ordinal);
        Assert.Matches(@"Values \(\d+\):", onParent.Text);
        Assert.Contains("more\n", onParent.Text, StringComparison.Ordinal); // A short list: the key has many values.
        Assert.Matches(@"Subkeys the catalog knows: .*Migration", onParent.Text);
        Assert.Equal(header.IndexOf("Virtualization", StringComparison.Ordinal), onParent.Range.Start);

        // Windows' own keys above Hyper-V's, and the root, show nothing.
        Assert.Null(await RawHoverAsync(uri, 2, header.IndexOf("Microsoft", StringComparison.Ordinal) + 1));
        Assert.Null(await RawHoverAsync(uri, 2, 3));
    }

    [Fact]
    public async Task A_key_outside_hyper_v_has_no_hover()
    {
        var header = "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Virtualization]";
        var uri = await OpenAsync("contoso.reg", "reg", "Windows Registry Editor Version 5.00\r\n\r\n" + header + "\r\n\"EnableCompression\"=dword:00000001\r\n");
        Assert.Null(await RawHoverAsync(uri, 2, header.IndexOf("Contoso", StringComparison.Ordinal) + 1));
        Assert.Null(await RawHoverAsync(uri, 2, header.IndexOf("Virtualization", StringComparison.Ordinal) + 1));
    }

    [Fact]
    public async Task Reg_exe_keys_show_the_service_key_a_pattern_matches_and_deprecated_values_are_marked()
    {
        var line = "reg add HKLM\\SYSTEM\\CurrentControlSet\\Services\\vmbus\\Parameters /v Foo /d 1 /f";
        var port = "reg add \"HKLM\\SYSTEM\\CurrentControlSet\\Services\\VMSMP\\Parameters\\SwitchList\\External\\Port1\" /v AccessVlanId /t REG_DWORD /d 5 /f";
        var uri = await OpenAsync("keys.cmd", "bat", "@echo off\r\n" + line + "\r\n" + port + "\r\n");

        var service = await HoverAsync(uri, 1, line.IndexOf("vmbus", StringComparison.Ordinal) + 1);
        Assert.StartsWith("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\vmbus (registry key)", service.Text, StringComparison.Ordinal);
        Assert.Contains("Services\\<HyperVService>", service.Text, StringComparison.Ordinal);
        Assert.Contains("DelayedAutostart: REG_DWORD, 0 (off) or 1 (on)", service.Text, StringComparison.Ordinal);
        Assert.Contains("Service Control Manager", service.Text, StringComparison.Ordinal); // What the key is for.

        var onPort = await HoverAsync(uri, 2, port.IndexOf("Port1", StringComparison.Ordinal) + 1);
        Assert.Contains("AccessVlanId: REG_DWORD", onPort.Text, StringComparison.Ordinal);
        Assert.Contains("(deprecated)", onPort.Text, StringComparison.Ordinal);
        Assert.Contains("until Windows Server 2008 R2", onPort.Text, StringComparison.Ordinal);
        Assert.Equal(port.IndexOf("Port1", StringComparison.Ordinal), onPort.Range.Start);
    }

    [Fact]
    public async Task A_powershell_path_shows_its_key_and_a_path_in_a_variable_shows_nothing()
    {
        var literal = "Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration' -Name EnableCompression -Value 1";
        var assign = "$key = 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration'";
        var viaVariable = "Set-ItemProperty -Path $key -Name EnableCompression -Value 1";
        var uri = await OpenAsync("keys.ps1", "powershell", literal + "\n" + assign + "\n" + viaVariable + "\n");

        var hover = await HoverAsync(uri, 0, literal.IndexOf("Migration", StringComparison.Ordinal) + 1);
        Assert.StartsWith(Virtualization + "\\Migration (registry key)", hover.Text, StringComparison.Ordinal);

        Assert.Null(await RawHoverAsync(uri, 2, viaVariable.IndexOf("$key", StringComparison.Ordinal) + 2));
        Assert.Null(await RawHoverAsync(uri, 1, assign.IndexOf("Migration", StringComparison.Ordinal) + 1));
    }

    private async Task<string> OpenAsync(string name, string languageId, string text)
    {
        var uri = new Uri(Path.Combine(_folder, name)).AbsoluteUri;
        await _client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId, version = 1, text } });
        return uri;
    }

    private Task<JToken?> RawHoverAsync(string uri, int line, int character) =>
        _client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line, character } }).ContinueWith(t => t.Result is { Type: JTokenType.Null } ? null : t.Result, TaskScheduler.Default);

    // The text a Markdown renderer shows, and the hovered range (one line).
    private async Task<(string Text, (int Line, int Start, int End) Range)> HoverAsync(string uri, int line, int character)
    {
        var hover = await RawHoverAsync(uri, line, character);
        Assert.NotNull(hover);
        Assert.Equal("markdown", (string)hover!["contents"]!["kind"]!);
        var text = System.Text.RegularExpressions.Regex.Replace((string)hover["contents"]!["value"]!, @"\\([\\`*_\[\]<>|#])", "$1").Replace("**", string.Empty, StringComparison.Ordinal);
        var range = hover["range"]!;
        Assert.Equal((int)range["start"]!["line"]!, (int)range["end"]!["line"]!);
        return (text, ((int)range["start"]!["line"]!, (int)range["start"]!["character"]!, (int)range["end"]!["character"]!));
    }
}

using Newtonsoft.Json.Linq;
using static HvLint.LanguageServer.Tests.CompletionItems;

namespace HvLint.LanguageServer.Tests;

/// <summary>Hover and completion on Hyper-V module cmdlets (Set-VMProcessor -ExposeVirtualizationExtensions), from the real server process.</summary>
public sealed class HyperVCmdletEditorTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hvlint-hypervcmdlet-").FullName;
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
    public async Task Hover_on_a_cmdlet_parameter_shows_the_WMI_property_it_sets_with_its_facts_and_source()
    {
        var line = "Set-VMProcessor -VMName web01 -ExposeVirtualizationExtensions $true";
        var uri = await OpenAsync("nested.ps1", line + "\r\n");

        var hover = await HoverAsync(uri, 0, line.IndexOf("Expose", StringComparison.Ordinal) + 3);
        Assert.StartsWith("Hyper-V setting Msvm_ProcessorSettingData.ExposeVirtualizationExtensions", hover.Text, StringComparison.Ordinal);
        Assert.Contains("WMI class: Msvm_ProcessorSettingData (ExposeVirtualizationExtensions: boolean)", hover.Text, StringComparison.Ordinal);
        Assert.Contains("Set with: Set-VMProcessor -ExposeVirtualizationExtensions", hover.Text, StringComparison.Ordinal);
        Assert.Contains("Description:", hover.Text, StringComparison.Ordinal);
        Assert.Contains("Source:", hover.Text, StringComparison.Ordinal);
        Assert.Contains("learn.microsoft.com/powershell/module/hyper-v/set-vmprocessor", hover.Text, StringComparison.Ordinal);
        var start = line.IndexOf("-Expose", StringComparison.Ordinal);
        Assert.Equal(0, hover.Range.Line);
        Assert.True(hover.Range.Start <= start + 1 && hover.Range.End == start + "-ExposeVirtualizationExtensions".Length, $"range {hover.Range}");

        // The value shows the same entry.
        var onValue = await HoverAsync(uri, 0, line.Length - 2);
        Assert.StartsWith("Hyper-V setting Msvm_ProcessorSettingData.ExposeVirtualizationExtensions", onValue.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hover_follows_aliases_and_prefixes_and_lists_an_enum_parameters_words()
    {
        var vlan = "Set-VMNetworkAdapterVlan -VMName web01 -Access -AccessVlanId 12";
        var spoof = "Set-VMNetworkAdapter -VMName web01 -MacAddressSpoof On";
        var uri = await OpenAsync("adapters.ps1", vlan + "\r\n" + spoof + "\r\n");

        var onAlias = await HoverAsync(uri, 0, vlan.IndexOf("AccessVlanId", StringComparison.Ordinal) + 2);
        Assert.StartsWith("Hyper-V setting Msvm_EthernetSwitchPortVlanSettingData.AccessVlanId", onAlias.Text, StringComparison.Ordinal);
        Assert.Contains("4094", onAlias.Text, StringComparison.Ordinal); // The range.

        var onPrefix = await HoverAsync(uri, 1, spoof.IndexOf("MacAddress", StringComparison.Ordinal) + 2);
        Assert.StartsWith("Hyper-V setting Msvm_EthernetSwitchPortSecuritySettingData.AllowMacSpoofing", onPrefix.Text, StringComparison.Ordinal);
        Assert.Contains("On", onPrefix.Text, StringComparison.Ordinal);
        Assert.Contains("Off", onPrefix.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hover_on_a_CIM_property_write_shows_the_property_entry()
    {
        var get = "$p = Get-CimInstance -Namespace root\\virtualization\\v2 -ClassName Msvm_ProcessorSettingData";
        var set = "Set-CimInstance -InputObject $p -Property @{ ExposeVirtualizationExtensions = $true }";
        var uri = await OpenAsync("cim.ps1", get + "\r\n" + set + "\r\n");

        var hover = await HoverAsync(uri, 1, set.IndexOf("Expose", StringComparison.Ordinal) + 2);
        Assert.StartsWith("Hyper-V setting Msvm_ProcessorSettingData.ExposeVirtualizationExtensions", hover.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hover_is_empty_on_parameters_that_name_the_target_and_on_cmdlets_HvLint_does_not_bind()
    {
        var line = "Set-VMProcessor -VMName web01 -Count 4";
        var other = "Set-VMDvdDrive -VMName web01 -Path D:\\x.iso";
        var uri = await OpenAsync("targets.ps1", line + "\r\n" + other + "\r\n");

        Assert.Null(await RawHoverAsync(uri, 0, line.IndexOf("VMName", StringComparison.Ordinal) + 1));
        Assert.Null(await RawHoverAsync(uri, 1, other.IndexOf("Path", StringComparison.Ordinal) + 1));
        Assert.NotNull(await RawHoverAsync(uri, 0, line.IndexOf("Count", StringComparison.Ordinal) + 1)); // A setting the catalog knows.
    }

    [Fact]
    public async Task A_dash_after_a_Hyper_V_cmdlet_completes_its_parameter_names_without_those_already_given()
    {
        var line = "Set-VMProcessor -VMName web01 -";
        var uri = await OpenAsync("params.ps1", line);

        var items = await _client.CompletionAsync(uri, 0, line.Length);
        var labels = Labels(items);
        Assert.Contains("-ExposeVirtualizationExtensions", labels);
        Assert.Contains("-Count", labels);
        Assert.Contains("-CompatibilityForMigrationMode", labels);
        Assert.DoesNotContain("-VMName", labels); // Already given: PowerShell refuses a parameter twice.
        Assert.DoesNotContain("-Verbose", labels);

        // The settings the catalog knows rank before the others, with their WMI property and documentation.
        var expose = Single(items, "-ExposeVirtualizationExtensions");
        Assert.StartsWith("Msvm_ProcessorSettingData.ExposeVirtualizationExtensions", (string)expose["detail"]!, StringComparison.Ordinal);
        Assert.Equal("markdown", (string)expose["documentation"]!["kind"]!);
        Assert.True(string.CompareOrdinal((string)expose["sortText"]!, (string)Single(items, "-Passthru")["sortText"]!) < 0);
        AssertRange(expose, 0, line.Length - 1, line.Length);

        // A typed prefix narrows the list.
        var typed = "Set-VMProcessor web01 -Expo";
        uri = await OpenAsync("prefix.ps1", typed);
        var narrowed = await _client.CompletionAsync(uri, 0, typed.Length);
        Assert.Equal(["-ExposeVirtualizationExtensions"], Labels(narrowed));
        Assert.Equal("-ExposeVirtualizationExtensions", (string)narrowed[0]["textEdit"]!["newText"]!);
    }

    [Fact]
    public async Task An_enum_parameter_completes_its_words_and_a_Boolean_one_true_and_false()
    {
        var spoof = "Get-VM web01 | Set-VMNetworkAdapter -MacAddressSpoofing O";
        var colon = "Set-VMNetworkAdapter -VMName web01 -DhcpGuard:";
        var mode = "New-VMSwitch -Name Tenant -NetAdapterName NIC2 -MinimumBandwidthMode ";
        var nested = "Set-VMProcessor web01 -ExposeVirtualizationExtensions ";
        var uri = await OpenAsync("values.ps1", spoof + "\r\n" + colon + "\r\n" + mode + "\r\n" + nested);

        var onOff = await _client.CompletionAsync(uri, 0, spoof.Length);
        Assert.Equal(["Off", "On"], Labels(onOff).Order(StringComparer.Ordinal));
        var on = Single(onOff, "On");
        Assert.Contains("MAC address", (string)on["detail"]!, StringComparison.Ordinal);
        AssertRange(on, 0, spoof.Length - 1, spoof.Length);

        Assert.Equal(["Off", "On"], Labels(await _client.CompletionAsync(uri, 1, colon.Length)).Order(StringComparer.Ordinal));
        Assert.Equal(["Absolute", "Default", "None", "Weight"], Labels(await _client.CompletionAsync(uri, 2, mode.Length)).Order(StringComparer.Ordinal));
        Assert.Equal(["$false", "$true"], Labels(await _client.CompletionAsync(uri, 3, nested.Length)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Commands_HvLint_does_not_bind_and_parameters_without_listed_values_get_nothing()
    {
        var text = "Set-VMFoo -\r\nSet-VMDvdDrive -VMName web01 -\r\nSet-VMProcessor -VMName web01 -Count \r\nSet-VMHost -VirtualMachinePath ";
        var uri = await OpenAsync("nothing.ps1", text);

        Assert.Empty(await _client.CompletionAsync(uri, 0, "Set-VMFoo -".Length));
        Assert.Empty(await _client.CompletionAsync(uri, 1, "Set-VMDvdDrive -VMName web01 -".Length));
        Assert.Empty(await _client.CompletionAsync(uri, 2, "Set-VMProcessor -VMName web01 -Count ".Length));
        Assert.Empty(await _client.CompletionAsync(uri, 3, "Set-VMHost -VirtualMachinePath ".Length));
    }

    [Fact]
    public async Task An_accepted_parameter_and_value_lint_clean()
    {
        var typed = "Set-VMNetworkAdapter -VMName web01 -MacAddressSp";
        var uri = await OpenAsync("accept.ps1", typed);
        var parameter = Single(await _client.CompletionAsync(uri, 0, typed.Length), "-MacAddressSpoofing");
        var text = Apply(typed, parameter["textEdit"]!) + " ";
        await ChangeAsync(uri, 2, text);

        var value = Single(await _client.CompletionAsync(uri, 0, text.Length), "Off");
        text = Apply(text, value["textEdit"]!);
        Assert.Equal("Set-VMNetworkAdapter -VMName web01 -MacAddressSpoofing Off", text);

        await ChangeAsync(uri, 3, text + "\r\n");
        var published = await _client.WaitForVersionAsync(uri, 3);
        Assert.DoesNotContain(published["diagnostics"]!, d => ((string?)d["code"])?.StartsWith("HV012", StringComparison.Ordinal) == true);
    }

    private async Task<string> OpenAsync(string name, string text)
    {
        var uri = new Uri(Path.Combine(_folder, name)).AbsoluteUri;
        await _client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "powershell", version = 1, text } });
        return uri;
    }

    private Task ChangeAsync(string uri, int version, string text) =>
        _client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new[] { new { text } } });

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

    // One edit of a one-line text.
    private static string Apply(string text, JToken edit)
    {
        var start = (int)edit["range"]!["start"]!["character"]!;
        var end = (int)edit["range"]!["end"]!["character"]!;
        return text[..start] + (string)edit["newText"]! + text[end..];
    }
}

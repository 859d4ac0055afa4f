using HvLint.Core.Catalog;
using HvLint.Core.Model;
using HvLint.TestKit;

namespace HvLint.Core.Tests;

public sealed class WindowsKeyNamesTests
{
    private static RegistryKeyPath Key(string text) => RegistryKeyPath.TryParse(text)!;

    [Fact]
    public void Every_windows_names_file_passes_its_schema_and_is_embedded()
    {
        var files = Directory.GetFiles(RepoPaths.Combine("rules", "windows"), "*.json");
        Assert.NotEmpty(files);
        var (code, output) = NodeTools.Run("node", [Path.Combine(NodeTools.Directory, "validate-schema.js"), RepoPaths.Combine("rules", "windows-names.schema.json"), .. files]);
        Assert.True(code == 0, output);
        Assert.Equal(files.Select(Path.GetFileName).Order(), WindowsKeyNames.BuiltInFiles().Select(f => f.Name).Order());
    }

    [Theory]
    [InlineData(@"HKLM\SYSTEM\CurrentControlSet\Services", "StorSvc")]
    [InlineData(@"HKLM\SYSTEM\ControlSet001\Services", "tcpip6")]
    [InlineData(@"HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services", "LanmanWorkstation")]
    [InlineData(@"HKLM\SYSTEM\CurrentControlSet\Control\Class", "{4D36E968-E325-11CE-BFC1-08002BE10318}")]
    [InlineData(@"HKLM\SYSTEM\CurrentControlSet\Control", "PriorityControl")]
    [InlineData(@"HKLM\SYSTEM\CurrentControlSet\Control\Session Manager", "Power")]
    public void Names_windows_uses_are_known_under_their_parent_in_any_case_and_control_set(string parent, string name) =>
        Assert.True(WindowsKeyNames.BuiltIn.Contains(Key(parent), name));

    [Theory]
    [InlineData(@"HKLM\SYSTEM\CurrentControlSet\Services", "vmmss")]
    [InlineData(@"HKLM\SYSTEM\CurrentControlSet\Services", "storvcs")]
    [InlineData(@"HKLM\SYSTEM\CurrentControlSet\Control", "StorSvc")]
    [InlineData(@"HKLM\SYSTEM\CurrentControlSet\Control\Class", "{4d36e927-e325-11ce-bfc1-08002be10318}")]
    [InlineData(@"HKLM\SOFTWARE\Contoso", "StorSvc")]
    public void A_name_is_known_only_under_its_own_parent(string parent, string name) =>
        Assert.False(WindowsKeyNames.BuiltIn.Contains(Key(parent), name));

    [Fact]
    public void The_lists_do_not_claim_a_hyper_v_service()
    {
        var services = Key(@"HKLM\SYSTEM\CurrentControlSet\Services");
        var hyperV = CatalogLoader.BuiltIn.KnownSubkeyNames(services).Where(n => !n.StartsWith('<')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.Contains("vmms", hyperV);
        Assert.Contains("storvsc", hyperV);
        // Windows' own keys that Hyper-V also reads a value in (Tcpip, W32Time, ...) may be on both lists; Hyper-V's services may not.
        var claimed = WindowsKeyNames.BuiltIn.NamesUnder(services).Where(n => hyperV.Contains(n) && CatalogLoader.BuiltIn.MatchKey(services.Child(n)).Owner is not null).ToArray();
        Assert.True(claimed.Length == 0, string.Join(", ", claimed));
        Assert.True(WindowsKeyNames.BuiltIn.NamesUnder(services).Count > 300);
    }

    [Fact]
    public void A_broken_file_is_named_in_the_error()
    {
        var ex = Assert.Throws<CatalogException>(() => WindowsKeyNames.Load([("bad.json", "{ \"groups\": [ { \"parent\": \"nowhere\", \"names\": [] } ] }")]));
        Assert.StartsWith("bad.json:", ex.Message, StringComparison.Ordinal);
    }
}

using HvLint.Core.Model;

namespace HvLint.Core.Tests;

public sealed class RegistryKeyPathTests
{
    [Fact]
    public void Abbreviated_and_full_roots_fold_to_one_match_key_and_keep_the_written_segments()
    {
        var a = RegistryKeyPath.TryParse(@"HKLM\SYSTEM\ControlSet001\Services\vid\Parameters")!;
        var b = RegistryKeyPath.TryParse(@"HKEY_LOCAL_MACHINE\system\CurrentControlSet\services\VID\Parameters\")!;
        Assert.Equal(a.MatchKey, b.MatchKey);
        Assert.Equal(@"HKEY_LOCAL_MACHINE\SYSTEM\ControlSet001\Services\vid\Parameters", a.Text);
        Assert.True(a.IsNumberedControlSet);
    }

    [Fact]
    public void Wow6432Node_is_flagged_and_ignored_for_matching()
    {
        var p = RegistryKeyPath.TryParse(@"HKLM\SOFTWARE\Wow6432Node\Microsoft\Windows NT\CurrentVersion\Virtualization")!;
        Assert.True(p.IsWow6432Node);
        Assert.Equal(@"hklm\software\microsoft\windows nt\currentversion\virtualization", p.MatchKey);
    }

    [Fact]
    public void A_path_with_an_unknown_root_is_not_a_registry_path() =>
        Assert.Null(RegistryKeyPath.TryParse(@"HKEY_CURRENT_USERS\Software"));
}

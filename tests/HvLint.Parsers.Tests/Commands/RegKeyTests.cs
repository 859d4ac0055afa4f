using HvLint.Core.Model;
using static HvLint.Parsers.Tests.Batch.BatchTestHelpers;

namespace HvLint.Parsers.Tests.Commands;

/// <summary>Key names reg.exe accepts and rejects (docs/formats.md §2.2, Wine test_key_formats).</summary>
public class RegKeyTests
{
    [Theory]
    [InlineData(@"HKLM\SOFTWARE\T", RegistryHive.LocalMachine)]
    [InlineData(@"hklm\SOFTWARE\T", RegistryHive.LocalMachine)]
    [InlineData(@"HKEY_LOCAL_MACHINE\SOFTWARE\T", RegistryHive.LocalMachine)]
    [InlineData(@"hkey_local_machine\SOFTWARE\T", RegistryHive.LocalMachine)]
    [InlineData(@"HKCU\Software\T", RegistryHive.CurrentUser)]
    [InlineData(@"HKEY_CURRENT_USER\Software\T", RegistryHive.CurrentUser)]
    [InlineData(@"HKCR\.x", RegistryHive.ClassesRoot)]
    [InlineData(@"HKEY_CLASSES_ROOT\.x", RegistryHive.ClassesRoot)]
    [InlineData(@"HKU\.DEFAULT\T", RegistryHive.Users)]
    [InlineData(@"HKEY_USERS\.DEFAULT\T", RegistryHive.Users)]
    [InlineData(@"HKCC\System\T", RegistryHive.CurrentConfig)]
    [InlineData(@"HKEY_CURRENT_CONFIG\System\T", RegistryHive.CurrentConfig)]
    public void Short_and_full_root_names_are_accepted_in_any_case(string key, RegistryHive hive)
    {
        Assert.Equal(hive, RegCommand($"reg add {key} /v X /d 1 /f").SingleRegistryWrite().Key.Hive);
    }

    [Fact]
    public void A_quoted_key_with_spaces_is_one_argument()
    {
        var result = RegCommand(@"reg add ""HKLM\SOFTWARE\My Key"" /v X /d 1 /f");

        Assert.Equal(@"HKEY_LOCAL_MACHINE\SOFTWARE\My Key", result.SingleRegistryWrite().Key.Text);
    }

    [Fact]
    public void A_single_trailing_backslash_is_accepted()
    {
        Assert.Equal(@"HKEY_CURRENT_USER\Software\keytest3", RegCommand(@"reg add HKCU\Software\keytest3\ /v X /d 1 /f").SingleRegistryWrite().Key.Text);
    }

    [Fact]
    public void A_root_alone_is_accepted()
    {
        var w = RegCommand(@"reg add HKCU /v X /d 1 /f").SingleRegistryWrite();

        Assert.Equal(RegistryHive.CurrentUser, w.Key.Hive);
        Assert.Empty(w.Key.Segments);
    }

    [Theory]
    [InlineData(@"HKCU\")]
    [InlineData(@"HKEY_CURRENT_USER\")]
    [InlineData(@"\HKCU\Software\keytest0")]
    [InlineData(@"\\HKCU\Software\keytest1")]
    [InlineData(@"HKCU\Software\keytest2\\")]
    [InlineData(@"HKLM:\SOFTWARE\T")]
    [InlineData(@"HKLOCALMACHINE\SOFTWARE\T")]
    [InlineData(@"HKPD\T")]
    [InlineData(@"Computer\HKEY_LOCAL_MACHINE\SOFTWARE\T")]
    [InlineData("HK")]
    public void Keys_reg_exe_rejects_are_reported_and_not_written(string key)
    {
        var result = RegCommand($"reg add {key} /v X /d 1 /f");

        result.AssertFinding("HV0904", key);
        Assert.Empty(result.Writes);
    }

    [Theory]
    [InlineData(@"HKLM:\SOFTWARE\T", "PowerShell drive")]
    [InlineData(@"Computer\HKEY_LOCAL_MACHINE\SOFTWARE\T", "Remove 'Computer\\'")]
    [InlineData(@"HKLN\SOFTWARE\T", "Did you mean HKLM?")]
    [InlineData(@"HKEY_LOCAL_MACHIN\SOFTWARE\T", "Did you mean HKEY_LOCAL_MACHINE?")]
    public void An_invalid_root_comes_with_a_hint(string key, string hint)
    {
        var message = RegCommand($"reg add {key} /v X /d 1 /f").AssertFinding("HV0904", key);

        Assert.Contains(hint, message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_remote_key_is_written_but_not_literal()
    {
        // \\computer\HKLM\...: the write is checked like a local one; its key is marked Resolved
        // because it belongs to the host the script names, not the one that runs it.
        var result = RegCommand(@"reg add \\HV01\HKLM\SOFTWARE\T /v X /d 1 /f");

        var w = result.SingleRegistryWrite();
        Assert.Equal(@"HKEY_LOCAL_MACHINE\SOFTWARE\T", w.Key.Text);
        Assert.Equal(Certainty.Resolved, w.KeyCertainty);
        Assert.Equal(@"\\HV01\HKLM\SOFTWARE\T", result.Text(w.KeySpan));
    }

    [Fact]
    public void A_remote_key_may_only_use_hklm_or_hku()
    {
        var result = RegCommand(@"reg add \\HV01\HKCU\Software\T /v X /d 1 /f");

        result.AssertFinding("HV0904", @"\\HV01\HKCU\Software\T");
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void Numbered_control_sets_keep_their_text_but_match_current_control_set()
    {
        var w = RegCommand(@"reg add HKLM\SYSTEM\ControlSet001\Services\VmsMp\Parameters /v X /t REG_DWORD /d 1 /f").SingleRegistryWrite();

        Assert.Equal(@"HKEY_LOCAL_MACHINE\SYSTEM\ControlSet001\Services\VmsMp\Parameters", w.Key.Text);
        Assert.Equal(@"hklm\system\currentcontrolset\services\vmsmp\parameters", w.Key.MatchKey);
    }
}

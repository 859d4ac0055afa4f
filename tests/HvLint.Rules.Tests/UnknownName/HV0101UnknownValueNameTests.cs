using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Fixes;
using HvLint.Core.Model;
using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0101 (UnknownValueName) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0101UnknownValueNameTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string Migration = @"[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration]" + "\r\n";
    private const string Services = @"HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\";
    private const string RegMigration = @"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";
    private const string CmdMigration = @"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";
    private const string PsMigration = @"HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";

    [Fact]
    public void HV0101_reports_a_misspelt_value_and_suggests_the_known_name()
    {
        var result = RuleVerifier.Verify<HV0101UnknownValueName>(Header + Migration + "{|HV0101:\"MaximumActiveTransfer\"|}=dword:00000010\r\n");
        Assert.Contains("Did you mean 'MaximumActiveTransfers'?", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HV0101_points_to_the_key_where_a_value_of_that_name_is_read()
    {
        var result = RuleVerifier.Verify<HV0101UnknownValueName>(Header + Migration + "{|HV0101:\"RamOpConcurrencyMax\"|}=dword:00000010\r\n");
        Assert.Contains(@"Virtualization\Worker", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HV0101_is_silent_outside_hyper_v_keys_and_for_known_names_in_any_case()
    {
        RuleVerifier.Verify<HV0101UnknownValueName>(Header + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Tuning]\r\n\"MaximumActiveTransfer\"=dword:00000010\r\n"
            + Migration + "\"maximumactivetransfers\"=dword:00000010\r\n");
    }

    [Fact]
    public void HV0101_knows_the_service_control_values_of_hyper_v_services()
    {
        RuleVerifier.Verify<HV0101UnknownValueName>(Header + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\vmms]\r\n\"Start\"=dword:00000002\r\n\"DelayedAutostart\"=dword:00000001\r\n"
            + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\vid]\r\n{|HV0101:\"Strat\"|}=dword:00000003\r\n");
    }

    [Fact]
    public void HV0101_is_silent_for_unknown_values_in_keys_hyper_v_does_not_own_even_beside_catalogued_ones()
    {
        // Memory Management and CrashControl hold values Hyper-V reads, but Windows owns the keys:
        // a name the catalog does not know there is Windows' business, near miss or not.
        RuleVerifier.Verify<HV0101UnknownValueName>(Header
            + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Memory Management]\r\n\"LargeSystemCache\"=dword:00000000\r\n\"DisablePagingExecutive\"=dword:00000001\r\n"
            + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\CrashControl]\r\n\"MaximumTransferSise\"=dword:00000000\r\n\"CrashDumpEnabled\"=dword:00000002\r\n"
            + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\HTTP\\Parameters]\r\n\"MaxConnection\"=dword:00010000\r\n");
    }

    [Fact]
    public void HV0101_fires_only_in_locations_the_catalog_owns()
    {
        // Every location HV0101 can report in is an owned one: a check on the catalog, not on a sample.
        foreach (var owner in CatalogLoader.BuiltIn.OwnedLocations)
        {
            Assert.DoesNotContain(WindowsKeyNames.BuiltIn.Parents, p => owner.Key.Text.Equals(p, StringComparison.OrdinalIgnoreCase));
        }

        var shared = RegistryKeyPath.TryParse(@"HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Memory Management")!;
        Assert.False(CatalogLoader.BuiltIn.MatchKey(shared).ValuesOwned);
    }

    [Theory]
    [InlineData(".reg")]
    [InlineData(".cmd")]
    [InlineData(".ps1")]
    public void Deleting_an_unknown_value_is_a_note_that_does_not_invite_deleting_the_real_setting(string extension)
    {
        var text = extension switch
        {
            ".reg" => $"Windows Registry Editor Version 5.00\r\n\r\n[{RegMigration}]\r\n\"EnableCompresion\"=-\r\n",
            ".cmd" => $"reg delete \"{CmdMigration}\" /v EnableCompresion /f\r\n",
            _ => $"Remove-ItemProperty -Path '{PsMigration}' -Name EnableCompresion\n",
        };
        var d = Assert.Single(RuleVerifier.Lint<HV0101UnknownValueName>(text, extension).Diagnostics);
        Assert.Equal(("HV0101", Severity.Note), (d.Rule.Id, d.Severity));
        Assert.Contains("if it was meant as 'EnableCompression', that setting is left unchanged", d.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Did you mean", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_an_unknown_value_is_still_a_warning_with_a_suggestion()
    {
        var d = Assert.Single(RuleVerifier.Lint<HV0101UnknownValueName>($"reg add \"{CmdMigration}\" /v EnableCompresion /t REG_DWORD /d 1 /f\r\n", ".cmd").Diagnostics);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("Did you mean 'EnableCompression'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HV0101_offers_the_one_closest_name_as_an_unsafe_rename_in_every_front_end()
    {
        var reg = FixAssert.Change<RenameValueChange>(
            RuleVerifier.Verify<HV0101UnknownValueName>(Header + Migration + "{|HV0101:\"MaximumActiveTransfer\"|}=dword:00000010\r\n"), "HV0101", FixApplicability.Unsafe);
        Assert.Equal("MaximumActiveTransfers", reg.NewName);
        Assert.Equal("MaximumActiveTransfer", reg.Write.ValueName);

        var cmd = FixAssert.Change<RenameValueChange>(
            RuleVerifier.Verify<HV0101UnknownValueName>($"reg add \"{CmdMigration}\" /v {{|HV0101:MaximumActiveTransfer|}} /t REG_DWORD /d 16 /f\r\n", ".cmd"), "HV0101", FixApplicability.Unsafe);
        Assert.Equal("MaximumActiveTransfers", cmd.NewName);

        var ps = FixAssert.Change<RenameValueChange>(
            RuleVerifier.Verify<HV0101UnknownValueName>($"Set-ItemProperty -Path '{PsMigration}' -Name {{|HV0101:'MaximumActiveTransfer'|}} -Value 16 -Type DWord\r\n", ".ps1"), "HV0101", FixApplicability.Unsafe);
        Assert.Equal("MaximumActiveTransfers", ps.NewName);
    }

    [Fact]
    public void HV0101_offers_no_rename_for_a_conditional_write_or_a_name_followed_through_a_variable()
    {
        FixAssert.NoChange(
            RuleVerifier.Verify<HV0101UnknownValueName>($"if ($lab) {{ Set-ItemProperty -Path '{PsMigration}' -Name {{|HV0101:'MaximumActiveTransfer'|}} -Value 16 -Type DWord }}\r\n", ".ps1"), "HV0101");
        FixAssert.NoChange(
            RuleVerifier.Verify<HV0101UnknownValueName>($"$name = {{|HV0101:'MaximumActiveTransfer'|}}\r\nSet-ItemProperty -Path '{PsMigration}' -Name $name -Value 16 -Type DWord\r\n", ".ps1"), "HV0101");
    }

    [Fact]
    public void HV0101_in_a_key_shared_with_windows_reports_only_a_near_miss_of_a_catalogued_name()
    {
        // Control\Lsa holds hundreds of Windows values; HvLint knows LsaCfgFlags there and nothing else.
        var result = RuleVerifier.Verify<HV0101UnknownValueName>(Header + """
            [HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Lsa]
            {|HV0101:"LsaConfigFlags"|}=dword:00000001
            "RunAsPPL"=dword:00000001
            "LmCompatibilityLevel"=dword:00000005
            "LsaCfgFlags"=dword:00000001

            [HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\Windows\DeviceGuard]
            {|HV0101:"RequirePlatformSecurityFeature"|}=dword:00000001
            "MachineIdentityIsolation"=dword:00000002

            [HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\DeviceGuard]
            "CachedDrtmAuthIndex"=dword:00000000

            """.Replace("\n", "\r\n", StringComparison.Ordinal));
        Assert.Contains("Did you mean 'LsaCfgFlags'?", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'RequirePlatformSecurityFeatures'?", result.Diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HV0101_says_that_a_known_name_with_a_trailing_space_is_a_different_value_and_offers_to_trim_it()
    {
        var result = RuleVerifier.Verify<HV0101UnknownValueName>(
            "reg add \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\CI\\Config\" /v {|HV0101:\"VulnerableDriverBlocklistEnable \"|} /t REG_DWORD /d 1 /f\r\n", ".cmd");
        Assert.Contains("space or tab around 'VulnerableDriverBlocklistEnable'", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal("VulnerableDriverBlocklistEnable", Assert.IsType<RenameValueChange>(result.Diagnostics[0].Change).NewName);
    }
}

using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>The generic catalog rules on .reg input, findings marked inline.</summary>
public sealed class CatalogRuleTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string Migration = @"[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration]" + "\r\n";

    [Fact]
    public void HV0101_reports_a_misspelt_value_and_suggests_the_known_name()
    {
        var result = RuleVerifier.Verify(Header + Migration + "{|HV0101:\"MaximumActiveTransfer\"|}=dword:00000010\r\n");
        Assert.Contains("Did you mean 'MaximumActiveTransfers'?", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HV0101_points_to_the_key_where_a_value_of_that_name_is_read()
    {
        var result = RuleVerifier.Verify(Header + Migration + "{|HV0101:\"RamOpConcurrencyMax\"|}=dword:00000010\r\n");
        Assert.Contains(@"Virtualization\Worker", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HV0101_is_silent_outside_hyper_v_keys_and_for_known_names_in_any_case()
    {
        RuleVerifier.Verify(Header + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Tuning]\r\n\"MaximumActiveTransfer\"=dword:00000010\r\n"
            + Migration + "\"maximumactivetransfers\"=dword:00000010\r\n");
    }

    [Fact]
    public void HV0101_knows_the_service_control_values_of_hyper_v_services()
    {
        RuleVerifier.Verify(Header + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\vmms]\r\n\"Start\"=dword:00000002\r\n\"DelayedAutostart\"=dword:00000001\r\n"
            + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\vid]\r\n{|HV0101:\"Strat\"|}=dword:00000003\r\n");
    }

    [Fact]
    public void HV0102_reports_a_misspelt_subkey_under_an_owned_key()
    {
        var result = RuleVerifier.Verify(Header + "[{|HV0102:HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migratoin|}]\r\n\"MaximumActiveTransfers\"=dword:00000010\r\n");
        Assert.Contains("'Migration'", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HV0102_leaves_per_vm_guid_subkeys_and_numbered_control_sets_alone()
    {
        RuleVerifier.Verify(Header + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\{EF259B05-2CDE-4317-8ACF-E80CB364D66C}]\r\n"
            + "[HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\vhdmp\\Parameters]\r\n\"CachePagePriority\"=dword:00000005\r\n");
    }

    [Fact]
    public void HV0201_reports_a_string_where_a_dword_is_read_and_says_which_number_to_write()
    {
        var result = RuleVerifier.Verify(Header + Migration + "\"MaximumActiveTransfers\"={|HV0201:\"16\"|}\r\n");
        var message = result.Diagnostics[0].Message;
        Assert.Contains("REG_SZ", message, StringComparison.Ordinal);
        Assert.Contains("REG_DWORD", message, StringComparison.Ordinal);
        Assert.Contains("\"MaximumActiveTransfers\"=dword:00000010", message, StringComparison.Ordinal);
    }

    [Fact]
    public void HV0201_reports_a_qword_where_a_dword_is_read_but_not_the_range()
    {
        RuleVerifier.Verify(Header + Migration + "\"MaximumActiveTransfers\"={|HV0201:hex(b):d0,07,00,00,00,00,00,00|}\r\n");
    }

    [Fact]
    public void HV0301_reports_a_value_outside_the_range_and_says_what_windows_does()
    {
        var result = RuleVerifier.Verify(Header + Migration + "\"MaximumActiveTransfers\"={|HV0301:dword:000007d0|}\r\n\"MaximumActiveVmMigrationCount\"=dword:00000006\r\n");
        Assert.Contains("2000 (0x7d0) is outside 6..1006; vmms.exe resets it to 6. Use a value from 6 to 1006.", result.Diagnostics.Single(d => d.Rule.Id == "HV0301").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HV0301_accepts_zero_where_zero_means_the_default_and_accepts_both_bounds()
    {
        RuleVerifier.Verify(Header + Migration + "\"MemoryWalkerCount\"=dword:00000000\r\n\"TcpTransportCompletionThreads\"=dword:00000040\r\n\"LmMemoryChunkPageCount\"=dword:00100000\r\n");
    }

    [Fact]
    public void HV0301_reports_below_the_minimum_and_a_capped_value()
    {
        RuleVerifier.Verify(Header + Migration + "\"MaximumActiveTransfers\"={|HV0301:dword:5|}\r\n\"TcpTransportCompletionThreads\"={|HV0301:dword:00000041|}\r\n");
    }

    [Fact]
    public void HV0302_reports_a_mode_that_is_not_in_the_list()
    {
        var result = RuleVerifier.Verify(Header + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\vid\\Parameters]\r\n\"PageBackingSize\"={|HV0302:dword:00000003|}\r\n\"PageMappingSize\"=dword:00000002\r\n");
        Assert.Contains("0 (", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HV0303_reports_a_count_that_is_not_a_power_of_two()
    {
        var result = RuleVerifier.Verify(Header + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\vhdmp\\Parameters]\r\n\"IoSubTrackerCount\"={|HV0303:dword:00000064|}\r\n");
        Assert.Contains("Use 64 (0x40) or 128 (0x80).", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HV0304_reports_a_mac_address_of_the_wrong_length()
    {
        RuleVerifier.Verify(Header + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization]\r\n\"MinimumMacAddress\"={|HV0304:hex:00,15,5d,00,00|}\r\n\"MaximumMacAddress\"=hex:00,15,5d,00,ff,ff\r\n");
    }

    [Fact]
    public void HV0305_reports_a_switch_set_to_two()
    {
        RuleVerifier.Verify(Header + Migration + "\"EnableCompression\"={|HV0305:dword:00000002|}\r\n\"EnableSmbTransport\"=dword:00000001\r\n");
    }

    [Fact]
    public void HV0306_reports_undefined_flag_bits_and_HV0601_the_debug_setting()
    {
        RuleVerifier.Verify(Header + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\hvcrash\\Parameters]\r\n\"DebugFlags\"={|HV0306:{|HV0601:dword:0000000a|}|}\r\n");
    }

    [Fact]
    public void HV0401_reports_the_2008_r2_vlan_value_under_a_switch_port()
    {
        var result = RuleVerifier.Verify(Header + "[{|HV0820:HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\VMSMP\\Parameters\\SwitchList\\FDDD2A3C-85E3-4807-9E28-7A40C8D494A7\\6FAC595A-2507-4690-A840-5746B09D81A1|}]\r\n{|HV0401:\"AccessVlanId\"|}=dword:00000019\r\n");
        var deprecated = result.Diagnostics.Single(d => d.Rule.Id == "HV0401");
        Assert.Contains("Set-VMNetworkAdapterVlan", deprecated.Message, StringComparison.Ordinal);
        Assert.Contains("Windows Server 2008 R2", deprecated.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HV0501_reports_a_disabled_protection_with_its_security_severity()
    {
        var result = RuleVerifier.Verify(Header + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Replication]\r\n\"DisableCertRevocationCheck\"={|HV0501:dword:00000001|}\r\n");
        Assert.NotNull(result.Diagnostics[0].SecuritySeverity);
        RuleVerifier.Verify(Header + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Replication]\r\n\"DisableCertRevocationCheck\"=dword:00000000\r\n");
    }

    [Fact]
    public void HV0601_is_silent_when_a_debug_setting_is_switched_off()
    {
        RuleVerifier.Verify(Header + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\VML]\r\n\"DebugBreakEnabled\"=dword:00000000\r\n");
    }

    [Fact]
    public void HV0701_reports_the_second_of_two_different_writes_and_relates_the_first()
    {
        var result = RuleVerifier.Verify(Header + Migration + "\"MaximumActiveTransfers\"=dword:00000010\r\n\"MaximumActiveTransfers\"={|HV0701:dword:00000020|}\r\n");
        Assert.Single(result.Diagnostics[0].Related);
        Assert.Equal(4, result.Diagnostics[0].Related[0].Location.Start.Line);
    }

    [Fact]
    public void HV0701_is_silent_for_the_same_data_twice_and_after_the_value_is_deleted()
    {
        RuleVerifier.Verify(Header + Migration + "\"MaximumActiveTransfers\"=dword:00000010\r\n\"MaximumActiveTransfers\"=dword:00000010\r\n{|HV0705:\"MaximumActiveTransfers\"|}=-\r\n\"MaximumActiveTransfers\"=dword:00000020\r\n");
    }

    [Fact]
    public void HV0801_reports_a_hyper_v_key_under_wow6432node_once()
    {
        RuleVerifier.Verify(Header + "[{|HV0801:HKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration|}]\r\n\"MaximumActiveTransfers\"=dword:00000010\r\n\"EnableCompression\"=dword:00000001\r\n");
    }

    [Fact]
    public void HV0802_reports_a_machine_setting_under_current_user()
    {
        RuleVerifier.Verify(Header + "[{|HV0802:HKEY_CURRENT_USER\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration|}]\r\n\"MaximumActiveTransfer\"=dword:00000010\r\n");
    }
}

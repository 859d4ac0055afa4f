using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>Rules that compare several writes of one file.</summary>
public sealed class RelationRuleTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string Worker = @"[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Worker]" + "\r\n";

    [Fact]
    public void HV0702_reports_a_minimum_above_its_maximum_and_relates_the_maximum()
    {
        var result = RuleVerifier.Verify(Header + Worker + "\"RamOpConcurrencyMin\"={|HV0702:dword:00000020|}\r\n\"RamOpConcurrencyMax\"=dword:00000010\r\n");
        Assert.Equal(5, result.Diagnostics[0].Related[0].Location.Start.Line);
    }

    [Fact]
    public void HV0702_compares_mac_addresses_byte_by_byte()
    {
        RuleVerifier.Verify(Header + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization]\r\n"
            + "\"MinimumMacAddress\"={|HV0702:hex:00,15,5d,43,00,00|}\r\n\"MaximumMacAddress\"=hex:00,15,5d,42,ff,ff\r\n");
        RuleVerifier.Verify(Header + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization]\r\n"
            + "\"MinimumMacAddress\"=hex:00,15,5d,42,00,00\r\n\"MaximumMacAddress\"=hex:00,15,5d,42,ff,ff\r\n");
    }

    [Fact]
    public void HV0702_is_silent_when_only_one_bound_is_written_or_the_order_is_right()
    {
        RuleVerifier.Verify(Header + Worker + "\"RamOpConcurrencyMin\"=dword:00000020\r\n");
        RuleVerifier.Verify(Header + Worker + "\"RamOpConcurrencyMin\"=dword:00000004\r\n\"RamOpConcurrencyMax\"=dword:00000004\r\n");
    }

    [Fact]
    public void HV0703_reports_a_legacy_value_written_with_its_replacement()
    {
        RuleVerifier.Verify(Header + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\VmsMp\\Parameters]\r\n"
            + "{|HV0401:{|HV0703:\"VmsVmqMode\"|}|}=dword:00000001\r\n\"VmsQueueSchedulingMode\"=dword:00000002\r\n");
    }

    [Fact]
    public void HV0704_reports_a_setting_that_a_group_policy_overrides()
    {
        RuleVerifier.Verify(Header
            + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\HyperV]\r\n\"RequireSecureDeviceAssignment\"=dword:00000001\r\n"
            + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization]\r\n\"RequireSecureDeviceAssignment\"={|HV0501:{|HV0704:dword:00000000|}|}\r\n");
    }

    [Fact]
    public void HV0705_reports_a_key_deletion_that_undoes_earlier_writes_but_not_a_clean_slate_pattern()
    {
        RuleVerifier.Verify(Header + Worker + "\"RamOpConcurrencyMax\"=dword:00000010\r\n\r\n[-{|HV0705:HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Worker|}]\r\n");
        // Deleting a key and then writing it afresh is how exports reset a key: no finding.
        RuleVerifier.Verify(Header + "[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Worker]\r\n\r\n" + Worker + "\"RamOpConcurrencyMax\"=dword:00000010\r\n");
    }

    [Fact]
    public void HV0820_reports_state_that_hyper_v_maintains_and_names_the_cmdlet()
    {
        var result = RuleVerifier.Verify(Header + Worker + "{|HV0820:\"CurrentMacAddress\"|}=hex:00,15,5d,42,00,10\r\n");
        Assert.Contains("Set-VMHost", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HV0820_reports_a_maintained_key_once_per_file_in_every_front_end()
    {
        const string Port = @"SYSTEM\CurrentControlSet\Services\VMSMP\Parameters\SwitchList\FDDD2A3C-85E3-4807-9E28-7A40C8D494A7\6FAC595A-2507-4690-A840-5746B09D81A1\Properties\{952c5004-4465-451c-8cb8-fa9ab382b773}";
        const string A = "{0B4B8A82-0FE1-4E0C-8B8D-5B4A2D5E5F3A}";
        const string B = "{1C4B8A82-0FE1-4E0C-8B8D-5B4A2D5E5F3A}";

        RuleVerifier.Verify(Header + "[{|HV0820:HKEY_LOCAL_MACHINE\\" + Port + "|}]\r\n\"" + A + "\"=hex:01,00\r\n\"" + B + "\"=hex:02,00\r\n");
        RuleVerifier.Verify(
            "reg add {|HV0820:\"HKLM\\" + Port + "\"|} /v " + A + " /t REG_BINARY /d 0100 /f\r\n"
            + "reg add \"HKLM\\" + Port + "\" /v " + B + " /t REG_BINARY /d 0200 /f\r\n",
            ".cmd");
        var ps = RuleVerifier.Verify(
            "Set-ItemProperty -Path {|HV0820:'HKLM:\\" + Port + "'|} -Name '" + A + "' -Value ([byte[]](1,0))\r\n"
            + "Set-ItemProperty -Path 'HKLM:\\" + Port + "' -Name '" + B + "' -Value ([byte[]](2,0))\r\n",
            ".ps1");
        Assert.Contains("Use Set-VMNetworkAdapterVlan instead.", ps.Diagnostics[0].Message, StringComparison.Ordinal);
    }
}

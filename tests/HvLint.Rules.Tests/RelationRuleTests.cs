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
}

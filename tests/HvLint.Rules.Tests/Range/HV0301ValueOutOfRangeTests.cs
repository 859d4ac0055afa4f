using HvLint.Core.Diagnostics;
using HvLint.Core.Fixes;
using HvLint.Core.Model;
using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0301 (ValueOutOfRange) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0301ValueOutOfRangeTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string Migration = @"[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration]" + "\r\n";
    private const string RegMigration = @"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";

    [Fact]
    public void HV0301_reports_a_value_outside_the_range_and_says_what_windows_does()
    {
        var result = RuleVerifier.Verify<HV0301ValueOutOfRange>(Header + Migration + "\"MaximumActiveTransfers\"={|HV0301:dword:000007d0|}\r\n\"MaximumActiveVmMigrationCount\"=dword:00000006\r\n");
        Assert.Contains("2000 (0x7d0) is outside 6..1006; vmms.exe resets it to 6. Use a value from 6 to 1006.", result.Diagnostics.Single(d => d.Rule.Id == "HV0301").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HV0301_accepts_zero_where_zero_means_the_default_and_accepts_both_bounds()
    {
        RuleVerifier.Verify<HV0301ValueOutOfRange>(Header + Migration + "\"MemoryWalkerCount\"=dword:00000000\r\n\"TcpTransportCompletionThreads\"=dword:00000040\r\n\"LmMemoryChunkPageCount\"=dword:00100000\r\n");
    }

    [Fact]
    public void HV0301_reports_below_the_minimum_and_a_capped_value()
    {
        RuleVerifier.Verify<HV0301ValueOutOfRange>(Header + Migration + "\"MaximumActiveTransfers\"={|HV0301:dword:5|}\r\n\"TcpTransportCompletionThreads\"={|HV0301:dword:00000041|}\r\n");
    }

    [Fact]
    public void A_dsc_value_read_as_hexadecimal_says_how_it_was_read()
    {
        var message = Single(Dsc("ValueName = 'MaximumActiveTransfers'\n      ValueType = 'Dword'\n      ValueData = '0x1000'\n      Hex = $true"), ".ps1", "HV0301");
        Assert.Contains("'MaximumActiveTransfers' = 4096 (ValueData '0x1000' with Hex = $true reads as 4096) is outside 6..1006", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_sided_range_says_above_the_maximum_not_outside_at_most()
    {
        var result = RuleVerifier.Verify<HV0301ValueOutOfRange>(Header + Migration + "\"CompressorLpUtilizationHighThreshold\"={|HV0301:dword:00000096|}\r\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.Contains("= 150 (0x96) is above the maximum 100; vmms.exe caps it at 100 (0x64). Use 100 or less.", d.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Error, d.Severity);
    }

    [Fact]
    public void An_inferred_range_is_a_warning_that_says_it_is_inferred()
    {
        // A 2008 R2 value under a key Hyper-V manages: HV0401 and HV0820 report it too; only HV0301 matters here.
        var findings = RuleVerifier.Lint<HV0301ValueOutOfRange>(Header + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\VMSMP\\Parameters\\SwitchList\\sw\\port]\r\n\"AccessVlanId\"=dword:00001000\r\n").Diagnostics;
        var d = Assert.Single(findings);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("The range is inferred, not documented: 1..4094 is the usable IEEE 802.1Q VLAN ID range", d.Message, StringComparison.Ordinal);
        Assert.Contains("is not documented", d.Message, StringComparison.Ordinal);
    }

    private static string Single(string text, string extension, string id) =>
        Assert.Single(RuleVerifier.Lint<HV0301ValueOutOfRange>(text, extension).Diagnostics, d => d.Rule.Id == id).Message;

    private static string Dsc(string properties) => Samples.DscRegistry(RegMigration, properties);

    [Fact]
    public void HV0301_offers_the_nearest_bound_unsafe_when_the_reader_would_not_use_it()
    {
        // 2000 is above 1006; the reader resets such a value to its default, so 1006 is a new setting.
        var reg = FixAssert.Change<ReplaceDataChange>(
            RuleVerifier.Verify<HV0301ValueOutOfRange>(Header + Migration + "\"MaximumActiveTransfers\"={|HV0301:dword:000007d0|}\r\n"), "HV0301", FixApplicability.Unsafe);
        Assert.Equal(RegistryValueType.DWord, reg.Data.Type);
        Assert.Equal(1006UL, reg.Data.Number);

        var cmd = FixAssert.Change<ReplaceDataChange>(
            RuleVerifier.Verify<HV0301ValueOutOfRange>("reg add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration\" /v MaximumActiveTransfers /t REG_DWORD /d {|HV0301:2|} /f\r\n", ".cmd"), "HV0301", FixApplicability.Unsafe);
        Assert.Equal(6UL, cmd.Data.Number);
    }

    [Fact]
    public void HV0301_fix_is_safe_where_the_reader_caps_the_number_at_that_bound_already()
    {
        var ps = FixAssert.Change<ReplaceDataChange>(
            RuleVerifier.Verify<HV0301ValueOutOfRange>("Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration' -Name CompressorLpUtilizationHighThreshold -Value {|HV0301:150|} -Type DWord\r\n", ".ps1"), "HV0301", FixApplicability.Safe);
        Assert.Equal(100UL, ps.Data.Number);
    }

    [Fact]
    public void HV0301_offers_no_fix_for_a_conditional_write()
    {
        FixAssert.NoChange(
            RuleVerifier.Verify<HV0301ValueOutOfRange>("if ($big) { Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration' -Name MaximumActiveTransfers -Value {|HV0301:2000|} -Type DWord }\r\n", ".ps1"), "HV0301");
    }
}

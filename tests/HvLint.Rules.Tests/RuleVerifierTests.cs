using HvLint.TestKit;
using Xunit.Sdk;

namespace HvLint.Rules.Tests;

/// <summary>
/// The per-rule verifier can fail: an unmarked finding, a mark that is not found and a mark for
/// another rule each fail a test, and a rule under test is not disturbed by the others.
/// </summary>
public sealed class RuleVerifierTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string Migration = @"[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration]" + "\r\n";
    private const string SwitchPort = @"[HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\VMSMP\Parameters\SwitchList\FDDD2A3C-85E3-4807-9E28-7A40C8D494A7\6FAC595A-2507-4690-A840-5746B09D81A1]" + "\r\n";

    [Fact]
    public void A_finding_of_the_rule_that_is_not_marked_fails()
    {
        var e = Assert.ThrowsAny<XunitException>(() => RuleVerifier.Verify<HV0301ValueOutOfRange>(Header + Migration + "\"MaximumActiveTransfers\"=dword:000007d0\r\n"));
        Assert.Contains("unexpected: HV0301", e.Message, StringComparison.Ordinal);
        Assert.Contains("{|HV0301:dword:000007d0|}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mark_that_the_rule_does_not_report_fails()
    {
        var e = Assert.ThrowsAny<XunitException>(() => RuleVerifier.Verify<HV0301ValueOutOfRange>(Header + Migration + "\"MaximumActiveTransfers\"={|HV0301:dword:00000010|}\r\n"));
        Assert.Contains("missing: HV0301", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mark_for_another_rule_fails_even_where_that_rule_would_report()
    {
        var e = Assert.ThrowsAny<XunitException>(() => RuleVerifier.Verify<HV0301ValueOutOfRange>(Header + Migration + "{|HV0101:\"MaximumActiveTransfer\"|}=dword:00000010\r\n"));
        Assert.Contains("marks HV0101 in a test of HV0301", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_rule_under_test_runs()
    {
        // With every rule, this write under a switch port is also HV0820 (state Hyper-V maintains);
        // the per-rule test of HV0401 sees only HV0401.
        var sample = Header + SwitchPort + "{|HV0401:\"AccessVlanId\"|}=dword:00000019\r\n";
        var result = RuleVerifier.Verify<HV0401DeprecatedSetting>(sample);
        Assert.All(result.Diagnostics, d => Assert.Equal("HV0401", d.Rule.Id));
        Assert.ThrowsAny<XunitException>(() => RuleVerifier.Verify(sample));
        Assert.Contains(RuleVerifier.Lint(sample.Replace("{|HV0401:", string.Empty, StringComparison.Ordinal).Replace("|}", string.Empty, StringComparison.Ordinal)).Diagnostics, d => d.Rule.Id == "HV0820");
    }

    [Fact]
    public void The_engine_of_a_rule_is_built_once_and_holds_that_rule()
    {
        Assert.Same(RuleVerifier.EngineFor<HV0401DeprecatedSetting>(), RuleVerifier.EngineFor<HV0401DeprecatedSetting>());
        Assert.Contains(RuleVerifier.EngineFor<HV0401DeprecatedSetting>().Descriptors, d => d.Id == "HV0401");
        Assert.DoesNotContain(RuleVerifier.EngineFor<HV0401DeprecatedSetting>().Descriptors, d => d.Id == "HV0820");
    }

    [Fact]
    public void Files_of_one_host_are_checked_file_by_file()
    {
        const string Worker = @"[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Worker]" + "\r\n";
        (string, string)[] marked =
        [
            ("a.reg", Header + Worker + "\"RamOpConcurrencyMin\"={|HV0702:dword:00000020|}\r\n"),
            ("b.reg", Header + Worker + "\"RamOpConcurrencyMax\"=dword:00000010\r\n"),
        ];
        RuleVerifier.VerifyFiles<HV0702OrderedPairViolated>(marked, asOneHost: true);

        // The same mark in the other file is a finding missing there and one unexpected here.
        (string, string)[] misplaced =
        [
            ("a.reg", Header + Worker + "\"RamOpConcurrencyMin\"=dword:00000020\r\n"),
            ("b.reg", Header + Worker + "\"RamOpConcurrencyMax\"={|HV0702:dword:00000010|}\r\n"),
        ];
        var e = Assert.ThrowsAny<XunitException>(() => RuleVerifier.VerifyFiles<HV0702OrderedPairViolated>(misplaced, asOneHost: true));
        Assert.Contains("a.reg", e.Message, StringComparison.Ordinal);
    }
}

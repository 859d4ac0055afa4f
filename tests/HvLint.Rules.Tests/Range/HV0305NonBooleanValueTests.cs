using HvLint.Core.Fixes;
using HvLint.Core.Model;
using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0305 (NonBooleanValue) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0305NonBooleanValueTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string Migration = @"[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration]" + "\r\n";

    [Fact]
    public void HV0305_reports_a_switch_set_to_two()
    {
        RuleVerifier.Verify<HV0305NonBooleanValue>(Header + Migration + "\"EnableCompression\"={|HV0305:dword:00000002|}\r\n\"EnableSmbTransport\"=dword:00000001\r\n");
    }

    [Fact]
    public void A_switch_typed_from_its_name_claims_nothing_about_non_zero_values()
    {
        var result = RuleVerifier.Verify<HV0305NonBooleanValue>(Header + Migration + "\"EnableCompression\"={|HV0305:dword:00000002|}\r\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.Contains("probably an on/off switch", d.Message, StringComparison.Ordinal);
        Assert.Contains("inferred, not documented", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("so this means on", d.Message, StringComparison.Ordinal);
    }

    private const string Hypervisor = @"[HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Hypervisor]" + "\r\n";

    [Fact]
    public void HV0305_writes_1_safely_where_any_non_zero_value_is_documented_as_on()
    {
        var reg = FixAssert.Change<ReplaceDataChange>(
            RuleVerifier.Verify<HV0305NonBooleanValue>(Header + Hypervisor + "\"IgnoreMemPart\"={|HV0305:dword:00000002|}\r\n"), "HV0305", FixApplicability.Safe);
        Assert.Equal(RegistryValueType.DWord, reg.Data.Type);
        Assert.Equal(1UL, reg.Data.Number);

        var cmd = FixAssert.Change<ReplaceDataChange>(
            RuleVerifier.Verify<HV0305NonBooleanValue>("reg add HKLM\\SYSTEM\\CurrentControlSet\\Control\\Hypervisor /v IgnoreMemPart /t REG_DWORD /d {|HV0305:2|} /f\r\n", ".cmd"), "HV0305", FixApplicability.Safe);
        Assert.Equal(1UL, cmd.Data.Number);

        var ps = FixAssert.Change<ReplaceDataChange>(
            RuleVerifier.Verify<HV0305NonBooleanValue>("Set-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Hypervisor' -Name IgnoreMemPart -Value {|HV0305:2|} -Type DWord\r\n", ".ps1"), "HV0305", FixApplicability.Safe);
        Assert.Equal(1UL, ps.Data.Number);
    }

    [Fact]
    public void HV0305_offers_no_fix_where_the_meaning_of_the_value_is_not_documented_or_the_write_is_conditional()
    {
        // That EnableCompression treats any non-zero value as on is only inferred.
        FixAssert.NoChange(RuleVerifier.Verify<HV0305NonBooleanValue>(Header + Migration + "\"EnableCompression\"={|HV0305:dword:00000002|}\r\n"), "HV0305");
        FixAssert.NoChange(
            RuleVerifier.Verify<HV0305NonBooleanValue>("if ($lab) { Set-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Hypervisor' -Name IgnoreMemPart -Value {|HV0305:2|} -Type DWord }\r\n", ".ps1"), "HV0305");
    }
}

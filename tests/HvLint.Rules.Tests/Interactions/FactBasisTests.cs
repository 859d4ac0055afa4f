using System.Text;
using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>
/// Findings that rest on an inferred catalog fact (a range no source states, a switch typed from
/// its name, an ordering read from Min/Max names) are at most warnings and say they are inferred;
/// findings on documented facts keep their severity and claim only what a source states.
/// </summary>
public sealed class FactBasisTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string Migration = "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]\r\n";

    [Fact]
    public void A_one_sided_range_says_above_the_maximum_not_outside_at_most()
    {
        var result = RuleVerifier.Verify(Header + Migration + "\"CompressorLpUtilizationHighThreshold\"={|HV0301:dword:00000096|}\r\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.Contains("= 150 (0x96) is above the maximum 100; vmms.exe caps it at 100 (0x64). Use 100 or less.", d.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Error, d.Severity);
    }

    [Fact]
    public void An_inferred_range_is_a_warning_that_says_it_is_inferred()
    {
        // A 2008 R2 value under a key Hyper-V manages: HV0401 and HV0820 report it too; only HV0301 matters here.
        var findings = RuleVerifier.Findings(Header + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\VMSMP\\Parameters\\SwitchList\\sw\\port]\r\n\"AccessVlanId\"=dword:00001000\r\n", "HV0301");
        var d = Assert.Single(findings);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("The range is inferred, not documented: 1..4094 is the usable IEEE 802.1Q VLAN ID range", d.Message, StringComparison.Ordinal);
        Assert.Contains("is not documented", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_switch_typed_from_its_name_claims_nothing_about_non_zero_values()
    {
        var result = RuleVerifier.Verify(Header + Migration + "\"EnableCompression\"={|HV0305:dword:00000002|}\r\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.Contains("probably an on/off switch", d.Message, StringComparison.Ordinal);
        Assert.Contains("inferred, not documented", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("so this means on", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inferred_fact_stays_a_warning_even_when_the_rule_is_configured_as_an_error()
    {
        var text = Header + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\VMSMP\\Parameters\\SwitchList\\sw\\port]\r\n\"AccessVlanId\"=dword:00001000\r\n"
            + Migration + "\"MaximumActiveTransfers\"=dword:000007d0\r\n";
        var options = new LintOptions { RuleSeverities = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase) { ["HV0301"] = Severity.Error } };
        var result = RuleVerifier.Engine.LintBytes("sample.reg", Encoding.Latin1.GetBytes(text), options);
        var findings = result.Diagnostics.Where(d => d.Rule.Id == "HV0301").ToArray();
        Assert.Equal(2, findings.Length);
        Assert.Equal(Severity.Warning, findings.Single(d => d.Message.Contains("AccessVlanId", StringComparison.Ordinal)).Severity);
        Assert.Equal(Severity.Error, findings.Single(d => d.Message.Contains("MaximumActiveTransfers", StringComparison.Ordinal)).Severity);
    }

    [Fact]
    public void An_ordering_read_from_the_names_says_so_and_a_documented_one_does_not()
    {
        var inferred = RuleVerifier.Verify(Header + Migration + "\"LowNetworkUtilizationLowerThresholds\"={|HV0702:dword:00000032|}\r\n\"LowNetworkUtilizationHigherThresholds\"=dword:0000001e\r\n");
        Assert.Contains("This ordering is inferred, not documented", Assert.Single(inferred.Diagnostics).Message, StringComparison.Ordinal);

        var documented = RuleVerifier.Verify(Header + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Worker]\r\n\"RamOpConcurrencyMin\"={|HV0702:dword:00000020|}\r\n\"RamOpConcurrencyMax\"=dword:00000010\r\n");
        Assert.DoesNotContain("inferred", Assert.Single(documented.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_that_is_only_our_reading_gives_a_warning_that_says_so()
    {
        var result = RuleVerifier.Verify("reg add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\" /v ConfigurationStorePath /t REG_DWORD /d {|HV0201:1|} /f\r\n", ".cmd");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("The type is inferred, not documented: no documentation gives a type for this value; REG_SZ is our reading", d.Message, StringComparison.Ordinal);

        // A documented type keeps the rule's error.
        var documented = RuleVerifier.Verify("reg add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration\" /v MaximumActiveTransfers /t REG_SZ /d {|HV0201:8|} /f\r\n", ".cmd");
        Assert.Equal(Severity.Error, Assert.Single(documented.Diagnostics).Severity);
    }

    [Fact]
    public void A_bcd_boolean_outside_its_grammar_claims_no_rejection()
    {
        var result = RuleVerifier.Verify("bcdedit /set {current} hypervisordebug {|HV0310:maybe|}\r\n", ".cmd");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("What bcdedit and the boot loader do with it is not documented.", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("rejects", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_enum_meaning_is_shortened_at_a_word_boundary()
    {
        var result = RuleVerifier.Verify(Header + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Hypervisor]\r\n\"InitialAllocationNumaPolicy\"={|HV0302:dword:00000007|}\r\n");
        var message = Assert.Single(result.Diagnostics).Message;
        Assert.Contains("spread across NUMA nodes", message, StringComparison.Ordinal);
        Assert.DoesNotContain("NUM…", message, StringComparison.Ordinal);
    }
}

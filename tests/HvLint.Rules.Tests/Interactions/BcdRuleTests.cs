using HvLint.Core.Diagnostics;
using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>The BCD rules, through the batch front end, findings marked inline.</summary>
public sealed class BcdRuleTests
{
    private const string Cmd = ".cmd";

    [Fact]
    public void HV0110_reports_a_transposed_element_and_suggests_the_documented_one()
    {
        var result = RuleVerifier.Verify("@echo off\r\nbcdedit /set {current} {|HV0110:vmslaunchtype|} auto\r\nbcdedit /set {current} {|HV0110:hypervisorlaunchtyp|} auto\r\n", Cmd);
        Assert.Contains("'vsmlaunchtype'", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("'hypervisorlaunchtype'", result.Diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HV0110_knows_dtrace_which_microsoft_documents_for_dtrace_on_windows()
    {
        RuleVerifier.Verify("bcdedit /set dtrace on\r\n", Cmd);
        RuleVerifier.Verify("bcdedit /set {current} dtrace off\r\n", Cmd);
        RuleVerifier.Verify("bcdedit /deletevalue dtrace\r\n", Cmd);
        var result = RuleVerifier.Verify("bcdedit /set {|HV0110:dtrce|} on\r\nbcdedit /set dtrace {|HV0310:enabled|}\r\n", Cmd);
        Assert.Contains("'dtrace'", result.Diagnostics.Single(d => d.Rule.Id == "HV0110").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HV0111_accepts_the_seed_spelling_with_a_note_and_still_checks_the_value()
    {
        RuleVerifier.Verify("bcdedit /set {current} {|HV0111:hypervisorscheduler|} {|HV0310:fast|}\r\n", Cmd);
    }

    [Theory]
    [InlineData("hypervisorlaunchtype", "on")]
    [InlineData("hypervisordebug", "enabled")]
    [InlineData("hypervisoriommupolicy", "off")]
    [InlineData("hypervisorbaudrate", "9601")]
    [InlineData("hypervisorchannel", "63")]
    [InlineData("hypervisorhostip", "192.168.1")]
    [InlineData("hypervisorbusparams", "0.25")]
    [InlineData("hypervisorusekey", "Secret-Key")]
    public void HV0310_reports_a_value_the_element_does_not_take(string element, string value)
    {
        RuleVerifier.Verify("bcdedit /set {current} " + element + " {|HV0310:" + value + "|}\r\n", Cmd);
    }

    [Theory]
    [InlineData("hypervisorlaunchtype", "Auto")]
    [InlineData("hypervisorlaunchtype", "OFF")]
    [InlineData("hypervisoruselargevtlb", "yes")]
    [InlineData("hypervisoruselargevtlb", "0")]
    [InlineData("hypervisornumproc", "8")]
    [InlineData("hypervisorschedulertype", "core")]
    public void HV0310_accepts_every_spelling_bcdedit_accepts(string element, string value)
    {
        RuleVerifier.Verify("bcdedit /set {current} " + element + " " + value + "\r\n", Cmd);
    }

    [Fact]
    public void HV0311_reports_a_network_debugging_port_below_the_documented_range()
    {
        RuleVerifier.Verify("bcdedit /hypervisorsettings NET HOSTIP:192.168.1.2 PORT:{|HV0311:5000|}\r\nbcdedit /set {current} hypervisordebug {|HV0510:on|}\r\n", Cmd);
    }

    [Fact]
    public void HV0312_reports_the_root_scheduler()
    {
        RuleVerifier.Verify("bcdedit /set hypervisorschedulertype {|HV0312:root|}\r\n", Cmd);
    }

    [Fact]
    public void HV0410_reports_the_1394_transport()
    {
        RuleVerifier.Verify("bcdedit /hypervisorsettings {|HV0410:1394|} CHANNEL:23\r\nbcdedit /set {current} hypervisordebug {|HV0510:on|}\r\n", Cmd);
    }

    [Fact]
    public void HV0510_reports_security_weakening_boot_settings_and_HV0610_a_debug_switch()
    {
        var result = RuleVerifier.Verify(
            "bcdedit /set {current} hypervisoriommupolicy {|HV0510:disable|}\r\n"
            + "bcdedit /set {current} hypervisordisableslat {|HV0610:on|}\r\n",
            Cmd);
        Assert.All(result.Diagnostics.Where(d => d.Rule.Id == "HV0510"), d => Assert.NotNull(d.SecuritySeverity));
    }

    [Fact]
    public void Hypervisorenforcedcodeintegrity_gets_no_security_finding_while_its_type_and_polarity_are_unconfirmed()
    {
        // No Microsoft page documents this element; the reference calls it a boolean, its ID says integer.
        // Which value turns HVCI off is therefore not known, and a security finding would be a guess.
        RuleVerifier.Verify("bcdedit /set {current} hypervisorenforcedcodeintegrity 0\r\nbcdedit /set {current} hypervisorenforcedcodeintegrity off\r\n", Cmd);
    }

    [Fact]
    public void A_baud_rate_outside_the_inferred_list_is_a_warning_that_claims_no_rejection()
    {
        var result = RuleVerifier.Verify("bcdedit /set {hypervisorsettings} hypervisorbaudrate {|HV0310:230400|}\r\n", Cmd);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("9600, 19200, 38400, 57600 or 115200", d.Message, StringComparison.Ordinal);
        Assert.Contains("is inferred, not documented", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("rejects", d.Message, StringComparison.Ordinal);

        // The kernel debugger's own baud rate list is documented: there the finding stays an error.
        var documented = RuleVerifier.Verify("bcdedit /set {dbgsettings} baudrate {|HV0310:230400|}\r\n", Cmd);
        Assert.Equal(Severity.Error, Assert.Single(documented.Diagnostics).Severity);
        Assert.DoesNotContain("rejects", documented.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HV0711_reports_a_delete_that_undoes_an_earlier_set()
    {
        RuleVerifier.Verify("bcdedit /set {current} hypervisornumproc 16\r\nbcdedit /deletevalue {current} {|HV0711:hypervisornumproc|}\r\n", Cmd);
    }

    [Fact]
    public void HV0712_reports_auto_then_off_on_one_path_but_not_in_the_branches_of_an_if()
    {
        RuleVerifier.Verify("bcdedit /set {current} hypervisorlaunchtype auto\r\nbcdedit /set {current} hypervisorlaunchtype {|HV0712:off|}\r\n", Cmd);
        RuleVerifier.Verify("if \"%1\"==\"on\" (\r\n  bcdedit /set {current} hypervisorlaunchtype auto\r\n) else (\r\n  bcdedit /set {current} hypervisorlaunchtype off\r\n)\r\n", Cmd);
        RuleVerifier.Verify("bcdedit /set {current} hypervisorlaunchtype auto\r\nbcdedit /set {default} hypervisorlaunchtype off\r\nbcdedit /set {current} hypervisorlaunchtype AUTO\r\n", Cmd);
    }

    [Fact]
    public void HV0713_reports_dfss_without_the_root_scheduler()
    {
        RuleVerifier.Verify(@"reg add HKLM\SYSTEM\CurrentControlSet\Services\winhvr\Parameters /v DisableDynamicFairShareScheduler /t REG_DWORD /d {|HV0713:1|} /f" + "\r\n", Cmd);
    }

    [Fact]
    public void HV0714_reports_a_registry_fallback_that_the_bcd_element_overrides()
    {
        RuleVerifier.Verify(@"reg add HKLM\SYSTEM\CurrentControlSet\Control\Hypervisor /v HypervisorUseVapic /t REG_DWORD /d {|HV0714:0|} /f" + "\r\nbcdedit /set {current} hypervisorusevapic on\r\n", Cmd);
        RuleVerifier.Verify(@"reg add HKLM\SYSTEM\CurrentControlSet\Control\Hypervisor /v HypervisorUseVapic /t REG_DWORD /d 1 /f" + "\r\nbcdedit /set {current} hypervisorusevapic on\r\n", Cmd);
    }

    [Fact]
    public void HV0715_reports_a_debugger_without_transport_settings()
    {
        RuleVerifier.Verify("bcdedit /set {current} hypervisordebug {|HV0510:{|HV0715:on|}|}\r\n", Cmd);
        RuleVerifier.Verify("bcdedit /set {hypervisorsettings} hypervisordebugtype {|HV0715:serial|}\r\nbcdedit /set {current} hypervisordebug {|HV0510:on|}\r\n", Cmd);
        RuleVerifier.Verify("bcdedit /hypervisorsettings SERIAL DEBUGPORT:1 BAUDRATE:115200\r\nbcdedit /set {current} hypervisordebug {|HV0510:on|}\r\n", Cmd);
    }

    [Fact]
    public void HV0716_reports_transport_settings_without_the_debugger()
    {
        RuleVerifier.Verify("bcdedit /hypervisorsettings {|HV0716:SERIAL|} DEBUGPORT:1 BAUDRATE:115200\r\n", Cmd);
        RuleVerifier.Verify("bcdedit /set {hypervisorsettings} hypervisorbaudrate 57600\r\n", Cmd);
    }

    [Fact]
    public void HV0810_reports_a_hypervisor_element_on_the_boot_manager()
    {
        RuleVerifier.Verify("bcdedit /set {|HV0810:{bootmgr}|} hypervisorlaunchtype auto\r\nbcdedit /set {hypervisorsettings} hypervisorlaunchtype auto\r\n", Cmd);
    }

    [Fact]
    public void Bcd_rules_are_silent_on_enumeration_only_scripts()
    {
        RuleVerifier.Verify("@echo off\r\nbcdedit /enum\r\nbcdedit /enum {current} /v\r\n", Cmd);
    }
}

using HvLint.Core.Diagnostics;
using HvLint.Core.Fixes;
using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0310 (InvalidBcdValue) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0310InvalidBcdValueTests
{
    private const string Cmd = ".cmd";

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
        RuleVerifier.Verify<HV0310InvalidBcdValue>("bcdedit /set {current} " + element + " {|HV0310:" + value + "|}\r\n", Cmd);
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
        RuleVerifier.Verify<HV0310InvalidBcdValue>("bcdedit /set {current} " + element + " " + value + "\r\n", Cmd);
    }

    [Fact]
    public void A_baud_rate_outside_the_inferred_list_is_a_warning_that_claims_no_rejection()
    {
        var result = RuleVerifier.Verify<HV0310InvalidBcdValue>("bcdedit /set {hypervisorsettings} hypervisorbaudrate {|HV0310:230400|}\r\n", Cmd);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("9600, 19200, 38400, 57600 or 115200", d.Message, StringComparison.Ordinal);
        Assert.Contains("is inferred, not documented", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("rejects", d.Message, StringComparison.Ordinal);

        // The kernel debugger's own baud rate list is documented: there the finding stays an error.
        var documented = RuleVerifier.Verify<HV0310InvalidBcdValue>("bcdedit /set {dbgsettings} baudrate {|HV0310:230400|}\r\n", Cmd);
        Assert.Equal(Severity.Error, Assert.Single(documented.Diagnostics).Severity);
        Assert.DoesNotContain("rejects", documented.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bcd_boolean_outside_its_grammar_claims_no_rejection()
    {
        var result = RuleVerifier.Verify<HV0310InvalidBcdValue>("bcdedit /set {current} hypervisordebug {|HV0310:maybe|}\r\n", ".cmd");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("What bcdedit and the boot loader do with it is not documented.", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("rejects", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HV0310_moves_a_number_out_of_range_to_the_nearest_bound_as_an_unsafe_fix()
    {
        var cmd = FixAssert.Change<ReplaceBcdValueChange>(
            RuleVerifier.Verify<HV0310InvalidBcdValue>("bcdedit /set {current} hypervisorchannel {|HV0310:63|}\r\n", Cmd), "HV0310", FixApplicability.Unsafe);
        Assert.Equal("62", cmd.NewValue);
        Assert.Equal("hypervisorchannel", cmd.Write.Element);

        var ps = FixAssert.Change<ReplaceBcdValueChange>(
            RuleVerifier.Verify<HV0310InvalidBcdValue>("bcdedit /set '{current}' hypervisorchannel {|HV0310:63|}\r\n", ".ps1"), "HV0310", FixApplicability.Unsafe);
        Assert.Equal("62", ps.NewValue);
    }

    [Fact]
    public void HV0310_offers_no_fix_for_a_value_without_one_obvious_replacement_or_a_conditional_command()
    {
        FixAssert.NoChange(RuleVerifier.Verify<HV0310InvalidBcdValue>("bcdedit /set {current} hypervisorlaunchtype {|HV0310:on|}\r\n", Cmd), "HV0310");
        FixAssert.NoChange(RuleVerifier.Verify<HV0310InvalidBcdValue>("if exist C:\\lab.txt bcdedit /set {current} hypervisorchannel {|HV0310:63|}\r\n", Cmd), "HV0310");
    }
}

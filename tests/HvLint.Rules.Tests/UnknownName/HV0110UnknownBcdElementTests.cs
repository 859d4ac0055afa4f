using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0110 (UnknownBcdElement) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0110UnknownBcdElementTests
{
    private const string Cmd = ".cmd";

    [Fact]
    public void HV0110_reports_a_transposed_element_and_suggests_the_documented_one()
    {
        var result = RuleVerifier.Verify<HV0110UnknownBcdElement>("@echo off\r\nbcdedit /set {current} {|HV0110:vmslaunchtype|} auto\r\nbcdedit /set {current} {|HV0110:hypervisorlaunchtyp|} auto\r\n", Cmd);
        Assert.Contains("'vsmlaunchtype'", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("'hypervisorlaunchtype'", result.Diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HV0110_knows_dtrace_which_microsoft_documents_for_dtrace_on_windows()
    {
        RuleVerifier.Verify<HV0110UnknownBcdElement>("bcdedit /set dtrace on\r\n", Cmd);
        RuleVerifier.Verify<HV0110UnknownBcdElement>("bcdedit /set {current} dtrace off\r\n", Cmd);
        RuleVerifier.Verify<HV0110UnknownBcdElement>("bcdedit /deletevalue dtrace\r\n", Cmd);
        var result = RuleVerifier.Verify<HV0110UnknownBcdElement>("bcdedit /set {|HV0110:dtrce|} on\r\nbcdedit /set dtrace enabled\r\n", Cmd);
        Assert.Contains("'dtrace'", result.Diagnostics.Single(d => d.Rule.Id == "HV0110").Message, StringComparison.Ordinal);
    }
}

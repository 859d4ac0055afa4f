using System.Text;
using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>
/// Findings that rest on an inferred catalog fact (a range no source states, a switch typed from
/// its name, an ordering read from Min/Max names) are at most warnings and say they are inferred;
/// findings on documented facts keep their severity and claim only what a source states.
/// Here: the fact basis against the configured severity; each rule's own cases are in its test class.
/// </summary>
public sealed class FactBasisTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string Migration = "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]\r\n";

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
}

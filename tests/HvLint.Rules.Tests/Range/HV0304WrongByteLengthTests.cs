using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0304 (WrongByteLength) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0304WrongByteLengthTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";

    [Fact]
    public void HV0304_reports_a_mac_address_of_the_wrong_length()
    {
        RuleVerifier.Verify<HV0304WrongByteLength>(Header + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization]\r\n\"MinimumMacAddress\"={|HV0304:hex:00,15,5d,00,00|}\r\n\"MaximumMacAddress\"=hex:00,15,5d,00,ff,ff\r\n");
    }
}

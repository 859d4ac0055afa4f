using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0306 (UnknownFlagBits) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0306UnknownFlagBitsTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";

    [Fact]
    public void HV0306_reports_undefined_flag_bits()
    {
        RuleVerifier.Verify<HV0306UnknownFlagBits>(Header + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\hvcrash\\Parameters]\r\n\"DebugFlags\"={|HV0306:dword:0000000a|}\r\n");
    }
}

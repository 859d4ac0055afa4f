using HvLint.Rules.Placement;
using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0801 (Wow64ViewWrite) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0801Wow64ViewWriteTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string Migration = @"[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration]" + "\r\n";

    [Fact]
    public void HV0801_reports_a_hyper_v_key_under_wow6432node_once()
    {
        RuleVerifier.Verify<HV0801Wow64ViewWrite>(Header + "[{|HV0801:HKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration|}]\r\n\"MaximumActiveTransfers\"=dword:00000010\r\n\"EnableCompression\"=dword:00000001\r\n");
    }
}

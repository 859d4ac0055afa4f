using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0501 (SecurityWeakeningSetting) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0501SecurityWeakeningSettingTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";

    [Fact]
    public void HV0501_reports_a_disabled_protection_with_its_security_severity()
    {
        var result = RuleVerifier.Verify<HV0501SecurityWeakeningSetting>(Header + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Replication]\r\n\"DisableCertRevocationCheck\"={|HV0501:dword:00000001|}\r\n");
        Assert.NotNull(result.Diagnostics[0].SecuritySeverity);
        RuleVerifier.Verify<HV0501SecurityWeakeningSetting>(Header + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Replication]\r\n\"DisableCertRevocationCheck\"=dword:00000000\r\n");
    }
}

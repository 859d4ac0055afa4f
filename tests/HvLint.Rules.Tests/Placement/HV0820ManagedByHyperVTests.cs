using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0820 (ManagedByHyperV) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0820ManagedByHyperVTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string Worker = @"[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Worker]" + "\r\n";

    [Fact]
    public void HV0820_reports_state_that_hyper_v_maintains_and_names_the_cmdlet()
    {
        var result = RuleVerifier.Verify<HV0820ManagedByHyperV>(Header + Worker + "{|HV0820:\"CurrentMacAddress\"|}=hex:00,15,5d,42,00,10\r\n");
        Assert.Contains("Set-VMHost", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HV0820_reports_a_maintained_key_once_per_file_in_every_front_end()
    {
        const string Port = @"SYSTEM\CurrentControlSet\Services\VMSMP\Parameters\SwitchList\FDDD2A3C-85E3-4807-9E28-7A40C8D494A7\6FAC595A-2507-4690-A840-5746B09D81A1\Properties\{952c5004-4465-451c-8cb8-fa9ab382b773}";
        const string A = "{0B4B8A82-0FE1-4E0C-8B8D-5B4A2D5E5F3A}";
        const string B = "{1C4B8A82-0FE1-4E0C-8B8D-5B4A2D5E5F3A}";

        RuleVerifier.Verify<HV0820ManagedByHyperV>(Header + "[{|HV0820:HKEY_LOCAL_MACHINE\\" + Port + "|}]\r\n\"" + A + "\"=hex:01,00\r\n\"" + B + "\"=hex:02,00\r\n");
        RuleVerifier.Verify<HV0820ManagedByHyperV>(
            "reg add {|HV0820:\"HKLM\\" + Port + "\"|} /v " + A + " /t REG_BINARY /d 0100 /f\r\n"
            + "reg add \"HKLM\\" + Port + "\" /v " + B + " /t REG_BINARY /d 0200 /f\r\n",
            ".cmd");
        var ps = RuleVerifier.Verify<HV0820ManagedByHyperV>(
            "Set-ItemProperty -Path {|HV0820:'HKLM:\\" + Port + "'|} -Name '" + A + "' -Value ([byte[]](1,0))\r\n"
            + "Set-ItemProperty -Path 'HKLM:\\" + Port + "' -Name '" + B + "' -Value ([byte[]](2,0))\r\n",
            ".ps1");
        Assert.Contains("Use Set-VMNetworkAdapterVlan instead.", ps.Diagnostics[0].Message, StringComparison.Ordinal);
    }
}

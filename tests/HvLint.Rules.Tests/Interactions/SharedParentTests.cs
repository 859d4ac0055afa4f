using HvLint.Core.Catalog;
using HvLint.Core.Model;
using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>
/// HV0101 and HV0102 together in keys Hyper-V shares with Windows (Services, Control, Control\Class):
/// ordinary Windows tweaks beside Hyper-V's are not findings, Hyper-V's near misses still are.
/// Each rule's own cases are in its test class.
/// </summary>
public sealed class SharedParentTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string Services = @"HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\";

    [Fact]
    public void Every_windows_name_list_parent_is_a_key_hyper_v_shares_and_does_not_own()
    {
        foreach (var parentText in WindowsKeyNames.BuiltIn.Parents)
        {
            var parent = RegistryKeyPath.TryParse(parentText)!;
            var match = CatalogLoader.BuiltIn.MatchKey(parent);
            Assert.True(match.IsKnownKey, $"{parentText}: no Hyper-V key below it, so the list protects nothing");
            Assert.False(match.Owner is { Subtree: true }, $"{parentText}: inside a subtree Hyper-V owns");
        }
    }

    private const string MixedReg = Header
        + "; Windows tweaks\r\n"
        + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\StorSvc]\r\n\"Start\"=dword:00000004\r\n"
        + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip6\\Parameters]\r\n\"DisabledComponents\"=dword:000000ff\r\n"
        + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters]\r\n\"TcpTimedWaitDelay\"=dword:0000001e\r\n"
        + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters]\r\n\"SMB1\"=dword:00000000\r\n"
        + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\LanmanWorkstation\\Parameters]\r\n\"DisableBandwidthThrottling\"=dword:00000001\r\n"
        + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\W32Time\\Parameters]\r\n\"Type\"=\"NT5DS\"\r\n"
        + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\mpssvc]\r\n\"Start\"=dword:00000002\r\n"
        + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Class\\{4d36e968-e325-11ce-bfc1-08002be10318}\\0000]\r\n\"PP_ThermalAutoThrottlingEnable\"=dword:00000000\r\n"
        + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Power]\r\n\"HiberbootEnabled\"=dword:00000000\r\n"
        + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Power]\r\n\"HibernateEnabled\"=dword:00000000\r\n"
        + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\PriorityControl]\r\n\"Win32PrioritySeparation\"=dword:00000026\r\n"
        + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\FileSystem]\r\n\"NtfsDisableLastAccessUpdate\"=dword:80000001\r\n"
        + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU]\r\n\"NoAutoUpdate\"=dword:00000001\r\n"
        + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]\r\n\"AutoRestartShell\"=dword:00000001\r\n"
        + "; Hyper-V\r\n"
        + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]\r\n{|HV0101:\"MaximumActiveTransfer\"|}=dword:00000010\r\n"
        + "[{|HV0102:HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\vmmss|}]\r\n\"Start\"=dword:00000002\r\n"
        + "[{|HV0102:HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\storvcs\\Parameters|}]\r\n\"Foo\"=dword:00000001\r\n";

    private const string MixedBatch = "@echo off\r\n"
        + "rem Windows tweaks\r\n"
        + "reg add \"HKLM\\SYSTEM\\CurrentControlSet\\Services\\StorSvc\" /v Start /t REG_DWORD /d 4 /f\r\n"
        + "reg add \"HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip6\\Parameters\" /v DisabledComponents /t REG_DWORD /d 255 /f\r\n"
        + "reg add \"HKLM\\SYSTEM\\CurrentControlSet\\Services\\LanmanWorkstation\\Parameters\" /v DisableBandwidthThrottling /t REG_DWORD /d 1 /f\r\n"
        + "reg add \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\Class\\{4d36e968-e325-11ce-bfc1-08002be10318}\\0000\" /v EnableUlps /t REG_DWORD /d 0 /f\r\n"
        + "reg add \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\PriorityControl\" /v Win32PrioritySeparation /t REG_DWORD /d 38 /f\r\n"
        + "reg add \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Memory Management\" /v DisablePagingExecutive /t REG_DWORD /d 1 /f\r\n"
        + "rem Hyper-V\r\n"
        + "reg add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration\" /v {|HV0101:MaximumActiveTransfer|} /t REG_DWORD /d 16 /f\r\n"
        + "reg add {|HV0102:\"HKLM\\SYSTEM\\CurrentControlSet\\Services\\vmmss\"|} /v Start /t REG_DWORD /d 2 /f\r\n"
        + "reg add {|HV0102:\"HKLM\\SYSTEM\\CurrentControlSet\\Services\\storvcs\"|} /v Start /t REG_DWORD /d 3 /f\r\n";

    private const string MixedPowerShell = "# Windows tweaks\r\n"
        + "Set-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\StorSvc' -Name Start -Value 4\r\n"
        + "New-Item -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\Tcpip6\\Parameters' -Force | Out-Null\r\n"
        + "Set-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\Tcpip6\\Parameters' -Name DisabledComponents -Value 0xff -Type DWord\r\n"
        + "Set-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Power' -Name HibernateEnabled -Value 0\r\n"
        + "Set-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Class\\{4d36e968-e325-11ce-bfc1-08002be10318}\\0000' -Name EnableUlps -Value 0\r\n"
        + "Set-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\W32Time\\Parameters' -Name Type -Value 'NT5DS'\r\n"
        + "# Hyper-V\r\n"
        + "Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration' -Name {|HV0101:MaximumActiveTransfer|} -Value 16\r\n"
        + "New-Item -Path {|HV0102:'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\vmmss'|} -Force | Out-Null\r\n";

    [Fact]
    public void A_mixed_reg_file_reports_only_the_hyper_v_mistakes() => RuleVerifier.Verify(MixedReg);

    [Fact]
    public void A_mixed_batch_file_reports_only_the_hyper_v_mistakes() => RuleVerifier.Verify(MixedBatch, ".cmd");

    [Fact]
    public void A_mixed_powershell_script_reports_only_the_hyper_v_mistakes() => RuleVerifier.Verify(MixedPowerShell, ".ps1");
}

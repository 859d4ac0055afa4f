using HvLint.Core.Catalog;
using HvLint.Core.Model;
using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>
/// HV0101 and HV0102 in keys Hyper-V shares with Windows (Services, Control, Control\Class):
/// ordinary Windows tweaks beside Hyper-V's are not findings, Hyper-V's near misses still are.
/// </summary>
public sealed class SharedParentTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string Services = @"HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\";

    [Theory]
    [InlineData("StorSvc")]
    [InlineData("Tcpip6")]
    [InlineData("umbus")]
    [InlineData("pci")]
    [InlineData("LanmanServer")]
    [InlineData("W32Time")]
    [InlineData("mpssvc")]
    public void HV0102_leaves_a_windows_service_alone_even_when_it_is_close_to_a_hyper_v_one(string service)
    {
        // Each of these is a few edits from a Hyper-V service (storvsc, Tcpip, vmbus, pcip) or is simply Windows'.
        RuleVerifier.Verify($"reg add \"HKLM\\SYSTEM\\CurrentControlSet\\Services\\{service}\" /v Start /t REG_DWORD /d 2 /f\r\n", ".cmd");
    }

    [Fact]
    public void HV0102_leaves_the_system_device_setup_classes_alone_beside_the_network_adapter_class()
    {
        // The display class differs from the network adapter class, which Hyper-V reads, by three characters.
        RuleVerifier.Verify(Header
            + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Class\\{4d36e968-e325-11ce-bfc1-08002be10318}\\0000]\r\n\"KMD_EnableInternalLargePage\"=dword:00000002\r\n"
            + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Class\\{4D36E97B-E325-11CE-BFC1-08002BE10318}]\r\n\"UpperFilters\"=hex(7):00,00\r\n");
    }

    [Fact]
    public void HV0102_leaves_windows_enumerators_alone_beside_vmbus_and_pci()
    {
        // UMBUS and ACPI are one edit from VMBUS and PCI, the enumerators Hyper-V settings live under.
        RuleVerifier.Verify(Header
            + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Enum\\UMBUS\\root*UMB\\1&2f6c4f8&0&WSDPRINT]\r\n\"Foo\"=dword:00000001\r\n"
            + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Enum\\ACPI\\PNP0A08\\0]\r\n\"Foo\"=dword:00000001\r\n");
        RuleVerifier.Verify(Header + "[{|HV0102:HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Enum\\VMBSU\\{ba6163d9-04a1-4d29-b605-72e2ffb1dc7f}\\x\\StorChannel|}]\r\n\"ChannelCount\"=dword:00000004\r\n");
    }

    [Theory]
    [InlineData("vmmss", "vmms")]
    [InlineData("storvcs", "storvsc")]
    [InlineData("vmbsu", "vmbus")]
    [InlineData("Vmcompte", "vmcompute")]
    public void HV0102_still_reports_a_near_miss_of_a_hyper_v_service(string written, string meant)
    {
        var result = RuleVerifier.Verify($"reg add {{|HV0102:\"HKLM\\SYSTEM\\CurrentControlSet\\Services\\{written}\"|}} /v Start /t REG_DWORD /d 2 /f\r\n", ".cmd");
        Assert.Contains($"'{written}'", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains($"Did you mean '{meant}'?", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HV0102_still_reports_a_misspelt_network_adapter_class()
    {
        // {4d36e927...}: not a class Windows defines, one edit from the network adapter class.
        RuleVerifier.Verify(Header
            + "[{|HV0102:HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Class\\{4d36e927-e325-11ce-bfc1-08002be10318}\\0001|}]\r\n\"VlanId\"=dword:00000010\r\n");
    }

    [Fact]
    public void HV0101_is_silent_for_unknown_values_in_keys_hyper_v_does_not_own_even_beside_catalogued_ones()
    {
        // Memory Management and CrashControl hold values Hyper-V reads, but Windows owns the keys:
        // a name the catalog does not know there is Windows' business, near miss or not.
        RuleVerifier.Verify(Header
            + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Memory Management]\r\n\"LargeSystemCache\"=dword:00000000\r\n\"DisablePagingExecutive\"=dword:00000001\r\n"
            + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\CrashControl]\r\n\"MaximumTransferSise\"=dword:00000000\r\n\"CrashDumpEnabled\"=dword:00000002\r\n"
            + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\HTTP\\Parameters]\r\n\"MaxConnection\"=dword:00010000\r\n");
    }

    [Fact]
    public void HV0101_fires_only_in_locations_the_catalog_owns()
    {
        // Every location HV0101 can report in is an owned one: a check on the catalog, not on a sample.
        foreach (var owner in CatalogLoader.BuiltIn.OwnedLocations)
        {
            Assert.DoesNotContain(WindowsKeyNames.BuiltIn.Parents, p => owner.Key.Text.Equals(p, StringComparison.OrdinalIgnoreCase));
        }

        var shared = RegistryKeyPath.TryParse(@"HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Memory Management")!;
        Assert.False(CatalogLoader.BuiltIn.MatchKey(shared).ValuesOwned);
    }

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

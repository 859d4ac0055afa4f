using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0102 (UnknownKey) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0102UnknownKeyTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string Migration = @"[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration]" + "\r\n";
    private const string Services = @"HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\";

    [Fact]
    public void HV0102_reports_a_misspelt_subkey_under_an_owned_key()
    {
        var result = RuleVerifier.Verify<HV0102UnknownKey>(Header + "[{|HV0102:HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migratoin|}]\r\n\"MaximumActiveTransfers\"=dword:00000010\r\n");
        Assert.Contains("'Migration'", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HV0102_leaves_per_vm_guid_subkeys_and_numbered_control_sets_alone()
    {
        RuleVerifier.Verify<HV0102UnknownKey>(Header + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\{EF259B05-2CDE-4317-8ACF-E80CB364D66C}]\r\n"
            + "[HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\vhdmp\\Parameters]\r\n\"CachePagePriority\"=dword:00000005\r\n");
    }

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
        RuleVerifier.Verify<HV0102UnknownKey>($"reg add \"HKLM\\SYSTEM\\CurrentControlSet\\Services\\{service}\" /v Start /t REG_DWORD /d 2 /f\r\n", ".cmd");
    }

    [Fact]
    public void HV0102_leaves_the_system_device_setup_classes_alone_beside_the_network_adapter_class()
    {
        // The display class differs from the network adapter class, which Hyper-V reads, by three characters.
        RuleVerifier.Verify<HV0102UnknownKey>(Header
            + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Class\\{4d36e968-e325-11ce-bfc1-08002be10318}\\0000]\r\n\"KMD_EnableInternalLargePage\"=dword:00000002\r\n"
            + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Class\\{4D36E97B-E325-11CE-BFC1-08002BE10318}]\r\n\"UpperFilters\"=hex(7):00,00\r\n");
    }

    [Fact]
    public void HV0102_leaves_windows_enumerators_alone_beside_vmbus_and_pci()
    {
        // UMBUS and ACPI are one edit from VMBUS and PCI, the enumerators Hyper-V settings live under.
        RuleVerifier.Verify<HV0102UnknownKey>(Header
            + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Enum\\UMBUS\\root*UMB\\1&2f6c4f8&0&WSDPRINT]\r\n\"Foo\"=dword:00000001\r\n"
            + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Enum\\ACPI\\PNP0A08\\0]\r\n\"Foo\"=dword:00000001\r\n");
        RuleVerifier.Verify<HV0102UnknownKey>(Header + "[{|HV0102:HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Enum\\VMBSU\\{ba6163d9-04a1-4d29-b605-72e2ffb1dc7f}\\x\\StorChannel|}]\r\n\"ChannelCount\"=dword:00000004\r\n");
    }

    [Theory]
    [InlineData("vmmss", "vmms")]
    [InlineData("storvcs", "storvsc")]
    [InlineData("vmbsu", "vmbus")]
    [InlineData("Vmcompte", "vmcompute")]
    public void HV0102_still_reports_a_near_miss_of_a_hyper_v_service(string written, string meant)
    {
        var result = RuleVerifier.Verify<HV0102UnknownKey>($"reg add {{|HV0102:\"HKLM\\SYSTEM\\CurrentControlSet\\Services\\{written}\"|}} /v Start /t REG_DWORD /d 2 /f\r\n", ".cmd");
        Assert.Contains($"'{written}'", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains($"Did you mean '{meant}'?", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HV0102_still_reports_a_misspelt_network_adapter_class()
    {
        // {4d36e927...}: not a class Windows defines, one edit from the network adapter class.
        RuleVerifier.Verify<HV0102UnknownKey>(Header
            + "[{|HV0102:HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Class\\{4d36e927-e325-11ce-bfc1-08002be10318}\\0001|}]\r\n\"VlanId\"=dword:00000010\r\n");
    }
}

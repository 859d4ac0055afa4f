using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>
/// Hyper-V settings that Microsoft documents publicly are known to the catalog: writing them is
/// not an unknown name, and their facts (type, range) are checked like any other entry's.
/// </summary>
public sealed class DocumentedHostSettingTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string Virtualization = @"[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization]" + "\r\n";

    [Fact]
    public void The_quick_create_gallery_sources_and_the_root_memory_reserve_are_known()
    {
        RuleVerifier.Verify(Header + Virtualization + "\"MemoryReserve\"=dword:00000800\r\n");
        RuleVerifier.Verify("Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization' -Name GalleryLocations -Type MultiString -Value @('C:\\gallery.json', 'https://contoso.com/vms.json')\r\n", ".ps1");
        RuleVerifier.Verify("reg add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\" /v GalleryLocations /t REG_MULTI_SZ /d \"C:\\gallery.json\\0https://contoso.com/vms.json\" /f\r\n", ".cmd");
    }

    [Fact]
    public void A_misspelt_or_mistyped_gallery_value_is_still_reported()
    {
        var result = RuleVerifier.Verify(Header + Virtualization
            + "{|HV0101:\"GalleryLocation\"|}=hex(7):00,00\r\n"
            + "\"GalleryLocations\"={|HV0201:\"C:\\\\gallery.json\"|}\r\n");
        Assert.Contains("Did you mean 'GalleryLocations'?", result.Diagnostics.Single(d => d.Rule.Id == "HV0101").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hyper_v_socket_service_registration_is_known()
    {
        RuleVerifier.Verify(
            "$service = 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\GuestCommunicationServices\\3049197C-9A4E-4FBF-9367-97F792F16994'\r\n"
            + "New-Item -Path $service | Out-Null\r\n"
            + "Set-ItemProperty -Path $service -Name ElementName -Value 'Contoso socket service'\r\n",
            ".ps1");
    }

    [Fact]
    public void The_guest_storage_channel_settings_are_checked_against_the_documented_maximum()
    {
        const string Key = @"[HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Enum\VMBUS\{ba6163d9-04a1-4d29-b605-72e2ffb1dc7f}\{00000000-0001-8899-0000-000000000000}\StorChannel]" + "\r\n";
        RuleVerifier.Verify(Header + Key + "\"ChannelCount\"=dword:00000008\r\n\"ChannelMask\"=hex(b):0f,00,00,00,00,00,00,00\r\n");
        RuleVerifier.Verify(Header + Key + "\"ChannelCount\"={|HV0301:dword:00000020|}\r\n");
    }

    [Fact]
    public void The_host_time_provider_switch_of_the_windows_time_service_is_known()
    {
        RuleVerifier.Verify("reg add HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\w32time\\TimeProviders\\VMICTimeProvider /v Enabled /t REG_DWORD /d 1 /f\r\n"
            + "reg add HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\w32time\\TimeProviders\\NtpClient /v Enabled /t REG_DWORD /d 0 /f\r\n", ".cmd");
    }

    [Fact]
    public void The_switch_vmq_switches_for_slower_adapters_are_known_and_take_0_1_or_2()
    {
        const string Key = @"[HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\VMSMP\Parameters]" + "\r\n";
        RuleVerifier.Verify(Header + Key + "\"BelowTenGigVmqEnabled\"=dword:00000001\r\n\"TenGigVmqEnabled\"=dword:00000002\r\n");
        RuleVerifier.Verify(Header + Key + "\"BelowTenGigVmqEnabled\"={|HV0302:dword:00000003|}\r\n");
    }
}

using HvLint.Core.Catalog;

namespace HvLint.Core.Tests;

/// <summary>Every element name Microsoft documents for bcdedit is in the catalog, so HV0110 never calls one unknown.</summary>
public sealed class DocumentedBcdElementsTests
{
    // learn.microsoft.com/windows-hardware/drivers/devtest/bcdedit--set (the /set datatypes).
    private const string BcdEditSet =
        "bootlog bootmenupolicy bootstatuspolicy bootux disabledynamictick disableelamdrivers forcelegacyplatform groupsize groupaware hal "
        + "hypervisorbusparams hypervisordebug hypervisordebugtype hypervisordebugport hypervisorbaudrate hypervisorchannel hypervisorhostip "
        + "hypervisorhostport hypervisordhcp hypervisoriommupolicy hypervisorlaunchtype hypervisorloadoptions hypervisornumproc hypervisorrootproc "
        + "hypervisorrootprocpernode hypervisorusekey hypervisoruselargevtlb increaseuserva kernel loadoptions maxgroup nointegritychecks nolowmem "
        + "novesa novga nx onecpu onetimeadvancedoptions pae pciexpress quietboot removememory sos testsigning tpmbootentropy truncatememory "
        + "tscsyncpolicy usefirmwarepcisettings useplatformclock uselegacyapicmode useplatformtick vga xsavedisable x2apicpolicy";

    // learn.microsoft.com/windows/security/.../bitlocker/bcd-settings-and-bitlocker (every friendly name in its two tables).
    private const string BitLockerTables =
        "device path loadoptions bootdebug advancedoptions optionsedit nointegritychecks testsigning isolatedcontext forcefipscrypto systemroot kernel hal "
        + "evstore nx restrictapiccluster winpe lastknowngood safebootalternateshell debug hypervisordebug hypervisorusevapic filedevice filepath "
        + "debugoptionenabled description locale targetname busparams key fontpath inherit recoverysequence truncatememory firstmegabytepolicy "
        + "relocatephysical avoidlowmemory debugtype debugaddress debugport baudrate channel debugstart hostip port emsport emsbaudrate keyringaddress "
        + "configaccesspolicy integrityservices volumebandid initialconsoleinput graphicsresolution displaymessage displaymessageoverride logcontrol "
        + "recoveryenabled badmemoryaccess traditionalkseg noumex dhcp vm bootems graphicsmodedisabled extendedinput restartonfailure highestmode "
        + "bootuxdisabled nokeyboard bootshutdowndisabled badmemorylist allowedinmemorysettings fverecoveryurl fverecoverymessage ramdisksdidevice "
        + "ramdisksdipath ramdiskimageoffset ramdisktftpclientport ramdiskimagelength ramdisktftpblocksize ramdisktftpwindowsize exportascd "
        + "ramdiskmcenabled ramdiskmctftpfallback ramdisktftpvarwindow osdevice dbgtransport hypervisorbusparams hypervisorusekey resumeobject pae "
        + "removememory increaseuserva perfmem clustermodeaddressing x2apicpolicy numproc configflags groupsize msi pciexpress safeboot tscsyncpolicy "
        + "driverloadfailurepolicy bootmenupolicy bootstatuspolicy hypervisorlaunchtype hypervisordebugtype hypervisordebugport hypervisorbaudrate "
        + "hypervisorchannel bootux hypervisornumproc hypervisorrootprocpernode hypervisorhostip hypervisorhostport tpmbootentropy hypervisorrootproc "
        + "hypervisoriommupolicy xsavepolicy xsaveaddfeature0 xsaveaddfeature1 xsaveaddfeature2 xsaveaddfeature3 xsaveaddfeature4 xsaveaddfeature5 "
        + "xsaveaddfeature6 xsaveaddfeature7 xsaveremovefeature xsaveprocessorsmask xsavedisable claimedtpmcounter stampdisks detecthal nocrashautoreboot "
        + "nolowmem vga quietboot novesa novga usephysicaldestination uselegacyapicmode onecpu maxproc maxgroup groupaware usefirmwarepcisettings bootlog "
        + "sos halbreakpoint useplatformclock forcelegacyplatform useplatformtick disabledynamictick ems onetimeadvancedoptions onetimeoptionsedit "
        + "disableelamdrivers hypervisordisableslat hypervisoruselargevtlb hypervisordhcp associatedosdevice customsettings passcount testmix "
        + "stridefailcount invcfailcount matsfailcount randfailcount chckrfailcount cacheenable failuresenabled";

    // learn.microsoft.com/windows-server/administration/windows-commands/dtrace and .../devtest/dtrace;
    // learn.microsoft.com/windows-server/virtualization/hyper-v/manage/manage-hyper-v-scheduler-types;
    // learn.microsoft.com/windows/security/identity-protection/credential-guard/configure.
    private const string OtherPages = "dtrace hypervisorschedulertype vsmlaunchtype";

    public static TheoryData<string> Documented()
    {
        var data = new TheoryData<string>();
        foreach (var name in $"{BcdEditSet} {BitLockerTables} {OtherPages}".Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documented))]
    public void A_documented_element_is_in_the_catalog_under_its_documented_name(string element)
    {
        var entry = CatalogLoader.BuiltIn.FindBcdElement(element);
        Assert.NotNull(entry);
        Assert.Equal(element, entry.Name, ignoreCase: true);
        Assert.NotNull(entry.Constraint);
    }
}

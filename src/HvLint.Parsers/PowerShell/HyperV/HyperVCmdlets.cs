using HvLint.Core.Model;

namespace HvLint.Parsers.PowerShell.HyperV;

/// <summary>
/// The Hyper-V module cmdlets HvLint binds, with their parameters, aliases and positions as
/// Microsoft's cmdlet reference for Windows Server 2025 states them
/// (learn.microsoft.com/powershell/module/hyper-v/&lt;cmdlet&gt;), plus the few newer parameters
/// the module has that the reference pages do not list yet. The module is not available here, so
/// these tables stand in for its command metadata. Positions: where the reference gives several
/// parameters the same position in different parameter sets, the one that takes a name (VMName,
/// ComputerName, Name) keeps it; object parameters (-VM, -VMSwitch) come from the pipeline.
/// </summary>
internal static class HyperVCmdlets
{
    // Not CmdletBinder's: its static table is built from this one.
    private static readonly ParameterSpec s_whatIf = new("WhatIf", ["wi"], IsSwitch: true);
    private static readonly ParameterSpec s_confirm = new("Confirm", ["cf"], IsSwitch: true);

    /// <summary>Each cmdlet's own parameters (the common parameters are added by the binder).</summary>
    public static Dictionary<string, ParameterSpec[]> Table { get; } = new(StringComparer.OrdinalIgnoreCase)
    {
        // Source: learn.microsoft.com/powershell/module/hyper-v/disable-vmmigration
        ["Disable-VMMigration"] =
        [
            new("CimSession", []),
            new("ComputerName", [], 0),
            new("Credential", [], 1),
            new("Passthru", [], IsSwitch: true),
            s_whatIf, s_confirm,
        ],
        // Source: learn.microsoft.com/powershell/module/hyper-v/enable-vmmigration
        ["Enable-VMMigration"] =
        [
            new("CimSession", []),
            new("ComputerName", [], 0),
            new("Credential", [], 1),
            new("Passthru", [], IsSwitch: true),
            s_whatIf, s_confirm,
        ],
        // Source: learn.microsoft.com/powershell/module/hyper-v/new-vm
        ["New-VM"] =
        [
            new("AsJob", [], IsSwitch: true),
            new("BootDevice", []),
            new("CimSession", []),
            new("ComputerName", []),
            new("Credential", []),
            new("Experimental", [], IsSwitch: true),
            new("Force", [], IsSwitch: true),
            new("Generation", [], 2),
            new("GuestStateIsolationType", []),
            new("MemoryStartupBytes", [], 1),
            new("Name", ["VMName"], 0),
            new("NewVHDPath", []),
            new("NewVHDSizeBytes", []),
            new("NoVHD", [], IsSwitch: true),
            new("Path", []),
            new("Prerelease", [], IsSwitch: true),
            new("SourceGuestStatePath", []),
            new("SwitchName", []),
            new("VHDPath", []),
            new("Version", []),
            s_whatIf, s_confirm,
        ],
        // Source: learn.microsoft.com/powershell/module/hyper-v/new-vmswitch; -Id (alias SwitchId) is in the module but not on the page
        ["New-VMSwitch"] =
        [
            new("AllowManagementOS", []),
            new("CimSession", []),
            new("ComputerName", ["PSComputerName"]),
            new("Credential", []),
            new("EnableEmbeddedTeaming", []),
            new("EnableIov", []),
            new("EnablePacketDirect", []),
            new("Id", ["SwitchId"]),
            new("MinimumBandwidthMode", []),
            new("Name", ["SwitchName"], 0),
            new("NetAdapterInterfaceDescription", ["InterfaceDescription"]),
            new("NetAdapterName", ["InterfaceAlias"]),
            new("Notes", []),
            new("SwitchType", []),
            s_whatIf, s_confirm,
        ],
        // Source: learn.microsoft.com/powershell/module/hyper-v/set-vm; -BatteryPassthroughEnabled and -EnhancedSessionTransportType are in the module (client
        // builds) but not on the page
        ["Set-VM"] =
        [
            new("AllowUnverifiedPaths", [], IsSwitch: true),
            new("AutomaticCheckpointsEnabled", []),
            new("AutomaticCriticalErrorAction", []),
            new("AutomaticCriticalErrorActionTimeout", []),
            new("AutomaticStartAction", []),
            new("AutomaticStartDelay", []),
            new("AutomaticStopAction", []),
            new("BatteryPassthroughEnabled", []),
            new("CheckpointType", []),
            new("CimSession", []),
            new("ComputerName", []),
            new("Credential", []),
            new("DynamicMemory", [], IsSwitch: true),
            new("EnhancedSessionTransportType", []),
            new("GuestControlledCacheTypes", []),
            new("HighMemoryMappedIoSpace", []),
            new("LockOnDisconnect", []),
            new("LowMemoryMappedIoSpace", []),
            new("MemoryMaximumBytes", []),
            new("MemoryMinimumBytes", []),
            new("MemoryStartupBytes", []),
            new("Name", ["VMName"], 0),
            new("NewVMName", []),
            new("Notes", []),
            new("Passthru", [], IsSwitch: true),
            new("ProcessorCount", []),
            new("SmartPagingFilePath", []),
            new("SnapshotFileLocation", []),
            new("StaticMemory", [], IsSwitch: true),
            new("VM", []),
            s_whatIf, s_confirm,
        ],
        // Source: learn.microsoft.com/powershell/module/hyper-v/set-vmcomport
        ["Set-VMComPort"] =
        [
            new("CimSession", []),
            new("ComputerName", []),
            new("Credential", []),
            new("DebuggerMode", []),
            // The reference says "Named", but its own example (Set-VMComPort TestVM 2 \\.\pipe\TestPipe)
            // passes the number second, and the module declares -Number at position 1 in the VMName set
            // (named, and mandatory, in the VMObject set), validated to 1..2.
            new("Number", [], 1),
            new("Passthru", [], IsSwitch: true),
            new("Path", [], 2),
            new("VM", []),
            new("VMComPort", []),
            new("VMName", [], 0),
            s_whatIf, s_confirm,
        ],
        // Source: learn.microsoft.com/powershell/module/hyper-v/set-vmfirmware
        ["Set-VMFirmware"] =
        [
            new("BootOrder", []),
            new("CimSession", []),
            new("ComputerName", []),
            new("ConsoleMode", []),
            new("Credential", []),
            new("EnableSecureBoot", []),
            new("FirstBootDevice", []),
            new("Passthru", [], IsSwitch: true),
            new("PauseAfterBootFailure", []),
            new("PreferredNetworkBootProtocol", []),
            new("SecureBootTemplate", []),
            new("SecureBootTemplateId", []),
            new("VM", []),
            new("VMFirmware", []),
            new("VMName", [], 0),
            s_whatIf, s_confirm,
        ],
        // Source: learn.microsoft.com/powershell/module/hyper-v/set-vmhost
        ["Set-VMHost"] =
        [
            new("CimSession", []),
            new("ComputerName", [], 0),
            new("Credential", [], 1),
            new("EnableEnhancedSessionMode", []),
            new("FibreChannelWwnn", []),
            new("FibreChannelWwpnMaximum", []),
            new("FibreChannelWwpnMinimum", []),
            new("MacAddressMaximum", []),
            new("MacAddressMinimum", []),
            new("MaximumStorageMigrations", []),
            new("MaximumVirtualMachineMigrations", []),
            new("NumaSpanningEnabled", []),
            new("Passthru", [], IsSwitch: true),
            new("ResourceMeteringSaveInterval", []),
            new("UseAnyNetworkForMigration", []),
            new("VirtualHardDiskPath", []),
            new("VirtualMachineMigrationAuthenticationType", []),
            new("VirtualMachineMigrationPerformanceOption", []),
            new("VirtualMachinePath", []),
            s_whatIf, s_confirm,
        ],
        // Source: learn.microsoft.com/powershell/module/hyper-v/set-vmmemory
        ["Set-VMMemory"] =
        [
            new("Buffer", []),
            new("CimSession", []),
            new("ComputerName", []),
            new("Credential", []),
            new("DynamicMemoryEnabled", []),
            new("MaximumAmountPerNumaNodeBytes", []),
            new("MaximumBytes", []),
            new("MinimumBytes", []),
            new("Passthru", [], IsSwitch: true),
            new("Priority", []),
            new("ResourcePoolName", []),
            new("StartupBytes", []),
            new("VM", []),
            new("VMMemory", []),
            new("VMName", [], 0),
            s_whatIf, s_confirm,
        ],
        // Source: learn.microsoft.com/powershell/module/hyper-v/set-vmnetworkadapter; the Vrss* parameters, -NumaAwarePlacement and
        // -InterruptModeration are in the module (Windows Server 2019 and later) but not on the page, and
        // -VmmqQueuePairs is an alias of -VrssMaxQueuePairs there
        ["Set-VMNetworkAdapter"] =
        [
            new("AllowTeaming", []),
            new("CimSession", []),
            new("ComputerName", []),
            new("Credential", []),
            new("DeviceNaming", []),
            new("DhcpGuard", []),
            new("DynamicIPAddressLimit", []),
            new("DynamicMacAddress", [], IsSwitch: true),
            new("FixSpeed10G", []),
            new("IPsecOffloadMaximumSecurityAssociation", []),
            new("IeeePriorityTag", []),
            new("InterruptModeration", []),
            new("IovInterruptModeration", []),
            new("IovQueuePairsRequested", []),
            new("IovWeight", []),
            new("MacAddressSpoofing", []),
            new("ManagementOS", [], IsSwitch: true),
            new("MandatoryFeatureId", []),
            new("MaximumBandwidth", []),
            new("MinimumBandwidthAbsolute", []),
            new("MinimumBandwidthWeight", []),
            new("Name", ["VMNetworkAdapterName"]),
            new("NotMonitoredInCluster", []),
            new("NumaAwarePlacement", []),
            new("PacketDirectModerationCount", []),
            new("PacketDirectModerationInterval", []),
            new("PacketDirectNumProcs", []),
            new("Passthru", [], IsSwitch: true),
            new("PortMirroring", []),
            new("ResourcePoolName", []),
            new("RouterGuard", []),
            new("StaticMacAddress", []),
            new("StormLimit", []),
            new("TestReplicaPoolName", []),
            new("TestReplicaSwitchName", []),
            new("VM", []),
            new("VMName", [], 0),
            new("VMNetworkAdapter", []),
            new("VirtualSubnetId", []),
            new("VmmqEnabled", []),
            new("VmqWeight", []),
            new("VrssEnabled", []),
            new("VrssMaxQueuePairs", ["VmmqQueuePairs"]),
            new("VrssMinQueuePairs", []),
            new("VrssQueueSchedulingMode", []),
            new("VrssExcludePrimaryProcessor", []),
            new("VrssIndependentHostSpreading", []),
            new("VrssVmbusChannelAffinityPolicy", []),
            s_whatIf, s_confirm,
        ],
        // Source: learn.microsoft.com/powershell/module/hyper-v/set-vmnetworkadapterisolation (positions from its syntax blocks)
        ["Set-VMNetworkAdapterIsolation"] =
        [
            new("AllowUntaggedTraffic", []),
            new("CimSession", []),
            new("ComputerName", []),
            new("Credential", []),
            new("DefaultIsolationID", []),
            new("IsolationMode", []),
            new("ManagementOS", [], IsSwitch: true),
            new("MultiTenantStack", []),
            new("Passthru", [], IsSwitch: true),
            new("VM", []),
            new("VMName", [], 0),
            new("VMNetworkAdapter", []),
            new("VMNetworkAdapterName", []),
            s_whatIf, s_confirm,
        ],
        // Source: learn.microsoft.com/powershell/module/hyper-v/set-vmnetworkadaptervlan
        ["Set-VMNetworkAdapterVlan"] =
        [
            new("Access", ["a"], IsSwitch: true),
            new("AllowedVlanIdList", []),
            new("CimSession", []),
            new("Community", ["c"], IsSwitch: true),
            new("ComputerName", []),
            new("Credential", []),
            new("Isolated", ["i"], IsSwitch: true),
            new("ManagementOS", [], IsSwitch: true),
            new("NativeVlanId", []),
            new("Passthru", [], IsSwitch: true),
            new("PrimaryVlanId", []),
            new("Promiscuous", ["p"], IsSwitch: true),
            new("SecondaryVlanId", []),
            new("SecondaryVlanIdList", []),
            new("Trunk", ["t"], IsSwitch: true),
            new("Untagged", ["u"], IsSwitch: true),
            new("VM", []),
            new("VMName", [], 0),
            new("VMNetworkAdapter", []),
            new("VMNetworkAdapterName", []),
            new("VlanId", ["AccessVlanId"]),
            s_whatIf, s_confirm,
        ],
        // Source: learn.microsoft.com/powershell/module/hyper-v/set-vmprocessor; -CompatibilityForMigrationMode from
        // learn.microsoft.com/windows-server/virtualization/hyper-v/manage/dynamic-processor-compatibility-mode;
        // -EnableLegacyApicMode and -AllowACountMCount are in the module but not on the page
        ["Set-VMProcessor"] =
        [
            new("CimSession", []),
            new("CompatibilityForMigrationEnabled", []),
            new("CompatibilityForMigrationMode", []),
            new("CompatibilityForOlderOperatingSystemsEnabled", []),
            new("ComputerName", []),
            new("Count", []),
            new("Credential", []),
            new("EnableHostResourceProtection", []),
            new("ExposeVirtualizationExtensions", []),
            new("HwThreadCountPerCore", []),
            new("Maximum", []),
            new("MaximumCountPerNumaNode", []),
            new("MaximumCountPerNumaSocket", []),
            new("Perfmon", []),
            new("Passthru", [], IsSwitch: true),
            new("RelativeWeight", []),
            new("Reserve", []),
            new("ResourcePoolName", []),
            new("VM", []),
            new("VMName", [], 0),
            new("VMProcessor", []),
            new("EnableLegacyApicMode", []),
            new("AllowACountMCount", []),
            // Not on any reference page: Get-VMProcessor on current builds shows an ApicMode property
            // (and Msvm_ProcessorSettingData has one), so the parameter is taken to exist and HV0120
            // stays quiet on it (inferred).
            new("ApicMode", []),
            s_whatIf, s_confirm,
        ],
        // Source: learn.microsoft.com/powershell/module/hyper-v/set-vmreplicationserver
        ["Set-VMReplicationServer"] =
        [
            new("AllowedAuthenticationType", ["AuthType"], 1),
            new("CertificateAuthenticationPort", ["CertAuthPort"]),
            new("CertificateAuthenticationPortMapping", []),
            new("CertificateThumbprint", ["Thumbprint"]),
            new("CimSession", []),
            new("ComputerName", []),
            new("Credential", []),
            new("DefaultStorageLocation", ["StorageLoc"]),
            new("Force", [], IsSwitch: true),
            new("KerberosAuthenticationPort", ["KerbAuthPort"]),
            new("KerberosAuthenticationPortMapping", []),
            new("MonitoringInterval", []),
            new("MonitoringStartTime", []),
            new("Passthru", [], IsSwitch: true),
            new("ReplicationAllowedFromAnyServer", ["AllowAnyServer"], 2),
            new("ReplicationEnabled", ["RepEnabled"], 0),
            s_whatIf, s_confirm,
        ],
        // Source: learn.microsoft.com/powershell/module/hyper-v/set-vmswitch; -DefaultQueueVrssMaxQueuePairs (alias DefaultQueueVmmqQueuePairs),
        // -DefaultQueueVrssMinQueuePairs, -DefaultQueueVrssQueueSchedulingMode, -DefaultQueueVrssExcludePrimaryProcessor
        // and -EnableSoftwareRsc are in the module but not on the page (Network ATC's
        // learn.microsoft.com/powershell/module/networkatc/new-netintentswitchconfigurationoverrides passes them on)
        ["Set-VMSwitch"] =
        [
            new("AllowManagementOS", []),
            new("CimSession", []),
            new("ComputerName", ["PSComputerName"]),
            new("Credential", []),
            new("DefaultFlowMinimumBandwidthAbsolute", []),
            new("DefaultFlowMinimumBandwidthWeight", []),
            new("DefaultQueueVmmqEnabled", []),
            new("DefaultQueueVrssEnabled", []),
            new("Extensions", []),
            new("Name", ["SwitchName"], 0),
            new("NetAdapterInterfaceDescription", []),
            new("NetAdapterName", ["InterfaceAlias"], 1),
            new("Notes", []),
            new("Passthru", [], IsSwitch: true),
            new("SwitchType", []),
            new("VMSwitch", []),
            new("DefaultQueueVrssMaxQueuePairs", ["DefaultQueueVmmqQueuePairs"]),
            new("DefaultQueueVrssMinQueuePairs", []),
            new("DefaultQueueVrssQueueSchedulingMode", []),
            new("DefaultQueueVrssExcludePrimaryProcessor", []),
            new("EnableSoftwareRsc", []),
            s_whatIf, s_confirm,
        ],
        // Source: learn.microsoft.com/powershell/module/hyper-v/set-vmswitchteam
        ["Set-VMSwitchTeam"] =
        [
            new("CimSession", []),
            new("ComputerName", ["PSComputerName"]),
            new("Credential", []),
            new("LoadBalancingAlgorithm", []),
            new("Name", ["SwitchName"], 0),
            new("NetAdapterInterfaceDescription", []),
            new("NetAdapterName", ["InterfaceAlias"]),
            new("Passthru", [], IsSwitch: true),
            new("TeamingMode", []),
            new("VMSwitch", []),
            s_whatIf, s_confirm,
        ],

        // Connecting adapters to switches (issue 18 relations: HV0322, HV0731 follow an adapter to its
        // switch). From the Windows Server 2025 reference pages. Connect-VMNetworkAdapter's page gives
        // -SwitchName position 1, which is its place in the set that takes -VMNetworkAdapter; in the
        // set that takes -VMName (0) and -Name (1) its syntax line puts it after both: 2 here.
        ["Add-VMNetworkAdapter"] =
        [
            new("CimSession", []),
            new("ComputerName", []),
            new("Credential", []),
            new("DeviceNaming", []),
            new("DynamicMacAddress", [], IsSwitch: true),
            new("IsLegacy", []),
            new("ManagementOS", [], IsSwitch: true),
            new("Name", ["VMNetworkAdapterName"]),
            new("Passthru", [], IsSwitch: true),
            new("ResourcePoolName", []),
            new("StaticMacAddress", []),
            new("SwitchName", []),
            new("VM", []),
            new("VMName", [], 0),
            s_whatIf, s_confirm,
        ],
        ["Connect-VMNetworkAdapter"] =
        [
            new("CimSession", []),
            new("ComputerName", []),
            new("Credential", []),
            new("Name", ["VMNetworkAdapterName"], 1),
            new("Passthru", [], IsSwitch: true),
            new("SwitchName", [], 2),
            new("UseAutomaticConnection", [], IsSwitch: true),
            new("VMName", [], 0),
            new("VMNetworkAdapter", []),
            new("VMSwitch", []),
            s_whatIf, s_confirm,
        ],
    };

    // Parameters that say where a setting goes or how the cmdlet runs, not what it sets.
    private static readonly HashSet<string> s_notSettings = new(StringComparer.OrdinalIgnoreCase)
    {
        "CimSession", "ComputerName", "Credential", "Passthru", "WhatIf", "Confirm", "VM", "VMName", "VMProcessor", "VMMemory",
        "VMFirmware", "VMNetworkAdapter", "VMNetworkAdapterName", "VMSwitch", "ManagementOS", "Name", "VMComPort", "Force", "AsJob",
    };

    /// <summary>Whether a cmdlet is one of the Hyper-V cmdlets bound here.</summary>
    public static bool IsHyperV(string? cmdlet) => cmdlet is not null && Table.ContainsKey(cmdlet);

    /// <summary>Whether a bound parameter sets something (rather than naming the target or steering the cmdlet).</summary>
    public static bool IsSetting(string cmdlet, string parameter) =>
        !s_notSettings.Contains(parameter) && !CmdletBinder.IsCommon(parameter)
        && !(cmdlet.Equals("New-VMSwitch", StringComparison.OrdinalIgnoreCase) && parameter is "NetAdapterName" or "NetAdapterInterfaceDescription")
        && !(cmdlet.Equals("Set-VMComPort", StringComparison.OrdinalIgnoreCase) && parameter is "Number");

    /// <summary>What a cmdlet's settings apply to.</summary>
    public static HyperVScope ScopeOf(string cmdlet) => cmdlet switch
    {
        "Set-VMHost" or "Enable-VMMigration" or "Disable-VMMigration" or "Set-VMReplicationServer" => HyperVScope.Host,
        "New-VMSwitch" or "Set-VMSwitch" or "Set-VMSwitchTeam" => HyperVScope.Switch,
        "Set-VMNetworkAdapter" or "Set-VMNetworkAdapterVlan" or "Set-VMNetworkAdapterIsolation" => HyperVScope.Adapter,
        "Add-VMNetworkAdapter" or "Connect-VMNetworkAdapter" => HyperVScope.Adapter,
        _ => HyperVScope.VirtualMachine,
    };
}

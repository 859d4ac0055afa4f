using HvLint.Core.Model;
using static HvLint.Parsers.Tests.PowerShell.PsTestHelpers;

namespace HvLint.Parsers.Tests.PowerShell;

/// <summary>
/// Property writes on Msvm_* instances through CIM and WMI: each saved property is a
/// <see cref="HyperVSettingWrite"/> with the class and property, and nothing comes of a class
/// HvLint cannot read literally or of a property that is never saved.
/// </summary>
public class PsCimPropertyTests
{
    private static HyperVSettingWrite[] Wmi(HvLint.Core.Engine.ExtractionResult result) => result.Writes.OfType<HyperVSettingWrite>().ToArray();

    [Fact]
    public void Set_CimInstance_with_a_property_table_on_a_variable_read_from_Get_CimInstance_is_a_write_per_key()
    {
        var result = Ps("$m = Get-CimInstance -Namespace root\\virtualization\\v2 -ClassName Msvm_VirtualSystemMigrationServiceSettingData\n"
            + "Set-CimInstance -InputObject $m -Property @{ MaximumActiveVirtualSystemMigration = 4; MaximumActiveStorageMigration = 2 }\n");

        var writes = Wmi(result);
        Assert.Equal(["MaximumActiveVirtualSystemMigration", "MaximumActiveStorageMigration"], writes.Select(w => w.Parameter));
        var w = writes[0];
        Assert.Equal("Msvm_VirtualSystemMigrationServiceSettingData", w.WmiClass);
        Assert.Equal(WriteForm.WmiProperty, w.Form);
        Assert.Equal(HyperVScope.Host, w.Scope);
        Assert.Equal("4", w.Value);
        Assert.Equal("4", result.Text(w.ValueSpan));
        Assert.Equal("MaximumActiveVirtualSystemMigration", result.Text(w.ParameterSpan));
        Assert.Equal("Set-CimInstance", w.Cmdlet);
    }

    [Fact]
    public void A_query_a_pipeline_and_Get_WmiObject_name_the_class()
    {
        var result = Ps("Set-CimInstance -Namespace root/virtualization/v2 -Query \"SELECT * FROM Msvm_ProcessorSettingData WHERE InstanceID LIKE '%web01%'\" -Property @{ Weight = 200 }\n"
            + "Get-CimInstance -Namespace 'root\\virtualization\\v2' Msvm_MemorySettingData | Set-CimInstance -Property @{ TargetMemoryBuffer = 20 }\n"
            + "$s = gwmi -Namespace root\\virtualization\\v2 -Class Msvm_VirtualSystemManagementServiceSettingData\n$s.NumaSpanningEnabled = $false\n$s.Put()\n");

        var writes = Wmi(result);
        Assert.Equal(["Msvm_ProcessorSettingData.Weight", "Msvm_MemorySettingData.TargetMemoryBuffer", "Msvm_VirtualSystemManagementServiceSettingData.NumaSpanningEnabled"],
            writes.Select(w => $"{w.WmiClass}.{w.Parameter}"));
        Assert.Equal(HyperVScope.VirtualMachine, writes[0].Scope);
        Assert.Equal("Put", writes[2].Cmdlet);
        Assert.Equal("NumaSpanningEnabled", result.Text(writes[2].ParameterSpan));
    }

    [Fact]
    public void A_property_set_but_never_saved_is_no_write_and_Set_CimInstance_of_the_object_saves_it()
    {
        var unsaved = Ps("$m = Get-WmiObject -Namespace root\\virtualization\\v2 -Class Msvm_VirtualSystemMigrationServiceSettingData\n$m.MaximumActiveVirtualSystemMigration = 8\n");
        Assert.Empty(Wmi(unsaved));

        var saved = Ps("$m = Get-CimInstance -Namespace root\\virtualization\\v2 -ClassName Msvm_VirtualSystemMigrationServiceSettingData\n$m.MaximumActiveVirtualSystemMigration = 8\nSet-CimInstance $m\n");
        var w = Assert.Single(Wmi(saved));
        Assert.Equal("8", w.Value);
        Assert.Equal("Set-CimInstance", w.Cmdlet);
    }

    [Fact]
    public void Set_WmiInstance_arguments_are_writes_when_the_class_is_literal()
    {
        var result = Ps("Set-WmiInstance -Namespace root\\virtualization\\v2 -Class Msvm_VirtualSystemMigrationServiceSettingData -Arguments @{ AuthenticationType = 0 }\n"
            + "Set-WmiInstance -Path '\\\\.\\root\\virtualization\\v2:Msvm_VirtualSystemMigrationServiceSettingData.InstanceID=\"Microsoft:x\"' -Arguments @{ MaximumActiveStorageMigration = 4 }\n"
            + "Get-WmiObject -Namespace root\\virtualization\\v2 -Class Msvm_EthernetSwitchPortSecuritySettingData | Set-WmiInstance -Arguments @{ AllowMacSpoofing = $true }\n"
            + "$p = gwmi -Namespace root\\virtualization\\v2 -Class Msvm_ProcessorSettingData\nSet-WmiInstance -InputObject $p -Arguments @{ Limit = 50000 }\n");

        var writes = Wmi(result);
        Assert.Equal(["Msvm_VirtualSystemMigrationServiceSettingData.AuthenticationType", "Msvm_VirtualSystemMigrationServiceSettingData.MaximumActiveStorageMigration", "Msvm_EthernetSwitchPortSecuritySettingData.AllowMacSpoofing", "Msvm_ProcessorSettingData.Limit"],
            writes.Select(w => $"{w.WmiClass}.{w.Parameter}"));
        Assert.All(writes, w => Assert.Equal("Set-WmiInstance", w.Cmdlet));
        Assert.Equal("True", writes[2].Value);
    }

    [Fact]
    public void Assignments_to_the_pipeline_object_in_ForEach_Object_are_writes_when_saved_and_filters_pass_the_class_on()
    {
        var result = Ps("Get-WmiObject -Namespace root\\virtualization\\v2 -Class Msvm_EthernetSwitchPortSecuritySettingData | Where-Object { $_.InstanceID -like '*web01*' } | ForEach-Object {\n"
            + "    $_.EnableDhcpGuard = $false\n    $_.EnableRouterGuard = $false\n    $_.Put()\n}\n"
            + "Get-CimInstance -Namespace root\\virtualization\\v2 -ClassName Msvm_ProcessorSettingData | ForEach-Object { $PSItem.Weight = 200; $PSItem | Set-CimInstance }\n"
            + "Get-CimInstance -Namespace root\\virtualization\\v2 -ClassName Msvm_MemorySettingData | ? { $_.DynamicMemoryEnabled } | Set-CimInstance -Property @{ TargetMemoryBuffer = 25 }\n");

        Assert.Equal(["EnableDhcpGuard=False", "EnableRouterGuard=False", "Weight=200", "TargetMemoryBuffer=25"], Wmi(result).Select(w => $"{w.Parameter}={w.Value}"));
    }

    [Fact]
    public void A_management_service_method_given_the_object_s_text_saves_its_properties()
    {
        var result = Ps("$svc = Get-WmiObject -Namespace root\\virtualization\\v2 -Class Msvm_VirtualSystemMigrationService\n"
            + "$s = Get-WmiObject -Namespace root\\virtualization\\v2 -Class Msvm_VirtualSystemMigrationServiceSettingData\n"
            + "$s.AuthenticationType = 1\n$s.MaximumActiveVirtualSystemMigration = 4\n"
            + "$svc.ModifyServiceSettings($s.GetText(1))\n"
            + "$u = Get-WmiObject -Namespace root\\virtualization\\v2 -Class Msvm_VirtualSystemSettingData\n$u.SecureBootEnabled = $false\n"
            + "$vsms.GetText(1)\n");

        var writes = Wmi(result);
        Assert.Equal(["AuthenticationType=1", "MaximumActiveVirtualSystemMigration=4"], writes.Select(w => $"{w.Parameter}={w.Value}"));
        Assert.Equal(("ModifyServiceSettings", ".ModifyServiceSettings()"), (writes[0].Cmdlet, writes[0].CmdletAsWritten));
    }

    [Theory]
    [InlineData("Get-WmiObject -Namespace root\\virtualization\\v2 -Class Msvm_EthernetSwitchPortSecuritySettingData | ForEach-Object { $_.EnableDhcpGuard = $false }\n")]
    [InlineData("Get-WmiObject -Namespace root\\virtualization\\v2 -Class Msvm_EthernetSwitchPortSecuritySettingData | Select-Object -Property * | ForEach-Object { $_.EnableDhcpGuard = $false; $_.Put() }\n")]
    [InlineData("Get-CimInstance -Namespace root\\virtualization\\v2 -ClassName Msvm_ProcessorSettingData | ForEach-Object { $_.Weight = 2; $_.Put() }\n")]
    [InlineData("Set-WmiInstance -Class Msvm_ProcessorSettingData -Arguments @{ Weight = 4 }\n")]
    [InlineData("Set-WmiInstance -Namespace root\\virtualization\\v2 -Class $cls -Arguments @{ Weight = 4 }\n")]
    [InlineData("Invoke-CimMethod -Namespace root\\virtualization\\v2 -ClassName Msvm_VirtualSystemManagementService -MethodName ModifySystemSettings -Arguments @{ SystemSettings = $text }\n")]
    [InlineData("$s = Get-CimInstance -Namespace root\\virtualization\\v2 -ClassName Msvm_VirtualSystemSettingData\n$s.SecureBootEnabled = $false\n$vsms.ModifySystemSettings($s.GetText(1))\n")]
    [InlineData("$s = Get-WmiObject -Namespace root\\virtualization\\v2 -Class Msvm_VirtualSystemSettingData\n$s.SecureBootEnabled = $false\n$vsms.DefineSystem($s.GetText(1))\n")]
    public void Unsaved_pipeline_objects_changed_objects_unresolved_classes_and_management_service_methods_give_no_write(string script)
    {
        Assert.Empty(Wmi(Ps(script)));
    }

    [Theory]
    [InlineData("$m = Get-CimInstance -Namespace root\\virtualization\\v2 -ClassName $class\nSet-CimInstance -InputObject $m -Property @{ Weight = 4 }\n")]
    [InlineData("$m = Get-CimInstance -ClassName Msvm_ProcessorSettingData\nSet-CimInstance -InputObject $m -Property @{ Weight = 4 }\n")]
    [InlineData("Set-CimInstance -InputObject $unknown -Property @{ Weight = 4 }\n")]
    [InlineData("$m = Get-CimInstance -Namespace root\\virtualization\\v2 -ClassName Msvm_ProcessorSettingData\nif ($x) { $m = $other }\n$m.Weight = 4\n$m.Put()\n")]
    [InlineData("$m = Get-CimInstance -Namespace root\\cimv2 -ClassName Win32_OperatingSystem\nSet-CimInstance -InputObject $m -Property @{ Description = 'x' }\n")]
    [InlineData("$m = Get-CimInstance -Namespace root\\virtualization\\v2 -ClassName Msvm_ProcessorSettingData\n$m.Weight = 4\n$m.Put()\n")]
    [InlineData("$m = Get-WmiObject -Namespace root\\virtualization\\v2 -Class Msvm_ProcessorSettingData\nSet-CimInstance -InputObject $m -Property @{ Weight = 4 }\n")]
    public void An_unresolved_class_or_namespace_or_a_save_the_object_lacks_gives_no_write(string script)
    {
        Assert.Empty(Wmi(Ps(script)));
    }
}

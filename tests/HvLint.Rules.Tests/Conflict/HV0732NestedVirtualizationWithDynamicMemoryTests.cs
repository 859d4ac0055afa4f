using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0732 (NestedVirtualizationWithDynamicMemory) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0732NestedVirtualizationWithDynamicMemoryTests
{
    [Fact]
    public void Reports_dynamic_memory_turned_on_for_a_VM_set_up_for_nested_virtualization()
    {
        RuleVerifier.Verify<HV0732NestedVirtualizationWithDynamicMemory>(
            "New-VM -Name lab-hv01 -MemoryStartupBytes 4GB -Generation 2\r\n"
            + "Set-VMProcessor -VMName lab-hv01 -Count 4 -ExposeVirtualizationExtensions $true\r\n"
            + "Set-VMMemory -VMName lab-hv01 -DynamicMemoryEnabled {|HV0732:$true|} -MaximumBytes 16GB\r\n",
            ".ps1");
    }

    [Fact]
    public void Reports_Set_VM_DynamicMemory_and_a_VM_piped_from_Get_VM()
    {
        RuleVerifier.Verify<HV0732NestedVirtualizationWithDynamicMemory>(
            "Set-VM -Name 'lab-hv02' -ProcessorCount 4 {|HV0732:-DynamicMemory|} -MemoryMaximumBytes 12GB\r\n"
            + "Get-VM 'lab-hv02' | Set-VMProcessor -ExposeVirtualizationExtensions $true\r\n",
            ".ps1");
    }

    [Fact]
    public void The_last_write_of_each_counts()
    {
        RuleVerifier.Verify<HV0732NestedVirtualizationWithDynamicMemory>(
            "Set-VMMemory -VMName a -DynamicMemoryEnabled $true\r\n"
            + "Set-VMProcessor -VMName a -ExposeVirtualizationExtensions $true\r\n"
            + "Set-VMMemory -VMName a -DynamicMemoryEnabled $false\r\n"
            + "Set-VMMemory -VMName b -DynamicMemoryEnabled $true\r\n"
            + "Set-VMProcessor -VMName b -ExposeVirtualizationExtensions $true\r\n"
            + "Set-VMProcessor -VMName b -ExposeVirtualizationExtensions $false\r\n"
            + "Set-VM -Name c -DynamicMemory\r\n"
            + "Set-VM -Name c -StaticMemory\r\n"
            + "Set-VMProcessor -VMName c -ExposeVirtualizationExtensions $true\r\n",
            ".ps1");
    }

    [Fact]
    public void Is_silent_on_other_VMs_branches_and_names_or_values_computed_at_run_time()
    {
        RuleVerifier.Verify<HV0732NestedVirtualizationWithDynamicMemory>(
            "Set-VMProcessor -VMName hv01 -ExposeVirtualizationExtensions $true\r\n"
            + "Set-VMMemory -VMName web01 -DynamicMemoryEnabled $true\r\n"
            + "if ($lab) { Set-VMMemory -VMName hv01 -DynamicMemoryEnabled $true }\r\n"
            + "Set-VMProcessor -VMName hv02 -ExposeVirtualizationExtensions $true\r\n"
            + "Set-VMMemory -VMName hv02 -DynamicMemoryEnabled $dynamic\r\n"
            + "Set-VMMemory -VMName hv03 -DynamicMemoryEnabled $true\r\n"
            + "Set-VMProcessor -VMName $name -ExposeVirtualizationExtensions $true\r\n"
            + "Set-VMMemory -VMName hv04 -DynamicMemoryEnabled $true\r\n"
            + "Set-VMProcessor -VMName hv04 -ExposeVirtualizationExtensions $true -ComputerName HV-B\r\n",
            ".ps1");
    }
}

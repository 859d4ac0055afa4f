using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0321 (MemoryBoundsOutOfOrder) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0321MemoryBoundsOutOfOrderTests
{
    [Fact]
    public void Reports_minimum_above_startup_in_one_call()
    {
        RuleVerifier.Verify<HV0321MemoryBoundsOutOfOrder>("Set-VMMemory -VMName db01 -DynamicMemoryEnabled $true -MinimumBytes 8GB -StartupBytes {|HV0321:4GB|}\r\n", ".ps1");
    }

    [Fact]
    public void Reports_a_maximum_below_the_startup_an_earlier_call_set_for_the_same_VM()
    {
        RuleVerifier.Verify<HV0321MemoryBoundsOutOfOrder>(
            "Set-VMMemory -VMName db01 -StartupBytes 16GB\r\n"
            + "Get-VM 'db01' | Set-VMMemory -DynamicMemoryEnabled $true -MaximumBytes {|HV0321:8GB|}\r\n",
            ".ps1");
    }

    [Fact]
    public void Is_silent_in_order_for_other_VMs_and_on_values_computed_at_run_time()
    {
        RuleVerifier.Verify<HV0321MemoryBoundsOutOfOrder>(
            "Set-VMMemory -VMName db01 -MinimumBytes 2GB -StartupBytes 4GB -MaximumBytes 16GB\r\n"
            + "Set-VMMemory -VMName web01 -StartupBytes 1GB\r\n"
            + "Set-VMMemory -VMName $name -MaximumBytes 512MB\r\n"
            + "Set-VMMemory -VMName db01 -MaximumBytes $max\r\n",
            ".ps1");
    }

    [Fact]
    public void Compares_Set_VM_memory_parameters_in_one_call_and_with_Set_VMMemory_on_the_same_VM()
    {
        RuleVerifier.Verify<HV0321MemoryBoundsOutOfOrder>(
            "Set-VM -Name web01 -DynamicMemory -MemoryMinimumBytes 2GB -MemoryStartupBytes 4GB -MemoryMaximumBytes {|HV0321:1GB|}\r\n"
            + "Set-VM db01 -MemoryStartupBytes 8GB\r\n"
            + "Set-VMMemory -VMName db01 -DynamicMemoryEnabled $true -MaximumBytes {|HV0321:4GB|}\r\n"
            + "Set-VMMemory -VMName sql01 -MinimumBytes 4GB\r\n"
            + "Set-VM -Name sql01 -MemoryStartupBytes {|HV0321:2GB|}\r\n",
            ".ps1");
    }

    [Fact]
    public void The_last_value_of_each_bound_counts_and_New_VM_starts_a_VM_afresh()
    {
        RuleVerifier.Verify<HV0321MemoryBoundsOutOfOrder>(
            "Set-VMMemory -VMName a -MaximumBytes 2GB\r\n"
            + "Set-VM -Name a -MemoryMaximumBytes 16GB\r\n"
            + "Set-VMMemory -VMName a -StartupBytes 8GB\r\n"
            + "Set-VMMemory -VMName b -MaximumBytes 2GB\r\n"
            + "New-VM -Name b -MemoryStartupBytes 8GB\r\n"
            + "New-VM -Name c -MemoryStartupBytes 8GB\r\n"
            + "Set-VMMemory -VMName c -DynamicMemoryEnabled $true -MaximumBytes {|HV0321:4GB|}\r\n"
            + "Set-VM -Name d -MemoryStartupBytes 8GB\r\n"
            + "if ($small) { Set-VM -Name d -MemoryMaximumBytes 4GB }\r\n"
            + "Set-VMMemory -VMName d -MinimumBytes 1GB\r\n",
            ".ps1");
    }
}

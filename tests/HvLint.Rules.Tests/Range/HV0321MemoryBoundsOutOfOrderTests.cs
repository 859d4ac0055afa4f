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
}

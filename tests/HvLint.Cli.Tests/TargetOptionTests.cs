using HvLint.TestKit;

namespace HvLint.Cli.Tests;

/// <summary>--target changes what is deprecated, as the seeds say.</summary>
public sealed class TargetOptionTests
{
    [Fact]
    public void The_2008_r2_vlan_value_is_deprecated_on_current_hosts_but_not_on_2008_r2()
    {
        var file = RepoPaths.Combine("examples", "reg", "legacy-2008r2-vlan.reg");
        Assert.Contains("HV0401", Check(file, null), StringComparison.Ordinal);
        Assert.Contains("HV0401", Check(file, "ws2012"), StringComparison.Ordinal);
        Assert.DoesNotContain("HV0401", Check(file, "ws2008r2"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_1394_debug_transport_is_reported_only_after_windows_server_2016()
    {
        using var dir = new TempDir();
        var file = dir.Write("debug.cmd", "bcdedit /hypervisorsettings 1394 CHANNEL:23\r\nbcdedit /set {current} hypervisordebug on\r\n");
        Assert.Contains("HV0410", Check(file, "ws2019"), StringComparison.Ordinal);
        Assert.DoesNotContain("HV0410", Check(file, "ws2016"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_scheduler_type_is_reported_only_for_hosts_older_than_2016()
    {
        using var dir = new TempDir();
        var file = dir.Write("scheduler.cmd", "bcdedit /set {current} hypervisorschedulertype core\r\n");
        Assert.Contains("HV0402", Check(file, "ws2012r2"), StringComparison.Ordinal);
        Assert.DoesNotContain("HV0402", Check(file, "ws2016"), StringComparison.Ordinal);
        Assert.DoesNotContain("HV0402", Check(file, null), StringComparison.Ordinal);
    }

    private static string Check(string file, string? target)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        string[] args = target is null ? ["check", file, "--format", "json"] : ["check", file, "--format", "json", "--target", target];
        Program.Run(args, stdout, stderr, RepoPaths.Root);
        return stdout.ToString();
    }
}

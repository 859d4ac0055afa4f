using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0706 (GatedSettingWithoutGate) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0706GatedSettingWithoutGateTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string Storvsp = @"[HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\storvsp]" + "\r\n";
    private const string Video = @"[HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\Video\Virtualization]" + "\r\n";
    private const string Vid = @"[HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\vid\Parameters]" + "\r\n";
    private const string Hypervisor = @"[HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Hypervisor]" + "\r\n";
    private const string Partition = @"[HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Hypervisor\MetadataMemoryPartition]" + "\r\n";
    private const string PsStorvsp = @"'HKLM:\SYSTEM\CurrentControlSet\Services\storvsp'";
    private const string PsVideo = @"'HKLM:\SYSTEM\CurrentControlSet\Services\Video\Virtualization'";
    private const string CmdStorvsp = @"""HKLM\SYSTEM\CurrentControlSet\Services\storvsp""";
    private const string CmdVideo = @"""HKLM\SYSTEM\CurrentControlSet\Services\Video\Virtualization""";

    [Fact]
    public void Reports_affinitize_threads_when_the_file_leaves_spread_work_at_its_default()
    {
        var result = RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(Header + Storvsp + "\"AffinitizeThreads\"={|HV0706:dword:00000001|}\r\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.Empty(d.Related);
        Assert.Contains("takes effect only if 'SpreadWork' is 1 on the host, and this file does not set it (its default is 0)", d.Message, StringComparison.Ordinal);
        Assert.EndsWith("Set 'SpreadWork' to 1 in this file, or remove 'AffinitizeThreads'.", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_affinitize_threads_when_spread_work_is_set_off_after_it_and_relates_the_gate()
    {
        var result = RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(Header + Storvsp + "\"AffinitizeThreads\"={|HV0706:dword:00000001|}\r\n\"SpreadWork\"=dword:00000000\r\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(5, Assert.Single(d.Related).Location.Start.Line);
        Assert.StartsWith("'AffinitizeThreads' = 1 is ignored: storvsp.sys reads it only while 'SpreadWork' is 1, but line 5 sets 'SpreadWork' = 0;", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_write_of_the_gate_decides_wherever_it_is()
    {
        // Turned off before the gated write: still off when storvsp reads both.
        var result = RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(Header + Storvsp + "\"SpreadWork\"=dword:00000001\r\n\"SpreadWork\"=dword:00000000\r\n\"AffinitizeThreads\"={|HV0706:dword:00000000|}\r\n");
        Assert.Equal(5, Assert.Single(result.Diagnostics.Single(d => d.Rule.Id == "HV0706").Related).Location.Start.Line);
        RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(Header + Storvsp + "\"SpreadWork\"=dword:00000000\r\n\"AffinitizeThreads\"=dword:00000001\r\n\"SpreadWork\"=dword:00000001\r\n");
    }

    [Fact]
    public void A_deleted_gate_counts_as_not_set_and_its_default_applies()
    {
        var result = RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(Header + Storvsp + "\"SpreadWork\"=dword:00000001\r\n\"AffinitizeThreads\"={|HV0706:dword:00000001|}\r\n\r\n" + Storvsp + "\"SpreadWork\"=-\r\n");
        var d = result.Diagnostics.Single(x => x.Rule.Id == "HV0706");
        Assert.Equal(8, Assert.Single(d.Related).Location.Start.Line);
        Assert.Contains("line 8 deletes 'SpreadWork', so its default 0 applies", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_silent_when_spread_work_is_on_or_the_gated_value_is_being_deleted()
    {
        RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(Header + Storvsp + "\"SpreadWork\"=dword:00000001\r\n\"AffinitizeThreads\"=dword:00000001\r\n");
        RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(Header + Storvsp + "\"AffinitizeThreads\"=-\r\n");
        RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(Header + Storvsp + "\"AffinitizeThreads\"=dword:00000001\r\n\"AffinitizeThreads\"=-\r\n");
    }

    [Fact]
    public void Virtual_mode_support_is_read_only_for_a_single_monitor()
    {
        var result = RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(Header + Video + "\"MonitorCount\"=dword:00000002\r\n\"VirtualModeSupport\"={|HV0706:dword:00000000|}\r\n");
        Assert.Equal(4, Assert.Single(result.Diagnostics[0].Related).Location.Start.Line);
        // The default layout (MonitorCount 1) reads it: no finding without MonitorCount.
        RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(Header + Video + "\"VirtualModeSupport\"=dword:00000000\r\n");
        RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(Header + Video + "\"MonitorCount\"=dword:00000001\r\n\"VirtualModeSupport\"=dword:00000000\r\n");
    }

    [Fact]
    public void Mask_width_needs_two_monitors_or_more()
    {
        var result = RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(Header + Video + "\"MaskWidth\"={|HV0706:dword:00000010|}\r\n");
        Assert.Contains("'MonitorCount' is at least 2 on the host", result.Diagnostics[0].Message, StringComparison.Ordinal);
        RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(Header + Video + "\"MonitorCount\"=dword:00000002\r\n\"MaskWidth\"=dword:00000010\r\n");
        RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(Header + Video + "\"MonitorCount\"=dword:00000003\r\n\"MaskWidth\"=dword:00000010\r\n");
    }

    [Fact]
    public void Auxiliary_resolutions_need_the_auxiliary_layout()
    {
        var result = RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(Header + Video + "\"MonitorCount\"=dword:00000002\r\n"
            + "\"HorizontalResolutionAuxiliary\"={|HV0706:dword:00000400|}\r\n\"VerticalResolutionAuxiliary\"={|HV0706:dword:00000300|}\r\n");
        Assert.All(result.Diagnostics, d => Assert.Equal(4, Assert.Single(d.Related).Location.Start.Line));

        // The reference states the gate for the horizontal resolution; for the vertical one it is our inference.
        var horizontal = result.Diagnostics[0];
        var vertical = result.Diagnostics[1];
        Assert.DoesNotContain("inferred", horizontal.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Warning, vertical.Severity);
        Assert.Contains("This gate is inferred, not documented: the Windows Server 2025 Hyper-V configuration reference §2.7 states MonitorCount = 3 only for HorizontalResolutionAuxiliary", vertical.Message, StringComparison.Ordinal);
        RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(Header + Video + "\"HorizontalResolutionAuxiliary\"={|HV0706:dword:00000400|}\r\n");
        RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(Header + Video + "\"MonitorCount\"=dword:00000003\r\n\"HorizontalResolutionAuxiliary\"=dword:00000400\r\n\"VerticalResolutionAuxiliary\"=dword:00000300\r\n");
    }

    [Fact]
    public void Force_page_backing_size_required_needs_a_page_backing_size_requested()
    {
        var result = RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(Header + Vid + "\"ForcePageBackingSizeRequired\"={|HV0706:dword:00000001|}\r\n");
        Assert.Contains("'PageBackingSize' is non-zero on the host", result.Diagnostics[0].Message, StringComparison.Ordinal);
        result = RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(Header + Vid + "\"PageBackingSize\"=dword:00000000\r\n\"ForcePageBackingSizeRequired\"={|HV0706:dword:00000001|}\r\n");
        Assert.Equal(4, Assert.Single(result.Diagnostics[0].Related).Location.Start.Line);
        RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(Header + Vid + "\"PageBackingSize\"=dword:00000002\r\n\"ForcePageBackingSizeRequired\"=dword:00000001\r\n");
    }

    [Fact]
    public void The_metadata_memory_partition_is_gated_by_ignore_mem_part_in_the_parent_key()
    {
        var result = RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(Header + Hypervisor + "\"IgnoreMemPart\"=dword:00000001\r\n\r\n" + Partition + "\"Name\"={|HV0706:\"HvDeposits\"|}\r\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(4, Assert.Single(d.Related).Location.Start.Line);
        Assert.Contains("'MetadataMemoryPartition\\Name'", d.Message, StringComparison.Ordinal);
        Assert.Contains(@"'IgnoreMemPart' in HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Hypervisor is 0", d.Message, StringComparison.Ordinal);

        // The default (0) lets hvloader read it; a value of the same name in another key is not the gate.
        RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(Header + Partition + "\"Name\"=\"HvDeposits\"\r\n");
        RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(Header + Vid + "\"IgnoreMemPart\"=dword:00000001\r\n\r\n" + Partition + "\"Name\"=\"HvDeposits\"\r\n");
        RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(Header + Hypervisor + "\"IgnoreMemPart\"=dword:00000000\r\n\r\n" + Partition + "\"Name\"=\"HvDeposits\"\r\n");
    }

    [Fact]
    public void PowerShell_set_item_property_and_new_item_property_are_checked()
    {
        var result = RuleVerifier.Verify<HV0706GatedSettingWithoutGate>($"Set-ItemProperty -Path {PsStorvsp} -Name AffinitizeThreads -Value {{|HV0706:1|}}\r\n", ".ps1");
        Assert.Empty(result.Diagnostics[0].Related);

        result = RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(
            $"New-ItemProperty -Path {PsVideo} -Name MaskWidth -Value {{|HV0706:16|}} -PropertyType DWord -Force\r\n"
            + $"Set-ItemProperty -Path {PsVideo} -Name MonitorCount -Value 1\r\n",
            ".ps1");
        Assert.Equal(2, Assert.Single(result.Diagnostics[0].Related).Location.Start.Line);

        RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(
            $"Set-ItemProperty -Path {PsStorvsp} -Name SpreadWork -Value 1\r\n"
            + $"New-ItemProperty -Path {PsStorvsp} -Name AffinitizeThreads -Value 1 -PropertyType DWord -Force\r\n",
            ".ps1");
    }

    [Fact]
    public void PowerShell_is_silent_when_the_gate_or_the_gated_write_is_computed_or_conditional()
    {
        RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(
            $"Set-ItemProperty -Path {PsStorvsp} -Name AffinitizeThreads -Value 1\r\n"
            + $"Set-ItemProperty -Path {PsStorvsp} -Name SpreadWork -Value $env:SPREAD_WORK\r\n",
            ".ps1");
        RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(
            $"Set-ItemProperty -Path {PsVideo} -Name MaskWidth -Value 16\r\n"
            + $"if ($dual) {{ Set-ItemProperty -Path {PsVideo} -Name MonitorCount -Value 2 }}\r\n",
            ".ps1");
        RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(
            $"if ($pin) {{ Set-ItemProperty -Path {PsStorvsp} -Name AffinitizeThreads -Value 1 }}\r\n",
            ".ps1");
        RuleVerifier.Verify<HV0706GatedSettingWithoutGate>($"Set-ItemProperty -Path {PsStorvsp} -Name AffinitizeThreads -Value $env:PIN\r\n", ".ps1");
    }

    [Fact]
    public void Batch_reg_add_is_checked_and_relates_the_gate()
    {
        var result = RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(
            "@echo off\r\n"
            + $"reg add {CmdStorvsp} /v AffinitizeThreads /t REG_DWORD /d {{|HV0706:1|}} /f\r\n"
            + $"reg add {CmdStorvsp} /v SpreadWork /t REG_DWORD /d 0 /f\r\n",
            ".cmd");
        Assert.Equal(3, Assert.Single(result.Diagnostics[0].Related).Location.Start.Line);

        result = RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(
            "@echo off\r\n"
            + $"reg add {CmdVideo} /v MonitorCount /t REG_DWORD /d 1 /f\r\n"
            + $"reg add {CmdVideo} /v HorizontalResolutionAuxiliary /t REG_DWORD /d {{|HV0706:1024|}} /f\r\n",
            ".cmd");
        Assert.Equal(2, Assert.Single(result.Diagnostics[0].Related).Location.Start.Line);
    }

    [Fact]
    public void Batch_is_silent_when_the_gate_is_satisfied_or_unresolved()
    {
        RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(
            "@echo off\r\n"
            + $"reg add {CmdStorvsp} /v SpreadWork /t REG_DWORD /d 1 /f\r\n"
            + $"reg add {CmdStorvsp} /v AffinitizeThreads /t REG_DWORD /d 1 /f\r\n",
            ".cmd");
        RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(
            "@echo off\r\n"
            + $"reg add {CmdVideo} /v MonitorCount /t REG_DWORD /d %MONITORS% /f\r\n"
            + $"reg add {CmdVideo} /v MaskWidth /t REG_DWORD /d 16 /f\r\n",
            ".cmd");
        RuleVerifier.Verify<HV0706GatedSettingWithoutGate>(
            "@echo off\r\n"
            + $"reg add {CmdStorvsp} /v AffinitizeThreads /t REG_DWORD /d 1 /f\r\n"
            + $"reg delete {CmdStorvsp} /v AffinitizeThreads /f\r\n",
            ".cmd");
    }

    [Fact]
    public void A_key_only_entry_is_reported_at_its_key_and_same_key_means_that_key()
    {
        // No built-in key-only entry has a gate yet; a catalog of the user's own shows the shape.
        const string Json = """
            {
              "area": "contoso",
              "description": "Test area.",
              "entries": [
                { "store": "registry", "key": "HKLM\\SOFTWARE\\Contoso\\Agent", "name": "Enabled", "types": ["REG_DWORD"], "default": 0, "description": "d", "source": "test" },
                { "store": "registry", "key": "HKLM\\SOFTWARE\\Contoso\\Agent\\Probes", "keyOnly": true,
                  "requires": [ { "name": "Enabled", "key": "HKLM\\SOFTWARE\\Contoso\\Agent", "condition": "nonZero", "note": "the agent reads no probes while it is off" } ],
                  "description": "d", "source": "test" }
              ]
            }
            """;
        var engine = RuleVerifier.EngineFor<HV0706GatedSettingWithoutGate>().WithCatalog(CatalogLoader.Load([.. CatalogLoader.BuiltInFiles(), ("contoso.json", Json)]));
        var text = Header + @"[HKEY_LOCAL_MACHINE\SOFTWARE\Contoso\Agent\Probes]" + "\r\n";
        var d = Assert.Single(engine.LintBytes("sample.reg", System.Text.Encoding.Latin1.GetBytes(text)).Diagnostics);
        Assert.Equal("HV0706", d.Rule.Id);
        Assert.Equal(@"HKEY_LOCAL_MACHINE\SOFTWARE\Contoso\Agent\Probes", text.Substring(d.Location.Span.Start, d.Location.Span.Length));
        Assert.StartsWith("The key 'Probes' takes effect only if 'Enabled' in ", d.Message, StringComparison.Ordinal);

        var on = Header + @"[HKEY_LOCAL_MACHINE\SOFTWARE\Contoso\Agent]" + "\r\n\"Enabled\"=dword:00000001\r\n\r\n" + @"[HKEY_LOCAL_MACHINE\SOFTWARE\Contoso\Agent\Probes]" + "\r\n";
        Assert.Empty(engine.LintBytes("sample.reg", System.Text.Encoding.Latin1.GetBytes(on)).Diagnostics);
    }

    [Fact]
    public void A_gate_set_by_another_file_of_the_host_opens_the_gated_setting()
    {
        // On its own the script leaves the gate at its default (0), so the setting is dead...
        RuleVerifier.VerifyFiles<HV0706GatedSettingWithoutGate>(
            [
                ("pin.cmd", $"reg add {CmdStorvsp} /v AffinitizeThreads /t REG_DWORD /d {{|HV0706:1|}} /f\r\n"),
                ("spread.ps1", $"Set-ItemProperty -Path {PsStorvsp} -Name SpreadWork -Value 1\r\n"),
            ],
            asOneHost: false);

        // ...but on a host that also runs spread.ps1, it is not.
        RuleVerifier.VerifyFiles<HV0706GatedSettingWithoutGate>(
            [
                ("pin.cmd", $"reg add {CmdStorvsp} /v AffinitizeThreads /t REG_DWORD /d 1 /f\r\n"),
                ("spread.ps1", $"Set-ItemProperty -Path {PsStorvsp} -Name SpreadWork -Value 1\r\n"),
            ],
            asOneHost: true);
    }

    [Fact]
    public void A_gate_that_no_file_of_the_host_sets_is_reported_for_the_files_together()
    {
        var results = RuleVerifier.VerifyFiles<HV0706GatedSettingWithoutGate>(
            [
                ("base.reg", Header + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Worker]\r\n\"RamOpConcurrencyMax\"=dword:00000010\r\n"),
                ("pin.cmd", $"reg import base.reg\r\nreg add {CmdStorvsp} /v AffinitizeThreads /t REG_DWORD /d {{|HV0706:1|}} /f\r\n"),
            ],
            asOneHost: false,
            "pin.cmd");

        Assert.Contains("these files do not set it", Assert.Single(results.SelectMany(r => r.Diagnostics)).Message, StringComparison.Ordinal);
    }
}

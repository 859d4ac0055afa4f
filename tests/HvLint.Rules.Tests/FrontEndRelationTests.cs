using HvLint.Core.Engine;
using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>
/// The relation rules (HV0701-HV0705, HV0711, HV0712, HV0714) through the PowerShell and batch
/// front ends (issue #5): each finding sits on the token a person edits, and its first related
/// location is the other write's line.
/// </summary>
public sealed class FrontEndRelationTests
{
    private const string Ps = ".ps1";
    private const string Cmd = ".cmd";

    private const string PsVirtualization = @"HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization";
    private const string PsWorker = PsVirtualization + @"\Worker";
    private const string PsMigration = PsVirtualization + @"\Migration";
    private const string PsTimeSync = PsVirtualization + @"\TimeSync";
    private const string PsPolicy = @"HKLM:\SOFTWARE\Policies\Microsoft\Windows\HyperV";
    private const string PsVmsMp = @"HKLM:\SYSTEM\CurrentControlSet\Services\VmsMp\Parameters";
    private const string PsHypervisor = @"HKLM:\SYSTEM\CurrentControlSet\Control\Hypervisor";

    private const string CmdVirtualization = @"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization";
    private const string CmdWorker = CmdVirtualization + @"\Worker";
    private const string CmdMigration = CmdVirtualization + @"\Migration";
    private const string CmdTimeSync = CmdVirtualization + @"\TimeSync";
    private const string CmdPolicy = @"HKLM\SOFTWARE\Policies\Microsoft\Windows\HyperV";
    private const string CmdVmsMp = @"HKLM\SYSTEM\CurrentControlSet\Services\VmsMp\Parameters";
    private const string CmdHypervisor = @"HKLM\SYSTEM\CurrentControlSet\Control\Hypervisor";

    // ---- HV0701: the same value set twice with different data ----

    [Fact]
    public void HV0701_in_powershell_reports_the_later_data_and_relates_the_earlier_write()
    {
        var result = RuleVerifier.Verify($$"""
            Set-ItemProperty -Path '{{PsMigration}}' -Name MaximumActiveTransfers -Value 16
            New-ItemProperty -Path '{{PsMigration}}' -Name MaximumActiveTransfers -Value {|HV0701:32|} -PropertyType DWord -Force
            """, Ps);
        AssertRelatedLine(result, "HV0701", 1);
    }

    [Fact]
    public void HV0701_in_batch_reports_the_later_data_and_relates_the_earlier_write()
    {
        var result = RuleVerifier.Verify(Lines(
            $"reg add \"{CmdMigration}\" /v MaximumActiveTransfers /t REG_DWORD /d 16 /f",
            "echo tuned",
            $"reg add \"{CmdMigration}\" /v MaximumActiveTransfers /t REG_DWORD /d {{|HV0701:32|}} /f"), Cmd);
        AssertRelatedLine(result, "HV0701", 1);
    }

    [Fact]
    public void HV0701_is_silent_when_the_data_is_the_same_number_written_differently()
    {
        RuleVerifier.Verify(Lines(
            $"reg add \"{CmdMigration}\" /v MaximumActiveTransfers /t REG_DWORD /d 16 /f",
            $"reg add \"{CmdMigration}\" /v MaximumActiveTransfers /t REG_DWORD /d 0x10 /f"), Cmd);
        RuleVerifier.Verify($$"""
            Set-ItemProperty -Path '{{PsMigration}}' -Name MaximumActiveTransfers -Value 16
            Set-ItemProperty -Path '{{PsMigration}}' -Name MaximumActiveTransfers -Value 0x10
            """, Ps);
    }

    [Fact]
    public void HV0701_in_powershell_is_silent_when_one_write_is_inside_an_if()
    {
        RuleVerifier.Verify($$"""
            Set-ItemProperty -Path '{{PsMigration}}' -Name MaximumActiveTransfers -Value 16
            if ($env:COMPUTERNAME -like 'HV-BIG*') {
                Set-ItemProperty -Path '{{PsMigration}}' -Name MaximumActiveTransfers -Value 32
            }
            """, Ps);
    }

    [Fact]
    public void HV0701_in_batch_is_silent_when_one_write_is_inside_an_if()
    {
        RuleVerifier.Verify(Lines(
            $"reg add \"{CmdMigration}\" /v MaximumActiveTransfers /t REG_DWORD /d 16 /f",
            "if /i \"%COMPUTERNAME:~0,6%\"==\"HV-BIG\" (",
            $"  reg add \"{CmdMigration}\" /v MaximumActiveTransfers /t REG_DWORD /d 32 /f",
            ")"), Cmd);
    }

    [Fact]
    public void HV0701_never_compares_data_computed_at_run_time()
    {
        RuleVerifier.Verify($$"""
            Set-ItemProperty -Path '{{PsMigration}}' -Name MaximumActiveTransfers -Value 16
            Set-ItemProperty -Path '{{PsMigration}}' -Name MaximumActiveTransfers -Value $env:HV_TRANSFERS
            """, Ps);
        RuleVerifier.Verify(Lines(
            $"reg add \"{CmdMigration}\" /v MaximumActiveTransfers /t REG_DWORD /d 16 /f",
            $"reg add \"{CmdMigration}\" /v MaximumActiveTransfers /t REG_DWORD /d %HV_TRANSFERS% /f"), Cmd);
    }

    // ---- HV0702: a lower bound above its upper bound ----

    [Fact]
    public void HV0702_in_powershell_reports_the_minimum_and_relates_the_maximum()
    {
        var result = RuleVerifier.Verify($$"""
            Set-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMin -Value {|HV0702:32|}
            New-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMax -Value 16 -PropertyType DWord -Force
            """, Ps);
        AssertRelatedLine(result, "HV0702", 2);
    }

    [Fact]
    public void HV0702_in_powershell_reports_the_minimum_even_when_the_maximum_is_written_first()
    {
        var result = RuleVerifier.Verify($$"""
            Set-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMax -Value 16

            Set-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMin -Value {|HV0702:32|}
            """, Ps);
        AssertRelatedLine(result, "HV0702", 1);
    }

    [Fact]
    public void HV0702_in_powershell_compares_binary_mac_addresses_byte_by_byte()
    {
        // The finding sits on the bytes inside the cast, which is what a person edits.
        var result = RuleVerifier.Verify($$"""
            New-ItemProperty -Path '{{PsVirtualization}}' -Name MinimumMacAddress -Value ([byte[]]({|HV0702:0x00,0x15,0x5d,0x43,0x00,0x00|})) -PropertyType Binary -Force
            New-ItemProperty -Path '{{PsVirtualization}}' -Name MaximumMacAddress -Value ([byte[]](0x00,0x15,0x5d,0x42,0xff,0xff)) -PropertyType Binary -Force
            """, Ps);
        AssertRelatedLine(result, "HV0702", 2);
    }

    [Fact]
    public void HV0702_in_powershell_is_silent_on_a_mac_range_in_order()
    {
        RuleVerifier.Verify($$"""
            New-ItemProperty -Path '{{PsVirtualization}}' -Name MinimumMacAddress -Value ([byte[]](0x00,0x15,0x5d,0x42,0x00,0x00)) -PropertyType Binary -Force
            New-ItemProperty -Path '{{PsVirtualization}}' -Name MaximumMacAddress -Value ([byte[]](0x00,0x15,0x5d,0x42,0xff,0xff)) -PropertyType Binary -Force
            """, Ps);
    }

    [Fact]
    public void HV0702_in_a_powershell_settings_table_reports_the_table_element_and_relates_the_other_element()
    {
        var result = RuleVerifier.Verify($$"""
            $ramOps = [ordered]@{
                RamOpConcurrencyMin = {|HV0702:32|}
                RamOpConcurrencyMax = 16
            }
            foreach ($name in $ramOps.Keys) {
                Set-ItemProperty -Path '{{PsWorker}}' -Name $name -Value $ramOps[$name] -Type DWord
            }
            """, Ps);
        var finding = Assert.Single(result.Diagnostics, d => d.Rule.Id == "HV0702");
        Assert.Equal(3, finding.Related[0].Location.Start.Line);
        // The command that makes the write, once per element, follows the rule's own related location.
        Assert.Equal(6, finding.Related[1].Location.Start.Line);
    }

    [Fact]
    public void HV0702_in_an_array_of_setting_rows_reports_the_row_of_the_minimum()
    {
        var result = RuleVerifier.Verify($$"""
            $settings = @(
                @{ Name = 'RamOpConcurrencyMax'; Value = 8 }
                @{ Name = 'RamOpConcurrencyMin'; Value = {|HV0702:12|} }
            )
            $settings | ForEach-Object { Set-ItemProperty -Path '{{PsWorker}}' -Name $_.Name -Value $_.Value }
            """, Ps);
        AssertRelatedLine(result, "HV0702", 2);
    }

    [Fact]
    public void HV0702_in_batch_reports_the_minimum_and_relates_the_maximum()
    {
        var result = RuleVerifier.Verify(Lines(
            "@echo off",
            $"reg add \"{CmdWorker}\" /v RamOpConcurrencyMin /t REG_DWORD /d {{|HV0702:32|}} /f",
            $"reg add \"{CmdWorker}\" /v RamOpConcurrencyMax /t REG_DWORD /d 16 /f"), Cmd);
        AssertRelatedLine(result, "HV0702", 3);
    }

    [Fact]
    public void HV0702_in_batch_compares_binary_mac_addresses_byte_by_byte()
    {
        var result = RuleVerifier.Verify(Lines(
            $"reg add \"{CmdVirtualization}\" /v MinimumMacAddress /t REG_BINARY /d {{|HV0702:00155d430000|}} /f",
            $"reg add \"{CmdVirtualization}\" /v MaximumMacAddress /t REG_BINARY /d 00155d42ffff /f"), Cmd);
        AssertRelatedLine(result, "HV0702", 2);
        RuleVerifier.Verify(Lines(
            $"reg add \"{CmdVirtualization}\" /v MinimumMacAddress /t REG_BINARY /d 00155d420000 /f",
            $"reg add \"{CmdVirtualization}\" /v MaximumMacAddress /t REG_BINARY /d 00155d42ffff /f"), Cmd);
    }

    [Fact]
    public void HV0702_in_powershell_is_silent_when_a_bound_is_set_inside_an_if()
    {
        RuleVerifier.Verify($$"""
            if ((Get-CimInstance Win32_Processor).NumberOfCores -gt 32) {
                Set-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMin -Value 32
            }
            Set-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMax -Value 16
            """, Ps);
    }

    [Fact]
    public void HV0702_in_batch_is_silent_when_a_bound_is_set_inside_an_if()
    {
        RuleVerifier.Verify(Lines(
            "if %NUMBER_OF_PROCESSORS% GTR 32 (",
            $"  reg add \"{CmdWorker}\" /v RamOpConcurrencyMin /t REG_DWORD /d 32 /f",
            ")",
            $"reg add \"{CmdWorker}\" /v RamOpConcurrencyMax /t REG_DWORD /d 16 /f"), Cmd);
    }

    [Fact]
    public void HV0702_never_compares_a_bound_computed_at_run_time()
    {
        RuleVerifier.Verify($$"""
            Set-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMin -Value 32
            Set-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMax -Value $env:RAMOP_MAX
            """, Ps);
        RuleVerifier.Verify(Lines(
            $"reg add \"{CmdWorker}\" /v RamOpConcurrencyMin /t REG_DWORD /d 32 /f",
            $"reg add \"{CmdWorker}\" /v RamOpConcurrencyMax /t REG_DWORD /d %RAMOP_MAX% /f"), Cmd);
    }

    // ---- HV0703: a legacy value and its replacement both written ----

    [Fact]
    public void HV0703_in_powershell_reports_the_legacy_name_and_relates_the_replacement()
    {
        var result = RuleVerifier.Verify($$"""
            Set-ItemProperty -Path '{{PsVmsMp}}' -Name {|HV0401:{|HV0703:VmsVmqMode|}|} -Value 1
            Set-ItemProperty -Path '{{PsVmsMp}}' -Name VmsQueueSchedulingMode -Value 2
            """, Ps);
        AssertRelatedLine(result, "HV0703", 2);
    }

    [Fact]
    public void HV0703_in_powershell_reports_the_legacy_time_sample_window_written_after_its_replacement()
    {
        var result = RuleVerifier.Verify($$"""
            New-ItemProperty -Path '{{PsTimeSync}}' -Name 'TimeSampleWindowInMicroseconds' -Value 500000 -PropertyType DWord -Force
            New-ItemProperty -Path '{{PsTimeSync}}' -Name {|HV0401:{|HV0703:'TimeSampleWindow'|}|} -Value 500000 -PropertyType DWord -Force
            """, Ps);
        AssertRelatedLine(result, "HV0703", 1);
    }

    [Fact]
    public void HV0703_in_batch_reports_the_legacy_name_and_relates_the_replacement()
    {
        var result = RuleVerifier.Verify(Lines(
            $"reg add \"{CmdVmsMp}\" /v {{|HV0401:{{|HV0703:VmsVmqMode|}}|}} /t REG_DWORD /d 1 /f",
            $"reg add \"{CmdVmsMp}\" /v VmsQueueSchedulingMode /t REG_DWORD /d 2 /f"), Cmd);
        AssertRelatedLine(result, "HV0703", 2);
        result = RuleVerifier.Verify(Lines(
            $"reg add \"{CmdTimeSync}\" /v TimeSampleWindowInMicroseconds /t REG_DWORD /d 500000 /f",
            $"reg add \"{CmdTimeSync}\" /v {{|HV0401:{{|HV0703:TimeSampleWindow|}}|}} /t REG_DWORD /d 500000 /f"), Cmd);
        AssertRelatedLine(result, "HV0703", 1);
    }

    [Fact]
    public void HV0703_is_silent_when_the_legacy_value_is_written_only_on_some_paths()
    {
        RuleVerifier.Verify($$"""
            if ($PSVersionTable.BuildVersion.Major -lt 10) {
                Set-ItemProperty -Path '{{PsVmsMp}}' -Name {|HV0401:VmsVmqMode|} -Value 1
            }
            Set-ItemProperty -Path '{{PsVmsMp}}' -Name VmsQueueSchedulingMode -Value 2
            """, Ps);
        RuleVerifier.Verify(Lines(
            "if \"%LEGACY%\"==\"1\" (",
            $"  reg add \"{CmdVmsMp}\" /v {{|HV0401:VmsVmqMode|}} /t REG_DWORD /d 1 /f",
            ")",
            $"reg add \"{CmdVmsMp}\" /v VmsQueueSchedulingMode /t REG_DWORD /d 2 /f"), Cmd);
    }

    // ---- HV0704: a Virtualization value that a group policy value overrides ----

    [Fact]
    public void HV0704_in_powershell_reports_the_overridden_data_and_relates_the_policy()
    {
        var result = RuleVerifier.Verify($$"""
            New-Item -Path '{{PsPolicy}}' -Force | Out-Null
            New-ItemProperty -Path '{{PsPolicy}}' -Name RequireSecureDeviceAssignment -Value 1 -PropertyType DWord -Force
            Set-ItemProperty -Path '{{PsVirtualization}}' -Name RequireSecureDeviceAssignment -Value {|HV0501:{|HV0704:0|}|}
            """, Ps);
        AssertRelatedLine(result, "HV0704", 2);
    }

    [Fact]
    public void HV0704_in_batch_reports_the_overridden_data_and_relates_the_policy()
    {
        var result = RuleVerifier.Verify(Lines(
            $"reg add \"{CmdVirtualization}\" /v RequireSupportedDeviceAssignment /t REG_DWORD /d {{|HV0501:{{|HV0704:0|}}|}} /f",
            $"reg add \"{CmdPolicy}\" /v RequireSupportedDeviceAssignment /t REG_DWORD /d 1 /f"), Cmd);
        AssertRelatedLine(result, "HV0704", 2);
    }

    [Fact]
    public void HV0704_is_silent_when_the_setting_agrees_with_the_policy()
    {
        RuleVerifier.Verify($$"""
            Set-ItemProperty -Path '{{PsPolicy}}' -Name RequireSecureDeviceAssignment -Value 1
            Set-ItemProperty -Path '{{PsVirtualization}}' -Name RequireSecureDeviceAssignment -Value 1
            """, Ps);
        RuleVerifier.Verify(Lines(
            $"reg add \"{CmdPolicy}\" /v RequireSecureDeviceAssignment /t REG_DWORD /d 1 /f",
            $"reg add \"{CmdVirtualization}\" /v RequireSecureDeviceAssignment /t REG_DWORD /d 0x1 /f"), Cmd);
    }

    [Fact]
    public void HV0704_is_silent_when_the_policy_is_written_only_on_some_paths()
    {
        RuleVerifier.Verify($$"""
            if ($Domain) {
                Set-ItemProperty -Path '{{PsPolicy}}' -Name RequireSecureDeviceAssignment -Value 1
            }
            Set-ItemProperty -Path '{{PsVirtualization}}' -Name RequireSecureDeviceAssignment -Value {|HV0501:0|}
            """, Ps);
        RuleVerifier.Verify(Lines(
            "if defined USERDNSDOMAIN (",
            $"  reg add \"{CmdPolicy}\" /v RequireSecureDeviceAssignment /t REG_DWORD /d 1 /f",
            ")",
            $"reg add \"{CmdVirtualization}\" /v RequireSecureDeviceAssignment /t REG_DWORD /d {{|HV0501:0|}} /f"), Cmd);
    }

    // ---- HV0705: a value set, then deleted by name or with its key ----

    [Fact]
    public void HV0705_in_powershell_reports_the_deleted_name_and_relates_the_write()
    {
        var result = RuleVerifier.Verify($$"""
            Set-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMax -Value 16
            Remove-ItemProperty -Path '{{PsWorker}}' -Name {|HV0705:RamOpConcurrencyMax|}
            """, Ps);
        AssertRelatedLine(result, "HV0705", 1);
    }

    [Fact]
    public void HV0705_in_powershell_reports_the_deleted_key_path_of_remove_item_recurse()
    {
        var result = RuleVerifier.Verify($$"""
            New-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMax -Value 16 -PropertyType DWord -Force
            Write-Host 'cleaning up'
            Remove-Item -Path {|HV0705:'{{PsWorker}}'|} -Recurse -Force
            """, Ps);
        AssertRelatedLine(result, "HV0705", 1);
    }

    [Fact]
    public void HV0705_in_powershell_relates_every_write_that_a_deleted_parent_key_undoes()
    {
        var result = RuleVerifier.Verify($$"""
            Set-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMin -Value 4
            Set-ItemProperty -Path '{{PsMigration}}' -Name MaximumActiveTransfers -Value 8
            Remove-Item -Path {|HV0705:{|HV0830:'{{PsVirtualization}}'|}|} -Recurse
            """, Ps);
        var finding = Assert.Single(result.Diagnostics, d => d.Rule.Id == "HV0705");
        Assert.Equal([1, 2], finding.Related.Select(r => r.Location.Start.Line));
    }

    [Fact]
    public void HV0705_in_powershell_reports_each_name_of_a_remove_itemproperty_list()
    {
        var result = RuleVerifier.Verify($$"""
            Set-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMin -Value 4
            Set-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMax -Value 16
            Remove-ItemProperty -Path '{{PsWorker}}' -Name {|HV0705:'RamOpConcurrencyMin'|}, {|HV0705:'RamOpConcurrencyMax'|}
            """, Ps);
        Assert.Equal([1, 2], result.Diagnostics.Where(d => d.Rule.Id == "HV0705").OrderBy(d => d.Location.Span.Start).Select(d => d.Related[0].Location.Start.Line));
    }

    [Fact]
    public void HV0705_in_batch_reports_the_deleted_name_and_relates_the_write()
    {
        var result = RuleVerifier.Verify(Lines(
            $"reg add \"{CmdWorker}\" /v RamOpConcurrencyMax /t REG_DWORD /d 16 /f",
            $"reg delete \"{CmdWorker}\" /v {{|HV0705:RamOpConcurrencyMax|}} /f"), Cmd);
        AssertRelatedLine(result, "HV0705", 1);
    }

    [Fact]
    public void HV0705_in_batch_reports_the_deleted_key_and_relates_the_value_written_in_it()
    {
        var result = RuleVerifier.Verify(Lines(
            $"reg add \"{CmdWorker}\" /v RamOpConcurrencyMax /t REG_DWORD /d 16 /f",
            "rem start over",
            $"reg delete {{|HV0705:\"{CmdWorker}\"|}} /f"), Cmd);
        AssertRelatedLine(result, "HV0705", 1);
    }

    [Fact]
    public void HV0705_is_silent_when_the_key_is_deleted_first_and_written_afresh()
    {
        RuleVerifier.Verify($$"""
            Remove-Item -Path '{{PsWorker}}' -Recurse -ErrorAction SilentlyContinue
            New-Item -Path '{{PsWorker}}' | Out-Null
            New-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMax -Value 16 -PropertyType DWord -Force
            """, Ps);
        RuleVerifier.Verify(Lines(
            $"reg delete \"{CmdWorker}\" /f",
            $"reg add \"{CmdWorker}\" /v RamOpConcurrencyMax /t REG_DWORD /d 16 /f"), Cmd);
    }

    [Fact]
    public void HV0705_is_silent_when_the_delete_runs_only_on_some_paths()
    {
        RuleVerifier.Verify($$"""
            Set-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMax -Value 16
            if ($Rollback) {
                Remove-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMax
            }
            """, Ps);
        RuleVerifier.Verify(Lines(
            $"reg add \"{CmdWorker}\" /v RamOpConcurrencyMax /t REG_DWORD /d 16 /f",
            "if /i \"%1\"==\"rollback\" (",
            $"  reg delete \"{CmdWorker}\" /v RamOpConcurrencyMax /f",
            ")"), Cmd);
    }

    // ---- HV0711: a BCD element set, then deleted ----

    [Fact]
    public void HV0711_in_powershell_reports_the_deleted_element_and_relates_the_set()
    {
        var result = RuleVerifier.Verify("""
            bcdedit /set '{current}' hypervisornumproc 16
            bcdedit /deletevalue '{current}' {|HV0711:hypervisornumproc|}
            """, Ps);
        AssertRelatedLine(result, "HV0711", 1);
    }

    [Fact]
    public void HV0711_in_batch_reports_the_deleted_element_and_relates_the_set()
    {
        var result = RuleVerifier.Verify(Lines(
            "@echo off",
            "bcdedit /set {current} hypervisornumproc 16",
            "bcdedit /deletevalue {current} {|HV0711:hypervisornumproc|}"), Cmd);
        AssertRelatedLine(result, "HV0711", 2);
    }

    [Fact]
    public void HV0711_is_silent_when_the_delete_is_conditional_or_on_another_entry()
    {
        RuleVerifier.Verify("""
            bcdedit /set '{current}' hypervisornumproc 16
            if ($Undo) { bcdedit /deletevalue '{current}' hypervisornumproc }
            bcdedit /deletevalue '{default}' hypervisornumproc
            """, Ps);
        RuleVerifier.Verify(Lines(
            "bcdedit /set {current} hypervisornumproc 16",
            "if \"%1\"==\"undo\" (",
            "  bcdedit /deletevalue {current} hypervisornumproc",
            ")",
            "bcdedit /deletevalue {default} hypervisornumproc"), Cmd);
    }

    // ---- HV0712: one BCD element set to two values ----

    [Fact]
    public void HV0712_in_powershell_reports_the_later_value_and_relates_the_earlier_one()
    {
        var result = RuleVerifier.Verify("""
            bcdedit /set '{current}' hypervisorlaunchtype auto
            Write-Host 'Hyper-V enabled'
            bcdedit /set '{current}' hypervisorlaunchtype {|HV0712:off|}
            """, Ps);
        AssertRelatedLine(result, "HV0712", 1);
    }

    [Fact]
    public void HV0712_in_batch_reports_the_later_value_and_relates_the_earlier_one()
    {
        var result = RuleVerifier.Verify(Lines(
            "bcdedit /set {current} hypervisorlaunchtype auto",
            "echo Hyper-V enabled",
            "bcdedit /set {current} hypervisorlaunchtype {|HV0712:off|}"), Cmd);
        AssertRelatedLine(result, "HV0712", 1);
    }

    [Fact]
    public void HV0712_is_silent_on_the_branches_of_an_if()
    {
        RuleVerifier.Verify("""
            if ($Enable) {
                bcdedit /set '{current}' hypervisorlaunchtype auto
            } else {
                bcdedit /set '{current}' hypervisorlaunchtype off
            }
            """, Ps);
        RuleVerifier.Verify(Lines(
            "if /i \"%1\"==\"on\" bcdedit /set {current} hypervisorlaunchtype auto",
            "if /i \"%1\"==\"off\" bcdedit /set {current} hypervisorlaunchtype off"), Cmd);
    }

    [Fact]
    public void HV0712_never_compares_a_value_computed_at_run_time()
    {
        RuleVerifier.Verify("""
            bcdedit /set '{current}' hypervisorlaunchtype auto
            bcdedit /set '{current}' hypervisorlaunchtype $env:HV_LAUNCH
            """, Ps);
        RuleVerifier.Verify(Lines(
            "bcdedit /set {current} hypervisorlaunchtype auto",
            "bcdedit /set {current} hypervisorlaunchtype %HV_LAUNCH%"), Cmd);
    }

    // ---- HV0714: a Control\Hypervisor fallback that a BCD element overrides ----

    [Fact]
    public void HV0714_in_powershell_reports_the_registry_data_and_relates_the_bcd_value()
    {
        var result = RuleVerifier.Verify($$"""
            Set-ItemProperty -Path '{{PsHypervisor}}' -Name HypervisorUseVapic -Value {|HV0714:0|} -Type DWord
            bcdedit /set '{current}' hypervisorusevapic on
            """, Ps);
        AssertRelatedLine(result, "HV0714", 2);
    }

    [Fact]
    public void HV0714_in_batch_reports_the_registry_data_and_relates_the_bcd_value()
    {
        var result = RuleVerifier.Verify(Lines(
            "bcdedit /set {current} hypervisorusevapic on",
            $"reg add \"{CmdHypervisor}\" /v HypervisorUseVapic /t REG_DWORD /d {{|HV0714:0|}} /f"), Cmd);
        AssertRelatedLine(result, "HV0714", 1);
    }

    [Fact]
    public void HV0714_is_silent_when_the_bcd_value_is_computed_at_run_time()
    {
        RuleVerifier.Verify($$"""
            Set-ItemProperty -Path '{{PsHypervisor}}' -Name HypervisorUseVapic -Value 0 -Type DWord
            bcdedit /set '{current}' hypervisorusevapic $env:HV_VAPIC
            """, Ps);
        RuleVerifier.Verify(Lines(
            $"reg add \"{CmdHypervisor}\" /v HypervisorUseVapic /t REG_DWORD /d 0 /f",
            "bcdedit /set {current} hypervisorusevapic %HV_VAPIC%"), Cmd);
    }

    [Fact]
    public void HV0714_in_powershell_is_silent_when_the_bcd_element_is_set_only_inside_an_if()
    {
        RuleVerifier.Verify($$"""
            Set-ItemProperty -Path '{{PsHypervisor}}' -Name HypervisorUseVapic -Value 0 -Type DWord
            if ($UseVapic) { bcdedit /set '{current}' hypervisorusevapic on }
            """, Ps);
    }

    [Fact]
    public void HV0714_in_batch_is_silent_when_the_bcd_element_is_set_only_inside_an_if()
    {
        RuleVerifier.Verify(Lines(
            $"reg add \"{CmdHypervisor}\" /v HypervisorUseVapic /t REG_DWORD /d 0 /f",
            "if \"%1\"==\"vapic\" (",
            "  bcdedit /set {current} hypervisorusevapic on",
            ")"), Cmd);
    }

    [Fact]
    public void HV0714_in_batch_still_reports_a_conditional_fallback_that_an_unconditional_bcd_value_overrides()
    {
        // Whenever the registry value is written, the BCD element is set too: the value is dead on every path that writes it.
        var result = RuleVerifier.Verify(Lines(
            "bcdedit /set {current} hypervisorusevapic on",
            "if \"%1\"==\"legacy\" (",
            $"  reg add \"{CmdHypervisor}\" /v HypervisorUseVapic /t REG_DWORD /d {{|HV0714:0|}} /f",
            ")"), Cmd);
        AssertRelatedLine(result, "HV0714", 1);
    }

    [Fact]
    public void HV0714_is_silent_when_the_bcd_element_is_deleted_again_so_the_fallback_is_read()
    {
        // After /deletevalue the element is absent at boot, so the loader reads the registry value.
        RuleVerifier.Verify(Lines(
            $"reg add \"{CmdHypervisor}\" /v HypervisorUseVapic /t REG_DWORD /d 0 /f",
            "bcdedit /set {current} hypervisorusevapic on",
            "bcdedit /deletevalue {current} {|HV0711:hypervisorusevapic|}"), Cmd);
    }

    private static string Lines(params string[] lines) => string.Join("\r\n", lines) + "\r\n";

    private static void AssertRelatedLine(FileResult result, string ruleId, int line)
    {
        var finding = Assert.Single(result.Diagnostics, d => d.Rule.Id == ruleId);
        Assert.NotEmpty(finding.Related);
        Assert.Equal(line, finding.Related[0].Location.Start.Line);
    }
}

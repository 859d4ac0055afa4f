using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0702 (OrderedPairViolated) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0702OrderedPairViolatedTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string Worker = @"[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Worker]" + "\r\n";
    private const string Ps = ".ps1";
    private const string PsWorker = PsVirtualization + @"\Worker";
    private const string PsVirtualization = @"HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization";
    private const string Cmd = ".cmd";
    private const string CmdWorker = CmdVirtualization + @"\Worker";
    private const string CmdVirtualization = @"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization";
    private const string Migration = "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]\r\n";

    [Fact]
    public void HV0702_reports_a_minimum_above_its_maximum_and_relates_the_maximum()
    {
        var result = RuleVerifier.Verify<HV0702OrderedPairViolated>(Header + Worker + "\"RamOpConcurrencyMin\"={|HV0702:dword:00000020|}\r\n\"RamOpConcurrencyMax\"=dword:00000010\r\n");
        Assert.Equal(5, result.Diagnostics[0].Related[0].Location.Start.Line);
    }

    [Fact]
    public void HV0702_compares_mac_addresses_byte_by_byte()
    {
        RuleVerifier.Verify<HV0702OrderedPairViolated>(Header + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization]\r\n"
            + "\"MinimumMacAddress\"={|HV0702:hex:00,15,5d,43,00,00|}\r\n\"MaximumMacAddress\"=hex:00,15,5d,42,ff,ff\r\n");
        RuleVerifier.Verify<HV0702OrderedPairViolated>(Header + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization]\r\n"
            + "\"MinimumMacAddress\"=hex:00,15,5d,42,00,00\r\n\"MaximumMacAddress\"=hex:00,15,5d,42,ff,ff\r\n");
    }

    [Fact]
    public void HV0702_is_silent_when_only_one_bound_is_written_or_the_order_is_right()
    {
        RuleVerifier.Verify<HV0702OrderedPairViolated>(Header + Worker + "\"RamOpConcurrencyMin\"=dword:00000020\r\n");
        RuleVerifier.Verify<HV0702OrderedPairViolated>(Header + Worker + "\"RamOpConcurrencyMin\"=dword:00000004\r\n\"RamOpConcurrencyMax\"=dword:00000004\r\n");
    }

    [Fact]
    public void HV0702_in_powershell_reports_the_minimum_and_relates_the_maximum()
    {
        var result = RuleVerifier.Verify<HV0702OrderedPairViolated>($$"""
            Set-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMin -Value {|HV0702:32|}
            New-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMax -Value 16 -PropertyType DWord -Force
            """, Ps);
        Samples.AssertRelatedLine(result, "HV0702", 2);
    }

    [Fact]
    public void HV0702_in_powershell_reports_the_minimum_even_when_the_maximum_is_written_first()
    {
        var result = RuleVerifier.Verify<HV0702OrderedPairViolated>($$"""
            Set-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMax -Value 16

            Set-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMin -Value {|HV0702:32|}
            """, Ps);
        Samples.AssertRelatedLine(result, "HV0702", 1);
    }

    [Fact]
    public void HV0702_in_powershell_compares_binary_mac_addresses_byte_by_byte()
    {
        // The finding sits on the bytes inside the cast, which is what a person edits.
        var result = RuleVerifier.Verify<HV0702OrderedPairViolated>($$"""
            New-ItemProperty -Path '{{PsVirtualization}}' -Name MinimumMacAddress -Value ([byte[]]({|HV0702:0x00,0x15,0x5d,0x43,0x00,0x00|})) -PropertyType Binary -Force
            New-ItemProperty -Path '{{PsVirtualization}}' -Name MaximumMacAddress -Value ([byte[]](0x00,0x15,0x5d,0x42,0xff,0xff)) -PropertyType Binary -Force
            """, Ps);
        Samples.AssertRelatedLine(result, "HV0702", 2);
    }

    [Fact]
    public void HV0702_in_powershell_is_silent_on_a_mac_range_in_order()
    {
        RuleVerifier.Verify<HV0702OrderedPairViolated>($$"""
            New-ItemProperty -Path '{{PsVirtualization}}' -Name MinimumMacAddress -Value ([byte[]](0x00,0x15,0x5d,0x42,0x00,0x00)) -PropertyType Binary -Force
            New-ItemProperty -Path '{{PsVirtualization}}' -Name MaximumMacAddress -Value ([byte[]](0x00,0x15,0x5d,0x42,0xff,0xff)) -PropertyType Binary -Force
            """, Ps);
    }

    [Fact]
    public void HV0702_in_a_powershell_settings_table_reports_the_table_element_and_relates_the_other_element()
    {
        var result = RuleVerifier.Verify<HV0702OrderedPairViolated>($$"""
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
        var result = RuleVerifier.Verify<HV0702OrderedPairViolated>($$"""
            $settings = @(
                @{ Name = 'RamOpConcurrencyMax'; Value = 8 }
                @{ Name = 'RamOpConcurrencyMin'; Value = {|HV0702:12|} }
            )
            $settings | ForEach-Object { Set-ItemProperty -Path '{{PsWorker}}' -Name $_.Name -Value $_.Value }
            """, Ps);
        Samples.AssertRelatedLine(result, "HV0702", 2);
    }

    [Fact]
    public void HV0702_in_batch_reports_the_minimum_and_relates_the_maximum()
    {
        var result = RuleVerifier.Verify<HV0702OrderedPairViolated>(Samples.Lines(
            "@echo off",
            $"reg add \"{CmdWorker}\" /v RamOpConcurrencyMin /t REG_DWORD /d {{|HV0702:32|}} /f",
            $"reg add \"{CmdWorker}\" /v RamOpConcurrencyMax /t REG_DWORD /d 16 /f"), Cmd);
        Samples.AssertRelatedLine(result, "HV0702", 3);
    }

    [Fact]
    public void HV0702_in_batch_compares_binary_mac_addresses_byte_by_byte()
    {
        var result = RuleVerifier.Verify<HV0702OrderedPairViolated>(Samples.Lines(
            $"reg add \"{CmdVirtualization}\" /v MinimumMacAddress /t REG_BINARY /d {{|HV0702:00155d430000|}} /f",
            $"reg add \"{CmdVirtualization}\" /v MaximumMacAddress /t REG_BINARY /d 00155d42ffff /f"), Cmd);
        Samples.AssertRelatedLine(result, "HV0702", 2);
        RuleVerifier.Verify<HV0702OrderedPairViolated>(Samples.Lines(
            $"reg add \"{CmdVirtualization}\" /v MinimumMacAddress /t REG_BINARY /d 00155d420000 /f",
            $"reg add \"{CmdVirtualization}\" /v MaximumMacAddress /t REG_BINARY /d 00155d42ffff /f"), Cmd);
    }

    [Fact]
    public void HV0702_in_powershell_is_silent_when_a_bound_is_set_inside_an_if()
    {
        RuleVerifier.Verify<HV0702OrderedPairViolated>($$"""
            if ((Get-CimInstance Win32_Processor).NumberOfCores -gt 32) {
                Set-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMin -Value 32
            }
            Set-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMax -Value 16
            """, Ps);
    }

    [Fact]
    public void HV0702_in_batch_is_silent_when_a_bound_is_set_inside_an_if()
    {
        RuleVerifier.Verify<HV0702OrderedPairViolated>(Samples.Lines(
            "if %NUMBER_OF_PROCESSORS% GTR 32 (",
            $"  reg add \"{CmdWorker}\" /v RamOpConcurrencyMin /t REG_DWORD /d 32 /f",
            ")",
            $"reg add \"{CmdWorker}\" /v RamOpConcurrencyMax /t REG_DWORD /d 16 /f"), Cmd);
    }

    [Fact]
    public void HV0702_never_compares_a_bound_computed_at_run_time()
    {
        RuleVerifier.Verify<HV0702OrderedPairViolated>($$"""
            Set-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMin -Value 32
            Set-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMax -Value $env:RAMOP_MAX
            """, Ps);
        RuleVerifier.Verify<HV0702OrderedPairViolated>(Samples.Lines(
            $"reg add \"{CmdWorker}\" /v RamOpConcurrencyMin /t REG_DWORD /d 32 /f",
            $"reg add \"{CmdWorker}\" /v RamOpConcurrencyMax /t REG_DWORD /d %RAMOP_MAX% /f"), Cmd);
    }

    [Fact]
    public void An_ordering_read_from_the_names_says_so_and_a_documented_one_does_not()
    {
        var inferred = RuleVerifier.Verify<HV0702OrderedPairViolated>(Header + Migration + "\"LowNetworkUtilizationLowerThresholds\"={|HV0702:dword:00000032|}\r\n\"LowNetworkUtilizationHigherThresholds\"=dword:0000001e\r\n");
        Assert.Contains("This ordering is inferred, not documented", Assert.Single(inferred.Diagnostics).Message, StringComparison.Ordinal);

        var documented = RuleVerifier.Verify<HV0702OrderedPairViolated>(Header + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Worker]\r\n\"RamOpConcurrencyMin\"={|HV0702:dword:00000020|}\r\n\"RamOpConcurrencyMax\"=dword:00000010\r\n");
        Assert.DoesNotContain("inferred", Assert.Single(documented.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void As_one_host_relates_a_minimum_in_one_file_to_a_lower_maximum_in_another()
    {
        var results = RuleVerifier.VerifyFiles<HV0702OrderedPairViolated>(
            [
                ("a.reg", Header + Worker + "\"RamOpConcurrencyMin\"={|HV0702:dword:00000020|}\r\n"),
                ("b.ps1", $"Set-ItemProperty -Path '{PsWorker}' -Name RamOpConcurrencyMax -Value 16\r\n"),
            ],
            asOneHost: true);

        var d = Assert.Single(results.SelectMany(r => r.Diagnostics));
        Assert.Equal(4, d.Location.Start.Line);
        Assert.Contains("b.ps1 line 1", d.Message, StringComparison.Ordinal);
        var related = Assert.Single(d.Related);
        Assert.Equal(("b.ps1", 1), (related.Location.Path, related.Location.Start.Line));
        Assert.Equal("16", related.Location.Source.Text.Substring(related.Location.Span.Start, related.Location.Span.Length));
    }

}

using HvLint.Core.Fixes;
using HvLint.Core.Model;
using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0703 (LegacyAndReplacementBoth) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0703LegacyAndReplacementBothTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string Ps = ".ps1";
    private const string PsVmsMp = @"HKLM:\SYSTEM\CurrentControlSet\Services\VmsMp\Parameters";
    private const string PsTimeSync = PsVirtualization + @"\TimeSync";
    private const string Cmd = ".cmd";
    private const string CmdTimeSync = CmdVirtualization + @"\TimeSync";
    private const string CmdVmsMp = @"HKLM\SYSTEM\CurrentControlSet\Services\VmsMp\Parameters";
    private const string PsVirtualization = @"HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization";
    private const string CmdVirtualization = @"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization";

    [Fact]
    public void HV0703_reports_a_legacy_value_written_with_its_replacement()
    {
        RuleVerifier.Verify<HV0703LegacyAndReplacementBoth>(Header + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\VmsMp\\Parameters]\r\n"
            + "{|HV0703:\"VmsVmqMode\"|}=dword:00000001\r\n\"VmsQueueSchedulingMode\"=dword:00000002\r\n");
    }

    [Fact]
    public void HV0703_in_powershell_reports_the_legacy_name_and_relates_the_replacement()
    {
        var result = RuleVerifier.Verify<HV0703LegacyAndReplacementBoth>($$"""
            Set-ItemProperty -Path '{{PsVmsMp}}' -Name {|HV0703:VmsVmqMode|} -Value 1
            Set-ItemProperty -Path '{{PsVmsMp}}' -Name VmsQueueSchedulingMode -Value 2
            """, Ps);
        Samples.AssertRelatedLine(result, "HV0703", 2);
    }

    [Fact]
    public void HV0703_in_powershell_reports_the_legacy_time_sample_window_written_after_its_replacement()
    {
        var result = RuleVerifier.Verify<HV0703LegacyAndReplacementBoth>($$"""
            New-ItemProperty -Path '{{PsTimeSync}}' -Name 'TimeSampleWindowInMicroseconds' -Value 500000 -PropertyType DWord -Force
            New-ItemProperty -Path '{{PsTimeSync}}' -Name {|HV0703:'TimeSampleWindow'|} -Value 500000 -PropertyType DWord -Force
            """, Ps);
        Samples.AssertRelatedLine(result, "HV0703", 1);
    }

    [Fact]
    public void HV0703_in_batch_reports_the_legacy_name_and_relates_the_replacement()
    {
        var result = RuleVerifier.Verify<HV0703LegacyAndReplacementBoth>(Samples.Lines(
            $"reg add \"{CmdVmsMp}\" /v {{|HV0703:VmsVmqMode|}} /t REG_DWORD /d 1 /f",
            $"reg add \"{CmdVmsMp}\" /v VmsQueueSchedulingMode /t REG_DWORD /d 2 /f"), Cmd);
        Samples.AssertRelatedLine(result, "HV0703", 2);
        result = RuleVerifier.Verify<HV0703LegacyAndReplacementBoth>(Samples.Lines(
            $"reg add \"{CmdTimeSync}\" /v TimeSampleWindowInMicroseconds /t REG_DWORD /d 500000 /f",
            $"reg add \"{CmdTimeSync}\" /v {{|HV0703:TimeSampleWindow|}} /t REG_DWORD /d 500000 /f"), Cmd);
        Samples.AssertRelatedLine(result, "HV0703", 1);
    }

    [Fact]
    public void HV0703_is_silent_when_the_legacy_value_is_written_only_on_some_paths()
    {
        RuleVerifier.Verify<HV0703LegacyAndReplacementBoth>($$"""
            if ($PSVersionTable.BuildVersion.Major -lt 10) {
                Set-ItemProperty -Path '{{PsVmsMp}}' -Name VmsVmqMode -Value 1
            }
            Set-ItemProperty -Path '{{PsVmsMp}}' -Name VmsQueueSchedulingMode -Value 2
            """, Ps);
        RuleVerifier.Verify<HV0703LegacyAndReplacementBoth>(Samples.Lines(
            "if \"%LEGACY%\"==\"1\" (",
            $"  reg add \"{CmdVmsMp}\" /v VmsVmqMode /t REG_DWORD /d 1 /f",
            ")",
            $"reg add \"{CmdVmsMp}\" /v VmsQueueSchedulingMode /t REG_DWORD /d 2 /f"), Cmd);
    }

    [Fact]
    public void A_legacy_value_in_one_file_and_its_replacement_in_another_are_reported()
    {
        var results = RuleVerifier.VerifyFiles<HV0703LegacyAndReplacementBoth>(
            [
                ("old.reg", Header + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\VmsMp\\Parameters]\r\n{|HV0703:\"VmsVmqMode\"|}=dword:00000001\r\n"),
                ("new.cmd", $"reg add \"{CmdVmsMp}\" /v VmsQueueSchedulingMode /t REG_DWORD /d 2 /f\r\n"),
            ],
            asOneHost: true);

        var d = Assert.Single(results.SelectMany(r => r.Diagnostics));
        Assert.Equal("new.cmd", Assert.Single(d.Related).Location.Path);
    }

    [Fact]
    public void HV0703_offers_to_remove_the_legacy_write_as_an_unsafe_fix()
    {
        var ps = FixAssert.Change<RemoveWriteChange>(
            RuleVerifier.Verify<HV0703LegacyAndReplacementBoth>($"Set-ItemProperty -Path '{PsTimeSync}' -Name {{|HV0703:TimeSampleWindow|}} -Value 16 -Type DWord\r\nSet-ItemProperty -Path '{PsTimeSync}' -Name TimeSampleWindowInMicroseconds -Value 16 -Type DWord\r\n", Ps), "HV0703", FixApplicability.Unsafe);
        Assert.Equal("TimeSampleWindow", Assert.IsType<RegistryWrite>(ps.Write).ValueName);

        FixAssert.Change<RemoveWriteChange>(
            RuleVerifier.Verify<HV0703LegacyAndReplacementBoth>($"reg add \"{CmdTimeSync}\" /v {{|HV0703:TimeSampleWindow|}} /t REG_DWORD /d 16 /f\r\nreg add \"{CmdTimeSync}\" /v TimeSampleWindowInMicroseconds /t REG_DWORD /d 16 /f\r\n", Cmd), "HV0703", FixApplicability.Unsafe);
        FixAssert.Change<RemoveWriteChange>(
            RuleVerifier.Verify<HV0703LegacyAndReplacementBoth>(Header + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\TimeSync]\r\n{|HV0703:\"TimeSampleWindow\"|}=dword:00000010\r\n\"TimeSampleWindowInMicroseconds\"=dword:00000010\r\n"), "HV0703", FixApplicability.Unsafe);
    }
}

using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0705 (WriteUndoneByDelete) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0705WriteUndoneByDeleteTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string Worker = @"[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Worker]" + "\r\n";
    private const string Ps = ".ps1";
    private const string PsWorker = PsVirtualization + @"\Worker";
    private const string PsVirtualization = @"HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization";
    private const string PsMigration = PsVirtualization + @"\Migration";
    private const string Cmd = ".cmd";
    private const string CmdWorker = CmdVirtualization + @"\Worker";
    private const string CmdVirtualization = @"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization";

    [Fact]
    public void HV0705_reports_a_key_deletion_that_undoes_earlier_writes_but_not_a_clean_slate_pattern()
    {
        RuleVerifier.Verify<HV0705WriteUndoneByDelete>(Header + Worker + "\"RamOpConcurrencyMax\"=dword:00000010\r\n\r\n[-{|HV0705:HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Worker|}]\r\n");
        // Deleting a key and then writing it afresh is how exports reset a key: no finding.
        RuleVerifier.Verify<HV0705WriteUndoneByDelete>(Header + "[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Worker]\r\n\r\n" + Worker + "\"RamOpConcurrencyMax\"=dword:00000010\r\n");
    }

    [Fact]
    public void HV0705_in_powershell_reports_the_deleted_name_and_relates_the_write()
    {
        var result = RuleVerifier.Verify<HV0705WriteUndoneByDelete>($$"""
            Set-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMax -Value 16
            Remove-ItemProperty -Path '{{PsWorker}}' -Name {|HV0705:RamOpConcurrencyMax|}
            """, Ps);
        Samples.AssertRelatedLine(result, "HV0705", 1);
    }

    [Fact]
    public void HV0705_in_powershell_reports_the_deleted_key_path_of_remove_item_recurse()
    {
        var result = RuleVerifier.Verify<HV0705WriteUndoneByDelete>($$"""
            New-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMax -Value 16 -PropertyType DWord -Force
            Write-Host 'cleaning up'
            Remove-Item -Path {|HV0705:'{{PsWorker}}'|} -Recurse -Force
            """, Ps);
        Samples.AssertRelatedLine(result, "HV0705", 1);
    }

    [Fact]
    public void HV0705_in_powershell_relates_every_write_that_a_deleted_parent_key_undoes()
    {
        var result = RuleVerifier.Verify<HV0705WriteUndoneByDelete>($$"""
            Set-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMin -Value 4
            Set-ItemProperty -Path '{{PsMigration}}' -Name MaximumActiveTransfers -Value 8
            Remove-Item -Path {|HV0705:'{{PsVirtualization}}'|} -Recurse
            """, Ps);
        var finding = Assert.Single(result.Diagnostics, d => d.Rule.Id == "HV0705");
        Assert.Equal([1, 2], finding.Related.Select(r => r.Location.Start.Line));
    }

    [Fact]
    public void HV0705_in_powershell_reports_each_name_of_a_remove_itemproperty_list()
    {
        var result = RuleVerifier.Verify<HV0705WriteUndoneByDelete>($$"""
            Set-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMin -Value 4
            Set-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMax -Value 16
            Remove-ItemProperty -Path '{{PsWorker}}' -Name {|HV0705:'RamOpConcurrencyMin'|}, {|HV0705:'RamOpConcurrencyMax'|}
            """, Ps);
        Assert.Equal([1, 2], result.Diagnostics.Where(d => d.Rule.Id == "HV0705").OrderBy(d => d.Location.Span.Start).Select(d => d.Related[0].Location.Start.Line));
    }

    [Fact]
    public void HV0705_in_batch_reports_the_deleted_name_and_relates_the_write()
    {
        var result = RuleVerifier.Verify<HV0705WriteUndoneByDelete>(Samples.Lines(
            $"reg add \"{CmdWorker}\" /v RamOpConcurrencyMax /t REG_DWORD /d 16 /f",
            $"reg delete \"{CmdWorker}\" /v {{|HV0705:RamOpConcurrencyMax|}} /f"), Cmd);
        Samples.AssertRelatedLine(result, "HV0705", 1);
    }

    [Fact]
    public void HV0705_in_batch_reports_the_deleted_key_and_relates_the_value_written_in_it()
    {
        var result = RuleVerifier.Verify<HV0705WriteUndoneByDelete>(Samples.Lines(
            $"reg add \"{CmdWorker}\" /v RamOpConcurrencyMax /t REG_DWORD /d 16 /f",
            "rem start over",
            $"reg delete {{|HV0705:\"{CmdWorker}\"|}} /f"), Cmd);
        Samples.AssertRelatedLine(result, "HV0705", 1);
    }

    [Fact]
    public void HV0705_is_silent_when_the_key_is_deleted_first_and_written_afresh()
    {
        RuleVerifier.Verify<HV0705WriteUndoneByDelete>($$"""
            Remove-Item -Path '{{PsWorker}}' -Recurse -ErrorAction SilentlyContinue
            New-Item -Path '{{PsWorker}}' | Out-Null
            New-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMax -Value 16 -PropertyType DWord -Force
            """, Ps);
        RuleVerifier.Verify<HV0705WriteUndoneByDelete>(Samples.Lines(
            $"reg delete \"{CmdWorker}\" /f",
            $"reg add \"{CmdWorker}\" /v RamOpConcurrencyMax /t REG_DWORD /d 16 /f"), Cmd);
    }

    [Fact]
    public void HV0705_is_silent_when_the_delete_runs_only_on_some_paths()
    {
        RuleVerifier.Verify<HV0705WriteUndoneByDelete>($$"""
            Set-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMax -Value 16
            if ($Rollback) {
                Remove-ItemProperty -Path '{{PsWorker}}' -Name RamOpConcurrencyMax
            }
            """, Ps);
        RuleVerifier.Verify<HV0705WriteUndoneByDelete>(Samples.Lines(
            $"reg add \"{CmdWorker}\" /v RamOpConcurrencyMax /t REG_DWORD /d 16 /f",
            "if /i \"%1\"==\"rollback\" (",
            $"  reg delete \"{CmdWorker}\" /v RamOpConcurrencyMax /f",
            ")"), Cmd);
    }

    [Fact]
    public void A_key_deleted_by_a_later_file_undoes_the_values_an_earlier_file_wrote()
    {
        (string, string)[] files =
        [
            ("tune.ps1", $"New-ItemProperty -Path '{PsWorker}' -Name RamOpConcurrencyMax -Value 16 -PropertyType DWord -Force\r\n"),
            ("reset.cmd", $"@echo off\r\nreg delete {{|HV0705:\"{CmdWorker}\"|}} /f\r\n"),
        ];
        var d = Assert.Single(RuleVerifier.VerifyFiles<HV0705WriteUndoneByDelete>(files, asOneHost: true).SelectMany(r => r.Diagnostics));
        Assert.Contains("tune.ps1 line 1", d.Message, StringComparison.Ordinal);
        Assert.Equal("tune.ps1", Assert.Single(d.Related).Location.Path);

        // Deleting first and writing afresh is a reset, not a conflict.
        RuleVerifier.VerifyFiles<HV0705WriteUndoneByDelete>([files[0], ("reset.cmd", $"@echo off\r\nreg delete \"{CmdWorker}\" /f\r\n")], asOneHost: true, "reset.cmd", "tune.ps1");
    }

}

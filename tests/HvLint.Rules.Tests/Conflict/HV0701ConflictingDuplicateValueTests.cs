using HvLint.Core.Fixes;
using HvLint.Core.Model;
using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0701 (ConflictingDuplicateValue) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0701ConflictingDuplicateValueTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string Migration = @"[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration]" + "\r\n";
    private const string Ps = ".ps1";
    private const string PsMigration = PsVirtualization + @"\Migration";
    private const string Cmd = ".cmd";
    private const string CmdMigration = CmdVirtualization + @"\Migration";
    private const string PsVirtualization = @"HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization";
    private const string CmdVirtualization = @"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization";

    [Fact]
    public void HV0701_reports_the_second_of_two_different_writes_and_relates_the_first()
    {
        var result = RuleVerifier.Verify<HV0701ConflictingDuplicateValue>(Header + Migration + "\"MaximumActiveTransfers\"=dword:00000010\r\n\"MaximumActiveTransfers\"={|HV0701:dword:00000020|}\r\n");
        Assert.Single(result.Diagnostics[0].Related);
        Assert.Equal(4, result.Diagnostics[0].Related[0].Location.Start.Line);
    }

    [Fact]
    public void HV0701_is_silent_for_the_same_data_twice_and_after_the_value_is_deleted()
    {
        RuleVerifier.Verify<HV0701ConflictingDuplicateValue>(Header + Migration + "\"MaximumActiveTransfers\"=dword:00000010\r\n\"MaximumActiveTransfers\"=dword:00000010\r\n\"MaximumActiveTransfers\"=-\r\n\"MaximumActiveTransfers\"=dword:00000020\r\n");
    }

    [Fact]
    public void HV0701_in_powershell_reports_the_later_data_and_relates_the_earlier_write()
    {
        var result = RuleVerifier.Verify<HV0701ConflictingDuplicateValue>($$"""
            Set-ItemProperty -Path '{{PsMigration}}' -Name MaximumActiveTransfers -Value 16
            New-ItemProperty -Path '{{PsMigration}}' -Name MaximumActiveTransfers -Value {|HV0701:32|} -PropertyType DWord -Force
            """, Ps);
        Samples.AssertRelatedLine(result, "HV0701", 1);
    }

    [Fact]
    public void HV0701_in_batch_reports_the_later_data_and_relates_the_earlier_write()
    {
        var result = RuleVerifier.Verify<HV0701ConflictingDuplicateValue>(Samples.Lines(
            $"reg add \"{CmdMigration}\" /v MaximumActiveTransfers /t REG_DWORD /d 16 /f",
            "echo tuned",
            $"reg add \"{CmdMigration}\" /v MaximumActiveTransfers /t REG_DWORD /d {{|HV0701:32|}} /f"), Cmd);
        Samples.AssertRelatedLine(result, "HV0701", 1);
    }

    [Fact]
    public void HV0701_is_silent_when_the_data_is_the_same_number_written_differently()
    {
        RuleVerifier.Verify<HV0701ConflictingDuplicateValue>(Samples.Lines(
            $"reg add \"{CmdMigration}\" /v MaximumActiveTransfers /t REG_DWORD /d 16 /f",
            $"reg add \"{CmdMigration}\" /v MaximumActiveTransfers /t REG_DWORD /d 0x10 /f"), Cmd);
        RuleVerifier.Verify<HV0701ConflictingDuplicateValue>($$"""
            Set-ItemProperty -Path '{{PsMigration}}' -Name MaximumActiveTransfers -Value 16
            Set-ItemProperty -Path '{{PsMigration}}' -Name MaximumActiveTransfers -Value 0x10
            """, Ps);
    }

    [Fact]
    public void HV0701_in_powershell_is_silent_when_one_write_is_inside_an_if()
    {
        RuleVerifier.Verify<HV0701ConflictingDuplicateValue>($$"""
            Set-ItemProperty -Path '{{PsMigration}}' -Name MaximumActiveTransfers -Value 16
            if ($env:COMPUTERNAME -like 'HV-BIG*') {
                Set-ItemProperty -Path '{{PsMigration}}' -Name MaximumActiveTransfers -Value 32
            }
            """, Ps);
    }

    [Fact]
    public void HV0701_in_batch_is_silent_when_one_write_is_inside_an_if()
    {
        RuleVerifier.Verify<HV0701ConflictingDuplicateValue>(Samples.Lines(
            $"reg add \"{CmdMigration}\" /v MaximumActiveTransfers /t REG_DWORD /d 16 /f",
            "if /i \"%COMPUTERNAME:~0,6%\"==\"HV-BIG\" (",
            $"  reg add \"{CmdMigration}\" /v MaximumActiveTransfers /t REG_DWORD /d 32 /f",
            ")"), Cmd);
    }

    [Fact]
    public void HV0701_never_compares_data_computed_at_run_time()
    {
        RuleVerifier.Verify<HV0701ConflictingDuplicateValue>($$"""
            Set-ItemProperty -Path '{{PsMigration}}' -Name MaximumActiveTransfers -Value 16
            Set-ItemProperty -Path '{{PsMigration}}' -Name MaximumActiveTransfers -Value $env:HV_TRANSFERS
            """, Ps);
        RuleVerifier.Verify<HV0701ConflictingDuplicateValue>(Samples.Lines(
            $"reg add \"{CmdMigration}\" /v MaximumActiveTransfers /t REG_DWORD /d 16 /f",
            $"reg add \"{CmdMigration}\" /v MaximumActiveTransfers /t REG_DWORD /d %HV_TRANSFERS% /f"), Cmd);
    }

    [Fact]
    public void HV0701_offers_to_remove_the_earlier_overridden_write_as_an_unsafe_fix()
    {
        var reg = FixAssert.Change<RemoveWriteChange>(
            RuleVerifier.Verify<HV0701ConflictingDuplicateValue>(Header + Migration + "\"MaximumActiveTransfers\"=dword:00000008\r\n\"MaximumActiveTransfers\"={|HV0701:dword:00000010|}\r\n"), "HV0701", FixApplicability.Unsafe);
        Assert.Equal(8UL, Assert.IsType<RegistryWrite>(reg.Write).Data!.Number);

        var cmd = FixAssert.Change<RemoveWriteChange>(
            RuleVerifier.Verify<HV0701ConflictingDuplicateValue>($"reg add \"{CmdMigration}\" /v MaximumActiveTransfers /t REG_DWORD /d 8 /f\r\nreg add \"{CmdMigration}\" /v MaximumActiveTransfers /t REG_DWORD /d {{|HV0701:16|}} /f\r\n", Cmd), "HV0701", FixApplicability.Unsafe);
        Assert.Equal(0, cmd.Write.Order);

        var ps = FixAssert.Change<RemoveWriteChange>(
            RuleVerifier.Verify<HV0701ConflictingDuplicateValue>($"Set-ItemProperty -Path '{PsMigration}' -Name MaximumActiveTransfers -Value 8 -Type DWord\r\nSet-ItemProperty -Path '{PsMigration}' -Name MaximumActiveTransfers -Value {{|HV0701:16|}} -Type DWord\r\n", Ps), "HV0701", FixApplicability.Unsafe);
        Assert.Equal(8UL, Assert.IsType<RegistryWrite>(ps.Write).Data!.Number);
    }
}

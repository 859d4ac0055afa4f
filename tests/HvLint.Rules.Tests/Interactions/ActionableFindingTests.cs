using HvLint.Core.Diagnostics;
using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>
/// Findings a person can act on (issue #11): advice in the syntax of the file, data described
/// as the script passes it, failed writes left out of relations, one finding per place, the
/// text a person edits, and harmless deletions kept quiet.
/// </summary>
public sealed class ActionableFindingTests
{
    private const string RegMigration = @"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";
    private const string CmdMigration = @"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";
    private const string PsMigration = @"HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";

    // ---- 1. HV0201's advice in the syntax of the write ----

    [Fact]
    public void HV0201_in_a_reg_file_shows_the_reg_line_to_write()
    {
        var message = Single($"Windows Registry Editor Version 5.00\r\n\r\n[{RegMigration}]\r\n\"MaximumActiveTransfers\"=\"16\"\r\n", ".reg", "HV0201");
        Assert.EndsWith("Write \"MaximumActiveTransfers\"=dword:00000010.", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".cmd")]
    [InlineData(".ps1")]
    public void HV0201_for_reg_exe_shows_the_switches_in_batch_and_in_powershell(string extension)
    {
        var message = Single($"reg add \"{CmdMigration}\" /v MaximumActiveTransfers /d 16 /f\r\n", extension, "HV0201");
        Assert.EndsWith("Write /t REG_DWORD /d 16.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void HV0201_for_a_cmdlet_shows_the_parameters()
    {
        var message = Single($"Set-ItemProperty -Path '{PsMigration}' -Name MaximumActiveTransfers -Value '16'\n", ".ps1", "HV0201");
        Assert.EndsWith("Write -Type DWord -Value 16.", message, StringComparison.Ordinal);
        var explicitType = Single($"New-ItemProperty -Path '{PsMigration}' -Name MaximumActiveTransfers -Value 16 -PropertyType String -Force\n", ".ps1", "HV0201");
        Assert.EndsWith("Write -Type DWord -Value 16.", explicitType, StringComparison.Ordinal);
    }

    [Fact]
    public void HV0201_for_the_dotnet_api_says_a_number_is_a_number_and_shows_the_kind_argument()
    {
        var message = Single($"[Microsoft.Win32.Registry]::SetValue('{RegMigration}', 'MaximumActiveTransfers', 3000000000)\n", ".ps1", "HV0201");
        Assert.Contains("the number 3000000000 (an Int64) is stored as text", message, StringComparison.Ordinal);
        Assert.DoesNotContain("not a string", message, StringComparison.Ordinal);
        Assert.DoesNotContain("-Type", message, StringComparison.Ordinal);
        Assert.Contains("'MaximumActiveTransfers', -1294967296, [Microsoft.Win32.RegistryValueKind]::DWord", message, StringComparison.Ordinal);

        var text = Single($"$k = [Microsoft.Win32.Registry]::LocalMachine.CreateSubKey('SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration')\n$k.SetValue('MaximumActiveTransfers', '16')\n", ".ps1", "HV0201");
        Assert.EndsWith("Pass the kind as SetValue's last argument: 'MaximumActiveTransfers', 16, [Microsoft.Win32.RegistryValueKind]::DWord.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ValueType = 'String'\n      ")]
    [InlineData("")]
    public void HV0201_for_a_dsc_registry_resource_shows_its_properties(string valueType)
    {
        var message = Single(Dsc($"ValueName = 'MaximumActiveTransfers'\n      {valueType}ValueData = '4'"), ".ps1", "HV0201");
        Assert.EndsWith("Write ValueType = 'DWord' and ValueData = '4'.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("/t", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_and_view_advice_is_written_in_the_syntax_of_the_write()
    {
        var regExe = Single($"reg add \"{CmdMigration}\" /v MaximumActiveTransfers /t REG_DWORD /d 8 /f /reg:32\r\n", ".cmd", "HV0801");
        Assert.EndsWith($"Remove /reg:32 (or write /reg:64) so that it goes to '{CmdMigration}' in the 64-bit view.", regExe, StringComparison.Ordinal);

        var cmdlet = Single("Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration' -Name MaximumActiveTransfers -Value 8 -Type DWord\n", ".ps1", "HV0801");
        Assert.EndsWith($"Write to '{PsMigration}' in the 64-bit view.", cmdlet, StringComparison.Ordinal);

        var currentUser = Single($"Set-ItemProperty -Path '{PsMigration.Replace("HKLM:", "HKCU:", StringComparison.Ordinal)}' -Name MaximumActiveTransfers -Value 8 -Type DWord\n", ".ps1", "HV0802");
        Assert.EndsWith($"Write to '{PsMigration}'.", currentUser, StringComparison.Ordinal);
    }

    [Fact]
    public void Bcd_identifiers_in_advice_are_quoted_for_powershell_only()
    {
        Assert.Contains("Use '{current}'", Single("bcdedit /set '{bootmgr}' hypervisorlaunchtype auto\n", ".ps1", "HV0810"), StringComparison.Ordinal);
        var cmd = Single("bcdedit /set {bootmgr} hypervisorlaunchtype auto\r\n", ".cmd", "HV0810");
        Assert.Contains("Use {current}", cmd, StringComparison.Ordinal);

        Assert.EndsWith("Add bcdedit /set '{current}' hypervisordebug on.", Single("bcdedit /set '{hypervisorsettings}' hypervisordebugtype serial\n", ".ps1", "HV0716"), StringComparison.Ordinal);
        Assert.EndsWith("Add bcdedit /set {current} hypervisordebug on.", Single("bcdedit /set {hypervisorsettings} hypervisordebugtype serial\r\n", ".cmd", "HV0716"), StringComparison.Ordinal);
    }

    // ---- 2. DSC Hex = $true ----

    [Fact]
    public void A_dsc_value_read_as_hexadecimal_says_how_it_was_read()
    {
        var message = Single(Dsc("ValueName = 'MaximumActiveTransfers'\n      ValueType = 'Dword'\n      ValueData = '0x1000'\n      Hex = $true"), ".ps1", "HV0301");
        Assert.Contains("'MaximumActiveTransfers' = 4096 (ValueData '0x1000' with Hex = $true reads as 4096) is outside 6..1006", message, StringComparison.Ordinal);
    }

    // ---- 3. Writes that fail do not take part in relations ----

    [Fact]
    public void Bcd_writes_that_fail_or_are_rejected_do_not_override_each_other()
    {
        // The first command fails (PowerShell passes the unquoted {current} as a script block),
        // the second is rejected (hypervisorlaunchtype takes Off or Auto): neither is "the last one".
        var result = RuleVerifier.Lint("bcdedit /set {current} hypervisorlaunchtype auto\nbcdedit /set hypervisorlaunchtype on\n", ".ps1");
        Assert.Contains(result.Diagnostics, d => d.Rule.Id == "HV0952");
        Assert.Contains(result.Diagnostics, d => d.Rule.Id == "HV0310");
        Assert.DoesNotContain(result.Diagnostics, d => d.Rule.Id == "HV0712");

        // Control: two writes that both take effect still conflict.
        Assert.Single(RuleVerifier.Findings("bcdedit /set '{current}' hypervisorlaunchtype auto\nbcdedit /set hypervisorlaunchtype off\n", "HV0712", ".ps1"));
    }

    [Fact]
    public void A_rejected_bcd_value_is_not_undone_by_a_later_delete()
    {
        Assert.Empty(RuleVerifier.Findings("bcdedit /set {current} hypervisorlaunchtype on\r\nbcdedit /deletevalue {current} hypervisorlaunchtype\r\n", "HV0711", ".cmd"));
        Assert.Single(RuleVerifier.Findings("bcdedit /set {current} hypervisorlaunchtype auto\r\nbcdedit /deletevalue {current} hypervisorlaunchtype\r\n", "HV0711", ".cmd"));
    }

    // ---- 4. Text passed to a batch subroutine is reported where it is written ----

    [Fact]
    public void A_command_passed_to_a_subroutine_is_reported_at_the_call_with_the_subroutine_as_related()
    {
        var result = RuleVerifier.Verify("call :apply \"bcdedit /set {current} {|HV0110:vmslaunchtype|} off\"\r\ngoto :eof\r\n:apply\r\n%~1\r\ngoto :eof\r\n", ".cmd");
        var related = Assert.Single(result.Diagnostics.Single().Related);
        Assert.Equal(4, related.Location.Start.Line);
    }

    [Fact]
    public void Values_passed_to_a_subroutine_are_reported_at_the_call_arguments()
    {
        RuleVerifier.Verify($"call :set MaximumActiveTransfers {{|HV0201:5000|}}\r\ncall :set {{|HV0101:MaximumActiveTransfer|}} 8\r\ngoto :eof\r\n:set\r\nreg add \"{CmdMigration}\" /v %1 /d %2 /f\r\ngoto :eof\r\n", ".cmd");
    }

    // ---- 6. One finding per place, rule and message ----

    [Fact]
    public void A_subroutine_reached_from_many_calls_gives_each_finding_once()
    {
        var calls = string.Concat(Enumerable.Repeat("call :tune\r\n", 31));
        var result = RuleVerifier.Verify($"{calls}goto :eof\r\n:tune\r\nreg add \"{CmdMigration}\" /v MaximumActiveTransfers /d {{|HV0201:16|}} /f\r\ngoto :eof\r\n", ".cmd");
        Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void Findings_reached_through_different_calls_keep_each_call_as_related()
    {
        var result = RuleVerifier.Lint($"call :set 16\r\ncall :set 16\r\ngoto :eof\r\n:set\r\nreg add \"{CmdMigration}\" /v MaximumActiveTransfers /d %1 /f\r\ngoto :eof\r\n", ".cmd");
        // Each call's "16" is its own place: two findings, one at each call.
        Assert.Equal([1, 2], result.Diagnostics.Where(d => d.Rule.Id == "HV0201").Select(d => d.Location.Start.Line));
    }

    // ---- 7. Deleting a value nobody reads ----

    [Theory]
    [InlineData(".reg")]
    [InlineData(".cmd")]
    [InlineData(".ps1")]
    public void Deleting_an_unknown_value_is_a_note_that_does_not_invite_deleting_the_real_setting(string extension)
    {
        var text = extension switch
        {
            ".reg" => $"Windows Registry Editor Version 5.00\r\n\r\n[{RegMigration}]\r\n\"EnableCompresion\"=-\r\n",
            ".cmd" => $"reg delete \"{CmdMigration}\" /v EnableCompresion /f\r\n",
            _ => $"Remove-ItemProperty -Path '{PsMigration}' -Name EnableCompresion\n",
        };
        var d = Assert.Single(RuleVerifier.Lint(text, extension).Diagnostics);
        Assert.Equal(("HV0101", Severity.Note), (d.Rule.Id, d.Severity));
        Assert.Contains("if it was meant as 'EnableCompression', that setting is left unchanged", d.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Did you mean", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_an_unknown_value_is_still_a_warning_with_a_suggestion()
    {
        var d = Assert.Single(RuleVerifier.Findings($"reg add \"{CmdMigration}\" /v EnableCompresion /t REG_DWORD /d 1 /f\r\n", "HV0101", ".cmd"));
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("Did you mean 'EnableCompression'?", d.Message, StringComparison.Ordinal);
    }

    private static string Single(string text, string extension, string id) =>
        Assert.Single(RuleVerifier.Findings(text, id, extension)).Message;

    private static string Dsc(string properties) => $$"""
        Configuration Tuning {
          Import-DscResource -ModuleName PSDesiredStateConfiguration
          Node localhost {
            Registry Transfers {
              Key = '{{RegMigration}}'
              {{properties}}
            }
          }
        }
        """;
}

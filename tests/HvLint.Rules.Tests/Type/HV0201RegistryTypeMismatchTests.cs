using HvLint.Core.Diagnostics;
using HvLint.Core.Fixes;
using HvLint.Core.Model;
using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0201 (RegistryTypeMismatch) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0201RegistryTypeMismatchTests
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string Migration = @"[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration]" + "\r\n";
    private const string RegMigration = @"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";
    private const string CmdMigration = @"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";
    private const string PsMigration = @"HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";

    [Fact]
    public void HV0201_reports_a_string_where_a_dword_is_read_and_says_which_number_to_write()
    {
        var result = RuleVerifier.Verify<HV0201RegistryTypeMismatch>(Header + Migration + "\"MaximumActiveTransfers\"={|HV0201:\"16\"|}\r\n");
        var message = result.Diagnostics[0].Message;
        Assert.Contains("REG_SZ", message, StringComparison.Ordinal);
        Assert.Contains("REG_DWORD", message, StringComparison.Ordinal);
        Assert.Contains("\"MaximumActiveTransfers\"=dword:00000010", message, StringComparison.Ordinal);
    }

    [Fact]
    public void HV0201_reports_a_qword_where_a_dword_is_read_but_not_the_range()
    {
        RuleVerifier.Verify<HV0201RegistryTypeMismatch>(Header + Migration + "\"MaximumActiveTransfers\"={|HV0201:hex(b):d0,07,00,00,00,00,00,00|}\r\n");
    }

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
    public void A_type_that_is_only_our_reading_gives_a_warning_that_says_so()
    {
        var result = RuleVerifier.Verify<HV0201RegistryTypeMismatch>("reg add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\" /v ConfigurationStorePath /t REG_DWORD /d {|HV0201:1|} /f\r\n", ".cmd");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("The type is inferred, not documented: no documentation gives a type for this value; REG_SZ is our reading", d.Message, StringComparison.Ordinal);

        // A documented type keeps the rule's error.
        var documented = RuleVerifier.Verify<HV0201RegistryTypeMismatch>("reg add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration\" /v MaximumActiveTransfers /t REG_SZ /d {|HV0201:8|} /f\r\n", ".cmd");
        Assert.Equal(Severity.Error, Assert.Single(documented.Diagnostics).Severity);
    }

    private static string Single(string text, string extension, string id) =>
        Assert.Single(RuleVerifier.Lint<HV0201RegistryTypeMismatch>(text, extension).Diagnostics, d => d.Rule.Id == id).Message;

    private static string Dsc(string properties) => Samples.DscRegistry(RegMigration, properties);

    [Fact]
    public void HV0201_offers_the_number_as_a_dword_unsafe_because_the_string_was_not_read()
    {
        var reg = FixAssert.Change<ReplaceDataChange>(
            RuleVerifier.Verify<HV0201RegistryTypeMismatch>(Header + Migration + "\"MaximumActiveTransfers\"={|HV0201:\"16\"|}\r\n"), "HV0201", FixApplicability.Unsafe);
        Assert.Equal(RegistryValueType.DWord, reg.Data.Type);
        Assert.Equal(16UL, reg.Data.Number);

        // reg.exe without /t writes REG_SZ.
        var cmd = FixAssert.Change<ReplaceDataChange>(
            RuleVerifier.Verify<HV0201RegistryTypeMismatch>($"reg add \"{CmdMigration}\" /v MaximumActiveTransfers /d {{|HV0201:16|}} /f\r\n", ".cmd"), "HV0201", FixApplicability.Unsafe);
        Assert.Equal(RegistryValueType.DWord, cmd.Data.Type);
        Assert.Equal(16UL, cmd.Data.Number);

        var ps = FixAssert.Change<ReplaceDataChange>(
            RuleVerifier.Verify<HV0201RegistryTypeMismatch>($"Set-ItemProperty -Path '{PsMigration}' -Name MaximumActiveTransfers -Value {{|HV0201:'0x10'|}} -Type String\r\n", ".ps1"), "HV0201", FixApplicability.Unsafe);
        Assert.Equal(RegistryValueType.DWord, ps.Data.Type);
        Assert.Equal(16UL, ps.Data.Number);
    }

    [Fact]
    public void HV0201_fix_is_safe_when_the_number_is_the_default_the_host_already_runs_with()
    {
        var change = FixAssert.Change<ReplaceDataChange>(
            RuleVerifier.Verify<HV0201RegistryTypeMismatch>(Header + Migration + "\"MaximumActiveTransfers\"={|HV0201:\"6\"|}\r\n"), "HV0201", FixApplicability.Safe);
        Assert.Equal(RegistryData.DWord(6).Number, change.Data.Number);
        Assert.Equal(RegistryValueType.DWord, change.Data.Type);
    }

    [Fact]
    public void HV0201_offers_no_fix_for_text_that_is_not_a_plain_number_or_data_not_written_literally()
    {
        FixAssert.NoChange(RuleVerifier.Verify<HV0201RegistryTypeMismatch>(Header + Migration + "\"MaximumActiveTransfers\"={|HV0201:\"16 transfers\"|}\r\n"), "HV0201");
        FixAssert.NoChange(
            RuleVerifier.Verify<HV0201RegistryTypeMismatch>($"if ($big) {{ Set-ItemProperty -Path '{PsMigration}' -Name MaximumActiveTransfers -Value {{|HV0201:'16'|}} -Type String }}\r\n", ".ps1"), "HV0201");
        FixAssert.NoChange(
            RuleVerifier.Verify<HV0201RegistryTypeMismatch>($"$n = {{|HV0201:'16'|}}\r\nSet-ItemProperty -Path '{PsMigration}' -Name MaximumActiveTransfers -Value $n -Type String\r\n", ".ps1"), "HV0201");
    }
}

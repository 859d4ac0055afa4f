using HvLint.Core.Model;
using static HvLint.Parsers.Tests.PowerShell.PsTestHelpers;

namespace HvLint.Parsers.Tests.PowerShell;

/// <summary>
/// reg.exe and bcdedit in scripts. The argument vectors go to the shared interpreters in
/// Commands/, so these tests also depend on them.
/// </summary>
public class PsNativeCommandTests
{
    [Theory]
    [InlineData("bcdedit /set {current} hypervisorlaunchtype auto", "{current}")]
    [InlineData("bcdedit.exe /set {7ea2e1ac-2e61-4728-aaa3-896d9d0a9f0e} hypervisorlaunchtype auto", "{7ea2e1ac-2e61-4728-aaa3-896d9d0a9f0e}")]
    [InlineData("& 'C:\\Windows\\System32\\bcdedit.exe' /set {default} hypervisorschedulertype core", "{default}")]
    [InlineData("Start-Process bcdedit -ArgumentList '/set', {current}, 'hypervisorlaunchtype', 'auto' -Wait", "{current}")]
    public void Unquoted_identifier_passed_to_bcdedit_is_a_finding_at_the_braces(string line, string token)
    {
        var result = Ps(line);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("HV0952", d.Rule.Id);
        Assert.Equal(token, result.Text(d.Location.Span));
        Assert.Contains($"'{token}'", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bcdedit /set '{current}' hypervisorlaunchtype auto")]
    [InlineData("bcdedit /set \"{current}\" hypervisorlaunchtype auto")]
    [InlineData("cmd /c \"bcdedit /set {current} hypervisorlaunchtype auto\"")]
    [InlineData("Start-Process bcdedit -ArgumentList '/set {current} hypervisorlaunchtype auto'")]
    [InlineData("reg add HKLM\\SOFTWARE\\x /v {current} /d 1 /f")]
    public void Quoted_identifiers_cmd_and_other_programs_are_not_findings(string line)
    {
        Assert.DoesNotContain(Ps(line).Diagnostics, d => d.Rule.Id == "HV0952");
    }

    [Theory]
    [InlineData("bcdedit /set '{current}' hypervisorlaunchtype auto")]
    [InlineData("bcdedit.exe /set \"{current}\" hypervisorlaunchtype auto")]
    [InlineData("$bcd = \"$env:windir\\System32\\bcdedit.exe\"; & bcdedit.exe /set '{current}' hypervisorlaunchtype auto")]
    [InlineData("$a = '/set', '{current}', 'hypervisorlaunchtype', 'auto'; & bcdedit.exe @a")]
    [InlineData("$a = '/set', '{current}', 'hypervisorlaunchtype', 'auto'; bcdedit $a")]
    [InlineData("Start-Process -FilePath bcdedit.exe -ArgumentList '/set {current} hypervisorlaunchtype auto' -Wait -NoNewWindow")]
    [InlineData("Start-Process bcdedit.exe -ArgumentList '/set', '{current}', 'hypervisorlaunchtype', 'auto'")]
    [InlineData("cmd /c \"bcdedit /set {current} hypervisorlaunchtype auto\"")]
    [InlineData("cmd.exe /c bcdedit /set '{current}' hypervisorlaunchtype auto")]
    public void Bcdedit_calls_in_every_form_become_a_bcd_write(string line)
    {
        var result = Ps(line);

        var w = Assert.Single(result.Writes.OfType<BcdWrite>());
        Assert.Equal("{current}", w.Object.ToString());
        Assert.Equal("hypervisorlaunchtype", w.Element);
        Assert.Equal("auto", w.Value?.Text);
        Assert.Equal("auto", result.Text(w.ValueSpan).Trim('\'', '"'));
    }

    [Theory]
    [InlineData("reg add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration\" /v MaximumActiveTransfers /t REG_DWORD /d 8 /f")]
    [InlineData("reg.exe add 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration' /v MaximumActiveTransfers /t REG_DWORD /d 8 /f")]
    [InlineData("$key = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration'; & reg add $key /v MaximumActiveTransfers /t REG_DWORD /d 8 /f")]
    [InlineData("cmd /c 'reg add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration\" /v MaximumActiveTransfers /t REG_DWORD /d 8 /f'")]
    [InlineData("Start-Process reg.exe -ArgumentList 'add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration\" /v MaximumActiveTransfers /t REG_DWORD /d 8 /f' -Wait")]
    public void Reg_add_in_every_form_becomes_a_registry_write(string line)
    {
        var result = Ps(line);

        var w = Assert.Single(result.Registry(), x => x.IsValueWrite);
        Assert.Equal(MigrationText, w.Key.Text);
        Assert.Equal("MaximumActiveTransfers", w.ValueName);
        Assert.Equal(8UL, w.Data!.Number);
        Assert.Equal("8", result.Text(w.DataSpan));
    }
}

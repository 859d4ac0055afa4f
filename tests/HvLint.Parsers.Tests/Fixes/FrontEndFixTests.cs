using HvLint.Core.Fixes;
using HvLint.TestKit;

namespace HvLint.Parsers.Tests.Fixes;

/// <summary>
/// The front ends' own findings that carry a safe fix: applying it removes the finding and
/// brings no new one, and the descriptor says it can fix.
/// </summary>
public class FrontEndFixTests
{
    [Theory]
    [InlineData(".cmd", "HV0900", "@echo off\r\nreg add HKLM\\SOFTWARE\\Test /v V /t REG_DWORD /d 1\r\n", "@echo off\r\nreg add HKLM\\SOFTWARE\\Test /v V /t REG_DWORD /d 1 /f\r\n")]
    [InlineData(".cmd", "HV0900", "reg delete \"HKLM\\SOFTWARE\\Test\" /v V >nul 2>&1\r\n", "reg delete \"HKLM\\SOFTWARE\\Test\" /v V /f >nul 2>&1\r\n")]
    [InlineData(".ps1", "HV0900", "reg add 'HKLM\\SOFTWARE\\Test' /v V /t REG_DWORD /d 1\r\n", "reg add 'HKLM\\SOFTWARE\\Test' /v V /t REG_DWORD /d 1 /f\r\n")]
    [InlineData(".ps1", "HV0952", "bcdedit /set {current} hypervisorlaunchtype auto\r\n", "bcdedit /set '{current}' hypervisorlaunchtype auto\r\n")]
    [InlineData(".ps1", "HV0951", "Set-ItemProperty -Path HKLM:SOFTWARE\\Test -Name V -Value 1 -Type DWord\r\n", "Set-ItemProperty -Path HKLM:\\SOFTWARE\\Test -Name V -Value 1 -Type DWord\r\n")]
    [InlineData(".ps1", "HV0951", "Set-ItemProperty -Path 'HKLM:SOFTWARE\\Test' -Name V -Value 1 -Type DWord\r\n", "Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Test' -Name V -Value 1 -Type DWord\r\n")]
    [InlineData(".ps1", "HV0953", "New-ItemProperty -Path 'HKLM:\\SOFTWARE\\Test' -Name V -Value 1 -PropertyType 'REG_DWORD' -Force\r\n", "New-ItemProperty -Path 'HKLM:\\SOFTWARE\\Test' -Name V -Value 1 -PropertyType 'DWord' -Force\r\n")]
    [InlineData(".reg", "HV0002", "Windows Registry Editor Version 5.00  \t\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]\r\n\"V\"=dword:00000001\r\n", "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]\r\n\"V\"=dword:00000001\r\n")]
    [InlineData(".reg", "HV0002", "windows registry editor version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]\r\n\"V\"=dword:00000001\r\n", "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]\r\n\"V\"=dword:00000001\r\n")]
    [InlineData(".reg", "HV0002", "\r\n\r\nREGEDIT4\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]\r\n\"V\"=dword:00000001\r\n", "REGEDIT4\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]\r\n\"V\"=dword:00000001\r\n")]
    [InlineData(".reg", "HV0019", "REGEDIT4 \r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]\r\n\"V\"=dword:00000001\r\n", "REGEDIT4\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]\r\n\"V\"=dword:00000001\r\n")]
    [InlineData(".reg", "HV0005", "Windows Registry Editor Version 5.00\r\n\r\n[HKLM\\SOFTWARE\\Test]\r\n\"V\"=dword:00000001\r\n", "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]\r\n\"V\"=dword:00000001\r\n")]
    [InlineData(".reg", "HV0005", "Windows Registry Editor Version 5.00\r\n\r\n[-HKLM:\\SOFTWARE\\Test]\r\n", "Windows Registry Editor Version 5.00\r\n\r\n[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]\r\n")]
    [InlineData(".reg", "HV0018", "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]\r\n\"V\"=dword:00000001 # one\r\n\"W\"=\"x\"\t;two\r\n", "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]\r\n\"V\"=dword:00000001 ; one\r\n\"W\"=\"x\"\t;two\r\n")]
    public void The_fix_removes_the_finding_and_brings_no_new_one(string extension, string id, string before, string after)
    {
        var findings = RuleVerifier.Lint(before, extension).Diagnostics;
        var finding = Assert.Single(findings, d => d.Rule.Id == id);
        var fix = Assert.Single(finding.Fixes);
        Assert.Equal(FixApplicability.Safe, fix.Applicability);
        Assert.Equal(FixApplicability.Safe, finding.Rule.Fix?.Applicability);

        var text = FixApplier.Apply(before, fix.Edits);

        Assert.Equal(after, text);
        var remaining = RuleVerifier.Lint(text, extension).Diagnostics;
        Assert.DoesNotContain(remaining, d => d.Rule.Id == id);
        Assert.Empty(remaining.Select(d => d.Rule.Id).Except(findings.Select(d => d.Rule.Id)));
    }

    [Theory]
    [InlineData(".cmd", "HV0900", "set ARGS=/v V /d 1\r\nreg add HKLM\\SOFTWARE\\Test %ARGS%\r\n")]
    [InlineData(".ps1", "HV0951", "$p = 'HKLM:SOFTWARE\\Test'\r\nSet-ItemProperty -Path $p -Name V -Value 1 -Type DWord\r\n")]
    [InlineData(".ps1", "HV0953", "New-ItemProperty -Path 'HKLM:\\SOFTWARE\\Test' -Name V -Value 1 -PropertyType REG_WORD -Force\r\n")]
    [InlineData(".reg", "HV0002", "Windows Registry Editor\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]\r\n")]
    [InlineData(".reg", "HV0018", "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]\r\n\"V\"=hex:01,02 # more \\\r\n  03\r\n")]
    public void A_finding_whose_edit_is_not_certain_has_no_fix(string extension, string id, string text)
    {
        var finding = Assert.Single(RuleVerifier.Lint(text, extension).Diagnostics, d => d.Rule.Id == id);

        Assert.Empty(finding.Fixes);
    }
}

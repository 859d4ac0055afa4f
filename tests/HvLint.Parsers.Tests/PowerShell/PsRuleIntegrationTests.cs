using HvLint.TestKit;

namespace HvLint.Parsers.Tests.PowerShell;

/// <summary>
/// The same rules as for .reg files, reported at the token a person would edit: the literal in
/// the command, the assignment of the variable, or the element of a settings table.
/// </summary>
public class PsRuleIntegrationTests
{
    private const string Migration = @"HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";

    [Fact]
    public void A_string_where_a_dword_is_read_is_a_type_finding_at_the_value()
    {
        RuleVerifier.Verify($"Set-ItemProperty -Path '{Migration}' -Name MaximumActiveStorageMigrationCount -Value {{|HV0201:'4'|}}\n", ".ps1");
    }

    [Fact]
    public void Findings_through_a_variable_point_at_its_assignment()
    {
        RuleVerifier.Verify($$"""
            $transfers = {|HV0301:2000|}
            Set-ItemProperty -Path '{{Migration}}' -Name MaximumActiveTransfers -Value $transfers
            """, ".ps1");
    }

    [Fact]
    public void Findings_from_a_settings_table_point_at_the_element()
    {
        var result = RuleVerifier.Verify($$"""
            $settings = @{
                MaximumActiveTransfers = {|HV0301:2000|}
                {|HV0101:EnableCompresion|} = 1
                MaximumActiveStorageMigrationCount = 2
            }
            foreach ($name in $settings.Keys) {
                Set-ItemProperty -Path '{{Migration}}' -Name $name -Value $settings[$name]
            }
            """, ".ps1");

        var related = Assert.Single(result.Diagnostics[0].Related);
        Assert.Equal(7, related.Location.Start.Line);
    }

    [Fact]
    public void Explicit_types_and_dsc_resources_are_checked_like_reg_files()
    {
        RuleVerifier.Verify($$"""
            New-ItemProperty -Path '{{Migration}}' -Name MaximumActiveTransfers -PropertyType String -Value {|HV0201:8|} -Force
            Configuration T {
                Node localhost {
                    Registry R {
                        Key = 'HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Worker'
                        ValueName = 'MaxNestedTlbSize'
                        ValueData = {|HV0301:'16'|}
                        ValueType = 'DWord'
                    }
                }
            }
            """, ".ps1");
    }

    [Theory]
    [InlineData("$v = Read-Host 'n'\nSet-ItemProperty -Path '{0}' -Name MaximumActiveTransfers -Value $v")]
    [InlineData("param([int]$v = 2000)\nSet-ItemProperty -Path '{0}' -Name MaximumActiveTransfers -Value $v")]
    [InlineData("Get-ItemProperty -Path '{0}' -Name MaximumActiveTransfers")]
    [InlineData("Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Contoso' -Name MaximumActiveTransfers -Value '2000'")]
    [InlineData("Set-ItemProperty -Path '{0}' -Name MaximumActiveTransfers -Value 2000 -WhatIf")]
    public void Nothing_is_reported_on_what_cannot_be_resolved_or_is_not_written(string script)
    {
        RuleVerifier.Verify(string.Format(System.Globalization.CultureInfo.InvariantCulture, script, Migration), ".ps1");
    }
}

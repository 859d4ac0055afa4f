using HvLint.Core.Model;
using HvLint.Parsers.PowerShell;
using static HvLint.Parsers.Tests.PowerShell.PsTestHelpers;

namespace HvLint.Parsers.Tests.PowerShell;

/// <summary>DSC Registry resources, read the same on every OS without the DSC schema store's errors.</summary>
public class PsDscTests
{
    private const string Configuration = """
        Configuration HyperVHostTuning
        {
            param ([string[]] $ComputerName = 'localhost')
            Import-DscResource -ModuleName PSDesiredStateConfiguration

            Node $ComputerName
            {
                Registry MaximumActiveTransfers
                {
                    Key       = 'HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration'
                    ValueName = 'MaximumActiveTransfers'
                    ValueData = '8'
                    ValueType = 'Dword'
                    Ensure    = 'Present'
                }

                Registry HexValue
                {
                    Key       = 'HKLM:\SYSTEM\CurrentControlSet\Services\VmsMp\Parameters'
                    ValueName = 'TenantNetworkMtu'
                    ValueData = '5DC'
                    ValueType = 'DWord'
                    Hex       = $true
                }

                Registry Writers
                {
                    Key       = 'HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Virtualization\ExcludedVssWriters'
                    ValueName = 'Writers'
                    ValueData = @('a', 'b')
                    ValueType = 'MultiString'
                }

                Registry Text { Key = 'HKEY_LOCAL_MACHINE\SOFTWARE\Test'; ValueName = 'Name'; ValueData = 'x' }

                Registry RemoveOld
                {
                    Key       = 'HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization'
                    ValueName = 'Old'
                    Ensure    = 'Absent'
                }

                Registry RemoveKey
                {
                    Key       = 'HKEY_LOCAL_MACHINE\SOFTWARE\Test\Old'
                    ValueName = ''
                    Ensure    = 'Absent'
                }
            }
        }

        HyperVHostTuning -OutputPath C:\Dsc
        """;

    [Fact]
    public void Registry_resources_become_writes_without_parse_findings()
    {
        var result = Ps(Configuration);
        result.AssertNoFindings();
        var w = result.Registry();

        Assert.Equal(6, w.Length);
        Assert.Equal((RegistryOperation.SetValue, "MaximumActiveTransfers", RegistryValueType.DWord, 8UL), (w[0].Operation, w[0].ValueName, w[0].Data!.Type, w[0].Data!.Number!.Value));
        Assert.Equal(TypeOrigin.Explicit, w[0].TypeOrigin);
        Assert.Equal("'8'", result.Text(w[0].DataSpan));
        Assert.Equal("'MaximumActiveTransfers'", result.Text(w[0].NameSpan));
        Assert.Equal(1500UL, w[1].Data!.Number);
        Assert.Equal(["a", "b"], w[2].Data!.Strings!);
        Assert.Equal((RegistryValueType.String, TypeOrigin.ToolDefault), (w[3].Data!.Type, w[3].TypeOrigin));
        Assert.Equal((RegistryOperation.DeleteValue, "Old"), (w[4].Operation, w[4].ValueName));
        Assert.Equal(RegistryOperation.DeleteKey, w[5].Operation);
    }

    [Fact]
    public void The_configuration_keyword_is_replaced_by_a_keyword_of_the_same_length()
    {
        var (_, _, errors, configurations) = PowerShellFrontEnd.Parse(Configuration);

        Assert.Empty(errors);
        Assert.Equal([0], configurations);
    }

    [Fact]
    public void The_word_configuration_in_strings_and_comments_is_left_alone()
    {
        var result = Ps($$"""
            # Configuration notes: this is not DSC
            $text = @'
            configuration Foo
            '@
            Set-ItemProperty '{{Migration}}' -Name X -Value 'configuration Bar'
            """);
        var w = result.SingleRegistry();

        Assert.Equal("configuration Bar", w.Data!.Text);
    }

    [Fact]
    public void A_meta_configuration_attribute_is_valid_dsc_not_a_syntax_error()
    {
        // The LCM meta-configuration of microsoft/MSLab's deployment script: valid in Windows
        // PowerShell 5.1, once reported as "Unexpected attribute".
        var result = Ps($$"""
            [DSCLocalConfigurationManager()]
            Configuration PullClientConfig
            {
                Node localhost { Settings { RefreshMode = 'Pull' } }
            }
            [ DscLocalConfigurationManager ( ) ]  configuration Meta2 { }
            # [DSCLocalConfigurationManager()] stays text when no Configuration follows
            Set-ItemProperty '{{Migration}}' -Name MaximumActiveTransfers -Value 4
            """);

        Assert.DoesNotContain(result.Diagnostics, d => d.Rule.Id == "HV0040");
        Assert.Equal(4UL, result.SingleRegistry().Data!.Number);
    }

    [Fact]
    public void An_attribute_before_a_function_is_still_a_syntax_error()
    {
        var result = Ps("""
            [DSCLocalConfigurationManager()]
            function NotDsc { }
            """);

        Assert.Contains(result.Diagnostics, d => d.Rule.Id == "HV0040");
    }

    [Fact]
    public void Real_syntax_errors_inside_a_configuration_are_still_reported()
    {
        var result = Ps("""
            Configuration Broken
            {
                Node localhost
                {
                    Registry X { Key = 'HKEY_LOCAL_MACHINE\SOFTWARE\Test'; ValueName = 'X'; ValueData = '1 }
                }
            }
            """);

        Assert.Contains(result.Diagnostics, d => d.Rule.Id == "HV0040");
    }

    [Fact]
    public void Reg_type_names_in_a_resource_are_a_finding()
    {
        var result = Ps("""
            Configuration T { Node localhost { Registry X { Key = 'HKEY_LOCAL_MACHINE\SOFTWARE\Test'; ValueName = 'X'; ValueData = '1'; ValueType = 'REG_DWORD' } } }
            """);

        Assert.Equal("'REG_DWORD'", result.Text(result.Finding("HV0953").Location.Span));
        Assert.Empty(result.Writes);
    }
}

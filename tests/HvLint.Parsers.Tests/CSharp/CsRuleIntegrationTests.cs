using HvLint.TestKit;

namespace HvLint.Parsers.Tests.CSharp;

/// <summary>
/// The same rules as for .reg files and scripts, reported at the C# literal a person would
/// edit: the argument itself, or the literal of the constant it names.
/// </summary>
public class CsRuleIntegrationTests
{
    private const string Migration = @"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";

    [Fact]
    public void A_misspelt_value_name_is_found_at_the_name_literal()
    {
        RuleVerifier.Verify($$"""
            using Microsoft.Win32;

            Registry.SetValue(@"{{Migration}}", {|HV0101:"EnableCompresion"|}, 1);
            """, ".cs");
    }

    [Fact]
    public void Type_and_range_findings_point_at_the_value_and_through_a_constant_at_its_literal()
    {
        RuleVerifier.Verify($$"""
            using Microsoft.Win32;

            class Tuning
            {
                const string Migration = @"{{Migration}}";
                const int Transfers = {|HV0301:2000|};

                static void Main()
                {
                    Registry.SetValue(Migration, "MaximumActiveStorageMigrationCount", {|HV0201:"4"|});
                    Registry.SetValue(Migration, "MaximumActiveTransfers", Transfers);
                }
            }
            """, ".cs");
    }

    [Fact]
    public void A_value_computed_at_run_time_gets_no_value_finding()
    {
        RuleVerifier.Verify($$"""
            using Microsoft.Win32;

            class Tuning
            {
                static void Main(string[] args)
                {
                    Registry.SetValue(@"{{Migration}}", "MaximumActiveTransfers", int.Parse(args[0]));
                    Registry.SetValue(@"{{Migration}}", "MaximumActiveStorageMigrationCount", args[1]);
                }
            }
            """, ".cs");
    }

    [Fact]
    public void A_write_through_the_32_bit_view_is_HV0801()
    {
        RuleVerifier.Verify("""
            using Microsoft.Win32;

            using var hklm = RegistryKey.OpenBaseKey(RegistryHive.LocalMachine, RegistryView.Registry32);
            using var key = hklm.CreateSubKey({|HV0801:@"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration"|});
            key.SetValue("MaximumActiveTransfers", 8);
            """, ".cs");
    }

    [Fact]
    public void A_comment_directive_suppresses_a_finding_in_a_cs_file()
    {
        RuleVerifier.Verify($$"""
            using Microsoft.Win32;

            // hvlint-disable-next-line HV0101 -- read by the Contoso agent
            Registry.SetValue(@"{{Migration}}", "ContosoAgentVersion", 1);
            Registry.SetValue(@"{{Migration}}", {|HV0101:"EnableCompresion"|}, 1);
            """, ".cs");
    }
}

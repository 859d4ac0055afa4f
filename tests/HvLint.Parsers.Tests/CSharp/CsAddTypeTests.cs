using HvLint.Core.Model;
using HvLint.TestKit;
using static HvLint.Parsers.Tests.PowerShell.PsTestHelpers;

namespace HvLint.Parsers.Tests.CSharp;

/// <summary>The C# of Add-Type in a PowerShell script, with spans placed back in the script.</summary>
public class CsAddTypeTests
{
    [Fact]
    public void A_TypeDefinition_here_string_gives_writes_at_the_scripts_characters()
    {
        var result = Ps("""
            Add-Type -TypeDefinition @'
            public static class T
            {
                public static void Apply()
                {
                    Microsoft.Win32.Registry.SetValue(@"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration", "MaximumActiveTransfers", 8);
                }
            }
            '@
            """.ReplaceLineEndings("\r\n"));
        var w = result.SingleRegistry();

        Assert.Equal(("MaximumActiveTransfers", 8UL), (w.ValueName, w.Data!.Number));
        Assert.Equal("\"MaximumActiveTransfers\"", result.Text(w.NameSpan));
        Assert.Equal("8", result.Text(w.DataSpan));
        Assert.Equal(6, result.Source.GetPosition(w.NameSpan!.Value.Start).Line);
        Assert.Equal(WriteForm.CSharp, w.Form);
        Assert.True(w.IsConditional);
    }

    [Fact]
    public void A_positional_definition_held_in_a_variable_and_a_single_quoted_one_with_doubled_quotes()
    {
        var result = Ps("""
            $code = @'
            class T { void A() { Microsoft.Win32.Registry.SetValue(@"HKEY_LOCAL_MACHINE\SOFTWARE\A", "One", 1); } }
            '@
            Add-Type $code
            Add-Type -TypeDefinition 'class U { void B() { Microsoft.Win32.Registry.SetValue(@"HKEY_LOCAL_MACHINE\SOFTWARE\A", "It''s", 1); } }'
            """);
        var w = result.Registry();

        Assert.Equal(["One", "It's"], w.Select(x => x.ValueName));
        Assert.Equal("\"One\"", result.Text(w[0].NameSpan));
        Assert.Equal("\"It''s\"", result.Text(w[1].NameSpan));
    }

    [Fact]
    public void A_MemberDefinition_is_read_inside_the_class_Add_Type_wraps_it_in()
    {
        var result = Ps("""
            Add-Type -Name Boot -Namespace Contoso -MemberDefinition '
                public static void On() { System.Diagnostics.Process.Start("bcdedit", "/set {current} hypervisorlaunchtype auto"); }
            '
            """);
        var w = Assert.IsType<BcdWrite>(Assert.Single(result.Writes));

        Assert.Equal("auto", result.Text(w.ValueSpan));
        Assert.Equal("hypervisorlaunchtype", result.Text(w.ElementSpan));
    }

    [Fact]
    public void Other_languages_files_and_code_computed_at_run_time_are_not_read()
    {
        var result = Ps("""
            Add-Type -Language VisualBasic -TypeDefinition 'Class T : Sub A() : Microsoft.Win32.Registry.SetValue("HKEY_LOCAL_MACHINE\SOFTWARE\A", "X", 1) : End Sub : End Class'
            Add-Type -Path .\Tuning.cs
            Add-Type -TypeDefinition (Get-Content .\Tuning.cs -Raw)
            """);

        Assert.Empty(result.Writes);
    }

    [Fact]
    public void Rules_report_the_mistakes_at_the_literal_in_the_here_string()
    {
        RuleVerifier.Verify("""
            Add-Type -TypeDefinition @'
            using Microsoft.Win32;
            public static class T
            {
                const string Migration = @"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";
                public static void Apply()
                {
                    Registry.SetValue(Migration, {|HV0101:"EnableCompresion"|}, 1);
                    Registry.SetValue(Migration, "MaximumActiveStorageMigrationCount", {|HV0201:"4"|});
                }
            }
            '@
            """, ".ps1");
    }
}

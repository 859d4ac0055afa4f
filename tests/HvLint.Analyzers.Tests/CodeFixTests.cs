namespace HvLint.Analyzers.Tests;

/// <summary>The fixes of HvLint's findings as code actions: the edit hvlint's fix model makes, inside the literal, and nothing else.</summary>
public sealed class CodeFixTests
{
    private const string Migration = @"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";

    [Fact]
    public async Task The_did_you_mean_rename_rewrites_the_string_literal()
    {
        await new CodeFixTest(
            $$"""
            using Microsoft.Win32;

            class Tuning
            {
                static void Main() => Registry.SetValue(@"{{Migration}}", {|HV0101:"MaximumActiveTransfer"|}, 8, RegistryValueKind.DWord);
            }
            """,
            $$"""
            using Microsoft.Win32;

            class Tuning
            {
                static void Main() => Registry.SetValue(@"{{Migration}}", "MaximumActiveTransfers", 8, RegistryValueKind.DWord);
            }
            """).RunAsync();
    }

    [Fact]
    public async Task A_verbatim_literal_stays_verbatim()
    {
        await new CodeFixTest(
            $$"""
            using Microsoft.Win32;

            class Tuning
            {
                static void Main() => Registry.SetValue(@"{{Migration}}", {|HV0101:@"MaximumActiveTransfer"|}, 8);
            }
            """,
            $$"""
            using Microsoft.Win32;

            class Tuning
            {
                static void Main() => Registry.SetValue(@"{{Migration}}", @"MaximumActiveTransfers", 8);
            }
            """).RunAsync();
    }

    [Fact]
    public async Task A_name_built_by_concatenation_gets_no_fix()
    {
        var source = $$"""
            using Microsoft.Win32;

            class Tuning
            {
                static void Main() => Registry.SetValue(@"{{Migration}}", {|HV0101:"MaximumActive" + "Transfer"|}, 8);
            }
            """;
        await new CodeFixTest(source, source).RunAsync();
    }
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace HvLint.Analyzers.Tests;

/// <summary>
/// HvLint's findings as a C# project's diagnostics: the rule, where, how severe, and how a project
/// turns them down (.editorconfig, #pragma, hvlint.json), checked with Roslyn's own test harness.
/// </summary>
public sealed class AnalyzerTests
{
    private const string Migration = @"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";

    private static string Misspelt(string name) => $$"""
        using Microsoft.Win32;

        class Tuning
        {
            static void Apply() => Registry.SetValue(@"{{Migration}}", {{name}}, 2, RegistryValueKind.DWord);
        }
        """;

    [Fact]
    public async Task A_misspelt_value_name_is_a_warning_at_its_string_literal()
    {
        await new AnalyzerTest(Misspelt("""{|HV0101:"MaximumActiveTransfer"|}""")).RunAsync();
    }

    [Fact]
    public async Task Findings_through_a_constant_point_at_the_constants_literal_with_the_rules_severity()
    {
        // HV0301 and HV0201 are errors by default, HV0101 a warning: the harness compares severities too.
        await new AnalyzerTest($$"""
            using Microsoft.Win32;

            class Tuning
            {
                const string Migration = @"{{Migration}}";
                const int Transfers = {|HV0301:2000|};

                static void Apply()
                {
                    Registry.SetValue(Migration, "MaximumActiveStorageMigrationCount", {|HV0201:"4"|});
                    Registry.SetValue(Migration, "MaximumActiveTransfers", Transfers);
                }
            }
            """).RunAsync();
    }

    [Fact]
    public async Task A_constant_of_another_file_is_judged_at_its_use_in_the_file_of_the_write()
    {
        // The analyzer hands the front end the compiler's semantic model, which folds constants
        // across files; a finding stays in the file of the write, never at an offset of another.
        var test = new AnalyzerTest($$"""
            using Microsoft.Win32;

            class Tuning
            {
                static void Main() => Registry.SetValue(@"{{Migration}}", {|HV0101:Names.Transfers|}, 8);
            }
            """);
        test.TestState.Sources.Add(("/0/Names.cs", """
            static class Names
            {
                public const string Transfers = "MaximumActiveTransfer";
            }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_value_computed_at_run_time_is_not_judged()
    {
        await new AnalyzerTest($$"""
            using Microsoft.Win32;

            class Tuning
            {
                static void Apply(string[] args) => Registry.SetValue(@"{{Migration}}", "MaximumActiveTransfers", int.Parse(args[0]));
            }
            """).RunAsync();
    }

    [Fact]
    public async Task The_message_is_hvlints_own_and_names_the_value()
    {
        var test = new AnalyzerTest(Misspelt("""{|#0:"MaximumActiveTransfer"|}"""));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("HV0101", DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithMessage(@"'MaximumActiveTransfer' is not a value that Hyper-V reads under 'HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration'; Windows stores it and never reads it. Did you mean 'MaximumActiveTransfers'?"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Editorconfig_none_turns_a_rule_off()
    {
        var test = new AnalyzerTest(Misspelt("\"MaximumActiveTransfer\""));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.HV0101.severity = none\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Editorconfig_suggestion_makes_a_warning_a_suggestion()
    {
        // 'error' is checked by PackageTests in a real build: the compiler marks a warning made
        // an error as such, which this harness reports as a warning.
        var test = new AnalyzerTest(Misspelt("""{|#0:"MaximumActiveTransfer"|}"""));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.HV0101.severity = suggestion\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("HV0101", DiagnosticSeverity.Info).WithLocation(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_pragma_suppresses_a_finding_on_its_lines()
    {
        var test = new AnalyzerTest($$"""
            using Microsoft.Win32;

            class Tuning
            {
                static void Apply()
                {
            #pragma warning disable HV0101 // read by our own agent
                    Registry.SetValue(@"{{Migration}}", "ContosoAgentSetting", 1);
            #pragma warning restore HV0101
                    Registry.SetValue(@"{{Migration}}", {|HV0101:"MaximumActiveTransfer"|}, 8);
                }
            }
            """);
        // The harness's own check wraps the file in '#pragma warning disable', which the restore above ends.
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        await test.RunAsync();
    }

    [Fact]
    public async Task SuppressMessage_and_hvlints_own_comment_suppress_as_in_any_build()
    {
        await new AnalyzerTest($$"""
            using System.Diagnostics.CodeAnalysis;
            using Microsoft.Win32;

            class Tuning
            {
                [SuppressMessage("HvLint", "HV0101", Justification = "read by our own agent")]
                static void Agent() => Registry.SetValue(@"{{Migration}}", "ContosoAgentSetting", 1);

                static void Apply()
                {
                    // hvlint-disable-next-line HV0101 -- read by our own agent
                    Registry.SetValue(@"{{Migration}}", "ContosoOtherSetting", 1);
                    Registry.SetValue(@"{{Migration}}", {|HV0101:"MaximumActiveTransfer"|}, 8);
                }
            }
            """).RunAsync();
    }

    [Fact]
    public async Task Hvlint_json_above_the_file_applies_as_for_hvlint_check()
    {
        var dir = Directory.CreateTempSubdirectory("hvlint-analyzer-config-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "hvlint.json"), """{ "rules": { "HV0101": "off", "HV0301": "warning" } }""");
            var test = new AnalyzerTest(string.Empty);
            test.TestState.Sources.Clear();
            test.TestState.Sources.Add((Path.Combine(dir.FullName, "Tuning.cs"), $$"""
                using Microsoft.Win32;

                class Tuning
                {
                    static void Apply()
                    {
                        Registry.SetValue(@"{{Migration}}", "MaximumActiveTransfer", 2);
                        Registry.SetValue(@"{{Migration}}", "MaximumActiveTransfers", {|#0:2000|});
                    }
                }
                """));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("HV0301", DiagnosticSeverity.Warning).WithLocation(0));
            await test.RunAsync();
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_broken_hvlint_json_is_one_warning_and_its_files_are_not_checked()
    {
        var dir = Directory.CreateTempSubdirectory("hvlint-analyzer-config-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "hvlint.json"), """{ "rules": { "HV9999": "off" } }""");
            var test = new AnalyzerTest(string.Empty);
            test.TestState.Sources.Clear();
            test.TestState.Sources.Add((Path.Combine(dir.FullName, "A.cs"), Misspelt("\"MaximumActiveTransfer\"")));
            test.TestState.Sources.Add((Path.Combine(dir.FullName, "B.cs"), Misspelt("\"MaximumActiveTransfer\"").Replace("class Tuning", "class Tuning2", StringComparison.Ordinal)));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("HVA001", DiagnosticSeverity.Warning).WithMessage(null!).WithNoLocation());
            test.MarkupOptions = MarkupOptions.None;
            await test.RunAsync();
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_reg_file_among_the_additional_files_is_checked_too()
    {
        var test = new AnalyzerTest("class Empty { }");
        const string reg = "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]\r\n\"MaximumActiveTransfer\"=dword:00000002\r\n";
        test.TestState.AdditionalFiles.Add(("/0/tuning.reg", reg));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("HV0101", DiagnosticSeverity.Warning).WithSpan("/0/tuning.reg", 4, 1, 4, 24));
        await test.RunAsync();
    }

    [Fact]
    public async Task Checking_cs_files_never_loads_the_PowerShell_assemblies()
    {
        await new AnalyzerTest(Misspelt("""{|HV0101:"MaximumActiveTransfer"|}""")).RunAsync();
        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "System.Management.Automation");
    }
}

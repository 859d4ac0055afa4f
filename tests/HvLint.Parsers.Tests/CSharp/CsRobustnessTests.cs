using System.Reflection;
using HvLint.Parsers.CSharp;
using static HvLint.Parsers.Tests.CSharp.CsTestHelpers;

namespace HvLint.Parsers.Tests.CSharp;

/// <summary>Broken, unusual and unrelated C#: the front end reads what parsed and never throws.</summary>
public class CsRobustnessTests
{
    [Fact]
    public void A_file_that_does_not_parse_still_gives_the_writes_that_did()
    {
        var result = Cs("""
            using Microsoft.Win32;
            class Broken
            {
                static void Main(
                {
                    Registry.SetValue(@"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration", "MaximumActiveTransfers", 8);
                    int x = ;
                    Registry.SetValue(@"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration", "EnableCompression", 1
            """);

        Assert.Equal(["MaximumActiveTransfers", "EnableCompression"], result.Registry().Select(w => w.ValueName));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_file_without_registry_or_process_code_gives_nothing()
    {
        var result = Cs("""
            namespace App;
            public sealed class Calculator
            {
                public int Add(int a, int b) => a + b;
                public void SetValue(string name, int value) { }
            }
            """);

        Assert.Empty(result.Writes);
        Assert.Empty(result.Diagnostics);
        Assert.False(CSharpFileExtractor.MayWrite(result.Source.Text));
    }

    [Fact]
    public void A_SetValue_that_is_not_the_registry_is_no_write()
    {
        var result = CsMain("""
            var settings = new System.Collections.Generic.Dictionary<string, int>();
            Settings.SetValue("MaximumActiveTransfers", 8);
            Registry.SetValue("not a key", "x", 1);
            """);

        Assert.Empty(result.Writes);
    }

    [Fact]
    public void A_long_concatenation_and_deep_nesting_do_not_overflow()
    {
        var chain = string.Join(" + ", Enumerable.Repeat("\"a\"", 20_000));
        var nested = new string('(', 3_000) + "1" + new string(')', 3_000);
        var result = CsMain($$"""
            Registry.SetValue(@"HKEY_LOCAL_MACHINE\SOFTWARE\A", {{chain}}, {{nested}});
            """);

        var w = Assert.Single(result.Registry());
        Assert.Equal(20_000, w.ValueName!.Length);
    }

    [Fact]
    public void Comments_are_handed_to_suppressions()
    {
        var result = Cs("""
            // hvlint-disable-next-line HV0101 -- read by our agent
            /* block */
            class C { Microsoft.Win32.RegistryKey? Key; }
            """);

        Assert.Equal(["// hvlint-disable-next-line HV0101 -- read by our agent", "/* block */"], result.Comments.Select(c => result.Text(c.Span)));
        Assert.Equal(" block ", result.Text(result.Comments[1].Body));
    }

    [Fact]
    public void The_extractor_class_names_no_Roslyn_type()
    {
        var type = typeof(CSharpFileExtractor);
        const BindingFlags all = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var types = type.GetFields(all).Select(f => f.FieldType)
            .Concat(type.GetProperties(all).Select(p => p.PropertyType))
            .Concat(type.GetMethods(all).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)));

        Assert.DoesNotContain(types, t => t.Assembly.GetName().Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }
}

using System.Text;
using HvLint.Core.Engine;
using HvLint.Core.Model;
using HvLint.Parsers.CSharp;
using HvLint.Parsers.Tests.Reg;

namespace HvLint.Parsers.Tests.CSharp;

/// <summary>Runs the C# front end on source text and reads its output.</summary>
internal static class CsTestHelpers
{
    public const string MigrationText = @"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";

    /// <summary>A C# file saved as UTF-8.</summary>
    public static ExtractionResult Cs(string text, string path = "Test.cs") =>
        new CSharpFileExtractor().Extract(path, Encoding.UTF8.GetBytes(text));

    /// <summary>Statements wrapped in a class and method, as a program would hold them.</summary>
    public static ExtractionResult CsMain(string statements, string members = "") => Cs($$"""
        using System.Diagnostics;
        using Microsoft.Win32;

        internal static class Program
        {
        {{members}}
            private static void Main(string[] args)
            {
        {{statements}}
            }
        }
        """);

    public static RegistryWrite[] Registry(this ExtractionResult result) => result.Writes.OfType<RegistryWrite>().ToArray();

    public static RegistryWrite SingleRegistry(this ExtractionResult result)
    {
        RegTestHelpers.AssertNoFindings(result);
        return Assert.Single(result.Registry());
    }

    public static string Text(this ExtractionResult result, Core.Text.TextSpan? span) => RegTestHelpers.Text(result, span);
}

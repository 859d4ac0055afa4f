using System.Text;
using HvLint.Core.Engine;
using HvLint.Core.Model;
using HvLint.Parsers.PowerShell;
using HvLint.Parsers.Tests.Reg;

namespace HvLint.Parsers.Tests.PowerShell;

/// <summary>Runs the PowerShell front end on script text and reads its output.</summary>
internal static class PsTestHelpers
{
    public const string Migration = @"HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";
    public const string MigrationText = @"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";

    /// <summary>A script saved as UTF-8 with a byte-order mark (so no encoding finding).</summary>
    public static ExtractionResult Ps(string text, string path = "test.ps1") =>
        new PowerShellScriptExtractor().Extract(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);

    public static RegistryWrite[] Registry(this ExtractionResult result) => result.Writes.OfType<RegistryWrite>().ToArray();

    public static RegistryWrite SingleRegistry(this ExtractionResult result)
    {
        result.AssertNoFindings();
        return Assert.Single(result.Registry());
    }

    public static void AssertNoFindings(this ExtractionResult result) => RegTestHelpers.AssertNoFindings(result);

    public static Core.Diagnostics.Diagnostic Finding(this ExtractionResult result, string id) => RegTestHelpers.Finding(result, id);

    public static string Text(this ExtractionResult result, Core.Text.TextSpan? span) => RegTestHelpers.Text(result, span);
}

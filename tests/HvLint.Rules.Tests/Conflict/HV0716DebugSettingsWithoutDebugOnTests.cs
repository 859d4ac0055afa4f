using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0716 (DebugSettingsWithoutDebugOn) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0716DebugSettingsWithoutDebugOnTests
{
    private const string Cmd = ".cmd";

    [Fact]
    public void HV0716_reports_transport_settings_without_the_debugger()
    {
        RuleVerifier.Verify<HV0716DebugSettingsWithoutDebugOn>("bcdedit /hypervisorsettings {|HV0716:SERIAL|} DEBUGPORT:1 BAUDRATE:115200\r\n", Cmd);
        RuleVerifier.Verify<HV0716DebugSettingsWithoutDebugOn>("bcdedit /set {hypervisorsettings} hypervisorbaudrate 57600\r\n", Cmd);
    }

    [Fact]
    public void Bcd_identifiers_in_the_advice_are_quoted_for_powershell_only()
    {
        Assert.EndsWith("Add bcdedit /set '{current}' hypervisordebug on.", Message("bcdedit /set '{hypervisorsettings}' hypervisordebugtype serial\n", ".ps1"), StringComparison.Ordinal);
        Assert.EndsWith("Add bcdedit /set {current} hypervisordebug on.", Message("bcdedit /set {hypervisorsettings} hypervisordebugtype serial\r\n", Cmd), StringComparison.Ordinal);
    }

    private static string Message(string text, string extension) =>
        Assert.Single(RuleVerifier.Lint<HV0716DebugSettingsWithoutDebugOn>(text, extension).Diagnostics, d => d.Rule.Id == "HV0716").Message;
}

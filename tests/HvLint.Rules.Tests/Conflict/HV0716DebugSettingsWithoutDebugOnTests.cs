using HvLint.Rules.Bcd;
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
}

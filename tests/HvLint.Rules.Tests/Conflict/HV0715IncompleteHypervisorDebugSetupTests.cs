using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0715 (IncompleteHypervisorDebugSetup) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0715IncompleteHypervisorDebugSetupTests
{
    private const string Cmd = ".cmd";

    [Fact]
    public void HV0715_reports_a_debugger_without_transport_settings()
    {
        RuleVerifier.Verify<HV0715IncompleteHypervisorDebugSetup>("bcdedit /set {current} hypervisordebug {|HV0715:on|}\r\n", Cmd);
        RuleVerifier.Verify<HV0715IncompleteHypervisorDebugSetup>("bcdedit /set {hypervisorsettings} hypervisordebugtype {|HV0715:serial|}\r\nbcdedit /set {current} hypervisordebug on\r\n", Cmd);
        RuleVerifier.Verify<HV0715IncompleteHypervisorDebugSetup>("bcdedit /hypervisorsettings SERIAL DEBUGPORT:1 BAUDRATE:115200\r\nbcdedit /set {current} hypervisordebug on\r\n", Cmd);
    }
}

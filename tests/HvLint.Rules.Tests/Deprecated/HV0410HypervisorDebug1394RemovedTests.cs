using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0410 (HypervisorDebug1394Removed) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0410HypervisorDebug1394RemovedTests
{
    private const string Cmd = ".cmd";

    [Fact]
    public void HV0410_reports_the_1394_transport()
    {
        RuleVerifier.Verify<HV0410HypervisorDebug1394Removed>("bcdedit /hypervisorsettings {|HV0410:1394|} CHANNEL:23\r\nbcdedit /set {current} hypervisordebug on\r\n", Cmd);
    }
}

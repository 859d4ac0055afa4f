using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0312 (RootSchedulerOnServer) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0312RootSchedulerOnServerTests
{
    private const string Cmd = ".cmd";

    [Fact]
    public void HV0312_reports_the_root_scheduler()
    {
        RuleVerifier.Verify<HV0312RootSchedulerOnServer>("bcdedit /set hypervisorschedulertype {|HV0312:root|}\r\n", Cmd);
    }
}

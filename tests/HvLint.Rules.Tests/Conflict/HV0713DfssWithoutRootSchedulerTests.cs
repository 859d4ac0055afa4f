using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0713 (DfssWithoutRootScheduler) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0713DfssWithoutRootSchedulerTests
{
    private const string Cmd = ".cmd";

    [Fact]
    public void HV0713_reports_dfss_without_the_root_scheduler()
    {
        RuleVerifier.Verify<HV0713DfssWithoutRootScheduler>(@"reg add HKLM\SYSTEM\CurrentControlSet\Services\winhvr\Parameters /v DisableDynamicFairShareScheduler /t REG_DWORD /d {|HV0713:1|} /f" + "\r\n", Cmd);
    }
}

using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0111 (UndocumentedBcdElementName) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0111UndocumentedBcdElementNameTests
{
    private const string Cmd = ".cmd";

    [Fact]
    public void HV0111_accepts_the_seed_spelling_with_a_note_and_still_checks_the_value()
    {
        RuleVerifier.Verify<HV0111UndocumentedBcdElementName>("bcdedit /set {current} {|HV0111:hypervisorscheduler|} fast\r\n", Cmd);
    }
}

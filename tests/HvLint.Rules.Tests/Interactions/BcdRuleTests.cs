using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>The BCD rules together, through the batch front end (each rule alone: its own test class).</summary>
public sealed class BcdRuleTests
{
    private const string Cmd = ".cmd";

    [Fact]
    public void Bcd_rules_are_silent_on_enumeration_only_scripts()
    {
        RuleVerifier.Verify("@echo off\r\nbcdedit /enum\r\nbcdedit /enum {current} /v\r\n", Cmd);
    }
}

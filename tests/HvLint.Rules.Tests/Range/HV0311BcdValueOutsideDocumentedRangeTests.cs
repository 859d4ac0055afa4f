using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>HV0311 (BcdValueOutsideDocumentedRange) on its own: every test runs only this rule (RuleVerifier.Verify&lt;TRule&gt;).</summary>
public sealed class HV0311BcdValueOutsideDocumentedRangeTests
{
    private const string Cmd = ".cmd";

    [Fact]
    public void HV0311_reports_a_network_debugging_port_below_the_documented_range()
    {
        RuleVerifier.Verify<HV0311BcdValueOutsideDocumentedRange>("bcdedit /hypervisorsettings NET HOSTIP:192.168.1.2 PORT:{|HV0311:5000|}\r\nbcdedit /set {current} hypervisordebug on\r\n", Cmd);
    }
}

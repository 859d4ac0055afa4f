using HvLint.Parsers.PowerShell;
using static HvLint.Parsers.Tests.PowerShell.PsTestHelpers;

namespace HvLint.Parsers.Tests.PowerShell;

/// <summary>
/// 'using module' and 'using assembly' are resolved by PowerShell's parser while it parses: it
/// would open (and import) the module wherever it is. The front end blanks them first, keeping
/// every offset, so the rest of the script parses and reads as before.
/// </summary>
public class PsUsingModuleTests
{
    private const string Write = "Set-ItemProperty -Path '" + Migration + "' -Name MaximumActiveTransfers -Value 8";

    [Theory]
    [InlineData("using module /nonexistent/hvlint-test/Evil.psd1\n")]
    [InlineData("using module ..\\..\\outside\\Evil.psm1\n")]
    [InlineData("USING   MODULE HvLintNoSuchModule\r\n")]
    [InlineData("using module @{ ModuleName = '/nonexistent/Evil.psd1'\n    ModuleVersion = '1.0' }\n")]
    [InlineData("using assembly /nonexistent/hvlint-test/Evil.dll\n")]
    [InlineData("using namespace System.Text\nusing module /nonexistent/Evil.psm1; using module Other\n")]
    public void A_using_module_statement_loads_nothing_and_the_script_reads_as_before(string header)
    {
        var script = header + Write + "\n";

        var result = Ps(script);

        // Loading the module would fail here with a parse error ("Could not find the module").
        var write = result.SingleRegistry();
        Assert.Equal("MaximumActiveTransfers", write.ValueName);
        Assert.Equal(script.IndexOf("Set-ItemProperty", StringComparison.Ordinal), write.Span.Start);
        Assert.StartsWith("Set-ItemProperty", result.Text(write.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_from_the_module_is_not_a_syntax_error_but_an_unknown_type_without_one_still_is()
    {
        const string Classes = "class Tuning : HostBase { }\n[OtherType]::new()\n";

        Ps("using module ./base.psm1\n" + Classes + Write + "\n").SingleRegistry();
        Assert.Contains("Unable to find type [HostBase]", Ps(Classes + Write + "\n").Finding("HV0040").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Invoke-Command -ScriptBlock { $using:x }")]
    [InlineData("# no 'using' of any module here")]
    [InlineData("$s = 'ausing module x'")]
    public void Text_that_is_not_a_using_statement_is_kept(string line)
    {
        var text = line + "\n" + Write + "\n";

        Assert.Equal(text, PowerShellFrontEnd.BlankUsingModules(text));
    }

    [Fact]
    public void Blanking_keeps_the_length_and_every_line_break()
    {
        const string text = "using module @{ ModuleName = 'a'\r\n  ModuleVersion = '1.0' }\r\nusing assembly b.dll;$x = 1\n";

        var blanked = PowerShellFrontEnd.BlankUsingModules(text);

        Assert.Equal(text.Length, blanked.Length);
        Assert.Equal(new string(' ', "using module @{ ModuleName = 'a'".Length) + "\r\n" + new string(' ', "  ModuleVersion = '1.0' }".Length) + "\r\n" + new string(' ', "using assembly b.dll".Length) + ";$x = 1\n", blanked);
    }
}

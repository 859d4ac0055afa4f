using static HvLint.Parsers.Tests.PowerShell.PsTestHelpers;

namespace HvLint.Parsers.Tests.PowerShell;

/// <summary>
/// HV0958: parameter names PowerShell cannot bind (ambiguous or unknown) on the registry
/// cmdlets, following PowerShell's GetMatchingParameter; common parameters are never reported.
/// </summary>
public class PsParameterBindingTests
{
    private const string Worker = @"HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Worker";

    [Fact]
    public void An_ambiguous_prefix_is_reported_with_its_candidates_and_nothing_is_written()
    {
        var result = Ps($"sp -Pa '{Worker}' -Na MaxNestedTlbSize -Va 11\n");

        var d = result.Finding("HV0958");
        Assert.Equal("-Pa", result.Text(d.Location.Span));
        Assert.Contains("-Pa is ambiguous (it could be -Path or -PassThru)", d.Message, StringComparison.Ordinal);
        Assert.Empty(result.Registry());
    }

    [Fact]
    public void An_unknown_parameter_is_reported_on_a_registry_command()
    {
        var result = Ps($"New-ItemProperty -Path '{Worker}' -Name MaxNestedTlbSize -Valeu 11 -PropertyType DWord\n");

        var d = result.Finding("HV0958");
        Assert.Equal("-Valeu", result.Text(d.Location.Span));
        Assert.Contains("New-ItemProperty has no parameter -Valeu", d.Message, StringComparison.Ordinal);
        Assert.EndsWith("Did you mean -Value?", d.Message, StringComparison.Ordinal);
        Assert.Empty(result.Registry());
    }

    [Fact]
    public void A_splatted_key_that_is_ambiguous_is_reported()
    {
        var result = Ps($"$p = @{{ Pa = '{Worker}'; Name = 'MaxNestedTlbSize'; Value = 11 }}\nSet-ItemProperty @p\n");

        Assert.Contains("-Pa is ambiguous", result.Finding("HV0958").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-Verbose")]
    [InlineData("-vb")]
    [InlineData("-Debug")]
    [InlineData("-ErrorAction SilentlyContinue")]
    [InlineData("-ea 0")]
    [InlineData("-ErrorVariable err")]
    [InlineData("-ev err")]
    [InlineData("-WarningAction Ignore")]
    [InlineData("-wa 0")]
    [InlineData("-InformationAction Ignore")]
    [InlineData("-infa 0")]
    [InlineData("-OutVariable o")]
    [InlineData("-ov o")]
    [InlineData("-OutBuffer 1")]
    [InlineData("-PipelineVariable pv")]
    [InlineData("-Confirm:$false")]
    [InlineData("-cf:$false")]
    [InlineData("-PassThru")]
    [InlineData("-Force")]
    [InlineData("-Credential $c")]
    [InlineData("-UseTransaction")]
    [InlineData("-usetx")]
    // Prefixes that also match common parameters: PowerShell prefers the cmdlet's own.
    [InlineData("-E x")]
    [InlineData("-C $c")]
    public void Common_and_own_parameters_are_not_reported_and_the_value_is_written(string extra)
    {
        var result = Ps($"Set-ItemProperty -Path '{Worker}' -Name MaxNestedTlbSize -Value 11 -Type DWord {extra}\n");

        Assert.DoesNotContain(result.Diagnostics, d => d.Rule.Id == "HV0958");
        Assert.Single(result.Registry());
    }

    [Fact]
    public void WhatIf_and_its_alias_are_accepted_and_write_nothing()
    {
        foreach (var whatIf in new[] { "-WhatIf", "-wi" })
        {
            var result = Ps($"Set-ItemProperty -Path '{Worker}' -Name MaxNestedTlbSize -Value 11 {whatIf}\n");
            Assert.DoesNotContain(result.Diagnostics, d => d.Rule.Id == "HV0958");
            Assert.Empty(result.Registry());
        }
    }

    [Fact]
    public void A_prefix_shared_by_two_common_parameters_is_ambiguous()
    {
        var result = Ps($"Set-ItemProperty -Path '{Worker}' -Name MaxNestedTlbSize -Value 11 -O x\n");

        Assert.Contains("-OutVariable or -OutBuffer", result.Finding("HV0958").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Commands_on_other_providers_are_not_reported()
    {
        // WSMan:, Cert: and the file system give the cmdlets dynamic parameters HvLint does not list.
        var result = Ps("New-Item -Path WSMan:\\localhost\\Listener -Transport HTTP -Address * -Force\nRemove-Item Cert:\\LocalMachine\\My\\ABC -DeleteKey\nRemove-Item C:\\temp\\x -Stream Zone.Identifier\n");

        Assert.DoesNotContain(result.Diagnostics, d => d.Rule.Id == "HV0958");
    }
}
